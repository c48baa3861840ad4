"""The retry layer (facade/_transport.py), each behaviour run through the sync and async transport.

The inner transport is an ``httpx.MockTransport`` driven by a :class:`Script` of statuses,
responses and exception classes; sleeps, jitter and clocks are injected, so nothing waits.
"""

from __future__ import annotations

import email.utils
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from facade._transport import (
    EXTENSION,
    IDEMPOTENT_METHODS,
    RETRY_COUNT_HEADER,
    AsyncRetryTransport,
    RequestOptions,
    RetryPolicy,
    RetryTransport,
    backoff_delay,
    install_retries,
)

URL = "https://dashboard.fiskaly.com/api/v0/organizations"
NOW = 1_750_000_000.0  # the injected wall clock, for Retry-After dates
FISKALY = RequestOptions(api="fiskaly")

Step = int | httpx.Response | type[Exception]


@dataclass
class Seen:
    method: str
    retry_count: str | None
    body: bytes


class Script:
    """Answers attempts from ``steps`` in order and records what each attempt sent."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.seen: list[Seen] = []
        self.raised: list[Exception] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(
            Seen(request.method, request.headers.get(RETRY_COUNT_HEADER), request.read())
        )
        step = self.steps.pop(0)
        if isinstance(step, type):
            error = (
                step("scripted failure", request=request)
                if issubclass(step, httpx.RequestError)
                else step("scripted failure")
            )
            self.raised.append(error)
            raise error
        if isinstance(step, int):
            return httpx.Response(step)
        return step

    @property
    def counts(self) -> list[str | None]:
        return [seen.retry_count for seen in self.seen]


class FakeClock:
    """Each call moves time forward by ``step`` seconds, so every attempt lasts ``step``."""

    def __init__(self, step: float = 0.0123) -> None:
        self.step = step
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        return self.calls * self.step


@dataclass
class Runner:
    """Sends one request through a RetryTransport or AsyncRetryTransport over a Script."""

    mode: str
    delays: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def transport(
        self,
        inner: httpx.MockTransport,
        policy: RetryPolicy | None = None,
        *,
        random: Callable[[], float] = lambda: 0.0,
    ) -> RetryTransport | AsyncRetryTransport:
        policy = policy or RetryPolicy()
        if self.mode == "sync":
            return RetryTransport(
                inner, policy, sleep=self.sleep, random=random, clock=FakeClock(), now=lambda: NOW
            )
        return AsyncRetryTransport(
            inner, policy, sleep=self.asleep, random=random, clock=FakeClock(), now=lambda: NOW
        )

    async def send(
        self,
        script: Script,
        method: str = "GET",
        *,
        options: RequestOptions | None = FISKALY,
        policy: RetryPolicy | None = None,
        random: Callable[[], float] = lambda: 0.0,
        url: str = URL,
        headers: dict[str, str] | None = None,
        content: Any = None,
    ) -> httpx.Response:
        extensions = {} if options is None else {EXTENSION: options}
        request = httpx.Request(
            method, url, headers=headers, content=content, extensions=extensions
        )
        transport = self.transport(httpx.MockTransport(script), policy, random=random)
        if isinstance(transport, RetryTransport):
            response = transport.handle_request(request)
            response.read()
        else:
            response = await transport.handle_async_request(request)
            await response.aread()
        return response


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Runner:
    return Runner(request.param)


# --- backoff_delay ---------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_up_to_the_cap() -> None:
    policy = RetryPolicy()
    assert [backoff_delay(policy, i, 0.0) for i in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]


def test_backoff_jitter_shortens_by_at_most_a_quarter() -> None:
    assert backoff_delay(RetryPolicy(), 2, 0.0) == 2.0
    assert backoff_delay(RetryPolicy(), 2, 0.5) == 1.75
    assert backoff_delay(RetryPolicy(), 2, 0.999999) == pytest.approx(1.5)


@given(st.integers(min_value=0, max_value=10_000), st.floats(min_value=0.0, max_value=0.9999))
def test_backoff_stays_within_its_bounds(retry_index: int, random_value: float) -> None:
    policy = RetryPolicy()
    ceiling = min(8.0, 0.5 * 2.0 ** min(retry_index, 60))
    delay = backoff_delay(policy, retry_index, random_value)
    assert 0.75 * ceiling <= delay <= ceiling <= 8.0


def test_policy_rejects_negative_settings() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="backoff"):
        RetryPolicy(backoff_cap=-1.0)


def test_idempotent_methods() -> None:
    assert frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}) == IDEMPOTENT_METHODS


# --- statuses --------------------------------------------------------------------------------


async def test_burst_of_500s_then_success(run: Runner) -> None:
    script = Script(500, 500, 500, 200)
    randoms = iter([0.9, 0.1, 0.6])
    response = await run.send(
        script, policy=RetryPolicy(max_retries=3), random=lambda: next(randoms)
    )
    assert response.status_code == 200
    assert len(script.seen) == 4
    assert len(run.delays) == 3
    for index, delay in enumerate(run.delays):
        ceiling = 0.5 * 2**index
        assert 0.75 * ceiling <= delay <= ceiling
    assert run.delays == sorted(run.delays) and run.delays[0] < run.delays[-1]


async def test_backoff_is_capped_at_eight_seconds_and_the_last_response_returned(
    run: Runner,
) -> None:
    script = Script(*([500] * 8), httpx.Response(503, text="still down"))
    response = await run.send(script, policy=RetryPolicy(max_retries=8))
    assert response.status_code == 503 and response.text == "still down"
    assert len(script.seen) == 9
    assert run.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


async def test_attempts_default_to_one_plus_two_retries(run: Runner) -> None:
    script = Script(500, 500, 500)
    response = await run.send(script)
    assert response.status_code == 500
    assert len(script.seen) == 3


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
async def test_retry_statuses_are_retried_for_get(run: Runner, status: int) -> None:
    script = Script(status, 200)
    assert (await run.send(script)).status_code == 200
    assert len(script.seen) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 501])
async def test_other_statuses_are_returned_at_once(run: Runner, status: int) -> None:
    script = Script(status, 200)
    assert (await run.send(script)).status_code == status
    assert len(script.seen) == 1 and run.delays == []


async def test_policy_chooses_the_retry_statuses(run: Runner) -> None:
    script = Script(409, 200)
    policy = RetryPolicy(retry_statuses=frozenset({409}))
    assert (await run.send(script, policy=policy)).status_code == 200
    assert len(script.seen) == 2


async def test_429_is_retried_for_post_but_500_is_not(run: Runner) -> None:
    limited = Script(429, 201)
    assert (await run.send(limited, "POST")).status_code == 201
    assert len(limited.seen) == 2

    failed = Script(500, 201)
    assert (await run.send(failed, "POST")).status_code == 500
    assert len(failed.seen) == 1


async def test_post_with_retry_unsafe_is_retried_on_500(run: Runner) -> None:
    script = Script(500, 502, 201)
    options = RequestOptions(api="enlivy", retry_unsafe=True)
    assert (await run.send(script, "POST", options=options)).status_code == 201
    assert [seen.method for seen in script.seen] == ["POST"] * 3


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "PUT", "DELETE", "get", "put"])
async def test_idempotent_methods_are_retried_on_500(run: Runner, method: str) -> None:
    script = Script(500, 200)
    assert (await run.send(script, method)).status_code == 200
    assert len(script.seen) == 2


async def test_patch_is_not_retried_on_500(run: Runner) -> None:
    script = Script(500, 200)
    assert (await run.send(script, "PATCH")).status_code == 500
    assert len(script.seen) == 1


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was read and closed."""

    def __init__(self) -> None:
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b"busy"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b"busy"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


