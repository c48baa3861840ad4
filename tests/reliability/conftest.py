"""The rig for the fault suite: one sandbox on a loopback port, and facade clients (sync or async)
whose every attempt and every backoff wait is recorded on the client side, while the sandbox logs
every request it served.

* Client side: the client gets ``http_client=`` with our own retry transport over a recording
  transport. ``install_retries`` keeps a retry transport it finds (it only sets the client's
  policy), so the retries are the facade's own; only ``sleep`` is ours, and it still sleeps for
  real after writing down how long it was asked to wait. The direct aiohttp path
  (``facade/_direct.py``) sends without a transport: there every attempt is recorded as it is
  handed to aiohttp's session, and the waits come from the same retry layer.
* Server side: the sandbox's public request log (``Sandbox.requests``) says what arrived and
  what became of it; faults with ``after=True`` let the emulator act, then cut the answer off
  ("done, but the answer never arrived").
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from facade import _http
from facade._aiohttp import aiohttp_transport
from facade._direct import ATTRIBUTE, DirectRoute
from facade._transport import RETRY_COUNT_HEADER, AsyncRetryTransport, RetryTransport
from facade.testing import Fault, Sandbox, ServedRequest, sandbox

# -- client side ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One attempt as it left the client."""

    method: str
    path: str  # the URL path, e.g. /envoice/api/tax/new
    retry_count: str | None  # the X-Retry-Count header
    idempotency_key: str | None


class Recorder:
    """What one client sent (every attempt) and how long it chose to wait between attempts."""

    def __init__(self) -> None:
        self.attempts: list[Attempt] = []
        self.waits: list[float] = []  # the delays the retry layer asked for, in order
        self.wait_started: list[float] = []  # time.time() when each wait began
        self._lock = threading.Lock()

    def record(self, request: httpx.Request) -> None:
        attempt = Attempt(
            request.method,
            request.url.path,
            request.headers.get(RETRY_COUNT_HEADER),
            request.headers.get("Idempotency-Key"),
        )
        with self._lock:
            self.attempts.append(attempt)

    def record_sent(self, method: str, url: str, headers: list[tuple[str, str]]) -> None:
        """An attempt of the direct path, as handed to aiohttp's session."""
        self.record(httpx.Request(method, url, headers=headers))

    def _note_wait(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)
            self.wait_started.append(time.time())

    def sleep(self, seconds: float) -> None:
        self._note_wait(seconds)
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        self._note_wait(seconds)
        await asyncio.sleep(seconds)

    def to(self, suffix: str) -> list[Attempt]:
        """The attempts whose path ends with ``suffix``."""
        return [a for a in self.attempts if a.path.endswith(suffix)]


