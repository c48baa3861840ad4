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

The layer never maps transport errors: when attempts run out it returns the last response or
re-raises the last httpx exception (noting on it how many attempts were made), and the client
layer turns those into facade errors.

It also bounds each call, whatever the server does:

* **Time**: ``RequestOptions.deadline`` (set by the client from its ``timeout``) bounds the
  whole call: every attempt, and the waits between them (a retry whose wait would pass the
  deadline is not made). Each attempt's httpx timeouts are cut to the time left, and the
  network reads and writes of httpx's own transports are too (a wrapper around httpcore's
  network backend), so a server that drips a byte at a time cannot stretch a call. Async
  attempts also run under ``asyncio.timeout``, whatever the transport.
* **Size**: the body is decoded here, as it arrives (gzip and deflate, in bounded pieces), and
  counted against ``max_response_bytes``; past it, reading stops, the connection is closed and
  :class:`~facade.errors.ResponseTooLargeError` is raised (not retried). A body that does not
  decode is a transport error (``BodyDecodingError``), retried like a broken connection.
"""

from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import logging
import random as _random
import socket
import ssl
import threading
import time
import types
import typing
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

from . import errors
from ._responses import (
    ATTEMPTS_NOTE,
    DETAIL_NOTE,
    BodyDecodingError,
    parse_retry_after,
    request_id_of,
)

__all__ = [
    "EXTENSION",
    "IDEMPOTENT_METHODS",
    "RETRY_COUNT_HEADER",
    "AsyncRetryTransport",
    "BodyDecodingError",
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
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # see facade._options for the reasoning
# What this layer can decode in bounded pieces; it asks for nothing else.
ACCEPT_ENCODING = "gzip, deflate"
_PIECE = 64 * 1024  # the most a decoder hands out at once

# The deadline of the call being served in this thread or task (time.monotonic()), read by the
# network backend wrapper below.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "facade_deadline", default=None
)


@dataclass(frozen=True)
class RequestOptions:
    """Per-request settings, carried in ``request.extensions[EXTENSION]``."""

    api: str  # "fiskaly" | "enlivy" | "envoice" (for logs/errors)
    max_retries: int | None = None  # None: the transport's policy default
    # True: the request may be replayed even after it may have reached the server (an
    # idempotency key is present, or it is a token request).
    retry_unsafe: bool = False
    deadline: float | None = None  # time.monotonic() by which the whole call must be over
    max_response_bytes: int | None = None  # None: the transport's policy


_UNKNOWN = RequestOptions(api="unknown")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff_base: float = 0.5  # seconds
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0  # a longer Retry-After is not waited for
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0 or self.retry_after_cap < 0:
            raise ValueError("backoff_base, backoff_cap and retry_after_cap must be >= 0")
        if self.max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be > 0")


def backoff_delay(policy: RetryPolicy, retry_index: int, random_value: float) -> float:
    """min(cap, base * 2**retry_index) scaled by a jitter factor in [0.75, 1.0].

    ``random_value`` is in [0, 1); ``retry_index`` is 0 before the first retry. Jitter only ever
    shortens the wait, so the cap is a real upper bound.
    """
    exponent = min(max(retry_index, 0), _MAX_EXPONENT)
    ceiling = min(policy.backoff_cap, policy.backoff_base * 2.0**exponent)
    jitter = 1.0 - 0.25 * min(max(random_value, 0.0), 1.0)
    return ceiling * jitter


class Planned(typing.Protocol):
    """What a retry plan reads of a request: an ``httpx.Request``, or the outline of one that
    the direct aiohttp path sends without making it (``facade/_direct.py``)."""

    @property
    def method(self) -> str: ...

    @property
    def url(self) -> httpx.URL | str: ...

    @property
    def extensions(self) -> typing.Mapping[str, typing.Any]: ...


def _options_of(request: Planned) -> RequestOptions:
    options = request.extensions.get(EXTENSION)
    return options if isinstance(options, RequestOptions) else _UNKNOWN


class _Plan:
    """The retry decisions for one logical request; shared by the sync and async transports,
    and the direct aiohttp path."""

    def __init__(
        self,
        request: Planned,
        policy: RetryPolicy,
        random: Callable[[], float],
        now: Callable[[], float],
    ) -> None:
        options = _options_of(request)
        retries = policy.max_retries if options.max_retries is None else options.max_retries
        self.attempts = 1 + max(retries, 0)
        self.replayable = request.method in IDEMPOTENT_METHODS or options.retry_unsafe
        self.api = options.api
        self.deadline = options.deadline
        self.limit = options.max_response_bytes or policy.max_response_bytes
        self._request = request
        self._policy = policy
        self._random = random
        self._now = now

    def remaining(self) -> float | None:
        """Seconds left before the call's deadline (None: no deadline)."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def out_of_time(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def attempt_request(
        self, request: httpx.Request, index: int, *, cut_timeouts: bool = True
    ) -> httpx.Request:
        """A copy of the request for attempt ``index``: its own count, its httpx timeouts cut to
        the time left (``cut_timeouts``; the async layer bounds the whole attempt instead), and
        the encodings this layer can decode within its size limit. A copy even for the first
        attempt: what a transport saw must not change when the auth flow masks the caller's
        request after the exchange."""
        # httpx.Headers(headers) copies the raw list only; .copy() would first re-detect the
        # headers' text encoding, the costliest step of this copy.
        headers = httpx.Headers(request.headers)
        headers[RETRY_COUNT_HEADER] = str(index)
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        extensions = request.extensions
        left = self.remaining()
        if left is not None:
            if left <= 0:
                raise httpx.ConnectTimeout(
                    "the call's timeout ran out before this attempt", request=request
                )
            limits = extensions.get("timeout")
            if cut_timeouts and isinstance(limits, dict):
                cut = {k: left if v is None else min(v, left) for k, v in limits.items()}
                extensions = {**extensions, "timeout": cut}
        attempt = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=request.stream,  # already read, so it replays the same bytes
            extensions=extensions,
        )
        # The caller's URL itself (immutable), not the copy httpx.Request made of it: one
        # object fewer for every attempt in flight (see _client._Core._finish on why that counts).
        attempt.url = request.url
        return attempt

    def after_error(self, error: Exception, index: int, duration: float) -> float | None:
        """Log a failed attempt; the seconds to wait before the next, or None to re-raise (the
        error then notes the attempts made, and whether the deadline passed)."""
        self.log(index, type(error).__name__, duration, None)
        delay = self.delay_after_error(error, index)
        if delay is None and isinstance(error, httpx.TransportError):
            setattr(error, ATTEMPTS_NOTE, index + 1)
            if isinstance(error, httpx.TimeoutException) and self.out_of_time():
                setattr(error, DETAIL_NOTE, "the call's timeout ran out")
        return delay

    def after_response(self, response: httpx.Response, index: int, duration: float) -> float | None:
        """Log an answered attempt; the seconds to wait before the next, or None to return it."""
        self.log(index, str(response.status_code), duration, response)
        return self.delay_after_response(response, index)

    def _in_time(self, delay: float) -> float | None:
        """``delay``, or None when waiting it would leave no time for another attempt."""
        left = self.remaining()
        if left is not None and delay >= left:
            logger.debug("not retrying: the call's timeout would run out during the wait")
            return None
        return delay

    def delay_after_error(self, error: Exception, index: int) -> float | None:
        """Seconds to wait before retrying after ``error``, or None to re-raise it."""
        if index + 1 >= self.attempts or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, _NEVER_RETRIED):
            return None
        if not (isinstance(error, _NOT_SENT) or self.replayable):
            return None
        return self._in_time(backoff_delay(self._policy, index, self._random()))

    def delay_after_response(self, response: httpx.Response, index: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or None to return it."""
        status = response.status_code
        if index + 1 >= self.attempts or status not in self._policy.retry_statuses:
            return None
        if status != 429 and not self.replayable:
            return None
        retry_after = parse_retry_after(
            response.headers.get("retry-after"),
            now=self._now(),
            date=response.headers.get("date"),
        )
        if retry_after is None:
            return self._in_time(backoff_delay(self._policy, index, self._random()))
        # The server asked for longer than we are willing to block: hand the answer back now.
        return None if retry_after > self._policy.retry_after_cap else self._in_time(retry_after)

    def log(
        self, index: int, outcome: str, duration: float, response: httpx.Response | None
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return  # before the request id lookup: header lookups cost on every attempt
        request_id = None if response is None else request_id_of(response)
        # Metadata only: headers, bodies and query strings can carry credentials.
        url = self._request.url
        path = url.path if isinstance(url, httpx.URL) else urlsplit(url).path
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
        # Whether the inner transport reads the call's deadline (_DEADLINE) on its own.
        self._reads_deadline = bound_network_io(inner)
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
            # Only for a transport that reads it: setting a context variable costs objects.
            scope = _DEADLINE.set(plan.deadline) if self._reads_deadline else None
            try:
                attempt = plan.attempt_request(request, index)
                response = self.inner.handle_request(attempt)
                # Read the body here, not later in the client: a connection that breaks
                # mid-body is then one failed attempt, retried under the same rules.
                response = _read_body(response, plan, attempt)
            except Exception as error:
                delay = plan.after_error(error, index, self._clock() - started)
                if delay is None:
                    raise
            else:
                delay = plan.after_response(response, index, self._clock() - started)
                if delay is None:
                    return response
                _discard(response)
            finally:
                if scope is not None:
                    _DEADLINE.reset(scope)
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
        self._reads_deadline = bound_network_io(inner)  # see RetryTransport
        self.policy = policy
        self._sleep: Callable[[float], Awaitable[None]] = sleep or (lambda s: asyncio.sleep(s))
        self._random = random
        self._clock = clock
        self._now = now

    def plan(self, request: Planned) -> _Plan:
        """The retry decisions for ``request`` under this layer's policy, randomness and clock
        (also used by the direct aiohttp path, ``facade/_direct.py``)."""
        return _Plan(request, self.policy, self._random, self._now)

    async def wait(self, seconds: float) -> None:
        await self._sleep(seconds)

    def clock(self) -> float:
        """The clock attempt durations are measured with, for the log."""
        return self._clock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a streamed body could be sent only once; keep the bytes
        plan = self.plan(request)
        index = 0
        while True:
            started = self._clock()
            scope = _DEADLINE.set(plan.deadline) if self._reads_deadline else None
            try:
                # One attempt, body included (see RetryTransport: a body that breaks off is a
                # failed attempt), within the time the call has left whatever the inner
                # transport is; the attempt's own httpx timeouts are then left as they are.
                attempt = plan.attempt_request(request, index, cut_timeouts=False)
                left = plan.remaining()
                if left is None:
                    response = await self.inner.handle_async_request(attempt)
                    response = await _aread_body(response, plan, attempt)
                else:
                    try:
                        async with asyncio.timeout(left):
                            response = await self.inner.handle_async_request(attempt)
                            response = await _aread_body(response, plan, attempt)
                    except TimeoutError:
                        raise httpx.ReadTimeout(
                            "the call's timeout ran out", request=attempt
                        ) from None
            except Exception as error:
                delay = plan.after_error(error, index, self._clock() - started)
                if delay is None:
                    raise
            else:
                delay = plan.after_response(response, index, self._clock() - started)
                if delay is None:
                    return response
                await _adiscard(response)
            finally:
                if scope is not None:
                    _DEADLINE.reset(scope)
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


# -- reading bodies: decoded as they arrive, within the size limit and the deadline ----------------


class _ZlibPieces:
    """gzip or deflate, decoded in pieces of at most ``_PIECE`` bytes however far the input
    inflates (``zlib``'s ``max_length``), so a bomb never sits in memory whole."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        gzip = encoding in ("gzip", "x-gzip")
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not data or self._inflate.eof:
            return
        try:
            out = self._first(data) if not self._started else self._inflate.decompress(data, _PIECE)
            if out:
                yield out
            tail = self._inflate.unconsumed_tail
            # Output may still be pending inside zlib even when the input is all consumed.
            while (tail or len(out) == _PIECE) and not self._inflate.eof:
                out = self._inflate.decompress(tail, _PIECE)
                tail = self._inflate.unconsumed_tail
                if out:
                    yield out
                elif not tail:
                    break
        except zlib.error:
            raise BodyDecodingError(f"the response's {self._encoding} body is corrupt") from None

    def _first(self, data: bytes) -> bytes:
        self._started = True
        try:
            return self._inflate.decompress(data, _PIECE)
        except zlib.error:
            if self._encoding != "deflate":
                raise
            # "deflate" is sent both with the zlib wrapper (as specified) and raw, as httpx knows.
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._inflate.decompress(data, _PIECE)

    def finish(self) -> Iterator[bytes]:
        try:
            rest = self._inflate.flush()
        except zlib.error:
            raise BodyDecodingError(f"the response's {self._encoding} body is corrupt") from None
        if rest:
            yield rest


_DECODED = frozenset({"gzip", "x-gzip", "deflate"})
# Encodings httpx would decode itself, unbounded, if its optional packages are installed: never
# asked for here, so refused rather than handed on.
_REFUSED = frozenset({"br", "zstd"})


class _Body:
    """Collects one response body: decoded as it arrives, counted against the size limit."""

    def __init__(
        self, response: httpx.Response, plan: _Plan, request: httpx.Request | None
    ) -> None:
        self._response = response
        self._plan = plan
        self._request = request
        codings = [
            c.strip().lower()
            for value in response.headers.get_list("content-encoding")
            for c in value.split(",")
        ]
        codings = [c for c in codings if c and c != "identity"]
        refused = [c for c in codings if c in _REFUSED]
        if refused:
            raise BodyDecodingError(
                f"the response uses content-encoding {refused[0]!r}, which was not asked for",
                request=request,
            )
        # Applied in the order listed, so undone in reverse; unknown ones are left as they are
        # (as httpx does), which only happens when nothing after them is decoded either.
        self._decoders = [_ZlibPieces(c) for c in reversed(codings) if c in _DECODED]
        self._decoded_all = all(c in _DECODED for c in codings)
        self._parts: list[bytes] = []
        self._raw = 0
        self._size = 0

    def feed(self, raw: bytes) -> None:
        self._raw += len(raw)
        if self._raw > self._plan.limit:
            self._too_large()
        self._keep(self._decode(iter([raw]), final=False))
        if self._plan.out_of_time():
            raise httpx.ReadTimeout(
                "the call's timeout ran out while the body was arriving", request=self._request
            )

    def result(self) -> httpx.Response:
        self._keep(self._decode(iter(()), final=True))
        headers = self._response.headers  # httpx.Response copies it
        if self._decoders:
            # What the client gets is decoded: it must not decode again.
            headers = headers.copy()
            del headers["content-length"]
            if self._decoded_all:
                del headers["content-encoding"]
        return httpx.Response(
            self._response.status_code,
            headers=headers,
            stream=httpx.ByteStream(b"".join(self._parts)),
            extensions=self._response.extensions,
        )

    def _decode(self, pieces: Iterator[bytes], *, final: bool) -> Iterator[bytes]:
        for decoder in self._decoders:
            pieces = _through(decoder, pieces, final=final)
        return pieces

    def _keep(self, pieces: Iterable[bytes]) -> None:
        for piece in pieces:
            self._size += len(piece)
            if self._size > self._plan.limit:
                self._too_large()
            self._parts.append(piece)

    def _too_large(self) -> typing.NoReturn:
        self._parts.clear()
        limit = self._plan.limit
        raise errors.ResponseTooLargeError(
            f"the response body is larger than max_response_bytes ({limit:,} bytes); reading "
            "stopped there and the connection was closed",
            limit=limit,
            api=self._plan.api,
            status_code=self._response.status_code,
            request_id=request_id_of(self._response),
        )


def _through(decoder: _ZlibPieces, pieces: Iterator[bytes], *, final: bool) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.feed(piece)
    if final:
        yield from decoder.finish()


def _read_body(response: httpx.Response, plan: _Plan, request: httpx.Request) -> httpx.Response:
    """The response over an in-memory copy of its decoded body (see :class:`_Body`)."""
    if response.is_stream_consumed:  # an in-memory response, decoded by httpx already
        if len(response.content) > plan.limit:
            _Body(response, plan, request)._too_large()
        return response
    try:
        body = _Body(response, plan, request)
        # Straight from the transport's stream: this response is only read here, and then
        # closed (httpx's iter_raw adds its chunking and bookkeeping on every piece).
        for chunk in _sync_stream(response):
            body.feed(chunk)
        return body.result()
    finally:
        response.close()  # at the end of the body a no-op; on a failure it drops the connection


async def _aread_body(
    response: httpx.Response, plan: _Plan, request: httpx.Request
) -> httpx.Response:
    if response.is_stream_consumed:
        if len(response.content) > plan.limit:
            _Body(response, plan, request)._too_large()
        return response
    try:
        body = _Body(response, plan, request)
        async for chunk in _async_stream(response):  # see _read_body
            body.feed(chunk)
        return body.result()
    finally:
        await response.aclose()


def _sync_stream(response: httpx.Response) -> Iterable[bytes]:
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        return response.iter_raw()  # a stream only httpx knows how to read
    response.is_stream_consumed = True
    return stream


def _async_stream(response: httpx.Response) -> typing.AsyncIterable[bytes]:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        return response.aiter_raw()
    response.is_stream_consumed = True
    return stream


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


# -- network reads and writes bounded by the call's deadline ---------------------------------------


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to what the current call has left; ``expired`` raised when nothing is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's timeout ran out")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        upgraded = self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(upgraded)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


def _addresses(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses of ``host``, in the resolver's order, looked up in a daemon thread and
    waited for at most ``timeout`` seconds (a lookup left hanging cannot hold up the call, nor
    the interpreter's exit). TLS still checks the certificate against the name, which httpcore
    passes to ``start_tls`` itself."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [host]
    found: list[typing.Any] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            found.append(error)

    worker = threading.Thread(target=lookup, name="facade-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if not found:
        raise httpcore.ConnectTimeout("looking up the host name took longer than the time left")
    result = found[0]
    if isinstance(result, OSError):
        raise httpcore.ConnectError(str(result)) from result
    addresses = list(dict.fromkeys(str(info[4][0]) for info in result))
    if not addresses:
        raise httpcore.ConnectError(f"the host name has no address for port {port}")
    return addresses


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, with every connect, read and write cut to the time the
    current call has left (so one read cannot outlast the call, nor can a slow drip)."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        failure = httpcore.ConnectError(f"no address of the host to connect to on port {port}")
        # The name is looked up here, within the time left: socket.create_connection would look
        # it up without any timeout, so a hung resolver would hold a sync call past its deadline.
        for address in _addresses(host, port, _left(timeout, httpcore.ConnectTimeout)):
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    _left(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
            except httpcore.ConnectError as error:  # as create_connection: try the next one
                failure = error
                continue
            return _DeadlineStream(stream)
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        upgraded = await self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncDeadlineStream(upgraded)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def bound_network_io(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    """Put the deadline wrapper around the network backend of httpx's own transports (the
    connections they open from now on). Other transports are left alone: for them, the retry
    layer cuts each attempt's httpx timeouts and checks the deadline between body chunks.

    Like :func:`install_retries`, this reaches into private attributes (``_pool``,
    ``_network_backend``), checked here and nowhere else; an httpx without them is left as is.
    Returns whether the wrapper is in place.
    """
    if not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        return False
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _DeadlineBackend | _AsyncDeadlineBackend):
        return True
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    return False


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


def retry_layer(client: httpx.AsyncClient) -> AsyncRetryTransport | None:
    """The retry layer :func:`install_retries` put on ``client``'s default transport, if any."""
    transport = getattr(client, "_transport", None)
    return transport if isinstance(transport, AsyncRetryTransport) else None


def _wrap_async(transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> AsyncRetryTransport:
    if isinstance(transport, AsyncRetryTransport):
        transport.policy = policy
        return transport
    return AsyncRetryTransport(transport, policy)
