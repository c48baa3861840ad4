"""What a fresh Envoice sandbox starts with: one account (its credentials and e-mail addresses)
and no records; the reference data is in :mod:`.reference`.

Random credentials once, then kept in the store: a reopened SQLite file keeps them.
Credentials asked for by name (``ENVOICE_AUTH_KEY``, ``ENVOICE_AUTH_SECRET``) replace invented
ones, also in a reopened file.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from ..core import Record
from .models import EnvoiceBackend

ACCOUNT = {
    "Name": "Sandbox Studio",
    "Email": "owner@sandbox-studio.example",
    "AccountantEmail": "accountant@sandbox-studio.example",
}


def load(backend: EnvoiceBackend, credentials: Mapping[str, str]) -> Record:
    """The stored account (created on first use), with the requested credentials applied."""
    store = backend.ctx.store
    collection = backend.collection("account")
    with store.transaction():
        account = store.get(collection, "default")
        if account is None:
            account = store.put(
                collection,
                "default",
                {
                    "AuthKey": "ev_key_" + secrets.token_hex(12),
                    "AuthSecret": "ev_secret_" + secrets.token_hex(24),
                    **ACCOUNT,
                    "CreatedOn": backend.now(),
                },
            )
        wanted = {
            "AuthKey": credentials.get("ENVOICE_AUTH_KEY", account["AuthKey"]),
            "AuthSecret": credentials.get("ENVOICE_AUTH_SECRET", account["AuthSecret"]),
        }
        if any(account[name] != value for name, value in wanted.items()):
            account = store.put(collection, "default", {**account, **wanted})
    return account