class _RecordingTransport(httpx.BaseTransport):
    def __init__(self, recorder: Recorder) -> None:
        self._inner = httpx.HTTPTransport()
        self._recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._recorder.record(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _RecordingSession:
    """aiohttp's session, with every request written down first (the direct path)."""

    def __init__(self, session: Any, recorder: Recorder) -> None:
        self._session = session
        self._recorder = recorder

    def request(self, method: str, url: str, *, headers: list[tuple[str, str]], **rest: Any) -> Any:
        self._recorder.record_sent(method, url, headers)
        return self._session.request(method, url, headers=headers, **rest)


def _direct_client(recorder: Recorder) -> httpx.AsyncClient:
    """What facade.aiohttp_client() makes (the direct path's mark included), with the waits and
    the session's requests recorded."""
    inner: Any = aiohttp_transport()
    session = inner.session
    inner.session = lambda: _RecordingSession(session(), recorder)
    http = _http.AsyncClient(transport=AsyncRetryTransport(inner, sleep=recorder.asleep))
    setattr(http, ATTRIBUTE, DirectRoute(inner, http))
    return http


class _AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, recorder: Recorder, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._recorder.record(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class Api:
    """A facade client of either flavour, called the same way from an async test."""

    def __init__(
        self, client: Any, http: httpx.Client | httpx.AsyncClient, recorder: Recorder
    ) -> None:
        self.client = client
        self.http = http
        self.recorder = recorder

    @property
    def is_async(self) -> bool:
        return isinstance(self.http, httpx.AsyncClient)

    async def call(self, operation: str, **arguments: Any) -> Any:
        """``call("taxes.create", name=...)`` is ``client.taxes.create(name=...)``, awaited
        for an async client."""
        return await self._invoke(self.client, operation, arguments)

    async def raw(self, operation: str, **arguments: Any) -> Any:
        """The same through ``with_raw_response``: the APIResponse with headers and status."""
        return await self._invoke(self.client.with_raw_response, operation, arguments)

    async def _invoke(self, root: Any, operation: str, arguments: dict[str, Any]) -> Any:
        resource, verb = operation.split(".")
        result = getattr(getattr(root, resource), verb)(**arguments)
        return await result if self.is_async else result

    def retry_counts(self, suffix: str) -> list[str | None]:
        """X-Retry-Count of each attempt sent to a path ending with ``suffix``."""
        return [a.retry_count for a in self.recorder.to(suffix)]

    async def close(self) -> None:
        if isinstance(self.http, httpx.AsyncClient):
            await self.client.aclose()
            await self.http.aclose()
        else:
            self.client.close()
            self.http.close()


# -- server side ---------------------------------------------------------------------------------


def outcome(served: ServedRequest) -> int | str | None:
    """The status the client got, "broken" if the answer was cut off, None while under way."""
    if served.delivered is None:
        return None
    return served.status if served.delivered else "broken"


class ServerLog:
    """The sandbox's own request log and its "act, then lose the answer" faults."""

    def __init__(self, box: Sandbox) -> None:
        self._box = box

    def to(self, api: str, method: str, path: str) -> list[ServedRequest]:
        return [r for r in self._box.requests if (r.api, r.method, r.path) == (api, method, path)]

    def lose_answers(self, *, api: str, method: str, path: str, times: int = 1) -> Fault:
        """The emulator handles matching requests, then the connection is cut before the
        client has the answer."""
        return self._box.faults.add(
            api=api, method=method, path=path, times=times, after=True, drop=True
        )

    def lost(self) -> list[int | None]:
        """What the emulator answered to the requests whose answers were cut off after it
        acted: the answers the client never saw."""
        return [
            r.emulator_status
            for r in self._box.requests
            if r.delivered is False and r.emulator_status is not None
        ]


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fault_sandbox() -> Iterator[Sandbox]:
    """One sandbox for the module: building its spec validators costs more than a test."""
    with sandbox() as box:
        yield box


@pytest.fixture
def fault_log(fault_sandbox: Sandbox) -> Iterator[ServerLog]:
    """A clean sandbox for each test (no faults, no violations, an empty request log)."""
    fault_sandbox.faults.clear()
    fault_sandbox.clear_requests()
    yield ServerLog(fault_sandbox)
    fault_sandbox.faults.clear()
    found = [str(v) for v in fault_sandbox.violations]
    fault_sandbox.app.violations.clear()  # reported once, by the test that caused them
    assert not found, f"the sandbox saw spec violations: {found}"


class Rig:
    """The sandbox, its request log, and a factory of recorded clients of one flavour."""

    def __init__(self, box: Sandbox, log: ServerLog, flavour: str) -> None:
        self.sandbox = box
        self.server = log
        self.flavour = flavour
        self._opened: list[Api] = []

    def client(self, api: str, **overrides: Any) -> Api:
        recorder = Recorder()
        http: httpx.Client | httpx.AsyncClient
        if self.flavour == "async-direct":
            http = _direct_client(recorder)
            client = self.sandbox.async_client(api, http_client=http, **overrides)
        elif self.flavour in ASYNC_FLAVOURS:
            inner = None
            if self.flavour == "async-aiohttp":
                # The transport facade.aiohttp_client() installs, under the same recorder.
                inner = aiohttp_transport()
            http = httpx.AsyncClient(
                transport=AsyncRetryTransport(
                    _AsyncRecordingTransport(recorder, inner), sleep=recorder.asleep
                )
            )
            client = self.sandbox.async_client(api, http_client=http, **overrides)
        else:
            http = httpx.Client(
                transport=RetryTransport(_RecordingTransport(recorder), sleep=recorder.sleep)
            )
            client = self.sandbox.client(api, http_client=http, **overrides)
        opened = Api(client, http, recorder)
        self._opened.append(opened)
        return opened

    async def close(self) -> None:
        for opened in self._opened:
            await opened.close()


# The async clients run over httpx's own transport, over aiohttp's through httpx's client, and
# straight over aiohttp's session (facade.aiohttp_client(), Enlivy and Envoice: _direct.py).
ASYNC_FLAVOURS = ("async", "async-aiohttp", "async-direct")


@pytest.fixture(params=["sync", *ASYNC_FLAVOURS])
async def rig(
    request: pytest.FixtureRequest, fault_sandbox: Sandbox, fault_log: ServerLog
) -> AsyncIterator[Rig]:
    """Each test runs with sync clients, with async clients over httpx's transport, with async
    clients over the aiohttp transport, and with async clients on the direct aiohttp path."""
    made = Rig(fault_sandbox, fault_log, str(request.param))
    yield made
    await made.close()
