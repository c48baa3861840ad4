"""Enlivy: invoicing and back office, organized by organization.

Credentials are a bearer token (``ENLIVY_TOKEN``), or an email and password traded for one with
:meth:`Enlivy.login`. The client's ``organization_id`` (``ENLIVY_ORGANIZATION_ID``) fills the
organization of every organization-scoped call unless the call gives its own. POSTs carry an
``Idempotency-Key`` (one per logical call, reused by its retries), so they are safe to retry.
Single objects arrive as ``{"data": {...}}``; the client returns what is inside.

A failed :meth:`Enlivy.login` closes the client it built (no open sockets left behind) and
blanks the password wherever the server echoed it; a login answered with a token that could
not travel in a header (whitespace or control characters) fails rather than being used.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import errors
from ._auth import BearerTokenAuth, issued_token
from ._client import (
    DEFAULT_MAX_RETRIES,
    ApiDefinition,
    APIResponse,
    AsyncAPIClient,
    SyncAPIClient,
    env_or,
    resolve_base_url,
)
from ._options import credential_from
from ._redact import public_response
from ._responses import redact_error, request_id_of


def _crud(singular: str, plural: str) -> dict[str, str]:
    return {
        "list": f"list{plural}",
        "get": f"get{singular}",
        "create": f"create{singular}",
        "update": f"update{singular}",
        "delete": f"delete{singular}",
    }


DEFINITION = ApiDefinition(
    name="enlivy",
    package="enlivy_client",
    default_base_url="https://api.enlivy.com",
    base_url_env="ENLIVY_BASE_URL",
    resources={
        "authentication": {"login": "login"},
        "organizations": {"list": "listOrganizations", "get": "getOrganization"},
        "invoices": _crud("Invoice", "Invoices"),
        "invoice_prefixes": _crud("InvoicePrefix", "InvoicePrefixes"),
        "organization_users": _crud("OrganizationUser", "OrganizationUsers"),
        "products": _crud("Product", "Products"),
        "tax_classes": _crud("TaxClass", "TaxClasses"),
        "tax_rates": _crud("TaxRate", "TaxRates"),
        "bank_accounts": _crud("BankAccount", "BankAccounts"),
        "tags": _crud("Tag", "Tags"),
    },
    idempotency_header="Idempotency-Key",
    unwrap_data=True,
    path_defaults=("organization_id",),
)


def _setup(token: str | None, organization_id: str | None, base_url: str | None) -> dict[str, Any]:
    value = credential_from(token, name="token", env="ENLIVY_TOKEN", header=True)
    return {**_place(organization_id, base_url), "auth": BearerTokenAuth(value)}


def _place(organization_id: str | None, base_url: str | None) -> dict[str, Any]:
    """Where a client talks to: the base URL and the organization its paths default to."""
    return {
        "base_url": resolve_base_url(DEFINITION, base_url),
        "path_defaults": {"organizationid": env_or(organization_id, "ENLIVY_ORGANIZATION_ID")},
    }


def _logged_in(client: Enlivy | AsyncEnlivy, response: APIResponse[Any]) -> None:
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


def _login_body(email: str, password: str, remember: bool) -> dict[str, Any]:
    return {"email": email, "password": password, "remember": remember}


class Enlivy(SyncAPIClient):
    """Enlivy API client (sync)."""

    _definition = DEFINITION
    login_response: APIResponse[Any] | None = None  # the login exchange, for clients from login()

    def __init__(
        self,
        token: str | None = None,
        organization_id: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(token, organization_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )

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
    ) -> Enlivy:
        """Log in with email and password; returns a client holding the issued token."""
        client = cls.__new__(cls)
        SyncAPIClient.__init__(
            client,
            **_place(organization_id, base_url),
            auth=None,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )
        try:
            response = client.with_raw_response.authentication.login(
                body=_login_body(email, password, remember)
            )
            _logged_in(client, response)
        except BaseException as error:
            client.close()  # a caller's http_client stays open: it is theirs
            _failed_login(error, password)
            raise
        return client


class AsyncEnlivy(AsyncAPIClient):
    """Enlivy API client (async)."""

    _definition = DEFINITION
    login_response: APIResponse[Any] | None = None  # the login exchange, for clients from login()

    def __init__(
        self,
        token: str | None = None,
        organization_id: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(token, organization_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )

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
    ) -> AsyncEnlivy:
        """Log in with email and password; returns a client holding the issued token."""
        client = cls.__new__(cls)
        AsyncAPIClient.__init__(
            client,
            **_place(organization_id, base_url),
            auth=None,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )
        try:
            response = await client.with_raw_response.authentication.login(
                body=_login_body(email, password, remember)
            )
            _logged_in(client, response)
        except BaseException as error:
            await client.aclose()
            _failed_login(error, password)
            raise
        return client
