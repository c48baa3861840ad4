"""Envoice request handling: the ``x-auth-key`` / ``x-auth-secret`` check, reading bodies and
queries, and Envoice's answers, including its fault envelope
``{"IsFaulted": true, "ErrorMessages": [...]}``.

How a refused request is answered depends on what the operation returns when it succeeds (its
*style* in :mod:`.urls`): an object or a ``ListResult`` reports the failure as HTTP 200 with
``IsFaulted: true`` (``object``, ``list``); a bare value (an id, a boolean, a status, a list, or
nothing at all) answers 400/404 with the fault envelope (``plain``).
"""

from __future__ import annotations

import inspect
import json
import re
import secrets
from collections.abc import Callable
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..core import Record, Refusal
from ..core.emulator import Handler
from .models import EnvoiceBackend, invalid

Style = Literal["plain", "object", "list"]
Operation = Callable[..., Any]

_GROUPS = {
    400: "Validation",
    401: "Authentication",
    403: "Authorization",
    404: "NotFound",
    409: "Conflict",
    429: "Throttling",
}
_CODES = {
    400: "E_VALIDATION",
    401: "E_UNAUTHORIZED",
    403: "E_FORBIDDEN",
    404: "E_NOT_FOUND",
    409: "E_CONFLICT",
    429: "E_TOO_MANY_REQUESTS",
}
_REQUIRED = re.compile(r"^'([^']+)' is a required property$")


def fault_entry(code: str, message: str, group: str) -> Record:
    """One ``IErrorInfo``."""
    return {"Code": code, "FaultMessage": message, "UserVisibleMessage": message, "Group": group}


def fault_body(entries: list[Record]) -> Record:
    return {"IsFaulted": True, "ErrorMessages": entries}


def per_field(fields: dict[str, list[str]]) -> dict[str, list[str]]:
    """Validation messages by the field they are about: a missing required property is
    reported against its object (the whole body at the top), so move it to the property."""
    result: dict[str, list[str]] = {}
    for where, texts in fields.items():
        for text in texts:
            match = _REQUIRED.match(text)
            name = where
            if match is not None:
                top = where in ("body", "request")
                name = match.group(1) if top else f"{where}.{match.group(1)}"
            result.setdefault(name, []).append(text)
    return result


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    fields: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    group = _GROUPS.get(status, "Server" if status >= 500 else "General")
    code = code or _CODES.get(status, "E_SERVER" if status >= 500 else "E_FAULT")
    if fields:
        # One entry per field, the field leading the text (IErrorInfo has no field slot).
        entries = [
            fault_entry(code, f"{field}: {'; '.join(texts)}", group)
            for field, texts in per_field(fields).items()
        ]
    else:
        entries = [fault_entry(code, message, group)]
    return JSONResponse(fault_body(entries), status_code=status, headers=headers)


def fault_response(refusal: Refusal, style: Style) -> Response:
    if style == "plain":
        return error_response(refusal.status, refusal.message, code=refusal.code)
    group = _GROUPS.get(refusal.status, "General")
    body = fault_body([fault_entry(refusal.code or "E_FAULT", refusal.message, group)])
    if style == "list":
        body = {"Result": [], "Count": 0, "TotalCount": 0, **body}
    return JSONResponse(body)  # Envoice's way: HTTP 200 that says IsFaulted


def json_object(raw: bytes) -> Record:
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:  # only reachable with spec validation off
        raise invalid("the body is not JSON") from None
    if not isinstance(body, dict):
        raise invalid("the body must be a JSON object")
    return body


class EnvoiceResponses:
    """Turns each backend operation into an endpoint: the operation's parameters say what it
    reads (``query``, ``body``), and its return value is the answer (None: 204, no body)."""

    def __init__(self, backend: EnvoiceBackend) -> None:
        self.backend = backend
        self.auth_key = ""  # set from the seed
        self.auth_secret = ""

    def endpoint(self, operation: Operation, style: Style) -> Handler:
        reads = inspect.signature(operation).parameters
        lazy_body = "body" in reads and "query" in reads  # the query is checked first

        async def endpoint(request: Request) -> Response:
            key = request.headers.get("x-auth-key", "")
            secret = request.headers.get("x-auth-secret", "")
            if not (
                secrets.compare_digest(key.encode(), self.auth_key.encode())
                and secrets.compare_digest(secret.encode(), self.auth_secret.encode())
            ):
                return error_response(401, "the API key and secret do not match an account")
            arguments: dict[str, Any] = {}
            try:
                if "query" in reads:
                    arguments["query"] = request.query_params
                if "body" in reads:
                    raw = await request.body()
                    arguments["body"] = (
                        (lambda: json_object(raw)) if lazy_body else json_object(raw)
                    )
                result = operation(**arguments)
            except Refusal as refusal:
                return fault_response(refusal, style)
            return Response(status_code=204) if result is None else JSONResponse(result)

        return endpoint
