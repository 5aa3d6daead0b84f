"""Assets of the customer_orders code location (found by load_from_defs_folder).

Replace the sample records in `customer_orders_records` with the real extraction; keep each asset
small and let Dagster's dependency graph, not the function bodies, carry the order.
"""

import dagster as dg

from customer_orders.defs.resources import CustomerOrdersSettings, MySQLResource

GROUP = "customer_orders"


# TODO(modulegen): sample assets showing the pattern; replace them with the module's own and delete this line.
@dg.asset(group_name=GROUP)
def customer_orders_records(settings: CustomerOrdersSettings) -> list[dict[str, object]]:
    """Records extracted for customer_orders, at most `settings.batch_size` of them."""
    records = [{"id": index, "name": f"record-{index}"} for index in range(1, 4)]
    return records[: settings.batch_size]


@dg.asset(group_name=GROUP)
def customer_orders_summary(
    context: dg.AssetExecutionContext, customer_orders_records: list[dict[str, object]]
) -> dict[str, int]:
    """How many records the latest run extracted."""
    summary = {"count": len(customer_orders_records)}
    context.add_output_metadata({"count": summary["count"]})
    return summary


@dg.asset(group_name=GROUP)
def customer_orders_database_tables(database: MySQLResource) -> list[str]:
    """Names of the tables the module's database holds."""
    with database.connect() as connection:
        cursor = connection.cursor()
        try:
            cursor.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = DATABASE() ORDER BY table_name"
            )
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.close()
