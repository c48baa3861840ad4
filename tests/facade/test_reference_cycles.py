"""A finished call leaves nothing for Python's cyclic garbage collector to find.

httpx's client wraps every response's stream in one that refers back to the response, so each
response (with its request, headers and body) lived until the next collection. With hundreds
of calls in flight, that garbage made the collector run more often and for longer
(bench/RESULTS.md, benchmark 2). The facade drops the wrapper once the body is read, so reference
counting alone frees an exchange as soon as the caller lets go of it.

Checked with the collector switched off: a response that is still alive after the last
reference to its result is gone was kept alive by a cycle.
"""

from __future__ import annotations

import contextlib
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

import facade
from facade.testing import Sandbox


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _watch(raw: Any) -> list[weakref.ref[Any]]:
    """Weak references to the exchange behind ``raw``: its response and request."""
    return [weakref.ref(raw.http_response), weakref.ref(raw.http_response.request)]


def test_a_sync_call_is_freed_by_reference_counting(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org_id = sb.fiskaly.organization_id
        fk.organizations.get(organization_id=org_id)  # the login and lazy imports, first
        with _collector_off():
            raw = fk.with_raw_response.organizations.get(organization_id=org_id)
            assert str(raw.parsed.field_id) == org_id
            watched = _watch(raw)
            del raw
            assert [ref() for ref in watched] == [None, None]


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_an_async_call_is_freed_by_reference_counting(
    fiscal_sandbox: Sandbox, transport: str
) -> None:
    sb = fiscal_sandbox
    http = facade.aiohttp_client() if transport == "aiohttp" else None
    async with (
        sb.async_client("fiskaly", http_client=http) as fk,
        http if http is not None else contextlib.nullcontext(),
    ):
        org_id = sb.fiskaly.organization_id
        await fk.organizations.get(organization_id=org_id)
        with _collector_off():
            raw = await fk.with_raw_response.organizations.get(organization_id=org_id)
            assert str(raw.parsed.field_id) == org_id
            watched = _watch(raw)
            del raw
            assert [ref() for ref in watched] == [None, None]
