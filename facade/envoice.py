"""Envoice: invoices, clients, orders, products, taxes and work types.

Credentials are the account's key and secret (``ENVOICE_AUTH_KEY`` / ``ENVOICE_AUTH_SECRET``),
sent as the ``x-auth-key`` and ``x-auth-secret`` headers. Envoice reports some failures with
HTTP 200 and ``IsFaulted: true``; the client raises those as errors too.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._auth import HeaderCredentialsAuth
from ._client import (
    DEFAULT_MAX_RETRIES,
    ApiDefinition,
    AsyncAPIClient,
    SyncAPIClient,
    resolve_base_url,
)
from ._options import credential_from

DEFINITION = ApiDefinition(
    name="envoice",
    package="envoice_client",
    default_base_url="https://www.envoice.in",
    base_url_env="ENVOICE_BASE_URL",
    resources={
        "clients": {
            "list": "ClientApi_All",
            "can_delete": "ClientApi_CanDelete",
            "delete": "ClientApi_Delete",
            "get": "ClientApi_Details",
            "create": "ClientApi_New",
            "update": "ClientApi_Update",
        },
        "general": {
            "countries": "GeneralApi_Countries",
            "currencies": "GeneralApi_Currencies",
            "date_formats": "GeneralApi_DateFormats",
            "ui_languages": "GeneralApi_UiLanguages",
        },
        "invoices": {
            "list": "InvoiceApi_All",
            "list_categories": "InvoiceApi_AllCategories",
            "change_status": "InvoiceApi_ChangeStatus",
            "delete": "InvoiceApi_Delete",
            "delete_category": "InvoiceApi_DeleteCategory",
            "get": "InvoiceApi_Details",
            "create": "InvoiceApi_New",
            "create_category": "InvoiceApi_NewCategory",
            "send_to_accountant": "InvoiceApi_SendToAccountant",
            "send_to_client": "InvoiceApi_SendToClient",
            "status": "InvoiceApi_Status",
            "update": "InvoiceApi_Update",
            "update_category": "InvoiceApi_UpdateCategory",
            "uri": "InvoiceApi_Uri",
        },
        "orders": {
            "list": "OrderApi_All",
            "change_shipping_details": "OrderApi_ChangeShippingDetails",
            "change_status": "OrderApi_ChangeStatus",
            "delete": "OrderApi_Delete",
            "get": "OrderApi_Details",
            "create": "OrderApi_New",
        },
        "payments": {"supported": "PaymentApi_Supported"},
        "products": {
            "list": "ProductApi_All",
            "delete": "ProductApi_Delete",
            "get": "ProductApi_Details",
            "create": "ProductApi_New",
            "update": "ProductApi_Update",
        },
        "taxes": {
            "list": "TaxApi_All",
            "delete": "TaxApi_Delete",
            "create": "TaxApi_New",
            "update": "TaxApi_Update",
        },
        "work_types": {
            "list": "WorkTypeApi_All",
            "delete": "WorkTypeApi_Delete",
            "get": "WorkTypeApi_Details",
            "create": "WorkTypeApi_New",
            "search": "WorkTypeApi_Search",
            "update": "WorkTypeApi_Update",
        },
    },
    list_verbs=frozenset({"list", "list_categories"}),
    fault_envelopes=True,
)


def _setup(auth_key: str | None, auth_secret: str | None, base_url: str | None) -> dict[str, Any]:
    key = credential_from(auth_key, name="auth_key", env="ENVOICE_AUTH_KEY", header=True)
    secret = credential_from(
        auth_secret, name="auth_secret", env="ENVOICE_AUTH_SECRET", header=True
    )
    auth = HeaderCredentialsAuth({"x-auth-key": key, "x-auth-secret": secret})
    return {"auth": auth, "base_url": resolve_base_url(DEFINITION, base_url)}


class Envoice(SyncAPIClient):
    """Envoice API client (sync)."""

    _definition = DEFINITION

    def __init__(
        self,
        auth_key: str | None = None,
        auth_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(auth_key, auth_secret, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )


class AsyncEnvoice(AsyncAPIClient):
    """Envoice API client (async)."""

    _definition = DEFINITION

    def __init__(
        self,
        auth_key: str | None = None,
        auth_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        super().__init__(
            **_setup(auth_key, auth_secret, base_url),
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            max_response_bytes=max_response_bytes,
        )
