"""Tests for facade._auth: static credentials, fiskaly's token life cycle, transport safety."""

from __future__ import annotations

import asyncio
import json
import threading
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from facade import errors
from facade._auth import (
    AuthStats,
    BearerTokenAuth,
    FiskalyTokenAuth,
    HeaderCredentialsAuth,
    require_secure_url,
)
from facade._secrets import Secret
from facade._transport import AsyncRetryTransport, RequestOptions, RetryTransport

BASE = "https://dashboard.fiskaly.test/api/v0"
TOKEN_URL = f"{BASE}/auth"
API_KEY = "key-Zq81mPqA"
API_SECRET = "secret-Xv7TtR9wLmQ2"
START = 1_700_000_000.0
LIFETIME = 300  # margin: min(60, 10% of 300) = 30 s


class FakeClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeFiskaly:
    """Just enough of fiskaly's token endpoint and one protected resource."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.lifetime = LIFETIME
        self.send_expires_at: float | None = None  # override access_token_expires_at
        self.token_bodies: list[dict[str, Any]] = []
        self.token_requests: list[httpx.Request] = []
        self.api_auth_headers: list[str | None] = []
        self.valid_access: set[str] = set()
        self.valid_refresh: set[str] = set()
        # Forced answer to refreshes (a factory: a response object serves one client only).
        self.refresh_response: Callable[[], httpx.Response] | None = None
        self.reject_keys = False
        self.always_401 = False
        self.issued = 0
        # Async handler only: hold token responses until released.
        self.token_gate: asyncio.Event | None = None
        self.token_entered: asyncio.Event | None = None

    # -- sync ----------------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            return self._token(request)
        return self._resource(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            if self.token_entered is not None:
                self.token_entered.set()
            if self.token_gate is not None:
                await self.token_gate.wait()
            return self._token(request)
        return self._resource(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "POST"
        assert "authorization" not in request.headers
        body = json.loads(request.content)
        self.token_requests.append(request)
        self.token_bodies.append(body)
        if "refresh_token" in body:
            if self.refresh_response is not None:
                return self.refresh_response()
            if body["refresh_token"] not in self.valid_refresh:
                return self._error(401, "invalid refresh token")
            self.valid_refresh.discard(body["refresh_token"])
            return self._issue()
        if self.reject_keys or (body.get("api_key"), body.get("api_secret")) != (
            API_KEY,
            API_SECRET,
        ):
            return self._error(401, "invalid api key or secret")
        return self._issue()

    def _issue(self) -> httpx.Response:
        self.issued += 1
        access, refresh = f"access-{self.issued}", f"refresh-{self.issued}"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        now = self.clock()
        body: dict[str, Any] = {
            "access_token": access,
            "access_token_expires_in": self.lifetime,
            "refresh_token": refresh,
            "refresh_token_expires_in": self.lifetime * 2,
            "refresh_token_expires_at": int(now + self.lifetime * 2),
            "access_token_claims": {"env": "TEST", "organization_id": "org-1"},
        }
        if self.send_expires_at is not None:
            body["access_token_expires_at"] = self.send_expires_at
        return httpx.Response(200, json=body)

    def _resource(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("authorization")
        self.api_auth_headers.append(header)
        token = (header or "").removeprefix("Bearer ")
        if self.always_401 or token not in self.valid_access:
            return self._error(401, "token expired or invalid")
        return httpx.Response(200, json={"token": token})

    @staticmethod
    def _error(status: int, message: str) -> httpx.Response:
        return httpx.Response(
            status,
            json={
                "status_code": status,
                "error": "Unauthorized",
                "code": "E_AUTH",
                "message": message,
            },
            headers={"x-request-id": "req-1"},
        )

    def revoke_all(self) -> None:
        self.valid_access.clear()

    @property
    def token_kinds(self) -> list[str]:
        return ["refresh" if "refresh_token" in b else "login" for b in self.token_bodies]


class Harness:
    """The same calls through a sync ``httpx.Client`` or an ``httpx.AsyncClient``."""

    def __init__(self, mode: str, auth: httpx.Auth, handler: Any, ahandler: Any) -> None:
        self.mode = mode
        if mode == "sync":
            self.sync = httpx.Client(auth=auth, transport=httpx.MockTransport(handler))
        else:
            self.aclient = httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(ahandler))

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            return self.sync.get(url, **kwargs)
        return await self.aclient.get(url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            return self.sync.post(url, **kwargs)
        return await self.aclient.post(url, **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> FakeFiskaly:
    return FakeFiskaly(clock)


def make_auth(clock: FakeClock, **kwargs: Any) -> FiskalyTokenAuth:
    return FiskalyTokenAuth(API_KEY, API_SECRET, token_url=TOKEN_URL, clock=clock, **kwargs)


@pytest.fixture
def auth(clock: FakeClock) -> FiskalyTokenAuth:
    return make_auth(clock)


@pytest.fixture
def harness(mode: str, auth: FiskalyTokenAuth, server: FakeFiskaly) -> Iterator[Harness]:
    yield Harness(mode, auth, server.handle, server.ahandle)


# -- token cache and renewal ------------------------------------------------------------------


async def test_token_is_cached_across_calls(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    for _ in range(5):
        response = await harness.get(f"{BASE}/organizations")
        assert response.status_code == 200
    assert auth.stats == AuthStats(token_requests=1, key_logins=1)
    assert server.token_bodies == [{"api_key": API_KEY, "api_secret": API_SECRET}]
    assert server.api_auth_headers == ["Bearer access-1"] * 5
    assert auth.access_token_claims == {"env": "TEST", "organization_id": "org-1"}


async def test_renewal_before_expiry_uses_the_refresh_token(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly, clock: FakeClock
) -> None:
    await harness.get(f"{BASE}/organizations")
    clock.advance(LIFETIME - 31)  # just outside the 30 s margin: still cached
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login"]
    clock.advance(2)  # inside the margin: renew before it expires
    response = await harness.get(f"{BASE}/organizations")
    assert response.json() == {"token": "access-2"}
    assert server.token_kinds == ["login", "refresh"]
    assert server.token_bodies[1] == {"refresh_token": "refresh-1"}
    assert auth.stats == AuthStats(token_requests=2, key_logins=1, refreshes=1)


async def test_expires_in_wins_over_expires_at(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly, clock: FakeClock
) -> None:
    """``expires_at`` is the server's clock, ``expires_in`` a duration: a token is renewed by
    our clock from the duration, and the difference is the server's clock skew."""
    server.send_expires_at = START + 100  # expires_in says 300: the server is 200 s behind
    await harness.get(f"{BASE}/organizations")
    assert auth.clock_skew == -200
    clock.advance(LIFETIME - 31)  # past expires_at by our clock, but 31 s before expires_in
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login"]
    clock.advance(2)  # within the 30 s margin of expires_in
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login", "refresh"]


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [(20, 2.0), (300, 30.0), (3600, 60.0), (5, 1.0)],
    ids=["ten-percent", "ten-percent-300", "capped-at-60", "at-least-1"],
)
async def test_default_margin(
    harness: Harness, server: FakeFiskaly, clock: FakeClock, lifetime: int, margin: float
) -> None:
    server.lifetime = lifetime
    await harness.get(f"{BASE}/organizations")
    clock.advance(lifetime - margin - 0.25)
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login"]
    clock.advance(0.5)
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login", "refresh"]


