"""The retry layer shared by every API, as httpx transports that wrap the real one.

Retrying below the client layer means the generated clients, the token requests and a
caller-supplied ``http_client`` all get the same behaviour without each call site opting in.
Per-request choices (which API, how many retries, whether a non-idempotent request may be
replayed) travel in ``request.extensions[EXTENSION]`` as a :class:`RequestOptions`.

What is retried:

* ``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``: the request never left, so any method.
* other transport errors (read/write failures and timeouts, protocol errors): the server may
  have acted on the request, so only replayable requests (idempotent method or
  ``retry_unsafe``).
* responses with a status in ``RetryPolicy.retry_statuses``: 429 for any method (the server
  refused to process it), the others only for replayable requests.

The layer never maps errors: when attempts run out it returns the last response or re-raises the
last httpx exception, and the client layer turns those into facade errors.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
import types
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from ._responses import parse_retry_after, request_id_of

__all__ = [
    "EXTENSION",
    "IDEMPOTENT_METHODS",
    "RETRY_COUNT_HEADER",
    "AsyncRetryTransport",
    "RequestOptions",
    "RetryPolicy",
    "RetryTransport",
    "backoff_delay",
    "install_retries",
]

EXTENSION = "facade"
RETRY_COUNT_HEADER = "X-Retry-Count"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

logger = logging.getLogger("facade")

# The request never reached the server: replaying cannot apply it twice.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Deterministic failures on our side: every attempt would fail the same way.
_NEVER_RETRIED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
# 2**60 is far past any cap; bounding the exponent keeps the float maths from overflowing.
_MAX_EXPONENT = 60


@dataclass(frozen=True)
class RequestOptions:
    """Per-request settings, carried in ``request.extensions[EXTENSION]``."""

    api: str  # "fiskaly" | "enlivy" | "envoice" (for logs/errors)
    max_retries: int | None = None  # None: the transport's policy default
    # True: the request may be replayed even after it may have reached the server (an
    # idempotency key is present, or it is a token request).
    retry_unsafe: bool = False


_UNKNOWN = RequestOptions(api="unknown")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_base: float = 0.5  # seconds
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0  # a longer Retry-After is not waited for
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0 or self.retry_after_cap < 0:
            raise ValueError("backoff_base, backoff_cap and retry_after_cap must be >= 0")


def backoff_delay(policy: RetryPolicy, retry_index: int, random_value: float) -> float:
    """min(cap, base * 2**retry_index) scaled by a jitter factor in [0.75, 1.0].

    ``random_value`` is in [0, 1); ``retry_index`` is 0 before the first retry. Jitter only ever
    shortens the wait, so the cap is a real upper bound.
    """
    exponent = min(max(retry_index, 0), _MAX_EXPONENT)
    ceiling = min(policy.backoff_cap, policy.backoff_base * 2.0**exponent)
    jitter = 1.0 - 0.25 * min(max(random_value, 0.0), 1.0)
    return ceiling * jitter


def _options_of(request: httpx.Request) -> RequestOptions:
    options = request.extensions.get(EXTENSION)
    return options if isinstance(options, RequestOptions) else _UNKNOWN


class _Plan:
    """The retry decisions for one logical request; shared by the sync and async transports."""

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        random: Callable[[], float],
        now: Callable[[], float],
    ) -> None:
        options = _options_of(request)
        retries = policy.max_retries if options.max_retries is None else options.max_retries
        self.attempts = 1 + max(retries, 0)
        self.replayable = request.method in IDEMPOTENT_METHODS or options.retry_unsafe
        self._request = request
        self._policy = policy
        self._random = random
        self._now = now

    def attempt_request(self, index: int) -> httpx.Request:
        """A copy of the request for attempt ``index``, so each attempt carries its own count."""
        headers = self._request.headers.copy()
        headers[RETRY_COUNT_HEADER] = str(index)
        return httpx.Request(
            self._request.method,
            self._request.url,
            headers=headers,
            stream=self._request.stream,  # already read, so it replays the same bytes
            extensions=self._request.extensions,
        )

    def after_error(self, error: Exception, index: int, duration: float) -> float | None:
        """Log a failed attempt; the seconds to wait before the next, or None to re-raise."""
        self.log(index, type(error).__name__, duration, None)
        return self.delay_after_error(error, index)

    def after_response(self, response: httpx.Response, index: int, duration: float) -> float | None:
        """Log an answered attempt; the seconds to wait before the next, or None to return it."""
        self.log(index, str(response.status_code), duration, request_id_of(response))
        return self.delay_after_response(response, index)

    def delay_after_error(self, error: Exception, index: int) -> float | None:
        """Seconds to wait before retrying after ``error``, or None to re-raise it."""
        if index + 1 >= self.attempts or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, _NEVER_RETRIED):
            return None
        if not (isinstance(error, _NOT_SENT) or self.replayable):
            return None
        return backoff_delay(self._policy, index, self._random())

    def delay_after_response(self, response: httpx.Response, index: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to return it."""
        status = response.status_code
        if index + 1 >= self.attempts or status not in self._policy.retry_statuses:
            return None
        if status != 429 and not self.replayable:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"), now=self._now())
        if retry_after is None:
            return backoff_delay(self._policy, index, self._random())
        # The server asked for longer than we are willing to block: hand the answer back now.
        return None if retry_after > self._policy.retry_after_cap else retry_after

    def log(self, index: int, outcome: str, duration: float, request_id: str | None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        # Metadata only: headers, bodies and query strings can carry credentials.
        path = self._request.url.path
        suffix = f", request id {request_id}" if request_id else ""
        logger.debug(
            "%s %s -> %s (attempt %d/%d, %.1f ms%s)",
            self._request.method,
            path,
            outcome,
            index + 1,
            self.attempts,
            duration * 1000.0,
            suffix,
            extra={
                "facade_api": _options_of(self._request).api,
                "facade_method": self._request.method,
                "facade_path": path,
                "facade_outcome": outcome,
                "facade_attempt": index + 1,
                "facade_attempts": self.attempts,
                "facade_duration_ms": duration * 1000.0,
                "facade_request_id": request_id,
            },
        )


class RetryTransport(httpx.BaseTransport):
    """Retries requests sent through ``inner`` according to ``policy``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy = RetryPolicy(),
        *,
        sleep: Callable[[float], None] | None = None,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.perf_counter,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.inner = inner
        self.policy = policy
        # Looked up at call time (not bound as a default) so tests can patch time.sleep.
        self._sleep: Callable[[float], None] = sleep or (lambda seconds: time.sleep(seconds))
        self._random = random
        self._clock = clock  # measures attempt durations for the log
        self._now = now  # wall clock for Retry-After given as an HTTP date

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a streamed body could be sent only once; keep the bytes to replay
        plan = _Plan(request, self.policy, self._random, self._now)
        index = 0
        while True:
            started = self._clock()
            try:
                response = self.inner.handle_request(plan.attempt_request(index))
                # Read the body here, not later in the client: a connection that breaks
                # mid-body is then one failed attempt, retried under the same rules.
                if not response.is_stream_consumed:  # in-memory responses are read already
                    response = _buffered(response, b"".join(response.iter_raw()))
            except Exception as error:
                delay = plan.after_error(error, index, self._clock() - started)
                if delay is None:
                    raise
            else:
                delay = plan.after_response(response, index, self._clock() - started)
                if delay is None:
                    return response
                _discard(response)
            self._sleep(delay)
            index += 1

    def close(self) -> None:
        self.inner.close()

    def __enter__(self) -> RetryTransport:
        self.inner.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: types.TracebackType | None = None,
    ) -> None:
        self.inner.__exit__(exc_type, exc_value, traceback)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of :class:`RetryTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy = RetryPolicy(),
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.perf_counter,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep: Callable[[float], Awaitable[None]] = sleep or (lambda s: asyncio.sleep(s))
        self._random = random
        self._clock = clock
        self._now = now

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a streamed body could be sent only once; keep the bytes
        plan = _Plan(request, self.policy, self._random, self._now)
        index = 0
        while True:
            started = self._clock()
            try:
                response = await self.inner.handle_async_request(plan.attempt_request(index))
                # See RetryTransport: a body that breaks off is a failed attempt.
                if not response.is_stream_consumed:
                    raw = b"".join([chunk async for chunk in response.aiter_raw()])
                    response = _buffered(response, raw)
            except Exception as error:
                delay = plan.after_error(error, index, self._clock() - started)
                if delay is None:
                    raise
            else:
                delay = plan.after_response(response, index, self._clock() - started)
                if delay is None:
                    return response
                await _adiscard(response)
            await self._sleep(delay)
            index += 1

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> AsyncRetryTransport:
        await self.inner.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: types.TracebackType | None = None,
    ) -> None:
        await self.inner.__aexit__(exc_type, exc_value, traceback)


def _buffered(response: httpx.Response, raw: bytes) -> httpx.Response:
    """The same response over an in-memory copy of its raw (still encoded) body, so the client
    reads it as usual (decoding, timing) without touching the network again."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


def _discard(response: httpx.Response) -> None:
    """Read and close a response we will not return, so its connection goes back to the pool."""
    try:
        response.read()
    except httpx.TransportError:
        pass  # the connection broke while draining; we are retrying anyway
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.TransportError:
        pass
    finally:
        await response.aclose()


def install_retries(client: httpx.Client | httpx.AsyncClient, policy: RetryPolicy) -> None:
    """Wrap the transports of a caller-supplied client (its default transport and any mounts)
    with the retry layer, so `http_client=` keeps our retries. Idempotent: wrapping twice must
    not double-wrap. This is the only place allowed to touch httpx private attributes
    (`_transport`, `_mounts`); keep it small and tested.

    Installing again replaces the policy (the newest one wins); it never nests wrappers.
    """
    if not isinstance(client, httpx.Client | httpx.AsyncClient):
        raise TypeError(f"expected httpx.Client or httpx.AsyncClient, got {type(client).__name__}")
    if not (hasattr(client, "_transport") and isinstance(getattr(client, "_mounts", None), dict)):
        raise RuntimeError(f"this httpx version ({httpx.__version__}) is not supported")
    # A mount of None means "use the default transport", which is wrapped too.
    if isinstance(client, httpx.Client):
        client._transport = _wrap_sync(client._transport, policy)
        client._mounts = {
            pattern: None if transport is None else _wrap_sync(transport, policy)
            for pattern, transport in client._mounts.items()
        }
    else:
        client._transport = _wrap_async(client._transport, policy)
        client._mounts = {
            pattern: None if transport is None else _wrap_async(transport, policy)
            for pattern, transport in client._mounts.items()
        }


def _wrap_sync(transport: httpx.BaseTransport, policy: RetryPolicy) -> RetryTransport:
    if isinstance(transport, RetryTransport):
        transport.policy = policy  # already ours: update in place rather than nest
        return transport
    return RetryTransport(transport, policy)


def _wrap_async(transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> AsyncRetryTransport:
    if isinstance(transport, AsyncRetryTransport):
        transport.policy = policy
        return transport
    return AsyncRetryTransport(transport, policy)
