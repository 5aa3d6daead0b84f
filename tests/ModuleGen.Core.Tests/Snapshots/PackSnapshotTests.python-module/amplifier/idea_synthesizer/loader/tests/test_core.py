"""Exercises the loader brick through its public API only."""

import pytest

from amplifier.idea_synthesizer.loader import LoaderError, LoaderRequest, LoaderResult, run

# TODO(modulegen): these tests cover the sample behaviour; test the brick's own and delete this line.


def test_run_strips_deduplicates_and_sorts() -> None:
    result = run(LoaderRequest(items=(" b", "a", "b ")))

    assert result == LoaderResult(items=("a", "b"))
    assert result.count == 2


def test_run_accepts_an_empty_request() -> None:
    assert run(LoaderRequest()).count == 0


@pytest.mark.parametrize("items", [("",), ("a", "   ")])
def test_run_refuses_empty_items(items: tuple[str, ...]) -> None:
    with pytest.raises(LoaderError, match="is empty"):
        run(LoaderRequest(items=items))
