"""fiscal-facade: one well-behaved client for the Enlivy, Envoice and fiskaly management APIs.

::

    import facade

    fk = facade.Fiskaly(api_key=..., api_secret=...)  # or FISKALY_API_KEY / FISKALY_API_SECRET
    en = facade.Enlivy(token=..., organization_id=...)  # or ENLIVY_TOKEN / ENLIVY_ORGANIZATION_ID
    ev = facade.Envoice(auth_key=..., auth_secret=...)  # or ENVOICE_AUTH_KEY / ENVOICE_AUTH_SECRET

``AsyncFiskaly``, ``AsyncEnlivy`` and ``AsyncEnvoice`` offer the same surface, awaitable;
``http_client=facade.aiohttp_client()`` runs them over aiohttp (the ``aiohttp`` extra).
Errors are in :mod:`facade.errors`, webhook verification in :mod:`facade.webhooks`.
``FACADE_LOG=debug`` (or ``info``) in the environment logs to stderr without any code.

The clients, and the generated packages behind them, are imported on first use, so
``import facade`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._log import setup_logging as _setup_logging

__version__ = "0.1.0"

_setup_logging()  # FACADE_LOG=debug|info

if TYPE_CHECKING:
    from . import errors, webhooks
    from ._aiohttp import aiohttp_client
    from ._client import APIResponse
    from ._pagination import AsyncPaginator, Page, Paginator
    from .resources.enlivy import AsyncEnlivy, Enlivy
    from .resources.envoice import AsyncEnvoice, Envoice
    from .resources.fiskaly_management import AsyncFiskaly, Fiskaly

_LAZY = {
    "Fiskaly": ".resources.fiskaly_management",
    "AsyncFiskaly": ".resources.fiskaly_management",
    "Enlivy": ".resources.enlivy",
    "AsyncEnlivy": ".resources.enlivy",
    "Envoice": ".resources.envoice",
    "AsyncEnvoice": ".resources.envoice",
    "APIResponse": "._client",
    "aiohttp_client": "._aiohttp",
    "Page": "._pagination",
    "Paginator": "._pagination",
    "AsyncPaginator": "._pagination",
}
_SUBMODULES = ("errors", "webhooks")

__all__ = [
    "APIResponse",
    "AsyncEnlivy",
    "AsyncEnvoice",
    "AsyncFiskaly",
    "AsyncPaginator",
    "Enlivy",
    "Envoice",
    "Fiskaly",
    "Page",
    "Paginator",
    "__version__",
    "aiohttp_client",
    "errors",
    "webhooks",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'facade' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
