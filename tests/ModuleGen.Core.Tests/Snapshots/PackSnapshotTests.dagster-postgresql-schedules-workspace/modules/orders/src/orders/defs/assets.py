"""Assets of the orders code location (found by load_from_defs_folder).

Replace the sample records in `orders_records` with the real extraction; keep each asset
small and let Dagster's dependency graph, not the function bodies, carry the order.
"""

import dagster as dg

from orders.defs.resources import OrdersSettings, PostgresResource

GROUP = "orders"


# TODO(modulegen): sample assets showing the pattern; replace them with the module's own and delete this line.
@dg.asset(group_name=GROUP)
def orders_records(settings: OrdersSettings) -> list[dict[str, object]]:
    """Records extracted for orders, at most `settings.batch_size` of them."""
    records = [{"id": index, "name": f"record-{index}"} for index in range(1, 4)]
    return records[: settings.batch_size]


@dg.asset(group_name=GROUP)
def orders_summary(
    context: dg.AssetExecutionContext, orders_records: list[dict[str, object]]
) -> dict[str, int]:
    """How many records the latest run extracted."""
    summary = {"count": len(orders_records)}
    context.add_output_metadata({"count": summary["count"]})
    return summary


@dg.asset(group_name=GROUP)
def orders_database_tables(database: PostgresResource) -> list[str]:
    """Names of the tables the module's database holds."""
    with database.connect() as connection:
        cursor = connection.cursor()
        try:
            cursor.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = 'public' ORDER BY table_name"
            )
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.close()
