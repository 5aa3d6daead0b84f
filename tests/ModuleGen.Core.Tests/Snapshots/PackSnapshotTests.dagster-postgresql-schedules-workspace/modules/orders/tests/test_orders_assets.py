"""Materializes the orders assets in process, without any external system."""

import dagster as dg

from orders.defs.assets import orders_records, orders_summary
from orders.defs.resources import OrdersSettings

# TODO(modulegen): these tests cover the sample assets; test the module's own assets and delete this line.


def test_records_and_summary_materialize() -> None:
    result = dg.materialize(
        [orders_records, orders_summary],
        resources={"settings": OrdersSettings()},
    )

    assert result.success
    assert result.output_for_node("orders_summary") == {"count": 3}


def test_batch_size_limits_the_records() -> None:
    result = dg.materialize(
        [orders_records],
        resources={"settings": OrdersSettings(batch_size=2)},
    )

    assert len(result.output_for_node("orders_records")) == 2
