"""The sandbox's ASGI application: one emulator per API under its own base path, with request
ids, fault injection and spec validation applied the same way to all of them.

Each request goes through these steps:

1. find the emulator by path prefix (``/fiskaly/api/v0``, ``/enlivy``, ``/envoice``);
2. validate the request against that API's spec with openapi-core. A request the spec forbids
   gets the API's own validation error (so the documented limits are enforced server-side) and
   is recorded as a violation; missing credentials get the API's 401;
3. apply a matching fault rule (latency, error status, ``Retry-After``, dropped connection);
4. let the emulator answer, then validate the response against the spec: a mismatch is a
   violation (the sandbox must never drift from the spec);
5. apply a fault rule marked ``after`` (the emulator acted; the answer is replaced or cut off);
6. add ``X-Request-ID``.

Every request is written to a bounded log of :class:`ServedRequest` (what arrived, what the
emulator answered, what the client was sent), so tests can count attempts on the server side.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import re
import threading
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from starlette.responses import JSONResponse, Response
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ..._spec import load_spec
from .emulator import Emulator
from .faults import Fault, Faults

logger = logging.getLogger("facade.testing")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


@dataclass(frozen=True)
class Violation:
    """A request or response that does not match the API's spec."""

    api: str
    kind: str  # "request" or "response"
    method: str
    path: str
    request_id: str
    messages: tuple[str, ...]

    def __str__(self) -> str:
        where = f"{self.api} {self.kind} {self.method} {self.path} ({self.request_id})"
        return f"{where}: {'; '.join(self.messages)}"


class _SpecRequest:
    """A buffered request seen through openapi-core's Request protocol, with the URL rewritten
    from the sandbox's base path to the spec's server URL."""

    def __init__(
        self,
        server: str,
        method: str,
        sub_path: str,
        query: str,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> None:
        url = httpx.URL(server)
        self.host_url = f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.path.rstrip("/") + sub_path
        self.full_url_pattern = self.host_url + self.path
        self.method = method.lower()
        self.body = body or None
        self.content_type = dict((k.lower(), v) for k, v in headers).get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=Headers(headers),
            cookie=ImmutableMultiDict(),
        )


class _SpecResponse:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status_code = status
        self.data = body
        self.headers = Headers(headers)
        self.content_type = self.headers.get("content-type", "")


def _messages(errors: list[Exception]) -> tuple[list[str], dict[str, list[str]], bool]:
    """(plain messages, field -> messages, whether credentials were missing) from openapi-core.

    Messages name the field and the rule, never the value: a rejected body may hold a secret
    (``api_secret`` sent to the token endpoint), and these texts reach logs and error bodies.
    """
    fields: dict[str, list[str]] = {}
    security = False
    for error in errors:
        if type(error).__name__.startswith("Security"):
            security = True
            continue
        found = False
        cause: BaseException | None = error
        while cause is not None:
            for schema_error in getattr(cause, "schema_errors", None) or []:
                parts = [str(p) for p in schema_error.absolute_path]
                rule = _rule(schema_error.validator, schema_error.validator_value)
                if schema_error.validator == "required":  # file it under the missing field
                    missing = re.match(r"'(.+)' is a required property", schema_error.message)
                    parts += [missing.group(1)] if missing else []
                    rule = "is required"
                where = ".".join(parts) or getattr(error, "name", None) or "body"
                fields.setdefault(str(where), []).append(rule)
                found = True
            cause = cause.__cause__ or cause.__context__
        if not found:
            name = getattr(error, "name", None) or "request"
            fields.setdefault(str(name), []).append(type(error).__name__)
    plain = [f"{field}: {', '.join(rules)}" for field, rules in fields.items()]
    return plain, fields, security


def _unknown_operation(errors: list[Exception]) -> int | None:
    """404 for a path the spec does not have, 405 for a method it does not have there."""
    names = {type(error).__name__ for error in errors}
    if "PathNotFound" in names or "ServerNotFound" in names:
        return 404
    if "OperationNotFound" in names:
        return 405
    return None


