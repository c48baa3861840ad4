"""Whether a client can make a call now: not closed, and (async) on an event loop its
connections can serve.

An ``httpx.AsyncClient`` keeps connections tied to the event loop that opened them; once that
loop has ended they cannot be used (``asyncio.run`` twice with one client used to fail for good
with "Event loop is closed"). So an async client notes the loop of its first call and:

* closes the connections it owns when that loop shuts down (an async generator registered with
  the loop: ``asyncio.run`` and ``asyncio.Runner`` finalize those before closing the loop, so
  the connections are closed on their own loop, without ResourceWarnings);
* on a call from another loop, builds a fresh connection pool of its own, once the first loop
  is no longer running; while it still runs, refuses (:class:`~facade.errors.EventLoopError`):
  one client per loop;
* with a caller's ``http_client``, which it must not replace, refuses a second loop with an
  error naming the fix.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

import httpx

from . import errors

__all__ = ["check_usable"]

_STATE = "_facade_loop_state"


@dataclass(eq=False)
class _LoopState:
    """The loop an async client's current connections belong to."""

    loop: weakref.ReferenceType[asyncio.AbstractEventLoop]
    http: httpx.AsyncClient
    closed_at_loop_end: bool = False
    sentinel: AsyncGenerator[None, None] | None = field(default=None, repr=False)


def check_usable(client: Any) -> None:
    """Raise unless ``client`` (a facade client) can send now; for an async client, make sure
    its connections belong to the running loop. Called at the start of every call."""
    http = client._http
    if not isinstance(http, httpx.AsyncClient):
        if http.is_closed:
            raise _closed(client)
        return
    loop = asyncio.get_running_loop()
    state: _LoopState | None = vars(client).get(_STATE)
    if state is not None and state.http is http and state.loop() is loop:
        if http.is_closed:
            raise _closed(client)
        return  # the common case: same loop, open
    owned = bool(client._owns_http)
    if state is None or state.http is not http:
        if http.is_closed:
            raise _closed(client)
        _bind(client, http, loop, owned)
        return
    previous = state.loop()
    name = type(client).__name__
    if http.is_closed and not state.closed_at_loop_end:
        raise _closed(client)
    if previous is not None and previous.is_running():
        raise errors.EventLoopError(
            f"this {name} is in use on another event loop that is still running; an async "
            "client serves one event loop at a time: create one client per loop"
        )
    if not owned:
        raise errors.EventLoopError(
            f"the http_client given to this {name} was first used on an event loop that is "
            "no longer running, and its connections cannot serve this one; create the "
            "httpx.AsyncClient inside the loop that uses it, or leave http_client out (the "
            "client then manages its own connections across loops)"
        )
    # Ours: the old connections belong to a loop that is gone (or stopped); start afresh.
    fresh: httpx.AsyncClient = client._new_http()
    client._http = fresh
    _bind(client, fresh, loop, owned)


def _bind(
    client: Any, http: httpx.AsyncClient, loop: asyncio.AbstractEventLoop, owned: bool
) -> None:
    state = _LoopState(loop=weakref.ref(loop), http=http)
    if owned:
        state.sentinel = _start(_close_at_loop_end(state))
    vars(client)[_STATE] = state


async def _close_at_loop_end(state: _LoopState) -> AsyncGenerator[None, None]:
    """Suspended until its loop finalizes async generators (at shutdown, or when the client is
    garbage-collected): then closes the connections it guards, on their own loop."""
    try:
        yield
    finally:
        if not state.http.is_closed:
            state.closed_at_loop_end = True
            await state.http.aclose()


def _start(generator: AsyncGenerator[None, None]) -> AsyncGenerator[None, None]:
    """Run ``generator`` to its first ``yield`` without awaiting: creating the first step
    registers it with the running loop (its async generator hooks), and the body reaches the
    ``yield`` without suspending, so the step completes at once."""
    step = generator.__anext__()
    with contextlib.suppress(StopIteration):
        step.send(None)  # the awaitable of the first step: a coroutine-like object
    return generator


def _closed(client: Any) -> errors.ClientClosedError:
    name = type(client).__name__
    if client._owns_http:
        return errors.ClientClosedError(f"this {name} is closed; create a new client")
    return errors.ClientClosedError(
        f"the http_client given to this {name} is closed; pass an open one to a new client"
    )