async def test_explicit_renew_margin(mode: str, server: FakeFiskaly, clock: FakeClock) -> None:
    harness = Harness(mode, make_auth(clock, renew_margin=100), server.handle, server.ahandle)
    await harness.get(f"{BASE}/organizations")
    clock.advance(LIFETIME - 101)
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login"]
    clock.advance(2)
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login", "refresh"]


async def test_expired_refresh_token_means_key_login(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly, clock: FakeClock
) -> None:
    await harness.get(f"{BASE}/organizations")
    clock.advance(LIFETIME * 2 + 1)  # both tokens are past their expiry
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login", "login"]
    assert auth.stats == AuthStats(token_requests=2, key_logins=2)


@pytest.mark.parametrize(
    "refusal",
    [
        lambda: httpx.Response(401, json={"message": "refresh token revoked"}),
        lambda: httpx.Response(500, text="<html>oops</html>"),
        lambda: httpx.Response(200, json={"refresh_token": "no-access-token-here"}),
        lambda: httpx.Response(200, text="not json"),
    ],
    ids=["401", "500", "no-access-token", "not-json"],
)
async def test_refresh_failure_falls_back_to_key_and_secret(
    harness: Harness,
    auth: FiskalyTokenAuth,
    server: FakeFiskaly,
    clock: FakeClock,
    refusal: Callable[[], httpx.Response],
) -> None:
    await harness.get(f"{BASE}/organizations")
    server.refresh_response = refusal
    auth.expire_now()
    response = await harness.get(f"{BASE}/organizations")
    assert response.status_code == 200
    assert response.json() == {"token": "access-2"}
    assert server.token_kinds == ["login", "refresh", "login"]
    assert auth.stats == AuthStats(token_requests=3, key_logins=2, refreshes=0)