async def test_a_response_that_is_retried_is_read_and_closed(run: Runner) -> None:
    stream = TrackedStream()
    script = Script(httpx.Response(503, stream=stream), 200)
    assert (await run.send(script)).status_code == 200
    assert stream.read and stream.closed


# --- exceptions ------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_errors_before_sending_are_retried_for_post(
    run: Runner, error: type[Exception]
) -> None:
    script = Script(error, error, 201)
    assert (await run.send(script, "POST")).status_code == 201
    assert len(script.seen) == 3
    assert run.delays == [0.5, 1.0]


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
        httpx.ProxyError,
    ],
)
async def test_errors_after_sending_are_not_retried_for_post(
    run: Runner, error: type[Exception]
) -> None:
    script = Script(error, 201)
    with pytest.raises(error) as caught:
        await run.send(script, "POST")
    assert caught.value is script.raised[0]
    assert len(script.seen) == 1 and run.delays == []


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError])
async def test_errors_after_sending_are_retried_when_replayable(
    run: Runner, error: type[Exception]
) -> None:
    get = Script(error, 200)
    assert (await run.send(get, "GET")).status_code == 200
    assert len(get.seen) == 2

    unsafe = Script(error, 201)
    options = RequestOptions(api="fiskaly", retry_unsafe=True)
    assert (await run.send(unsafe, "POST", options=options)).status_code == 201
    assert len(unsafe.seen) == 2


