"""``facade.aiohttp_client()``: an ``httpx.AsyncClient`` whose connections are aiohttp's.

httpx's own async connection pool spends more time per request than the rest of the facade
when hundreds of requests are in flight (bench/RESULTS.md, benchmark 2). The ``httpx-aiohttp``
transport sends the same ``httpx.Request`` over an aiohttp session instead; everything above the
transport (auth flows, the facade's retries, timeouts, error mapping, paging) is unchanged::

    async with facade.aiohttp_client() as http:
        en = facade.AsyncEnlivy(http_client=http)
        ...

For a client made here without client options, the facade goes further where it can: calls with
fixed credential headers (Enlivy, Envoice) are sent straight over the transport's aiohttp
session, with the same retry layer, deadline, size limit and errors (``facade/_direct.py``).

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

from ._http import AsyncClient

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
    when done; the facade client adds its retries to it and leaves it open. Its cookie store
    skips responses that set no cookie (see ``facade/_http.py``). Without client options, the
    facade sends Enlivy's and Envoice's calls straight over its aiohttp session (see
    ``facade/_direct.py``; changing the client later, e.g. adding an event hook, turns that
    off)."""
    transport = aiohttp_transport(limits=limits, verify=verify)
    client = AsyncClient(transport=transport, **client_options)
    if not client_options:  # httpx's client adds nothing to a call: facade/_direct.py
        from ._direct import ATTRIBUTE, DirectRoute

        setattr(client, ATTRIBUTE, DirectRoute(transport, client))
    return client


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
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    class FacadeAiohttpTransport(AiohttpTransport):
        """httpx-aiohttp with failures reported as what they were (see the module doc), and
        less work per request: one coroutine from the httpx request to aiohttp's answer, the
        headers handed to aiohttp as the pairs it would read from them anyway, the body read
        straight from aiohttp's stream, and aiohttp's failures mapped in one step."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            # The retry layer sends copies over a replayable stream: hand aiohttp the bytes.
            await request.aread()
            if self.proxy is not None:  # not made by aiohttp_client(): the stock path
                try:
                    response: httpx.Response = await super().handle_async_request(request)
                except httpx.TransportError as error:
                    raise _remapped(error, request) from error.__cause__ or error
                response.stream = _Stream(response.stream, request)
                return response
            limits = request.extensions.get("timeout", {})
            try:
                answer = await self.session().request(
                    method=request.method,
                    url=str(request.url),
                    # aiohttp would read these pairs from the httpx.Headers mapping itself,
                    # at far more cost (httpx re-scans every header per lookup).
                    headers=list(request.headers.items()),
                    data=request.content or None,
                    allow_redirects=False,
                    auto_decompress=False,  # the retry layer decodes, within its size limit
                    compress=False,
                    timeout=aiohttp.ClientTimeout(
                        sock_connect=limits.get("connect"),
                        sock_read=limits.get("read"),
                        connect=limits.get("pool"),
                    ),
                    server_hostname=request.extensions.get("sni_hostname"),
                )
            except aiohttp.ClientError as error:
                raise _mapped(error, request) from error
            extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
            if answer.reason:
                extensions["reason_phrase"] = answer.reason.encode()
            return httpx.Response(
                status_code=answer.status,
                headers=answer.raw_headers,
                stream=_Body(answer, request),
                request=request,
                extensions=extensions,
            )

        def session(self) -> aiohttp.ClientSession:
            """aiohttp's session, made on first use (as httpx-aiohttp does)."""
            if not isinstance(self.client, aiohttp.ClientSession):
                self.client = self.get_client()
            session: aiohttp.ClientSession = self.client
            return session

    return FacadeAiohttpTransport


class _Body(httpx.AsyncByteStream):
    """An aiohttp response body as httpx's stream, failures mapped like the request's (one
    stream, where the stock path nests two)."""

    CHUNK = 16 * 1024

    def __init__(self, answer: Any, request: httpx.Request) -> None:
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for chunk in self._answer.content.iter_chunked(self.CHUNK):
                yield chunk
        except aiohttp.ClientError as error:
            raise _mapped(error, self._request) from error

    async def aclose(self) -> None:
        import aiohttp

        try:
            await self._answer.__aexit__(None, None, None)
        except aiohttp.ClientError as error:
            raise _mapped(error, self._request) from error


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


def _mapped(cause: Exception, request: httpx.Request) -> Exception:
    """The httpx error an aiohttp failure becomes (see the module doc); failures this module
    does not tell apart (proxy and URL errors) as httpx-aiohttp maps them."""
    import aiohttp

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
    elif isinstance(cause, aiohttp.ClientResponseError) and not isinstance(
        cause, aiohttp.ClientHttpProxyError
    ):
        # The answer is not HTTP aiohttp can read. Its message quotes the server's bytes, which
        # may be anything: not repeated (httpx's path does not quote them either).
        return httpx.RemoteProtocolError("the server's answer is not valid HTTP", request=request)
    else:
        from httpx_aiohttp.transport import map_aiohttp_exceptions

        try:
            with map_aiohttp_exceptions():
                raise cause
        except Exception as mapped:  # theirs, or the cause itself when they map nothing
            if isinstance(mapped, httpx.RequestError):
                mapped.request = request
            return mapped
    return kind(str(cause) or type(cause).__name__, request=request)


def _remapped(error: httpx.TransportError, request: httpx.Request) -> Exception:
    """An httpx-aiohttp error (stock path) mapped as :func:`_mapped` maps its cause."""
    import aiohttp

    cause = error.__cause__
    if isinstance(cause, aiohttp.ClientError | asyncio.TimeoutError):
        return _mapped(cause, request)
    return error
