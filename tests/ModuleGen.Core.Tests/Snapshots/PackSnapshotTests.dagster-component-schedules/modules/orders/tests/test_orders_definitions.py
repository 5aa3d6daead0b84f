"""Loads the defs/ folder the way Dagster does, so wiring mistakes fail here first."""

import dagster as dg

from orders.definitions import defs


def test_definitions_load() -> None:
    dg.Definitions.validate_loadable(defs())


def test_schedule_runs_the_module_job() -> None:
    schedule = defs().resolve_schedule_def("orders_schedule")

    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Europe/Berlin"
    assert schedule.job_name == "orders_job"
