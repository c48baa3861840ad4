"""``facade.aiohttp_client()``: an ``httpx.AsyncClient`` whose connections are aiohttp's.

httpx's own async connection pool spends more time per request than the rest of the facade
when hundreds of requests are in flight (bench/RESULTS.md, benchmark 2). The ``httpx-aiohttp``
transport sends the same ``httpx.Request`` over an aiohttp session instead; everything above the
transport (auth flows, the facade's retries, timeouts, error mapping, paging) is unchanged::

    async with facade.aiohttp_client() as http:
        en = facade.AsyncEnlivy(http_client=http)
        ...

It needs the ``aiohttp`` extra (``pip install 'fiscal-facade[aiohttp]'``).

One thing is ours: which httpx error an aiohttp failure becomes. The retry layer decides by it
whether a request may have reached the server, so a connection that broke after the request
went out must never look like one that was never made (httpx-aiohttp 0.2 reports every
``aiohttp.ClientConnectionError``, a server disconnect included, as ``httpx.ConnectTimeout``,
which would let a keyless POST be sent twice).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx

INSTALL_HINT = (
    "facade.aiohttp_client() needs the 'aiohttp' extra: pip install 'fiscal-facade[aiohttp]'"
)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def aiohttp_client(
    *, limits: httpx.Limits = DEFAULT_LIMITS, verify: Any = True, **client_options: Any
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` over the aiohttp transport, for ``http_client=`` of any async
    facade client. ``limits`` sizes aiohttp's pool (``max_connections``, keep-alive expiry);
    other keyword arguments go to ``httpx.AsyncClient``. You own it: close it (``async with``)
    when done; the facade client adds its retries to it and leaves it open."""
    return httpx.AsyncClient(
        transport=aiohttp_transport(limits=limits, verify=verify), **client_options
    )


def aiohttp_transport(
    *, limits: httpx.Limits = DEFAULT_LIMITS, verify: Any = True
) -> httpx.AsyncBaseTransport:
    """The transport of :func:`aiohttp_client`, for building your own ``httpx.AsyncClient``."""
    try:
        transport: httpx.AsyncBaseTransport = _transport_class()(limits=limits, verify=verify)
    except ImportError as error:
        raise ImportError(INSTALL_HINT) from error
    return transport


def _transport_class() -> Any:
    from httpx_aiohttp import AiohttpTransport

    class FacadeAiohttpTransport(AiohttpTransport):
        """httpx-aiohttp with failures reported as what they were (see the module doc)."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            # The retry layer sends copies over a replayable stream: hand aiohttp the bytes.
            await request.aread()
            try:
                response: httpx.Response = await super().handle_async_request(request)
            except httpx.TransportError as error:
                raise _remapped(error, request) from error.__cause__ or error
            response.stream = _Stream(response.stream, request)
            return response

    return FacadeAiohttpTransport


class _Stream(httpx.AsyncByteStream):
    """The response body, with failures while reading it remapped like the request's."""

    def __init__(self, inner: Any, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as error:
            raise _remapped(error, self._request) from error.__cause__ or error

    async def aclose(self) -> None:
        await self._inner.aclose()


def _remapped(error: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    import aiohttp

    cause = error.__cause__
    message = str(error) or type(cause).__name__
    kind: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError  # no connection was made: the request never left
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout  # connecting (or waiting for a pooled connection) took too long
    elif isinstance(cause, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        kind = httpx.ReadTimeout  # sent; the answer did not come in time
    elif isinstance(cause, aiohttp.ServerDisconnectedError):
        kind = httpx.RemoteProtocolError  # the server closed the connection mid-exchange
    elif isinstance(cause, aiohttp.ClientConnectionError | aiohttp.ClientPayloadError):
        kind = httpx.ReadError  # the connection broke after the request may have gone out
    elif isinstance(cause, aiohttp.ClientError):
        return error  # httpx-aiohttp's own mapping (URL and proxy errors)
    else:
        return error
    return kind(message, request=request)