def _skewed_token_server(
    clock: FakeClock, skew: float
) -> Callable[[httpx.Request], httpx.Response]:
    """A token endpoint whose clock is ``skew`` s off ours, giving only ``expires_at`` (its own
    clock) and saying what time it is in ``Date``."""
    import email.utils

    issued: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/auth"):
            return httpx.Response(200, json={})
        issued.append("t")
        served = clock() + skew
        body = {
            "access_token": f"access-{len(issued)}",
            "access_token_expires_at": served + LIFETIME,
        }
        date = email.utils.formatdate(served, usegmt=True)
        return httpx.Response(200, json=body, headers={"Date": date})

    handle.issued = issued  # type: ignore[attr-defined]
    return handle


@pytest.mark.parametrize("skew", [-7200.0, 7200.0, 0.0])
def test_expires_at_alone_is_read_on_the_servers_clock(
    clock: FakeClock, skew: float, caplog: pytest.LogCaptureFixture
) -> None:
    """The server's clock two hours behind (or ahead): its ``expires_at`` is moved onto ours by
    the ``Date`` it sent, so the token is neither renewed on every call nor kept too long."""
    handle = _skewed_token_server(clock, skew)
    auth = make_auth(clock)
    http = httpx.Client(auth=auth, transport=httpx.MockTransport(handle))
    with caplog.at_level("WARNING", logger="facade.auth"):
        for _ in range(5):
            http.get(f"{BASE}/organizations")
            clock.advance(10)  # 40 s in all: well within the lifetime
    assert handle.issued == ["t"]  # type: ignore[attr-defined]
    assert auth.clock_skew == pytest.approx(skew, abs=1.0)
    clock.advance(LIFETIME - 40 - 29)  # inside the 30 s margin, by our clock
    http.get(f"{BASE}/organizations")
    assert len(handle.issued) == 2  # type: ignore[attr-defined]
    warnings = [r for r in caplog.records if "server's clock" in r.getMessage()]
    assert len(warnings) == (1 if skew else 0)  # logged once, not per token


