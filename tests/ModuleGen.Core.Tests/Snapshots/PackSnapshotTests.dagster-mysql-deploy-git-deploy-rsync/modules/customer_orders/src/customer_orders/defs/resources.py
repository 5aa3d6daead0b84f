"""Resources of the customer_orders code location and the Definitions that bind them to their keys."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dagster as dg


# TODO(modulegen): sample settings (batch_size); replace them with the module's own and delete this line.
class CustomerOrdersSettings(dg.ConfigurableResource):
    """Plain settings of the module's assets; override them per deployment in the launchpad."""

    batch_size: int = 100


class MySQLResource(dg.ConfigurableResource):
    """A MySQL database reached with PyMySQL; every setting comes from the environment."""

    host: str
    port: int = 3306
    user: str
    password: str
    database: str

    def connection_kwargs(self) -> dict[str, Any]:
        """The keyword arguments `pymysql.connect` is called with."""
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            "database": self.database,
        }

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """Open a connection, commit when the block succeeds, roll back when it raises."""
        import pymysql

        connection = pymysql.connect(**self.connection_kwargs())
        try:
            yield connection
            connection.commit()
        except Exception:
            connection.rollback()
            raise
        finally:
            connection.close()


@dg.definitions
def resources() -> dg.Definitions:
    """Binds the resources to the keys the assets ask for; database settings come from the environment."""
    return dg.Definitions(
        resources={
            "settings": CustomerOrdersSettings(),
            "database": MySQLResource(
                host=dg.EnvVar("CUSTOMER_ORDERS_DB_HOST"),
                port=dg.EnvVar.int("CUSTOMER_ORDERS_DB_PORT"),
                user=dg.EnvVar("CUSTOMER_ORDERS_DB_USER"),
                password=dg.EnvVar("CUSTOMER_ORDERS_DB_PASSWORD"),
                database=dg.EnvVar("CUSTOMER_ORDERS_DB_NAME"),
            ),
        },
    )
