"""The loader brick's behaviour. Pure: no I/O, no global state, same input, same output."""

from .models import LoaderError, LoaderRequest, LoaderResult


# TODO(modulegen): sample behaviour; implement what the brick's spec asks for and delete this line.
def run(request: LoaderRequest) -> LoaderResult:
    """Process the request's items: strip whitespace, drop duplicates, sort.

    Raises LoaderError when an item is empty after stripping.
    """
    cleaned = []
    for position, item in enumerate(request.items):
        value = item.strip()
        if not value:
            raise LoaderError(f"item {position} is empty")
        cleaned.append(value)
    return LoaderResult(items=tuple(sorted(set(cleaned))))