async def test_the_last_exception_is_reraised_unchanged_when_attempts_run_out(run: Runner) -> None:
    script = Script(httpx.ConnectError, httpx.ConnectTimeout, httpx.ConnectError)
    with pytest.raises(httpx.ConnectError) as caught:
        await run.send(script, "POST")
    assert caught.value is script.raised[-1]
    assert len(script.seen) == 3
    assert run.delays == [0.5, 1.0]


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol, httpx.LocalProtocolError])
async def test_errors_that_would_repeat_are_never_retried(
    run: Runner, error: type[Exception]
) -> None:
    script = Script(error, 200)
    with pytest.raises(error):
        await run.send(script, "GET")
    assert len(script.seen) == 1


async def test_exceptions_that_are_not_transport_errors_are_not_retried(run: Runner) -> None:
    script = Script(RuntimeError, 200)
    with pytest.raises(RuntimeError):
        await run.send(script, "GET")
    assert len(script.seen) == 1


# --- Retry-After -----------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("3", 3.0), ("1.5", 1.5), ("0", 0.0)])
async def test_retry_after_seconds_are_waited_exactly(
    run: Runner, value: str, expected: float
) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": value}), 200)
    assert (await run.send(script, "POST")).status_code == 200
    assert run.delays == [expected]


async def test_retry_after_http_date_is_waited_exactly(run: Runner) -> None:
    date = email.utils.formatdate(NOW + 7, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": date}), 200)
    assert (await run.send(script)).status_code == 200
    assert run.delays == [7.0]


async def test_retry_after_in_the_past_retries_at_once(run: Runner) -> None:
    date = email.utils.formatdate(NOW - 30, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": date}), 200)
    assert (await run.send(script)).status_code == 200
    assert run.delays == [0.0]


async def test_retry_after_up_to_the_cap_is_waited(run: Runner) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "60"}), 200)
    assert (await run.send(script)).status_code == 200
    assert run.delays == [60.0]


@pytest.mark.parametrize("value", ["61", "3600", "inf"])
async def test_retry_after_above_the_cap_returns_at_once(run: Runner, value: str) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": value}, text="slow down"), 200)
    response = await run.send(script)
    assert response.status_code == 429 and response.text == "slow down"
    assert len(script.seen) == 1 and run.delays == []


async def test_retry_after_cap_comes_from_the_policy(run: Runner) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "10"}), 200)
    response = await run.send(script, policy=RetryPolicy(retry_after_cap=5.0))
    assert response.status_code == 429 and run.delays == []


async def test_unreadable_retry_after_falls_back_to_backoff(run: Runner) -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "soon"}), 200)
    assert (await run.send(script)).status_code == 200
    assert run.delays == [0.5]


# --- per-request options ---------------------------------------------------------------------


async def test_max_retries_zero_per_request_makes_one_attempt(run: Runner) -> None:
    script = Script(503, 200)
    options = RequestOptions(api="envoice", max_retries=0)
    assert (await run.send(script, options=options)).status_code == 503
    assert len(script.seen) == 1 and run.delays == []


async def test_max_retries_per_request_overrides_the_policy(run: Runner) -> None:
    script = Script(503, 503, 503, 503, 200)
    options = RequestOptions(api="envoice", max_retries=4)
    response = await run.send(script, options=options, policy=RetryPolicy(max_retries=1))
    assert response.status_code == 200
    assert len(script.seen) == 5


async def test_missing_options_use_the_policy_defaults(run: Runner) -> None:
    script = Script(503, 503, 503, 200)
    response = await run.send(script, options=None, policy=RetryPolicy(max_retries=2))
    assert response.status_code == 503
    assert len(script.seen) == 3


async def test_missing_options_leave_post_unreplayable(run: Runner) -> None:
    script = Script(500, 200)
    assert (await run.send(script, "POST", options=None)).status_code == 500
    assert len(script.seen) == 1


# --- what each attempt sends -----------------------------------------------------------------


