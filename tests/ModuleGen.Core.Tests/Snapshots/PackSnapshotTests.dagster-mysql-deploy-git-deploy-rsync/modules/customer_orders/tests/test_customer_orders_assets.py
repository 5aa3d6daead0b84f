"""Materializes the customer_orders assets in process, without any external system."""

import dagster as dg

from customer_orders.defs.assets import customer_orders_records, customer_orders_summary
from customer_orders.defs.resources import CustomerOrdersSettings

# TODO(modulegen): these tests cover the sample assets; test the module's own assets and delete this line.


def test_records_and_summary_materialize() -> None:
    result = dg.materialize(
        [customer_orders_records, customer_orders_summary],
        resources={"settings": CustomerOrdersSettings()},
    )

    assert result.success
    assert result.output_for_node("customer_orders_summary") == {"count": 3}


def test_batch_size_limits_the_records() -> None:
    result = dg.materialize(
        [customer_orders_records],
        resources={"settings": CustomerOrdersSettings(batch_size=2)},
    )

    assert len(result.output_for_node("customer_orders_records")) == 2