async def test_expire_now_keeps_the_refresh_token(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    await harness.get(f"{BASE}/organizations")
    auth.expire_now()
    await harness.get(f"{BASE}/organizations")
    assert server.token_kinds == ["login", "refresh"]


# -- 401 handling -----------------------------------------------------------------------------


async def test_401_logs_in_again_and_replays_once(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    await harness.get(f"{BASE}/organizations")
    server.revoke_all()  # e.g. the key was rotated server-side
    response = await harness.post(f"{BASE}/organizations", json={"name": "ACME"})
    assert response.status_code == 200
    assert response.json() == {"token": "access-2"}
    # The refresh token was still valid, but a 401 means key and secret.
    assert server.token_kinds == ["login", "login"]
    assert server.api_auth_headers == ["Bearer access-1", "Bearer access-1", "Bearer access-2"]
    assert auth.stats == AuthStats(token_requests=2, key_logins=2, replays=1)


async def test_replay_resends_the_request_body(harness: Harness, server: FakeFiskaly) -> None:
    await harness.get(f"{BASE}/organizations")
    server.revoke_all()
    seen: list[bytes] = []
    original = server._resource

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return original(request)

    server._resource = recording  # type: ignore[method-assign]
    await harness.post(f"{BASE}/organizations", json={"name": "ACME"})
    assert seen == [b'{"name":"ACME"}', b'{"name":"ACME"}']


class StreamingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Consumes request bodies as a network transport does (MockTransport buffers them)."""

    def __init__(self, server: FakeFiskaly) -> None:
        self.server = server
        self.bodies: list[tuple[str, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append((request.url.path, b"".join(request.stream)))
        return self.server.handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        self.bodies.append((request.url.path, b"".join([c async for c in request.stream])))
        return self.server.handle(request)


async def test_replay_resends_a_streamed_body(mode: str, server: FakeFiskaly) -> None:
    """A body from a one-shot generator is buffered first, so the replay can send it again."""
    auth = make_auth(server.clock)
    transport = StreamingTransport(server)
    if mode == "sync":
        client = httpx.Client(auth=auth, transport=transport)
        client.get(f"{BASE}/organizations")
        server.revoke_all()
        response = client.post(f"{BASE}/x", content=(c for c in [b"part1-", b"part2"]))
    else:

        async def chunks() -> AsyncIterator[bytes]:
            yield b"part1-"
            yield b"part2"

        aclient = httpx.AsyncClient(auth=auth, transport=transport)
        await aclient.get(f"{BASE}/organizations")
        server.revoke_all()
        response = await aclient.post(f"{BASE}/x", content=chunks())
    assert response.status_code == 200
    assert [body for path, body in transport.bodies if path.endswith("/x")] == [
        b"part1-part2",
        b"part1-part2",
    ]
    assert auth.stats.replays == 1


async def test_second_401_is_returned_as_is(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    server.always_401 = True
    response = await harness.get(f"{BASE}/organizations")
    assert response.status_code == 401
    assert response.json()["message"] == "token expired or invalid"
    assert len(server.api_auth_headers) == 2  # the request and one replay, no more
    assert server.token_kinds == ["login", "login"]
    assert auth.stats == AuthStats(token_requests=2, key_logins=2, replays=1)


async def test_rejected_key_and_secret_raise_without_the_secret(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    server.reject_keys = True
    with pytest.raises(errors.AuthenticationError) as caught:
        await harness.get(f"{BASE}/organizations")
    error = caught.value
    assert error.status_code == 401
    assert error.api == "fiskaly"
    assert error.request_id == "req-1"
    assert server.api_auth_headers == []  # the real request was never sent
    text = "".join(traceback.format_exception(error)) + repr(error) + str(error)
    assert API_SECRET not in text
    assert API_KEY not in text
    assert auth.stats == AuthStats(token_requests=1)


async def test_token_endpoint_without_a_token_raises_without_the_secret(
    mode: str, clock: FakeClock
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": "shape"})

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    harness = Harness(mode, make_auth(clock), handler, ahandler)
    with pytest.raises(errors.APIError) as caught:
        await harness.get(f"{BASE}/organizations")
    # Accepted credentials with a broken answer: the vendor's fault, not an auth failure.
    assert type(caught.value) is errors.APIError
    assert caught.value.status_code == 200 and "usable access token" in caught.value.message
    text = "".join(traceback.format_exception(caught.value))
    assert API_SECRET not in text


async def test_server_error_on_login_is_a_server_error(harness: Harness, mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"message": "maintenance"})

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    broken = Harness(mode, make_auth(FakeClock()), handler, ahandler)
    with pytest.raises(errors.ServerError):
        await broken.get(f"{BASE}/organizations")


# -- the token request itself -----------------------------------------------------------------


async def test_token_request_is_yielded_with_options_and_timeout(
    harness: Harness, server: FakeFiskaly
) -> None:
    await harness.get(f"{BASE}/organizations", timeout=httpx.Timeout(3.5))
    [request] = server.token_requests
    assert request.url == TOKEN_URL
    assert request.extensions["facade"] == RequestOptions(api="fiskaly", retry_unsafe=True)
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()


def test_token_request_without_timeout_has_no_timeout_key() -> None:
    auth = make_auth(FakeClock())
    flow = auth.sync_auth_flow(httpx.Request("GET", f"{BASE}/organizations"))
    token_request = next(flow)
    assert "timeout" not in token_request.extensions
    assert token_request.extensions["facade"].retry_unsafe is True
    flow.close()


async def test_token_requests_go_through_the_client_transport_and_its_retries(
    mode: str, clock: FakeClock
) -> None:
    """The token POST is yielded, so the retry transport retries it (it is marked replayable)."""
    server = FakeFiskaly(clock)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if len(seen) == 1:  # the first token request dies mid-response
            raise httpx.ReadError("connection reset", request=request)
        return server.handle(request)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    async def no_async_sleep(seconds: float) -> None:
        return None

    auth = make_auth(clock)
    client: httpx.Client | httpx.AsyncClient
    if mode == "sync":
        transport = RetryTransport(httpx.MockTransport(handler), sleep=lambda seconds: None)
        client = httpx.Client(auth=auth, transport=transport)
        response = client.get(f"{BASE}/organizations")
    else:
        atransport = AsyncRetryTransport(httpx.MockTransport(ahandler), sleep=no_async_sleep)
        client = httpx.AsyncClient(auth=auth, transport=atransport)
        response = await client.get(f"{BASE}/organizations")
    assert response.status_code == 200
    assert seen == ["/api/v0/auth", "/api/v0/auth", "/api/v0/organizations"]
    assert auth.stats == AuthStats(token_requests=1, key_logins=1)


# -- single flight ----------------------------------------------------------------------------


class ArrivalCountingLock:
    """Wraps the auth's threading lock to tell when every thread is waiting for it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.arrivals = 0
        self.changed = threading.Condition()

    def __enter__(self) -> None:
        with self.changed:
            self.arrivals += 1
            self.changed.notify_all()
        self.inner.acquire()

    def __exit__(self, *exc: object) -> None:
        self.inner.release()

    def wait_for(self, count: int) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.arrivals >= count, timeout=30)


def test_single_flight_across_threads(server: FakeFiskaly, clock: FakeClock) -> None:
    auth = make_auth(clock)
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth") and server.token_bodies:
            release.wait(timeout=30)  # hold the renewal until every thread piles up
        return server.handle(request)

    client = httpx.Client(auth=auth, transport=httpx.MockTransport(handler))
    client.get(f"{BASE}/organizations")  # first login, outside the measured part
    clock.advance(LIFETIME + 1)  # expired (the refresh token is still valid)
    lock = ArrivalCountingLock(auth._sync_lock)
    auth._sync_lock = lock  # type: ignore[assignment]

    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(client.get(f"{BASE}/x").status_code))
        for _ in range(50)
    ]
    for thread in threads:
        thread.start()
    assert lock.wait_for(50), "not every thread reached the token lock"
    release.set()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [200] * 50
    assert server.token_kinds == ["login", "refresh"]  # exactly one renewal
    assert auth.stats.token_requests == 2


