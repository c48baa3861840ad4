"""Enlivy: invoicing and back office, organized by organization.

Credentials are a bearer token (``ENLIVY_TOKEN``), or an email and password traded for one with
``Enlivy.login()``. The client's ``organization_id`` (``ENLIVY_ORGANIZATION_ID``) fills the
organization of every organization-scoped call unless the call gives its own. POSTs and
PATCHes carry an ``Idempotency-Key`` (one per logical call, reused by its retries), so they are
safe to retry. Single objects arrive as ``{"data": {...}}``; the client returns what is inside.

The clients are generated (``facade/resources/enlivy.py``); the login below is the one thing
about Enlivy that is written by hand. A failed login closes the client it built (no open
sockets left behind) and blanks the password wherever the server echoed it; a login answered
with a token that could not travel in a header (whitespace or control characters) fails rather
than being used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx

from . import errors
from ._auth import BearerTokenAuth, issued_token
from ._client import DEFAULT_MAX_RETRIES, APIResponse, AsyncAPIClient, SyncAPIClient, env_or
from ._redact import public_response
from ._responses import redact_error, request_id_of

if TYPE_CHECKING:
    from .resources.enlivy import DEFINITION, AsyncEnlivy, Enlivy

__all__ = ["DEFINITION", "AsyncEnlivy", "AsyncEnlivyLogin", "Enlivy", "EnlivyLogin"]


def __getattr__(name: str) -> Any:
    # The generated module imports the login mixins from here; re-export its classes lazily.
    if name in ("DEFINITION", "Enlivy", "AsyncEnlivy"):
        from .resources import enlivy

        return getattr(enlivy, name)
    raise AttributeError(f"module 'facade.enlivy' has no attribute {name!r}")


def _place(organization_id: str | None) -> dict[str, Any]:
    return {"organization_id": env_or(organization_id, "ENLIVY_ORGANIZATION_ID")}


def _logged_in(client: Any, response: APIResponse[Any]) -> None:
    """Give a client built by ``login()`` the token its login issued."""
    token = issued_token(getattr(response.parsed, "token", None))
    if token is None:
        raise errors.APIError(
            "the login answered without a usable token (missing, or holding whitespace or "
            "control characters)",
            api="enlivy",
            status_code=response.status_code,
            request_id=request_id_of(response.http_response),
        )
    # The login request's body holds the password: keep only a copy of the request without it.
    response.http_response = public_response(response.http_response)
    client.login_response = response
    client._auth = BearerTokenAuth(token)


def _failed_login(error: BaseException, password: str) -> None:
    """Blank the password wherever the server echoed it, and keep no request body with it."""
    if isinstance(error, errors.APIError):
        shown = (password,) if len(password) >= 4 else ()  # shorter: it would garble words
        redact_error(error, shown)
        if error.response is not None:
            error.response = public_response(error.response, shown)


class EnlivyLogin:
    """``Enlivy.login(email=..., password=...)``: a client holding the token a login issued."""

    login_response: APIResponse[Any] | None = None  # the login exchange, for clients from login()

    @classmethod
    def login(
        cls,
        *,
        email: str,
        password: str,
        organization_id: str | None = None,
        remember: bool = False,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """Log in with email and password; returns a client holding the issued token."""
        client: Any = cls.__new__(cls)
        SyncAPIClient.__init__(
            client,
            auth=None,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            path_defaults=_place(organization_id),
            max_response_bytes=max_response_bytes,
        )
        try:
            response = client.with_raw_response.authentication.login(
                email=email, password=password, remember=remember
            )
            _logged_in(client, response)
        except BaseException as error:
            client.close()  # a caller's http_client stays open: it is theirs
            _failed_login(error, password)
            raise
        result: Self = client
        return result


class AsyncEnlivyLogin:
    """``await AsyncEnlivy.login(email=..., password=...)``."""

    login_response: APIResponse[Any] | None = None

    @classmethod
    async def login(
        cls,
        *,
        email: str,
        password: str,
        organization_id: str | None = None,
        remember: bool = False,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """Log in with email and password; returns a client holding the issued token."""
        client: Any = cls.__new__(cls)
        AsyncAPIClient.__init__(
            client,
            auth=None,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            path_defaults=_place(organization_id),
            max_response_bytes=max_response_bytes,
        )
        try:
            response = await client.with_raw_response.authentication.login(
                email=email, password=password, remember=remember
            )
            _logged_in(client, response)
        except BaseException as error:
            await client.aclose()
            _failed_login(error, password)
            raise
        result: Self = client
        return result
