"""The job over the orders assets and the schedule that runs it (found by load_from_defs_folder)."""

import dagster as dg

orders_job = dg.define_asset_job(
    name="orders_job",
    selection=dg.AssetSelection.groups("orders"),
)

orders_schedule = dg.ScheduleDefinition(
    name="orders_schedule",
    job=orders_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Europe/Berlin",
)
