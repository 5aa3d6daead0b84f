"""Loads the defs/ folder the way Dagster does, so wiring mistakes fail here first."""

import dagster as dg

from customer_orders.definitions import defs


def test_definitions_load() -> None:
    dg.Definitions.validate_loadable(defs())
