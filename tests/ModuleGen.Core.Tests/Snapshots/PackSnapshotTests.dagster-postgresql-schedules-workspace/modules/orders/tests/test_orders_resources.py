"""Checks the database resource's settings without opening a connection."""

from orders.defs.resources import PostgresResource


def test_connection_kwargs_follow_the_settings() -> None:
    resource = PostgresResource(host="db", port=6543, user="u", password="p", database="d")

    assert resource.connection_kwargs() == {
        "host": "db",
        "port": 6543,
        "user": "u",
        "password": "p",
        "dbname": "d",
    }
