"""Walking list endpoints page by page, lazily, one page in memory at a time.

The pipeline picks each list operation's paging style from its query parameters and writes it
into the generated resources (``facade/resources/``):

* ``limit`` + ``offset`` (fiskaly): items in ``data``, the total in ``count``;
* ``page`` + ``per_page`` (Enlivy): items in ``data``, position in ``meta.pagination``;
* ``queryOptions.page`` + ``queryOptions.pageSize`` (Envoice): items in ``Result``, the total
  in ``TotalCount`` (pages count from 1);
* anything else: one page (a plain array, or an object with a list of items).

Queries here are in wire form (the names the API uses), as the generated ``build_request``
made them.

A server that does not advance cannot make a list loop: a page-number answer for another page
than the one asked for, a query asked for twice, or a page holding exactly the items of the one
before raises :class:`~facade.errors.PaginationError` (before any repeated item is yielded).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import errors

T = TypeVar("T")
Query = dict[str, Any]


@dataclass(frozen=True)
class PagingStyle:
    """One page only. ``items``: the page model's attribute holding the items, or None when
    the body is the list itself."""

    items: str | None

    def items_of(self, parsed: Any) -> list[Any]:
        if self.items is None:
            return list(parsed) if isinstance(parsed, list) else []
        found = getattr(parsed, self.items, None)
        return list(found) if isinstance(found, list) else []

    def next_query(self, query: Query, body: Any, received: int) -> Query | None:
        return None


class SinglePage(PagingStyle):
    """A list the API returns whole."""


@dataclass(frozen=True)
class OffsetPaging(PagingStyle):
    def next_query(self, query: Query, body: Any, received: int) -> Query | None:
        offset = int(query.get("offset") or 0) + received
        total = body.get("count") if isinstance(body, Mapping) else None
        if received == 0 or (isinstance(total, int) and offset >= total):
            return None
        return {**query, "offset": offset}


@dataclass(frozen=True)
class PageNumberPaging(PagingStyle):
    def next_query(self, query: Query, body: Any, received: int) -> Query | None:
        meta = body.get("meta") if isinstance(body, Mapping) else None
        pagination = (meta or {}).get("pagination") if isinstance(meta, Mapping) else None
        pagination = pagination if isinstance(pagination, Mapping) else {}
        asked = int(query.get("page") or 1)
        current = pagination.get("current_page")
        last = pagination.get("total_pages")
        # The position comes from the page asked for, never from the answer: a server that
        # keeps saying "page 1 of 3" would otherwise be asked for page 2 forever. An answer
        # for an earlier page than the one asked for is refused outright.
        if isinstance(current, int) and not isinstance(current, bool) and current < asked:
            raise errors.PaginationError(
                f"the server answered page {current!r} when page {asked} was asked for; "
                "stopped instead of paging in circles"
            )
        if received == 0 or isinstance(last, bool) or not isinstance(last, int):
            return None
        if asked >= last or (isinstance(current, int) and current >= last):
            return None  # the last page, by our count or by the server's own word
        return {**query, "page": asked + 1}


@dataclass(frozen=True)
class QueryOptionsPaging(PagingStyle):
    page_key: str = "queryOptions.page"
    size_key: str = "queryOptions.pageSize"

    def next_query(self, query: Query, body: Any, received: int) -> Query | None:
        page = int(query.get(self.page_key) or 1)
        size = query.get(self.size_key)
        total = body.get("TotalCount") if isinstance(body, Mapping) else None
        seen = (page - 1) * int(size or received) + received
        if received == 0 or (isinstance(total, int) and seen >= total):
            return None
        if size is not None and received < int(size):
            return None
        return {**query, self.page_key: page + 1}


@dataclass
class Page(Generic[T]):
    """One page of a list: its typed items and the raw response it came from."""

    items: list[T]
    response: Any  # facade.APIResponse of the page (parsed page model, status, headers, ...)
    next_query: Query | None

    @property
    def has_next(self) -> bool:
        return self.next_query is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class _Progress:
    """Refuses a walk that does not advance, whatever the paging style:

    * a query already asked for (the server's answers led back to it);
    * a page holding exactly the items of the page before while the total the server reports
      has not grown (or is not reported): the server ignored the position. (When items are
      added while a newest-first list is walked, a page may legitimately repeat the one before;
      the total then grows.)

    Memory stays flat however long the walk: a query that only moves numbers forward from the
    one before (``page`` 2 -> 3, ``offset`` 50 -> 100: every paging style here) is further
    along than every query before it, so it cannot repeat one, and nothing is kept for it. A
    step that moves a number back (or changes nothing) could lead back to one of those, and is
    refused; only queries that change something else (a cursor, say) are remembered, one
    fingerprint each, and checked against. Besides that: the previous query and page's items.
    """

    def __init__(self) -> None:
        self._asked: set[str] = set()
        self._last: Query | None = None
        self._previous: list[Any] | None = None
        self._previous_total: int | None = None
        self._pages = 0

    def asking(self, query: Query) -> None:
        step = _step(self._last, query)
        if step == "back":
            raise self._error("the server's answers lead back to a page already fetched")
        self._last = query
        if step == "forward":
            return
        key = repr(sorted((str(k), repr(v)) for k, v in query.items()))
        if key in self._asked:
            raise self._error("the server's answers lead back to a page already fetched")
        self._asked.add(key)

    def received(self, page: Page[Any]) -> None:
        self._pages += 1
        total = _reported_total(page.response)
        stuck = (
            self._previous is not None
            and page.items
            and page.items == self._previous
            and (total is None or total == self._previous_total)
        )
        if stuck:
            raise self._error(
                "the server sent the same items as on the page before: it did not move on",
                page,
            )
        self._previous, self._previous_total = page.items, total

    def _error(self, reason: str, page: Page[Any] | None = None) -> errors.PaginationError:
        response = getattr(page, "response", None)
        http = getattr(response, "http_response", None)
        return errors.PaginationError(
            f"{reason}; stopped after {self._pages} page(s) instead of looping",
            api=_api_of(http),
            status_code=getattr(http, "status_code", None),
            request_id=getattr(response, "request_id", None),
        )


_ABSENT: Any = object()


def _step(before: Query | None, after: Query) -> str:
    """How ``after`` moves from ``before``: "forward" (numbers only, none of them back; a
    number appearing counts as forward), "back" (a number back or gone, or nothing changed),
    or "other" (anything else changed; also the first query)."""
    if before is None:
        return "other"
    moved = other = False
    for key in before.keys() | after.keys():
        old, new = before.get(key, _ABSENT), after.get(key, _ABSENT)
        if old == new and type(old) is type(new):
            continue
        old_number, new_number = _is_number(old), _is_number(new)
        if new_number and (old is _ABSENT or (old_number and new > old)):
            moved = True
        elif old_number and (new is _ABSENT or (new_number and new < old)):
            return "back"
        else:
            other = True
    if other:
        return "other"
    return "forward" if moved else "back"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _reported_total(response: Any) -> int | None:
    """The item total a page reports: ``count`` (fiskaly), ``TotalCount`` (Envoice),
    ``meta.pagination.total`` (Enlivy)."""
    try:
        body = response.json()
    except (AttributeError, ValueError):
        return None
    if not isinstance(body, Mapping):
        return None
    meta = body.get("meta")
    pagination = meta.get("pagination") if isinstance(meta, Mapping) else None
    candidates = [body.get("count"), body.get("TotalCount")]
    if isinstance(pagination, Mapping):
        candidates.append(pagination.get("total"))
    for value in candidates:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _api_of(http: Any) -> str:
    try:
        options = http.request.extensions.get("facade")
    except (AttributeError, RuntimeError):  # no response, or one without its request
        return ""
    return str(getattr(options, "api", ""))


FetchPage = Callable[[Query], "Page[Any]"]
AsyncFetchPage = Callable[[Query], Awaitable["Page[Any]"]]


class Paginator(Generic[T]):
    """Iterates every item of a list across pages; ``pages()`` gives the pages themselves.

    Nothing is requested until iteration starts; each page is fetched when the previous one is
    used up, so memory holds one page at a time.
    """

    def __init__(self, fetch: FetchPage, query: Query) -> None:
        self._fetch = fetch
        self._query = query

    def pages(self) -> Iterator[Page[T]]:
        query: Query | None = self._query
        progress = _Progress()
        while query is not None:
            progress.asking(query)
            page = self._fetch(query)
            progress.received(page)
            yield page
            query = page.next_query

    def first_page(self) -> Page[T]:
        return self._fetch(self._query)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(Generic[T]):
    """The async form of :class:`Paginator`: ``async for item in client.x.list()``."""

    def __init__(self, fetch: AsyncFetchPage, query: Query) -> None:
        self._fetch = fetch
        self._query = query

    async def pages(self) -> AsyncIterator[Page[T]]:
        query: Query | None = self._query
        progress = _Progress()
        while query is not None:
            progress.asking(query)
            page = await self._fetch(query)
            progress.received(page)
            yield page
            query = page.next_query

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._query)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