async def test_single_flight_across_tasks(server: FakeFiskaly, clock: FakeClock) -> None:
    auth = make_auth(clock)
    client = httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server.ahandle))
    await client.get(f"{BASE}/organizations")
    clock.advance(LIFETIME + 1)
    server.token_gate = asyncio.Event()
    server.token_entered = asyncio.Event()

    tasks = [asyncio.create_task(client.get(f"{BASE}/x")) for _ in range(50)]
    await server.token_entered.wait()
    for _ in range(50):  # let every other task run up to the lock
        await asyncio.sleep(0)
    assert not any(task.done() for task in tasks)
    server.token_gate.set()
    responses = await asyncio.gather(*tasks)
    assert [r.status_code for r in responses] == [200] * 50
    assert server.token_kinds == ["login", "refresh"]
    assert auth.stats.token_requests == 2


async def test_concurrent_401s_cause_one_login_async(server: FakeFiskaly, clock: FakeClock) -> None:
    """Tasks refused with the same token share one new login instead of each logging in."""
    arrived = 0
    all_in = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal arrived
        if request.headers.get("authorization") == "Bearer access-1" and server.issued == 1:
            arrived += 1
            if arrived == 10:
                all_in.set()
            await all_in.wait()  # every task gets its 401 before anyone logs in again
        return server.handle(request)

    auth = make_auth(clock)
    client = httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server.handle))
    await client.get(f"{BASE}/organizations")
    server.revoke_all()
    client = httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler))
    responses = await asyncio.gather(*(client.get(f"{BASE}/x") for _ in range(10)))
    assert [r.status_code for r in responses] == [200] * 10
    assert server.token_kinds == ["login", "login"]
    assert auth.stats.replays == 10


