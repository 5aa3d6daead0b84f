"""Loads summaries and computes the manifest hash.

Public API: build a `LoaderRequest`, call `run`, read the `LoaderResult`;
invalid input raises `LoaderError`. Everything else in this package is internal.
"""

from .core import run
from .models import LoaderError, LoaderRequest, LoaderResult

__all__ = [
    "LoaderError",
    "LoaderRequest",
    "LoaderResult",
    "run",
]