async def test_every_attempt_carries_its_retry_count(run: Runner) -> None:
    script = Script(500, httpx.ConnectError, 200)
    await run.send(script)
    assert script.counts == ["0", "1", "2"]


async def test_a_caller_retry_count_header_is_overwritten(run: Runner) -> None:
    script = Script(500, 200)
    await run.send(script, headers={RETRY_COUNT_HEADER: "7"})
    assert script.counts == ["0", "1"]


async def test_a_streamed_body_is_identical_on_every_attempt(run: Runner) -> None:
    chunks = [b'{"name": ', b'"Kiosk', b' 1"}']

    def sync_body() -> Iterator[bytes]:
        yield from chunks

    async def async_body() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    script = Script(500, httpx.ReadError, 201)
    options = RequestOptions(api="fiskaly", retry_unsafe=True)
    body = sync_body() if run.mode == "sync" else async_body()
    assert (await run.send(script, "POST", options=options, content=body)).status_code == 201
    assert [seen.body for seen in script.seen] == [b"".join(chunks)] * 3


# --- logging ---------------------------------------------------------------------------------


async def test_one_debug_record_per_attempt(run: Runner, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="facade")
    script = Script(
        httpx.Response(503, headers={"X-Request-ID": "abc"}),
        httpx.ConnectError,
        httpx.Response(200, headers={"request-id": "def"}),
    )
    await run.send(script, url=URL + "?limit=10&token=hidden")
    records = [r for r in caplog.records if r.name == "facade"]
    assert [r.levelno for r in records] == [logging.DEBUG] * 3
    assert [r.getMessage() for r in records] == [
        "GET /api/v0/organizations -> 503 (attempt 1/3, 12.3 ms, request id abc)",
        "GET /api/v0/organizations -> ConnectError (attempt 2/3, 12.3 ms)",
        "GET /api/v0/organizations -> 200 (attempt 3/3, 12.3 ms, request id def)",
    ]
    assert records[0].facade_api == "fiskaly"  # type: ignore[attr-defined]
    assert "hidden" not in caplog.text


async def test_logs_never_contain_headers_or_bodies(
    run: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(
        httpx.Response(500, headers={"Set-Cookie": "session=s3cr3t"}, text="s3cr3t"),
        httpx.ConnectError,
        201,
    )
    options = RequestOptions(api="enlivy", retry_unsafe=True)
    await run.send(
        script,
        "POST",
        options=options,
        headers={"Authorization": "Bearer s3cr3t", "x-auth-secret": "s3cr3t"},
        content=b'{"password": "s3cr3t"}',
    )
    assert len([r for r in caplog.records if r.name == "facade"]) == 3
    assert "s3cr3t" not in caplog.text
    for record in caplog.records:
        assert "s3cr3t" not in repr(record.__dict__)


# --- closing ---------------------------------------------------------------------------------


class ClosingInner(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_close_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    RetryTransport(inner).close()
    assert inner.closed == 1


async def test_aclose_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    await AsyncRetryTransport(inner).aclose()
    assert inner.closed == 1


def test_a_client_closing_on_exit_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    with httpx.Client(transport=RetryTransport(inner)):
        pass
    assert inner.closed == 1


async def test_an_async_client_closing_on_exit_closes_the_inner_transport() -> None:
    inner = ClosingInner()
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner)):
        pass
    assert inner.closed == 1


# --- install_retries -------------------------------------------------------------------------

FAST = RetryPolicy(backoff_base=0.0)  # the real sleep is used here; make it zero


def test_install_retries_on_a_user_client() -> None:
    script = Script(503, 200)
    client = httpx.Client(transport=httpx.MockTransport(script))
    install_retries(client, FAST)
    assert client.get(URL).status_code == 200
    assert script.counts == ["0", "1"]


async def test_install_retries_on_a_user_async_client() -> None:
    script = Script(503, 200)
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    install_retries(client, FAST)
    assert (await client.get(URL)).status_code == 200
    assert script.counts == ["0", "1"]


def test_install_retries_twice_does_not_double_wrap() -> None:
    script = Script(503, 503, 503, 503)
    client = httpx.Client(transport=httpx.MockTransport(script))
    install_retries(client, FAST)
    install_retries(client, RetryPolicy(max_retries=1, backoff_base=0.0))
    transport = client._transport
    assert isinstance(transport, RetryTransport)
    assert isinstance(transport.inner, httpx.MockTransport)
    assert transport.policy.max_retries == 1  # the newest policy wins
    assert client.get(URL).status_code == 503
    assert script.counts == ["0", "1"]  # nested wrappers would have made 2 x 2 attempts


