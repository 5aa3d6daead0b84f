"""Dagster code location for orders."""
