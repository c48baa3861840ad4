"""Enlivy: invoicing and back office, organized by organization.

Credentials are a bearer token (``ENLIVY_TOKEN``), or an email and password traded for one with
:meth:`Enlivy.login`. The client's ``organization_id`` (``ENLIVY_ORGANIZATION_ID``) fills the
organization of every organization-scoped call unless the call gives its own. POSTs carry an
``Idempotency-Key`` (one per logical call, reused by its retries), so they are safe to retry.
Single objects arrive as ``{"data": {...}}``; the client returns what is inside.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._auth import BearerTokenAuth
from ._client import (
    DEFAULT_MAX_RETRIES,
    ApiDefinition,
    APIResponse,
    AsyncAPIClient,
    SyncAPIClient,
    env_or,
    require,
    resolve_base_url,
)


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
    value = require(env_or(token, "ENLIVY_TOKEN"), "token", "ENLIVY_TOKEN")
    return {**_place(organization_id, base_url), "auth": BearerTokenAuth(value)}


def _place(organization_id: str | None, base_url: str | None) -> dict[str, Any]:
    """Where a client talks to: the base URL and the organization its paths default to."""
    return {
        "base_url": resolve_base_url(DEFINITION, base_url),
        "path_defaults": {"organizationid": env_or(organization_id, "ENLIVY_ORGANIZATION_ID")},
    }


def _logged_in(client: Enlivy | AsyncEnlivy, response: APIResponse[Any]) -> None:
    """Give a client built by ``login()`` the token its login issued."""
    client.login_response = response
    client._auth = BearerTokenAuth(response.parsed.token)


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
    ) -> None:
        super().__init__(
            **_setup(token, organization_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
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
        )
        response = client.with_raw_response.authentication.login(
            body=_login_body(email, password, remember)
        )
        _logged_in(client, response)
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
    ) -> None:
        super().__init__(
            **_setup(token, organization_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
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
        )
        response = await client.with_raw_response.authentication.login(
            body=_login_body(email, password, remember)
        )
        _logged_in(client, response)
        return client