def test_concurrent_401s_cause_one_login_sync(server: FakeFiskaly, clock: FakeClock) -> None:
    barrier = threading.Barrier(10, timeout=30)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") == "Bearer access-1" and server.issued == 1:
            barrier.wait()  # every thread gets its 401 before anyone logs in again
        return server.handle(request)

    auth = make_auth(clock)
    httpx.Client(auth=auth, transport=httpx.MockTransport(server.handle)).get(f"{BASE}/x")
    server.revoke_all()
    client = httpx.Client(auth=auth, transport=httpx.MockTransport(handler))
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(client.get(f"{BASE}/x").status_code))
        for _ in range(10)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == [200] * 10
    assert server.token_kinds == ["login", "login"]
    assert auth.stats.replays == 10


def test_lock_is_released_when_the_token_request_fails(clock: FakeClock) -> None:
    server = FakeFiskaly(clock)
    fail = [True]

    def handler(request: httpx.Request) -> httpx.Response:
        if fail.pop() if fail else False:
            raise httpx.ConnectError("down", request=request)
        return server.handle(request)

    auth = make_auth(clock)
    client = httpx.Client(auth=auth, transport=httpx.MockTransport(handler))
    with pytest.raises(httpx.ConnectError):
        client.get(f"{BASE}/x")
    assert client.get(f"{BASE}/x").status_code == 200  # would deadlock if the lock leaked


async def test_async_lock_is_released_when_the_token_request_fails(clock: FakeClock) -> None:
    server = FakeFiskaly(clock)
    fail = [True]

    async def handler(request: httpx.Request) -> httpx.Response:
        if fail.pop() if fail else False:
            raise httpx.ConnectError("down", request=request)
        return server.handle(request)

    client = httpx.AsyncClient(auth=make_auth(clock), transport=httpx.MockTransport(handler))
    with pytest.raises(httpx.ConnectError):
        await client.get(f"{BASE}/x")
    response = await asyncio.wait_for(client.get(f"{BASE}/x"), timeout=30)
    assert response.status_code == 200


# -- static credentials -----------------------------------------------------------------------


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=dict(request.headers))


async def aecho(request: httpx.Request) -> httpx.Response:
    return echo(request)


async def test_bearer_token_auth_attaches_the_header(mode: str) -> None:
    harness = Harness(mode, BearerTokenAuth("enlivy-tok-4b1c"), echo, aecho)
    headers = (await harness.get("https://api.enlivy.test/invoices")).json()
    assert headers["authorization"] == "Bearer enlivy-tok-4b1c"


async def test_bearer_token_auth_accepts_a_secret(mode: str) -> None:
    harness = Harness(mode, BearerTokenAuth(Secret("enlivy-tok-4b1c")), echo, aecho)
    headers = (await harness.get("https://api.enlivy.test/invoices")).json()
    assert headers["authorization"] == "Bearer enlivy-tok-4b1c"


async def test_header_credentials_auth_attaches_every_header(mode: str) -> None:
    auth = HeaderCredentialsAuth(
        {"x-auth-key": "env-key-77", "x-auth-secret": Secret("env-sec-88")}
    )
    harness = Harness(mode, auth, echo, aecho)
    headers = (await harness.get("https://www.envoice.test/api/invoice/all")).json()
    assert headers["x-auth-key"] == "env-key-77"
    assert headers["x-auth-secret"] == "env-sec-88"


def test_header_credentials_auth_needs_a_header() -> None:
    with pytest.raises(ValueError):
        HeaderCredentialsAuth({})


# -- transport security -----------------------------------------------------------------------

AuthFactory = Callable[[FakeClock], httpx.Auth]
AUTHS: dict[str, AuthFactory] = {
    "bearer": lambda clock: BearerTokenAuth("tok-Hh3k"),
    "headers": lambda clock: HeaderCredentialsAuth({"x-auth-key": "k", "x-auth-secret": "s"}),
    "fiskaly": lambda clock: FiskalyTokenAuth(
        API_KEY,
        API_SECRET,
        token_url="http://example.com/api/v0/auth",
        clock=clock,
    ),
}


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/",
        "http://localhost/",
        "http://LOCALHOST:8080/x",
        "http://127.0.0.1:9000/",
        "http://127.8.9.10/",
        "http://[::1]:8000/",
    ],
)
def test_secure_or_loopback_urls_are_allowed(url: str) -> None:
    require_secure_url(httpx.URL(url))


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/",
        "http://localhost.example.com/",
        "http://127.0.0.1.nip.io/",
        "http://10.0.0.1/",
        "http://[::2]/",
        "ws://localhost/",
        "http://user:pw-Kk9@example.com/",
    ],
)
def test_other_urls_are_refused(url: str) -> None:
    with pytest.raises(errors.InsecureTransportError) as caught:
        require_secure_url(httpx.URL(url))
    assert "pw-Kk9" not in str(caught.value)


