"""What a fresh fiskaly sandbox starts with: one organization, its user and an enabled API key,
plus the key that signs tokens.

Generated once and stored: a sandbox reopened on the same SQLite file finds the same
credentials (and accepts the tokens it issued before). Credentials asked for by name
(``FISKALY_API_KEY``, ``FISKALY_API_SECRET``) replace invented ones, also in a reopened file.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from ..core import Record, SeedIds
from .models import ENV, INTERNAL, FiskalyBackend, hash_secret, internal, new_key_pair

OWNER = {"email": "owner@sandbox.example", "first_name": "Sandbox", "last_name": "Owner"}
ORGANIZATION = {
    "name": "Sandbox Organization GmbH", "display_name": "Sandbox",
    "address_line1": "Sandboxstrasse 1", "zip": "10115", "town": "Berlin", "country_code": "DEU",
}  # fmt: skip
KEY_NAME = "sandbox-default"


def load(backend: FiskalyBackend, ids: SeedIds, credentials: Mapping[str, str]) -> Record:
    """The stored seed (created on first use), with the requested credentials applied."""
    store = backend.ctx.store
    with store.transaction():
        seeded = store.get(backend.config, "seed")
        if seeded is None:
            seeded = _create(backend, ids)
        wanted = (
            credentials.get("FISKALY_API_KEY", seeded["api_key"]),
            credentials.get("FISKALY_API_SECRET", seeded["api_secret"]),
        )
        if wanted != (seeded["api_key"], seeded["api_secret"]):
            seeded = _rekey(backend, seeded, *wanted)
    return seeded


def _create(backend: FiskalyBackend, ids: SeedIds) -> Record:
    store = backend.ctx.store
    now = int(backend.ctx.clock())
    organization_id, user_id, key_id = ids.uuid(), ids.uuid(), ids.uuid()
    api_key, api_secret = new_key_pair()
    store.put(backend.users, user_id, {"_id": user_id, "_type": "USER", "_envs": [ENV], **OWNER})
    store.put(backend.organizations, organization_id, {
        "_id": organization_id, "_type": "ORGANIZATION", "_envs": [ENV], **ORGANIZATION,
        "metadata": {}, "created_by_user": user_id, INTERNAL: {"parent": None},
    })  # fmt: skip
    backend.add_membership(organization_id, user_id)
    store.put(backend.api_keys, key_id, {
        "_id": key_id, "_type": "API_KEY", "_envs": [ENV], "key": api_key,
        "created_at": now, "created_by_user": user_id, "name": KEY_NAME,
        "status": "enabled", "metadata": {},
        INTERNAL: {"organization_id": organization_id, "secret_hash": hash_secret(api_secret)},
    })  # fmt: skip
    seeded = {
        "api_key": api_key,
        "api_secret": api_secret,
        "organization_id": organization_id,
        "user_id": user_id,
        "signing_key": secrets.token_hex(32),
    }
    store.put(backend.config, "seed", seeded)
    return seeded


def _rekey(backend: FiskalyBackend, seeded: Record, api_key: str, api_secret: str) -> Record:
    """Give the seeded API key the requested key and secret."""
    store = backend.ctx.store
    for record in store.find(backend.api_keys, lambda k: k.get("key") == seeded["api_key"]):
        record["key"] = api_key
        internal(record)["secret_hash"] = hash_secret(api_secret)
        store.put(backend.api_keys, record["_id"], record)
    seeded = {**seeded, "api_key": api_key, "api_secret": api_secret}
    store.put(backend.config, "seed", seeded)
    return seeded
