"""Resources of the orders code location and the Definitions that bind them to their keys."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dagster as dg


# TODO(modulegen): sample settings (batch_size); replace them with the module's own and delete this line.
class OrdersSettings(dg.ConfigurableResource):
    """Plain settings of the module's assets; override them per deployment in the launchpad."""

    batch_size: int = 100


class PostgresResource(dg.ConfigurableResource):
    """A PostgreSQL database reached with psycopg2; every setting comes from the environment."""

    host: str
    port: int = 5432
    user: str
    password: str
    database: str

    def connection_kwargs(self) -> dict[str, Any]:
        """The keyword arguments `psycopg2.connect` is called with."""
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            "dbname": self.database,
        }

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """Open a connection, commit when the block succeeds, roll back when it raises."""
        import psycopg2

        connection = psycopg2.connect(**self.connection_kwargs())
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
            "settings": OrdersSettings(),
            "database": PostgresResource(
                host=dg.EnvVar("ORDERS_DB_HOST"),
                port=dg.EnvVar.int("ORDERS_DB_PORT"),
                user=dg.EnvVar("ORDERS_DB_USER"),
                password=dg.EnvVar("ORDERS_DB_PASSWORD"),
                database=dg.EnvVar("ORDERS_DB_NAME"),
            ),
        },
    )
