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
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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
        pagination = (meta or {}).get("pagination") or {}
        current = pagination.get("current_page") or int(query.get("page") or 1)
        last = pagination.get("total_pages")
        if received == 0 or not isinstance(last, int) or not isinstance(current, int):
            return None
        if current >= last:
            return None
        return {**query, "page": current + 1}


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
        while query is not None:
            page = self._fetch(query)
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
        while query is not None:
            page = await self._fetch(query)
            yield page
            query = page.next_query

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._query)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
