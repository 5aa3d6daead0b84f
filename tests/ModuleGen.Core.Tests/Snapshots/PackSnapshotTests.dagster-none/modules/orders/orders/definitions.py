"""The Definitions object Dagster loads for the orders code location."""

import dagster as dg

from orders import assets
from orders.resources import OrdersSettings

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    resources={
        "settings": OrdersSettings(),
    },
)
