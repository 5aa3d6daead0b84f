"""Checks the database resource's settings without opening a connection."""

from customer_orders.defs.resources import MySQLResource


def test_connection_kwargs_follow_the_settings() -> None:
    resource = MySQLResource(host="db", port=3307, user="u", password="p", database="d")

    assert resource.connection_kwargs() == {
        "host": "db",
        "port": 3307,
        "user": "u",
        "password": "p",
        "database": "d",
    }
