"""fiskaly management API: organizations, API keys, users and billing addresses.

Credentials are an API key and secret (``FISKALY_API_KEY`` / ``FISKALY_API_SECRET``); the
client trades them for short-lived tokens and renews those itself (``facade._auth``).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._auth import FiskalyTokenAuth
from ._client import (
    DEFAULT_MAX_RETRIES,
    ApiDefinition,
    AsyncAPIClient,
    SyncAPIClient,
    resolve_base_url,
)
from ._options import credential_from

DEFINITION = ApiDefinition(
    name="fiskaly",
    package="fiskaly_management_client",
    default_base_url="https://dashboard.fiskaly.com/api/v0",
    base_url_env="FISKALY_BASE_URL",
    resources={
        "tokens": {"create": "authenticate"},
        "organizations": {
            "list": "listOrganizations",
            "create": "createOrganization",
            "get": "retrieveOrganization",
            "update": "updateOrganization",
            "delete": "deleteOrganization",
            "enable_env": "enableOrganizationEnv",
        },
        "api_keys": {
            "list": "listApiKeys",
            "create": "createApiKey",
            "get": "retrieveApiKey",
            "update": "updateApiKey",
        },
        "users": {"list": "listUsers", "invite": "inviteUser", "delete": "deleteUser"},
        "billing_addresses": {
            "list": "listBillingAddresses",
            "create": "createBillingAddress",
            "get": "retrieveBillingAddress",
            "update": "updateBillingAddress",
        },
    },
)


def _setup(api_key: str | None, api_secret: str | None, base_url: str | None) -> dict[str, Any]:
    # Key and secret travel in a JSON body (the tokens they buy are checked when issued).
    key = credential_from(api_key, name="api_key", env="FISKALY_API_KEY", header=False)
    secret = credential_from(api_secret, name="api_secret", env="FISKALY_API_SECRET", header=False)
    url = resolve_base_url(DEFINITION, base_url)
    return {"auth": FiskalyTokenAuth(key, secret, token_url=f"{url}/auth"), "base_url": url}


class _TokenAuthAccess:
    """Typed access to the token flow: ``client.auth.stats``, ``client.auth.expire_now()``."""

    _auth: httpx.Auth | None

    @property
    def auth(self) -> FiskalyTokenAuth:
        if not isinstance(self._auth, FiskalyTokenAuth):  # pragma: no cover - set by _setup()
            raise TypeError("a fiskaly client always has its token flow")
        return self._auth


class Fiskaly(_TokenAuthAccess, SyncAPIClient):
    """fiskaly management API client (sync)."""

    _definition = DEFINITION

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(api_key, api_secret, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )


class AsyncFiskaly(_TokenAuthAccess, AsyncAPIClient):
    """fiskaly management API client (async)."""

    _definition = DEFINITION

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(api_key, api_secret, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )
