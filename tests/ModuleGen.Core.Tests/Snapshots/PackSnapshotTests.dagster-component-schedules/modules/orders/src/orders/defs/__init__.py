"""Definitions folder: Dagster loads every module below it (load_from_defs_folder)."""
