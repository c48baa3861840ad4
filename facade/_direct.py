"""Async calls sent straight over aiohttp's session (clients from ``facade.aiohttp_client()``).

Why: with hundreds of calls in flight, what each one holds while it waits for a connection is
what Python's cyclic garbage collector walks, again and again, and httpx's client, the retry
transport's copy of every request and the auth flow's generators were most of it
(bench/RESULTS.md, benchmark 2). This path sends the checked call to aiohttp as plain pairs and
bytes, and makes httpx objects only for what the caller or an error gets to see: the response,
and a request when an error, a raw response or a cookie needs one.

What stays the same is shared with httpx's path, not copied: the retry rules and the call's
deadline (``_transport._Plan``), reading the body within the size limit and decoding it
(``_transport._Body``), the httpx error each aiohttp failure becomes (``_aiohttp._mapped``),
redaction, and the log lines.

It is taken only when httpx's client would add nothing: a client that ``aiohttp_client()`` made
without client options and that is still as made (no event hooks, default headers, params,
auth or cookies added since), and an API whose credentials are fixed headers (Enlivy's token,
Envoice's key and secret). fiskaly's token flow, a body other than JSON, and every other case
go through httpx's client, which behaves the same.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._redact import mask_credential_headers, remember
from ._secrets import Secret
from ._transport import (
    ACCEPT_ENCODING,
    EXTENSION,
    RETRY_COUNT_HEADER,
    RequestOptions,
    _Body,
    _Plan,
    retry_layer,
)

ATTRIBUTE = "_facade_direct_route"  # set on the httpx.AsyncClient aiohttp_client() returns
_CHUNK = 16 * 1024


@dataclass(frozen=True, eq=False)
class DirectCall:
    """One checked call, as aiohttp gets it. ``headers`` carry the credentials; ``secrets``
    name them for redaction."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes | None
    secrets: tuple[Secret, ...]
    limits: httpx.Timeout
    extensions: dict[str, Any] = field(default_factory=dict)  # what _Plan reads: the options

    @classmethod
    def of(
        cls,
        build: dict[str, Any],
        credentials: list[tuple[str, str]],
        secrets: tuple[Secret, ...],
    ) -> DirectCall:
        """From the arguments ``_Core._prepare`` made for ``httpx.AsyncClient.build_request``
        (the query is already in the URL, the body is JSON or absent)."""
        headers = list(build["headers"].items())
        content = None
        if "json" in build:
            # As httpx encodes a json= body.
            content = json.dumps(
                build["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
            headers.append(("Content-Type", "application/json"))
        headers += credentials
        return cls(
            method=build["method"],
            url=build["url"],
            headers=headers,
            content=content,
            secrets=secrets,
            limits=build["timeout"],
            extensions={EXTENSION: build["extensions"][EXTENSION]},
        )

    @property
    def options(self) -> RequestOptions:
        options: RequestOptions = self.extensions[EXTENSION]
        return options


class DirectRoute:
    """Marks a client made by ``aiohttp_client()`` and sends calls over its transport's
    session (see the module doc)."""

    def __init__(self, transport: Any, http: httpx.AsyncClient) -> None:
        self._transport = transport  # facade._aiohttp's transport: its session and settings
        self._made_with = list(http.headers.raw)
        # httpx's default headers, sent as httpx would; the retry layer's encodings replace
        # its Accept-Encoding.
        self._defaults = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in http.headers.raw
            if name.lower() != b"accept-encoding"
        ]
        self._default_names = {name.lower() for name, _ in self._defaults}

    def serves(self, http: httpx.AsyncClient) -> bool:
        """Whether ``http`` is still as ``aiohttp_client()`` made it, so that httpx's client
        would add nothing to a call, and carries the facade's retry layer."""
        hooks = http.event_hooks
        return not (
            retry_layer(http) is None
            or hooks["request"]
            or hooks["response"]
            or http.params
            or http.auth is not None
            or len(http.cookies.jar)
            or self._transport.proxy is not None
            or http.headers.raw != self._made_with
        )

    async def send(
        self, call: DirectCall, http: httpx.AsyncClient, *, keep_request: bool
    ) -> httpx.Response:
        """The response to ``call`` after the retry rules of ``http``'s retry layer (its policy,
        its waits), its body read and decoded. Its ``request`` is set (credentials masked)
        when ``keep_request``, when it is not a success (errors read it), or when it sets a
        cookie (kept in ``http``'s store, after which calls go through httpx's client, which
        sends cookies back)."""
        retry = retry_layer(http)
        if retry is None:  # serves() said otherwise just before: a client changed meanwhile
            raise RuntimeError("the client lost the facade's retry layer")
        plan = retry.plan(call)
        session = self._transport.session()
        import aiohttp

        limits = call.limits
        timeout = aiohttp.ClientTimeout(
            sock_connect=limits.connect, sock_read=limits.read, connect=limits.pool
        )
        defaults = self._defaults
        if any(name.lower() in self._default_names for name, _ in call.headers):
            # The call's own value wins, as when httpx merges a client's default headers.
            named = {name.lower() for name, _ in call.headers}
            defaults = [pair for pair in defaults if pair[0].lower() not in named]
        index = 0
        while True:
            started = retry.clock()
            headers = [
                *defaults,
                *call.headers,
                (RETRY_COUNT_HEADER, str(index)),
                ("Accept-Encoding", ACCEPT_ENCODING),
            ]
            try:
                response = await self._attempt(session, plan, call, headers, timeout)
            except Exception as failure:
                error = _as_httpx(failure, call)
                delay = plan.after_error(error, index, retry.clock() - started)
                if delay is None:
                    if error is failure:
                        raise
                    raise error from failure
            else:
                delay = plan.after_response(response, index, retry.clock() - started)
                if delay is None:
                    if keep_request or not response.is_success or "set-cookie" in response.headers:
                        response.request = request_of(call)
                        if "set-cookie" in response.headers:
                            http.cookies.extract_cookies(response)
                    return response
            await retry.wait(delay)
            index += 1

    @staticmethod
    async def _attempt(
        session: Any,
        plan: _Plan,
        call: DirectCall,
        headers: list[tuple[str, str]],
        timeout: Any,
    ) -> httpx.Response:
        """One attempt, body included, within the time the call has left (as the retry
        transport's attempts)."""
        try:
            async with asyncio.timeout(plan.remaining()):
                answer = await session.request(
                    call.method,
                    call.url,
                    headers=headers,
                    data=call.content,
                    allow_redirects=False,
                    auto_decompress=False,  # decoded below, within the size limit
                    compress=False,
                    timeout=timeout,
                )
                try:
                    extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
                    if answer.reason:
                        extensions["reason_phrase"] = answer.reason.encode()
                    head = httpx.Response(
                        answer.status, headers=answer.raw_headers, extensions=extensions
                    )
                    body = _Body(head, plan, None)
                    async for chunk in answer.content.iter_chunked(_CHUNK):
                        body.feed(chunk)
                    response = body.result()
                finally:
                    answer.release()  # back to the pool when read to the end; else closed
        except Exception as failure:
            # aiohttp's own timeouts are TimeoutErrors too; they keep their meaning (a connect
            # timeout: never sent). Only the call's deadline is this layer's ReadTimeout.
            if isinstance(failure, TimeoutError) and not _is_aiohttp_error(failure):
                raise httpx.ReadTimeout("the call's timeout ran out") from None
            raise
        response.read()  # in memory already: sets .content
        return response


def _is_aiohttp_error(failure: Exception) -> bool:
    import aiohttp

    return isinstance(failure, aiohttp.ClientError)


def request_of(call: DirectCall) -> httpx.Request:
    """The ``httpx.Request`` a call was sent as, credentials masked and noted for redaction:
    for errors, raw responses and the cookie store."""
    request = httpx.Request(call.method, call.url, headers=call.headers, content=call.content)
    remember(request, *call.secrets)
    mask_credential_headers(request)
    return request


def _as_httpx(failure: Exception, call: DirectCall) -> Exception:
    """``failure`` as the httpx error httpx's path would have raised, with the call's request
    (credentials masked) for the message and the redaction."""
    import aiohttp

    from ._aiohttp import _mapped

    if isinstance(failure, aiohttp.ClientError):
        return _mapped(failure, request_of(call))
    if isinstance(failure, httpx.RequestError):
        try:
            failure.request  # noqa: B018  # raises when no request is set
        except RuntimeError:
            failure.request = request_of(call)
    return failure
