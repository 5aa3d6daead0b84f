"""Data the loader brick takes and returns; immutable so results can be shared freely."""

from dataclasses import dataclass, field


# TODO(modulegen): sample request and result; model the brick's own data and delete this line.
class LoaderError(ValueError):
    """Raised when a request breaks the brick's contract; the message names the offending value."""


@dataclass(frozen=True)
class LoaderRequest:
    """What `run` works on: the items to process, in the caller's order."""

    items: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class LoaderResult:
    """What `run` produced: the processed items, sorted and without duplicates, and how many there are."""

    items: tuple[str, ...]

    @property
    def count(self) -> int:
        """The number of processed items."""
        return len(self.items)
