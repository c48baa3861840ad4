"""The errors the facade raises, the same for all three APIs.

::

    FacadeError
    ├── APIError                      a request failed (or the API reported a fault)
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── ValidationError           400 / 422, and bad input caught before sending
    │   │   └── MetadataLimitError    metadata over the vendor's limits (never sent)
    │   ├── RateLimitError            429 (``retry_after`` in seconds, when given)
    │   ├── ServerError               5xx
    │   ├── UnexpectedResponseError   a status or body the spec does not document
    │   ├── ResponseTooLargeError     a body over the client's max_response_bytes (not kept)
    │   ├── PaginationError           a list whose pages do not advance (stopped, not looped)
    │   └── APIConnectionError        no usable response (network, TLS, protocol, bad encoding)
    │       └── APITimeoutError       the call ran out of time
    ├── ConfigurationError            a client set up wrongly (e.g. a missing credential)
    ├── ClientClosedError             a call on a client after close()
    ├── EventLoopError                an async client used where its connections cannot go
    ├── InsecureTransportError        credentials would travel over plain http
    └── WebhookVerificationError      a webhook delivery failed verification

Messages never contain credentials: they are built from status, vendor code and message only,
and a credential the server echoes back is replaced by ``***`` in the message and the body.
``error.response.request`` is a copy without credential headers or body.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "EventLoopError",
    "FacadeError",
    "InsecureTransportError",
    "MetadataLimitError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "WebhookVerificationError",
]


class FacadeError(Exception):
    """Base of every error raised by the facade."""


class APIError(FacadeError):
    """A request to one of the APIs failed, or the API reported a fault in its body.

    Attributes:
        api: ``"fiskaly"``, ``"enlivy"`` or ``"envoice"``.
        status_code: HTTP status, or None when no response arrived.
        code: the vendor's machine-readable error code, when it gives one.
        message: the vendor's human-readable message (or a description of the failure).
        request_id: from the ``X-Request-ID`` / ``request-id`` response header.
        body: the parsed JSON error body, or the raw text when it is not JSON.
        response: the ``httpx.Response``, when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        api: str = "",
        status_code: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.api = api
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.response = response
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = [f"{self.api}: " if self.api else ""]
        if self.status_code is not None:
            parts.append(f"HTTP {self.status_code}: ")
        if self.code:
            parts.append(f"[{self.code}] ")
        parts.append(self.message)
        if self.request_id:
            parts.append(f" (request id {self.request_id})")
        return "".join(parts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keep errors picklable (e.g. across process pools) without the live response.
        return (_rebuild, (type(self), self.__dict__ | {"response": None}))


def _rebuild(cls: type[APIError], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._describe())
    return error


class AuthenticationError(APIError):
    """401: the credentials or token were rejected."""


class PermissionDeniedError(APIError):
    """403: the credentials are valid but may not do this."""


class NotFoundError(APIError):
    """404: the resource does not exist (or is not visible to these credentials)."""


class ConflictError(APIError):
    """409, or a vendor's duplicate code (Envoice ``E_DUPLICATE``): the request conflicts with
    the current state (e.g. a duplicate)."""


class ValidationError(APIError):
    """400/422 from the API, or bad input caught before anything was sent.

    ``errors`` maps a field path (``"metadata"``, ``"line_items[0].price"``) to its messages.
    """

    def __init__(
        self,
        message: str,
        *,
        errors: Mapping[str, Sequence[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in (errors or {}).items()}
        super().__init__(message, **kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        if self.errors:
            details = "; ".join(
                f"{field}: {', '.join(msgs)}" for field, msgs in self.errors.items()
            )
            text = f"{text} ({details})"
        return text


class MetadataLimitError(ValidationError):
    """Metadata over the vendor's limits; raised before the request is sent.

    ``violations`` lists every problem as ``(key, rule)``; ``key`` is None for rules about the
    whole mapping (such as the number of keys).
    """

    def __init__(
        self,
        message: str,
        *,
        violations: Sequence[tuple[str | None, str]] = (),
        **kwargs: Any,
    ) -> None:
        self.violations = list(violations)
        super().__init__(message, **kwargs)


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the server's wait hint in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """5xx: a failure on the vendor's side; usually temporary."""


class UnexpectedResponseError(APIError):
    """A success the spec does not document for the operation (a 201 where only 200 is
    documented, a 202 on a GET), or a body that does not fit the documented model. The vendor
    answered something the client cannot vouch for; nothing was parsed into a model."""


class ResponseTooLargeError(APIError):
    """The response body (decoded) is larger than the client's ``max_response_bytes``.

    Reading stopped at the limit and the connection was closed, so memory stays bounded (a
    compressed "bomb" is never inflated whole). ``limit`` is the limit in bytes. Not retried.
    """

    def __init__(self, message: str, *, limit: int, **kwargs: Any) -> None:
        self.limit = limit
        super().__init__(message, **kwargs)


class PaginationError(APIError):
    """A list's pages did not advance: the server answered a page other than the one asked
    for, or the same page again. Iteration stops instead of looping (and repeating items)."""


class APIConnectionError(APIError):
    """No usable response arrived: connection refused or dropped, TLS or protocol failure, or a
    body that cannot be decoded.

    ``url`` is where the request went (scheme, host, port and path: never userinfo or query),
    ``attempts`` how many attempts were made, when known.
    """

    def __init__(
        self, message: str, *, url: str | None = None, attempts: int | None = None, **kwargs: Any
    ) -> None:
        self.url = url
        self.attempts = attempts
        super().__init__(message, **kwargs)


class APITimeoutError(APIConnectionError):
    """The call ran out of time: its ``timeout`` (the whole call) or one of httpx's per-step
    limits (connect, read, write, pool)."""


class ConfigurationError(FacadeError, ValueError):
    """The client was set up wrongly (e.g. a credential is missing); raised at construction."""


class ClientClosedError(FacadeError, RuntimeError):
    """A call on a client that was closed (``close()``/``aclose()``, or the ``http_client`` it
    was given was closed). Create a new client."""


class EventLoopError(FacadeError, RuntimeError):
    """An async client was used where its connections cannot go: on a second event loop while
    the first is still running, or with a caller's ``http_client`` whose event loop has ended.
    The message names the fix (one client per loop, or let the facade own the connections)."""


class InsecureTransportError(FacadeError):
    """Credentials would be sent over plain http to a host that is not loopback.

    Raised before anything is sent.
    """


class WebhookVerificationError(FacadeError):
    """A webhook delivery is unsigned, tampered with, stale or malformed."""
