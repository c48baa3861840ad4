"""fiskaly management API: organizations, API keys, users and billing addresses.

Credentials are an API key and secret (``FISKALY_API_KEY`` / ``FISKALY_API_SECRET``); the
client trades them for short-lived tokens and renews those itself (``facade._auth``). The
clients are generated (``facade/resources/fiskaly_management.py``): nothing about this API
needs hand-written code.
"""

from __future__ import annotations

from .resources.fiskaly_management import DEFINITION, AsyncFiskaly, Fiskaly

__all__ = ["DEFINITION", "AsyncFiskaly", "Fiskaly"]