@pytest.mark.parametrize("kind", sorted(AUTHS))
async def test_plain_http_is_refused_before_anything_is_sent(
    mode: str, kind: str, clock: FakeClock
) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    harness = Harness(mode, AUTHS[kind](clock), handler, ahandler)
    with pytest.raises(errors.InsecureTransportError):
        await harness.get("http://example.com/api/v0/organizations")
    assert calls == []


async def test_fiskaly_refuses_an_insecure_token_url(mode: str, clock: FakeClock) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200)

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    harness = Harness(mode, AUTHS["fiskaly"](clock), handler, ahandler)
    with pytest.raises(errors.InsecureTransportError):
        await harness.get(f"{BASE}/organizations")  # https, but the token URL is not
    assert calls == []


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_plain_http_to_loopback_works_for_every_auth(
    mode: str, host: str, clock: FakeClock
) -> None:
    server = FakeFiskaly(clock)
    auths: list[httpx.Auth] = [
        BearerTokenAuth("tok"),
        HeaderCredentialsAuth({"x-auth-key": "k", "x-auth-secret": "s"}),
        FiskalyTokenAuth(API_KEY, API_SECRET, token_url=f"http://{host}:8000/auth", clock=clock),
    ]
    server.valid_access.add("tok")  # so the static bearer token is accepted too

    async def ahandle(request: httpx.Request) -> httpx.Response:
        return server.handle(request)

    for auth in auths:
        harness = Harness(mode, auth, server.handle, ahandle)
        response = await harness.get(f"http://{host}:8000/organizations")
        assert response.request.url.host == host
    assert server.token_kinds == ["login"]


# -- no secrets in text -----------------------------------------------------------------------


def test_reprs_show_no_secret(clock: FakeClock) -> None:
    bearer = BearerTokenAuth("bearer-Qp4Wn2")
    headers = HeaderCredentialsAuth({"x-auth-key": "hkey-Rt6Yu1", "x-auth-secret": "hsec-Bn3Mm8"})
    fiskaly = make_auth(clock)
    for auth, secrets in [
        (bearer, ["bearer-Qp4Wn2"]),
        (headers, ["hkey-Rt6Yu1", "hsec-Bn3Mm8"]),
        (fiskaly, [API_KEY, API_SECRET]),
    ]:
        text = repr(auth) + str(auth) + f"{auth}"
        assert "***" in repr(auth)
        for secret in secrets:
            assert secret not in text
    assert repr(fiskaly) == "FiskalyTokenAuth(api_key='***')"


async def test_repr_shows_no_token_after_login(
    harness: Harness, auth: FiskalyTokenAuth, server: FakeFiskaly
) -> None:
    await harness.get(f"{BASE}/organizations")
    text = repr(auth) + str(auth) + repr(auth.stats) + str(auth.stats)
    for secret in (API_KEY, API_SECRET, "access-1", "refresh-1"):
        assert secret not in text
    assert repr(auth.stats) == "AuthStats(token_requests=1, key_logins=1, refreshes=0, replays=0)"


async def test_logs_show_no_secret(
    harness: Harness, server: FakeFiskaly, auth: FiskalyTokenAuth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    await harness.get(f"{BASE}/organizations")
    auth.expire_now()
    server.refresh_response = lambda: httpx.Response(401, json={"message": "no"})
    server.revoke_all()
    await harness.get(f"{BASE}/organizations")
    assert any(r.name == "facade.auth" for r in caplog.records)
    for secret in (API_KEY, API_SECRET, "access-1", "refresh-1", "access-2"):
        assert secret not in caplog.text


def test_invalid_renew_margin() -> None:
    with pytest.raises(ValueError):
        make_auth(FakeClock(), renew_margin=-1)
