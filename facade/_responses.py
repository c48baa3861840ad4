"""Reading responses the same way for every API: request ids, Retry-After, and error bodies.

The three vendors report errors differently; the shape of the body tells them apart, so one
function maps them all:

* fiskaly: ``{"status_code", "error", "code", "message"}``
* Enlivy: ``{"message", "errors": {"field": ["message", ...]}}``
* Envoice: ``{"IsFaulted": true, "ErrorMessages": [{"Code", "FaultMessage", "UserVisibleMessage",
  "Group"}]}``, which may arrive with HTTP 200
* anything else (an HTML error page, a truncated body): the raw text is kept.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import time
from typing import Any

import httpx

from . import errors

REQUEST_ID_HEADERS = ("x-request-id", "request-id")
MAX_MESSAGE_CHARS = 300  # keep exception text short when a gateway returns a whole HTML page

_BY_STATUS: dict[int, type[errors.APIError]] = {
    400: errors.ValidationError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.ValidationError,
    429: errors.RateLimitError,
}


def request_id_of(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:  # the asctime form and "-0000" carry no zone: HTTP means GMT
            moment = moment.replace(tzinfo=datetime.UTC)
        seconds = moment.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if seconds == seconds else None  # NaN is not a wait


def json_body(response: httpx.Response) -> Any:
    """The parsed JSON body, or the raw text when it is not JSON (or not readable)."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return None
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def fault_envelope(body: Any) -> bool:
    """True when ``body`` is a fault envelope reporting a failure (Envoice ``IsFaulted``)."""
    return isinstance(body, dict) and body.get("IsFaulted") is True


def error_from_response(api: str, response: httpx.Response) -> errors.APIError:
    """The exception for a failed response (error status, or a fault envelope with 2xx)."""
    body = json_body(response)
    status = response.status_code
    code, message, field_errors = _read_body(body)
    if not message:
        message = response.reason_phrase or f"HTTP {status}"
    kwargs: dict[str, Any] = {
        "api": api,
        "status_code": status,
        "code": code,
        "request_id": request_id_of(response),
        "body": body,
        "response": response,
    }
    if fault_envelope(body) and status < 400:
        return errors.APIError(message, **kwargs)
    cls = _BY_STATUS.get(status) or (errors.ServerError if status >= 500 else errors.APIError)
    if issubclass(cls, errors.ValidationError):
        return cls(message, errors=field_errors, **kwargs)
    if cls is errors.RateLimitError:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return errors.RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)


def _read_body(body: Any) -> tuple[str | None, str, dict[str, list[str]]]:
    """(code, message, field errors) from any of the vendors' error bodies."""
    if isinstance(body, str):
        return None, _shorten(body), {}
    if not isinstance(body, dict):
        return None, "", {}
    if "ErrorMessages" in body or "IsFaulted" in body:
        items = [m for m in body.get("ErrorMessages") or [] if isinstance(m, dict)]
        first = items[0] if items else {}
        code = first.get("Code")
        texts = [m.get("UserVisibleMessage") or m.get("FaultMessage") or "" for m in items]
        message = "; ".join(t for t in texts if t) or "the request was reported as faulted"
        return (str(code) if code else None), _shorten(message), {}
    code = body.get("code")
    message = body.get("message") or body.get("error") or ""
    field_errors: dict[str, list[str]] = {}
    raw = body.get("errors")
    if isinstance(raw, dict):
        for field, messages in raw.items():
            items = messages if isinstance(messages, list) else [messages]
            field_errors[str(field)] = [str(m) for m in items]
    return (str(code) if code else None), _shorten(str(message)), field_errors


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def connection_error(api: str, error: httpx.TransportError) -> errors.APIConnectionError:
    """The facade error for an httpx transport failure (no credentials in the message)."""
    cls = (
        errors.APITimeoutError
        if isinstance(error, httpx.TimeoutException)
        else errors.APIConnectionError
    )
    kind = type(error).__name__
    return cls(
        f"{kind} while talking to {error.request.url.host}" if _has_request(error) else kind,
        api=api,
    )


def _has_request(error: httpx.TransportError) -> bool:
    try:
        error.request  # noqa: B018 - raises RuntimeError when the error carries no request
    except RuntimeError:
        return False
    return True
