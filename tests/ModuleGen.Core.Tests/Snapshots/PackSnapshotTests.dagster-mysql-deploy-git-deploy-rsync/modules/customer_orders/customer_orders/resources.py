"""Resources of the customer_orders code location."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dagster as dg


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
