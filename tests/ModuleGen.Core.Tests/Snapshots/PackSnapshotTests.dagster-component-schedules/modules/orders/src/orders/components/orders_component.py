"""A component of the orders project: a typed, reusable building block that instances under defs/ configure in YAML.

dg finds it through registry_modules ("orders.components.*" in pyproject.toml): `dg list components`
shows it, and `dg scaffold defs orders.components.orders_component.OrdersComponent <folder>`
adds another instance.
"""

import dagster as dg


class OrdersComponent(dg.Component, dg.Model, dg.Resolvable):
    """Builds one asset per configured table name in the orders group."""

    tables: list[str]
    group_name: str = "orders"

    # TODO(modulegen): sample component (one asset per table, returning its name); build the module's own and delete this line.
    def build_defs(self, context: dg.ComponentLoadContext) -> dg.Definitions:
        def table_asset(name: str) -> dg.AssetsDefinition:
            @dg.asset(name=name, group_name=self.group_name)
            def _table() -> dict[str, str]:
                return {"table": name}

            return _table

        return dg.Definitions(assets=[table_asset(name) for name in self.tables])
