"""Reading responses the same way for every API: request ids, Retry-After, and error bodies.

The three vendors report errors differently; the shape of the body tells them apart, so one
function maps them all:

* fiskaly: ``{"status_code", "error", "code", "message"}``
* Enlivy: ``{"message", "errors": {"field": ["message", ...]}}``
* Envoice: ``{"IsFaulted": true, "ErrorMessages": [{"Code", "FaultMessage", "UserVisibleMessage",
  "Group"}]}``, which may arrive with HTTP 200
* anything else (an HTML error page, a truncated body): the raw text is kept.

A credential noted on the request (``_redact``) is blanked in the error's message and body, and
the response an error keeps has a request copy without credential headers or body.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import time
from typing import Any

import httpx

from . import errors
from ._redact import (
    known_secrets,
    mask_credential_headers,
    public_response,
    public_url,
    redact_text,
    redact_value,
    scrub_exception_chain,
)

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
# Vendor codes that say more than the status does (the same condition under any status,
# including a fault reported with HTTP 200).
_BY_CODE: dict[tuple[str, str], type[errors.APIError]] = {
    ("envoice", "E_DUPLICATE"): errors.ConflictError,
}


def request_id_of(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def parse_retry_after(
    value: str | None, *, now: float | None = None, date: str | None = None
) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date).

    A negative or non-numeric delay is ignored (None: the caller's own backoff applies), not
    read as "retry now". An HTTP date is measured from ``now`` (default: the local clock), or
    from the response's ``Date`` header when that is more than 2 s off it, so a server whose
    clock is off ours still gets the wait it asked for. A date already past means no wait.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        moment = _http_date(value)
        if moment is None:
            return None
        local = time.time() if now is None else now
        served = _http_date(date) if date else None
        # Date has whole seconds: within a couple of them the clocks agree, and ours is finer.
        reference = served if served is not None and abs(served - local) > 2.0 else local
        return max(0.0, moment - reference)
    if seconds != seconds or seconds < 0:  # NaN and negative delays are not waits
        return None
    return seconds


def _http_date(value: str) -> float | None:
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # the asctime form and "-0000" carry no zone: HTTP means GMT
        moment = moment.replace(tzinfo=datetime.UTC)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def decode_json(content: bytes | str) -> Any:
    """``json.loads`` that raises only ``ValueError``: a body nested too deeply for Python's
    parser (``RecursionError``) is as unusable as one that is not JSON."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply to decode") from None


def json_body(response: httpx.Response) -> Any:
    """The parsed JSON body, or the raw text when it is not JSON (or not readable)."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return None
    if not text:
        return None
    try:
        return decode_json(text)
    except ValueError:
        return text


def fault_envelope(body: Any) -> bool:
    """True when ``body`` is a fault envelope reporting a failure (Envoice ``IsFaulted``)."""
    return isinstance(body, dict) and body.get("IsFaulted") is True


def error_from_response(api: str, response: httpx.Response) -> errors.APIError:
    """The exception for a failed response (error status, or a fault envelope with 2xx)."""
    secrets = known_secrets(_request_of(response))
    body = redact_value(json_body(response), secrets)
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
        "response": public_response(response, secrets),
    }
    by_code = _BY_CODE.get((api, code or ""))
    if by_code is not None:
        return by_code(message, **kwargs)
    if fault_envelope(body) and status < 400:
        return errors.APIError(message, **kwargs)
    cls = _BY_STATUS.get(status) or (errors.ServerError if status >= 500 else errors.APIError)
    if issubclass(cls, errors.ValidationError):
        return cls(message, errors=field_errors, **kwargs)
    if cls is errors.RateLimitError:
        retry_after = parse_retry_after(
            response.headers.get("retry-after"), date=response.headers.get("date")
        )
        return errors.RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)


def redact_error(error: errors.APIError, secrets: tuple[str, ...]) -> errors.APIError:
    """Blank ``secrets`` in an error already built (message, body, field errors), e.g. a
    password a login endpoint echoed; returns the same error."""
    # A value this short would be blanked inside ordinary words too.
    secrets = tuple(sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True))
    if not secrets:
        return error
    error.message = redact_text(error.message, secrets)
    error.body = redact_value(error.body, secrets)
    if isinstance(error, errors.ValidationError):
        error.errors = {
            redact_text(k, secrets): [redact_text(m, secrets) for m in v]
            for k, v in error.errors.items()
        }
    error.args = (error._describe(),)
    return error


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _read_body(body: Any) -> tuple[str | None, str, dict[str, list[str]]]:
    """(code, message, field errors) from any of the vendors' error bodies."""
    if isinstance(body, str):
        return None, _shorten(body), {}
    if not isinstance(body, dict):
        return None, "", {}
    if "ErrorMessages" in body or "IsFaulted" in body:
        raw = body.get("ErrorMessages")
        entries = raw if isinstance(raw, list) else [raw] if raw else []
        items = [m for m in entries if isinstance(m, dict)]
        first = items[0] if items else {}
        code = first.get("Code")
        # Off-spec but seen in the wild: plain strings instead of message objects.
        texts = [m if isinstance(m, str) else _fault_text(m) for m in entries]
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


def _fault_text(entry: Any) -> str:
    if not isinstance(entry, dict):
        return ""
    return str(entry.get("UserVisibleMessage") or entry.get("FaultMessage") or "")


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


class BodyDecodingError(httpx.TransportError):
    """The response body does not decode (corrupt gzip or deflate, or an encoding we did not
    ask for). Raised by the retry layer, which treats it like a broken connection: retried only
    when the request is replayable."""


# httpx errors whose text is the operating system's, httpx's or ours (never bytes from the wire
# or from our headers), so it can be shown.
_SAFE_DETAIL = (httpx.ConnectError, httpx.TimeoutException, BodyDecodingError)
ATTEMPTS_NOTE = "facade_attempts"  # set on an httpx error by the retry layer: attempts made
DETAIL_NOTE = "facade_detail"  # set by the retry layer: what happened, in its words


def connection_error(api: str, error: httpx.TransportError) -> errors.APIConnectionError:
    """The facade error for an httpx transport failure: what failed, where (the URL without
    userinfo or query) and after how many attempts; never a credential.

    Protocol errors are not quoted: h11 quotes a header value it refuses, and a hostile server
    can put anything in the bytes it sends. Credentials noted on the request are blanked in the
    messages of ``error``'s chain too (it becomes this error's ``__cause__``), and masked in its
    request's headers.
    """
    cls = (
        errors.APITimeoutError
        if isinstance(error, httpx.TimeoutException)
        else errors.APIConnectionError
    )
    request = _request_of_error(error)
    scrub_exception_chain(error, known_secrets(request))
    if request is not None:
        mask_credential_headers(request)
    attempts = getattr(error, ATTEMPTS_NOTE, None)
    url = public_url(request.url) if request is not None else None
    detail = getattr(error, DETAIL_NOTE, None)
    if detail is None and isinstance(error, _SAFE_DETAIL) and str(error):
        detail = _shorten(str(error))
    message = type(error).__name__
    if url:
        message += f" while talking to {url}"
    if isinstance(attempts, int):
        message += f" ({attempts} attempt{'s' if attempts != 1 else ''})"
    if detail:
        message += f": {detail}"
    return cls(message, api=api, url=url, attempts=attempts if isinstance(attempts, int) else None)


def _request_of_error(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # an error raised without a request
        return None
