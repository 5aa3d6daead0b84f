"""The Definitions object Dagster loads for the customer_orders code location."""

import dagster as dg

from customer_orders import assets
from customer_orders.resources import CustomerOrdersSettings, MySQLResource

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    resources={
        "settings": CustomerOrdersSettings(),
        "database": MySQLResource(
            host=dg.EnvVar("CUSTOMER_ORDERS_DB_HOST"),
            port=dg.EnvVar.int("CUSTOMER_ORDERS_DB_PORT"),
            user=dg.EnvVar("CUSTOMER_ORDERS_DB_USER"),
            password=dg.EnvVar("CUSTOMER_ORDERS_DB_PASSWORD"),
            database=dg.EnvVar("CUSTOMER_ORDERS_DB_NAME"),
        ),
    },
)
