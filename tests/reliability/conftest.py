"""The rig for the fault suite: one sandbox on a loopback port, and facade clients (sync or async)
whose every attempt and every backoff wait is recorded on the client side, while the sandbox logs
every request it served.

* Client side: the client gets ``http_client=`` with our own retry transport over a recording
  transport. ``install_retries`` keeps a retry transport it finds (it only sets the client's
  policy), so the retries are the facade's own; only ``sleep`` is ours, and it still sleeps for
  real after writing down how long it was asked to wait.
* Server side: ``SandboxApp._serve`` is wrapped to log each request with its outcome, and to lose
  chosen answers after the emulator acted on them. The sandbox's own faults all act before the
  emulator, so "done, but the answer never arrived" needs this; it stands in for a proposed fault
  option (``after=True``) until the sandbox has one.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from facade._transport import RETRY_COUNT_HEADER, AsyncRetryTransport, RetryTransport
from facade.testing import Sandbox, sandbox

Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]


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


class _AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, recorder: Recorder) -> None:
        self._inner = httpx.AsyncHTTPTransport()
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


@dataclass
class Served:
    """One request that reached the sandbox, and what became of it."""

    api: str
    method: str
    path: str  # below the API's base path, e.g. /api/tax/new
    retry_count: str | None
    outcome: int | str | None = None  # the status sent, "broken" (cut mid-response), or None


@dataclass
class LostAnswers:
    """Requests matching this rule are handled by the emulator; then the connection is cut
    before the client has the answer. ``statuses`` are the answers the client never saw."""

    api: str
    method: str
    path: str
    times: int = 1
    hits: int = 0
    statuses: list[int] = field(default_factory=list)

    def take(self, api: str, method: str, path: str) -> bool:
        """Whether this request is one to lose (using up one of ``times``)."""
        if self.hits >= self.times or (api, method) != (self.api, self.method):
            return False
        if re.search(self.path, path) is None:
            return False
        self.hits += 1
        return True


class _AnswerLost(Exception):
    """Raised in the server after the response started: uvicorn then closes the connection."""


class ServerLog:
    """Wraps the sandbox's request handler: logs every request, loses chosen answers."""

    def __init__(self, box: Sandbox) -> None:
        self.served: list[Served] = []
        self.losses: list[LostAnswers] = []
        self._lock = threading.Lock()
        self._original = box.app._serve

    def lose_answers(self, *, api: str, method: str, path: str, times: int = 1) -> LostAnswers:
        rule = LostAnswers(api, method, path, times)
        with self._lock:
            self.losses.append(rule)
        return rule

    def to(self, api: str, method: str, path: str) -> list[Served]:
        return [s for s in self.served if (s.api, s.method, s.path) == (api, method, path)]

    async def serve(self, emulator: Any, scope: Message, body: bytes, send: Send) -> None:
        sub_path = scope["path"][len(emulator.mount) :] or "/"
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        entry = Served(emulator.name, scope["method"], sub_path, headers.get("x-retry-count"))
        with self._lock:
            self.served.append(entry)
            loss = next((r for r in self.losses if r.take(entry.api, entry.method, sub_path)), None)

        async def observe(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.outcome = int(message["status"])
            await send(message)

        if loss is None:
            try:
                await self._original(emulator, scope, body, observe)
            except BaseException:
                entry.outcome = "broken"  # a drop fault: the response was cut off
                raise
            return

        kept: list[Message] = []

        async def keep(message: Message) -> None:
            kept.append(message)

        await self._original(emulator, scope, body, keep)  # the emulator acts on the request
        status = int(kept[0]["status"]) if kept else 500
        loss.statuses.append(status)
        entry.outcome = "broken"
        # Promise a longer body than we send, then fail: the client sees the connection break.
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise _AnswerLost


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fault_sandbox() -> Iterator[Sandbox]:
    """One sandbox for the module: building its spec validators costs more than a test."""
    with sandbox() as box:
        yield box


@pytest.fixture
def fault_log(fault_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerLog]:
    """A clean sandbox for each test (no faults, no violations) with its requests logged."""
    fault_sandbox.faults.clear()
    log = ServerLog(fault_sandbox)
    monkeypatch.setattr(fault_sandbox.app, "_serve", log.serve)
    yield log
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
        if self.flavour == "async":
            http = httpx.AsyncClient(
                transport=AsyncRetryTransport(
                    _AsyncRecordingTransport(recorder), sleep=recorder.asleep
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


@pytest.fixture(params=["sync", "async"])
async def rig(
    request: pytest.FixtureRequest, fault_sandbox: Sandbox, fault_log: ServerLog
) -> AsyncIterator[Rig]:
    """Each test runs once with sync clients and once with async clients."""
    made = Rig(fault_sandbox, fault_log, str(request.param))
    yield made
    await made.close()
