"""Dagster code location for customer_orders."""
