"""The Definitions object Dagster loads for the orders code location."""

import dagster as dg

from orders import assets
from orders.resources import OrdersSettings, PostgresResource
from orders.schedules import orders_job, orders_schedule

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    resources={
        "settings": OrdersSettings(),
        "database": PostgresResource(
            host=dg.EnvVar("ORDERS_DB_HOST"),
            port=dg.EnvVar.int("ORDERS_DB_PORT"),
            user=dg.EnvVar("ORDERS_DB_USER"),
            password=dg.EnvVar("ORDERS_DB_PASSWORD"),
            database=dg.EnvVar("ORDERS_DB_NAME"),
        ),
    },
    jobs=[orders_job],
    schedules=[orders_schedule],
)
