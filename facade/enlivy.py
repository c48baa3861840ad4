"""Enlivy: invoicing and back office, organized by organization.

Credentials are a bearer token (``ENLIVY_TOKEN``), or an email and password traded for one with
``Enlivy.login()``. The client's ``organization_id`` (``ENLIVY_ORGANIZATION_ID``) fills the
organization of every organization-scoped call unless the call gives its own. POSTs and
PATCHes carry an ``Idempotency-Key`` (one per logical call, reused by its retries), so they are
safe to retry. Single objects arrive as ``{"data": {...}}``; the client returns what is inside.

The clients are generated (``facade/resources/enlivy.py``); the login below is the one thing
about Enlivy that is written by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx

from ._auth import BearerTokenAuth
from ._client import DEFAULT_MAX_RETRIES, APIResponse, AsyncAPIClient, SyncAPIClient, env_or

if TYPE_CHECKING:
    from .resources.enlivy import DEFINITION, AsyncEnlivy, Enlivy

__all__ = ["DEFINITION", "AsyncEnlivy", "AsyncEnlivyLogin", "Enlivy", "EnlivyLogin"]


def __getattr__(name: str) -> Any:
    # The generated module imports the login mixins from here; re-export its classes lazily.
    if name in ("DEFINITION", "Enlivy", "AsyncEnlivy"):
        from .resources import enlivy

        return getattr(enlivy, name)
    raise AttributeError(f"module 'facade.enlivy' has no attribute {name!r}")


def _place(client: Any, organization_id: str | None) -> dict[str, Any]:
    return {"organization_id": env_or(organization_id, "ENLIVY_ORGANIZATION_ID")}


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
            path_defaults=_place(client, organization_id),
        )
        try:
            response = client.with_raw_response.authentication.login(
                email=email, password=password, remember=remember
            )
        except BaseException:
            client.close()  # a failed login leaves no open connections behind
            raise
        client.login_response = response
        client._auth = BearerTokenAuth(response.parsed.token)
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
            path_defaults=_place(client, organization_id),
        )
        try:
            response = await client.with_raw_response.authentication.login(
                email=email, password=password, remember=remember
            )
        except BaseException:
            await client.aclose()
            raise
        client.login_response = response
        client._auth = BearerTokenAuth(response.parsed.token)
        result: Self = client
        return result