def _rule(keyword: Any, value: Any) -> str:
    """A JSON Schema rule as text, e.g. ``maxLength 500``; long values (enums) are shortened."""
    text = json.dumps(value, default=str) if not isinstance(value, str) else value
    if len(text) > 60:
        text = text[:57] + "..."
    return f"violates {keyword} {text}"


@dataclass
class ServedRequest:
    """One request that reached an emulated API, and what became of it. The entry is filled in
    as the exchange goes on: ``status`` and ``delivered`` stay None until the answer is sent."""

    api: str
    method: str
    path: str  # below the API's base URL, e.g. /api/tax/new
    request_id: str  # the X-Request-ID the answer carries
    retry_count: str | None  # the client's X-Retry-Count header
    idempotency_key: str | None  # the client's Idempotency-Key header
    emulator_status: int | None = None  # what the emulator answered; None if it never ran
    status: int | None = None  # the status line the client was sent
    delivered: bool | None = None  # True: the whole answer is sent; False: it is cut off


# Enough for any test; a long-running sandbox forgets the oldest entries.
REQUEST_LOG_SIZE = 10_000


class SandboxApp:
    """The ASGI application serving every emulator."""

    def __init__(self, emulators: list[Emulator], faults: Faults, *, validate: bool = True) -> None:
        self.emulators = sorted(emulators, key=lambda e: len(e.mount), reverse=True)
        self.faults = faults
        self.validate = validate
        self.violations: list[Violation] = []
        self.requests: collections.deque[ServedRequest] = collections.deque(maxlen=REQUEST_LOG_SIZE)
        self._lock = threading.Lock()
        self._validators: dict[str, tuple[OpenAPI, str]] = {}
        self.control: Callable[[str, str, bytes], Awaitable[Response]] | None = None

    def _validator(self, emulator: Emulator) -> tuple[OpenAPI, str]:
        if emulator.name not in self._validators:
            spec = load_spec(emulator.package)
            self._validators[emulator.name] = (OpenAPI.from_dict(spec), spec["servers"][0]["url"])
        return self._validators[emulator.name]

    def record(self, violation: Violation) -> None:
        with self._lock:
            self.violations.append(violation)
        logger.error("spec violation: %s", violation)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        body = await _read_body(receive)
        if path.startswith("/_sandbox/") and self.control is not None:
            await _send(send, await self.control(scope["method"], path, body))
            return
        emulator = next(
            (e for e in self.emulators if path == e.mount or path.startswith(e.mount + "/")), None
        )
        if emulator is None:
            await _send(
                send, JSONResponse({"message": f"no emulated API at {path}"}, status_code=404)
            )
            return
        await self._serve(emulator, scope, body, send)

    async def _serve(self, emulator: Emulator, scope: Scope, body: bytes, send: Send) -> None:
        sub_path = scope["path"][len(emulator.mount) :] or "/"
        method: str = scope["method"]
        request_id = uuid.uuid4().hex
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        query = scope.get("query_string", b"").decode("latin-1")
        header = {k.lower(): v for k, v in headers}
        served = ServedRequest(
            emulator.name,
            method,
            sub_path,
            request_id,
            header.get("x-retry-count"),
            header.get("idempotency-key"),
        )
        with self._lock:
            self.requests.append(served)
        spec_request: _SpecRequest | None = None
        response: Response | None = None
        unknown: int | None = None
        if self.validate:
            validator, server = self._validator(emulator)
            spec_request = _SpecRequest(server, method, sub_path, query, headers, body)
            result = await asyncio.to_thread(validator.unmarshal_request, spec_request)
            unknown = _unknown_operation(list(result.errors))
            if unknown is not None:
                # Not drift: the API simply has no such operation, and says so.
                response = emulator.error(unknown, "no such operation")
            elif result.errors:
                plain, fields, security = _messages(list(result.errors))
                if security and not fields:
                    response = emulator.error(401, "credentials are missing")
                else:
                    self.record(
                        Violation(
                            emulator.name, "request", method, sub_path, request_id, tuple(plain)
                        )
                    )
                    response = emulator.error(
                        emulator.invalid_status,
                        "the request does not match the API's schema",
                        code="E_FAILED_SCHEMA_VALIDATION",
                        fields=fields,
                    )
        fault = self.faults.pick(emulator.name, method, sub_path)
        if fault is not None and fault.latency:
            await asyncio.sleep(fault.latency)
        early = fault if fault is not None and not fault.after else None
        late = fault if fault is not None and fault.after else None
        if early is not None and early.drop:
            await _drop(send, request_id, 200, served)
            return
        injected = early is not None and early.status is not None
        if early is not None and injected:
            response = _fault_response(emulator, early)
        if response is None:
            response = await self._call_emulator(emulator, scope, sub_path, body)
            served.emulator_status = response.status_code
        response.headers["X-Request-ID"] = request_id
        if self.validate and not injected and spec_request is not None and unknown is None:
            await self._check_response(
                emulator, spec_request, response, method, sub_path, request_id
            )
        if late is not None and late.drop:
            await _drop(send, request_id, response.status_code, served)
            return
        if late is not None:
            response = _fault_response(emulator, late)
            response.headers["X-Request-ID"] = request_id
        # Recorded first: the client may have the answer (and look at the log) before this
        # coroutine runs again.
        served.status, served.delivered = response.status_code, True
        await _send(send, response)

    async def _call_emulator(
        self, emulator: Emulator, scope: Scope, sub_path: str, body: bytes
    ) -> Response:
        inner_scope = dict(scope, path=sub_path, raw_path=sub_path.encode(), root_path="")
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        captured: dict[str, Any] = {"status": 500, "headers": [], "body": b""}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")

        try:
            await emulator.app(inner_scope, receive, capture)
        except Exception:
            logger.exception(
                "%s emulator failed on %s %s", emulator.name, scope["method"], sub_path
            )
            return emulator.error(500, "the sandbox failed to handle this request")
        response = Response(content=captured["body"], status_code=captured["status"])
        response.raw_headers = [h for h in captured["headers"] if h[0].lower() != b"content-length"]
        response.headers["content-length"] = str(len(captured["body"]))
        return response

    async def _check_response(
        self,
        emulator: Emulator,
        request: _SpecRequest,
        response: Response,
        method: str,
        sub_path: str,
        request_id: str,
    ) -> None:
        validator, _ = self._validator(emulator)
        raw_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers]
        spec_response = _SpecResponse(response.status_code, raw_headers, bytes(response.body))
        result = await asyncio.to_thread(validator.unmarshal_response, request, spec_response)
        if result.errors:
            plain, _, _ = _messages(list(result.errors))
            self.record(
                Violation(emulator.name, "response", method, sub_path, request_id, tuple(plain))
            )


def _fault_response(emulator: Emulator, fault: Fault) -> Response:
    status = fault.status or 500
    extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
    if fault.body is not None:
        kind = "text/html" if fault.body.lstrip().startswith("<") else "application/json"
        return Response(content=fault.body, status_code=status, headers=extra, media_type=kind)
    return emulator.error(status, "injected fault", code="E_SANDBOX_FAULT", headers=extra)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _send(send: Send, response: Response) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": response.raw_headers,
        }
    )
    await send({"type": "http.response.body", "body": bytes(response.body)})


async def _drop(send: Send, request_id: str, status: int, served: ServedRequest) -> None:
    """Promise a body, send part of it, then stop: the client sees the connection break."""
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", b"4096"),
        (b"x-request-id", request_id.encode()),
    ]
    served.status, served.delivered = status, False
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"data": [', "more_body": True})
    raise _DroppedConnection


class _DroppedConnection(Exception):
    """Raised inside the server to make it close the connection mid-response."""


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