async def test_install_retries_twice_does_not_double_wrap_async() -> None:
    script = Script(503, 503, 503, 503)
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    install_retries(client, FAST)
    install_retries(client, RetryPolicy(max_retries=1, backoff_base=0.0))
    transport = client._transport
    assert isinstance(transport, AsyncRetryTransport)
    assert isinstance(transport.inner, httpx.MockTransport)
    assert (await client.get(URL)).status_code == 503
    assert script.counts == ["0", "1"]


def test_install_retries_wraps_mounts() -> None:
    default, mounted = Script(503, 200), Script(503, 200)
    client = httpx.Client(
        transport=httpx.MockTransport(default),
        mounts={"https://www.envoice.in": httpx.MockTransport(mounted), "all://other": None},
    )
    install_retries(client, FAST)
    assert client.get("https://www.envoice.in/api/invoice/all").status_code == 200
    assert client.get(URL).status_code == 200
    assert mounted.counts == ["0", "1"] and default.counts == ["0", "1"]
    assert [t is None or isinstance(t, RetryTransport) for t in client._mounts.values()] == [
        True,
        True,
    ]
    install_retries(client, FAST)
    assert all(
        t is None or isinstance(t.inner, httpx.MockTransport)  # type: ignore[attr-defined]
        for t in client._mounts.values()
    )


async def test_install_retries_wraps_mounts_async() -> None:
    mounted = Script(503, 200)
    client = httpx.AsyncClient(
        transport=httpx.MockTransport(Script()),
        mounts={"https://www.envoice.in": httpx.MockTransport(mounted)},
    )
    install_retries(client, FAST)
    install_retries(client, FAST)
    assert (await client.get("https://www.envoice.in/api/invoice/all")).status_code == 200
    assert mounted.counts == ["0", "1"]


def test_install_retries_rejects_other_objects() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        install_retries(object(), FAST)  # type: ignore[arg-type]


class _BreakingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that stops halfway, as when the server drops the connection."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"data": ['
        raise httpx.RemoteProtocolError("peer closed connection mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"data": ['
        raise httpx.RemoteProtocolError("peer closed connection mid-body")


@pytest.mark.parametrize(("method", "attempts"), [("GET", 2), ("POST", 1)])
def test_a_body_that_breaks_mid_read_is_an_attempt_failure(method: str, attempts: int) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(200, stream=_BreakingStream())
        # A stream (not in-memory content), as a network response has.
        return httpx.Response(200, stream=httpx.ByteStream(b'{"data": []}'))

    transport = RetryTransport(httpx.MockTransport(handler), sleep=lambda seconds: None)
    with httpx.Client(transport=transport) as client:
        if attempts == 1:
            with pytest.raises(httpx.RemoteProtocolError):
                client.request(method, "https://api.example.com/things")
        else:
            response = client.request(method, "https://api.example.com/things")
            assert response.json() == {"data": []}
            assert response.elapsed.total_seconds() >= 0  # the client still times the exchange
    assert len(calls) == attempts


async def test_a_body_that_breaks_mid_read_is_retried_async() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(200, stream=_BreakingStream())
        return httpx.Response(200, json={"data": []})

    async def no_sleep(seconds: float) -> None:
        return None

    transport = AsyncRetryTransport(httpx.MockTransport(handler), sleep=no_sleep)
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get("https://api.example.com/things")).json() == {"data": []}
    assert len(calls) == 2


# -- Retry-After edge cases (issue 12) ------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "-0.5", "nan", "soon", ""])
def test_a_negative_or_unreadable_retry_after_is_no_wait(value: str) -> None:
    from facade._responses import parse_retry_after

    assert parse_retry_after(value, now=1_000.0) is None


def test_a_retry_after_date_is_read_on_the_servers_clock() -> None:
    import email.utils

    from facade._responses import parse_retry_after

    local = 1_700_000_000.0
    server = local - 7200  # two hours behind
    due = email.utils.formatdate(server + 30, usegmt=True)
    date = email.utils.formatdate(server, usegmt=True)
    assert parse_retry_after(due, now=local, date=date) == 30.0
    assert parse_retry_after(due, now=local) == 0.0  # without Date: already past, by our clock
