"""A walk cannot loop, and keeps nothing per page while its queries only move forward."""

from __future__ import annotations

import pytest

from facade import errors
from facade._pagination import _Progress


def test_queries_that_move_forward_are_not_remembered() -> None:
    progress = _Progress()
    progress.asking({"per_page": 50})
    for page in range(2, 2_000):
        progress.asking({"per_page": 50, "page": page})
    assert len(progress._asked) == 1  # the first query only: flat however long the walk


@pytest.mark.parametrize(
    "back",
    [
        {"per_page": 50, "page": 2},  # asked before
        {"per_page": 50, "page": 3},  # the same query again
        {"per_page": 50},  # the position gone: the first page again
        {"per_page": 50, "page": 1},  # behind where the walk started
    ],
)
def test_a_query_that_moves_back_or_stands_still_is_refused(back: dict[str, int]) -> None:
    progress = _Progress()
    for query in ({"per_page": 50}, {"per_page": 50, "page": 2}, {"per_page": 50, "page": 3}):
        progress.asking(query)
    with pytest.raises(errors.PaginationError, match="lead back to a page already fetched"):
        progress.asking(back)


def test_other_queries_are_remembered_and_a_repeat_is_refused() -> None:
    progress = _Progress()
    progress.asking({"cursor": "a"})
    progress.asking({"cursor": "b"})
    progress.asking({"cursor": "c"})
    with pytest.raises(errors.PaginationError):
        progress.asking({"cursor": "a"})


def test_a_bool_is_not_a_position() -> None:
    progress = _Progress()
    progress.asking({"deleted": False})
    progress.asking({"deleted": True})  # changed, not moved forward: remembered
    with pytest.raises(errors.PaginationError):
        progress.asking({"deleted": False})
