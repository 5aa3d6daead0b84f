"""Test package: lets pytest import the tests by package name."""
