"""The fiskaly management API's records and rules: tokens, organizations, API keys, users and
billing addresses, kept in the sandbox's store. Plain values in and out; a refused request
raises :class:`~facade.testing.core.Refusal`.

Tokens are HS256 JWTs signed with a key kept in the store (so they survive a restart on a
SQLite file). Each issued token is also recorded by its ``jti``: a token with a valid signature
is still refused when the sandbox does not know it, when it is past its expiry, or when
:meth:`FiskalyBackend.expire_tokens` / :meth:`FiskalyBackend.expire_refresh_tokens` was called
after it was issued.

Visibility: a token acts for the organization of its API key. It sees that organization and
every organization created under it (directly or further down), and the API keys, users and
billing addresses of those. Anything else answers 404, as the API does for resources the caller
cannot see.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..._spec import load_spec
from ..core import Context, Record, Refusal

ENV = "TEST"  # the sandbox is a test environment: new resources and tokens live in TEST
INTERNAL = "__internal"  # key of the record part never sent to clients
VAT_ID = re.compile(r"[A-Z]{2}[0-9]{2,13}")  # country prefix + digits: "looks valid" here

ORGANIZATION_ORDER = {
    "name", "id", "address_line1", "zip", "town", "display_name", "vat_id", "address_line2",
    "state", "tax_number", "economy_id",
}  # fmt: skip
API_KEY_ORDER = {"name", "status", "created_at"}
USER_ORDER = {"id", "email", "first_name", "last_name"}

# Request bodies may carry unknown properties (the spec allows them); only these are kept.
WRITABLE_SCHEMAS = (
    "OrganizationCreate", "OrganizationUpdate", "ApiKeyCreate", "ApiKeyUpdate", "UserInvite",
    "BillingAddressCreate", "BillingAddressUpdate",
)  # fmt: skip


@dataclass(frozen=True)
class Caller:
    """Who a valid access token speaks for."""

    organization_id: str
    api_key_id: str
    user_id: str  # recorded as ``created_by_user`` on what the caller creates


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def public(record: Record) -> Record:
    return {k: v for k, v in record.items() if k != INTERNAL}


def internal(record: Record) -> dict[str, Any]:
    value: dict[str, Any] = record.setdefault(INTERNAL, {})
    return value


def new_key_pair() -> tuple[str, str]:
    return f"test_{secrets.token_hex(12)}", secrets.token_urlsafe(32)


def _refused(status: int, message: str, code: str | None = None) -> Refusal:
    return Refusal(status, message, code=code)


def _number(raw: str | None, default: int, low: int, high: int | None, name: str) -> int:
    """A paging parameter (the spec checks these too; this keeps a non-validating sandbox safe)."""
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _refused(400, f"{name} must be an integer", "E_FAILED_SCHEMA_VALIDATION") from None
    if value < low or (high is not None and value > high):
        raise _refused(400, f"{name} is out of range", "E_FAILED_SCHEMA_VALIDATION")
    return value


def _list(kind: str, page: Iterable[Record], count: int) -> Record:
    return {"data": [public(item) for item in page], "count": count, "_type": kind}


class FiskalyBackend:
    """The state of one emulated fiskaly account tree, and what each operation does to it."""

    def __init__(self, ctx: Context, name: str) -> None:
        self.ctx = ctx
        self.name = name
        # Set from the seed (the same values after a restart on a SQLite file).
        self.user_id = ""
        self.signing_key = b""
        schemas = load_spec("fiskaly_management_client")["components"]["schemas"]
        self._writable = {
            schema: frozenset(schemas[schema].get("properties", {})) for schema in WRITABLE_SCHEMAS
        }

    # -- collections -------------------------------------------------------------------------

    def collection(self, name: str) -> str:
        return f"{self.name}.{name}"

    @property
    def config(self) -> str:
        return self.collection("config")

    @property
    def organizations(self) -> str:
        return self.collection("organizations")

    @property
    def api_keys(self) -> str:
        return self.collection("api_keys")

    @property
    def users(self) -> str:
        return self.collection("users")

    @property
    def memberships(self) -> str:
        return self.collection("memberships")

    @property
    def billing_addresses(self) -> str:
        return self.collection("billing_addresses")

    @property
    def access_tokens(self) -> str:
        return self.collection("access_tokens")

    @property
    def refresh_tokens(self) -> str:
        return self.collection("refresh_tokens")

    # -- tokens ------------------------------------------------------------------------------

    @property
    def tokens_issued(self) -> int:
        return self.ctx.store.count(self.access_tokens)

    def expire_tokens(self, kind: str) -> None:
        # Token serials only grow: every token issued before this number is cut off.
        cutoffs = self.ctx.store.get(self.config, "cutoffs") or {}
        cutoffs[kind] = self.ctx.store.next_number(self.collection("token_serial"))
        self.ctx.store.put(self.config, "cutoffs", cutoffs)

    def decode_token(self, token: str) -> dict[str, Any] | None:
        """The claims of a JWT signed by this sandbox, or None (bad form or signature).

        Says nothing about expiry: that is checked against the stored record."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = json.loads(b64decode(parts[0]))
            signature = b64decode(parts[2])
            claims = json.loads(b64decode(parts[1]))
        except (binascii.Error, ValueError):  # bad base64, bad UTF-8 or bad JSON
            return None
        if not isinstance(header, dict) or header.get("alg") != "HS256":
            return None  # only HS256: never trust an "alg" such as "none"
        expected = hmac.new(self.signing_key, f"{parts[0]}.{parts[1]}".encode(), "sha256")
        if not hmac.compare_digest(expected.digest(), signature):
            return None
        return claims if isinstance(claims, dict) else None

    def _sign(self, claims: dict[str, Any]) -> str:
        header = b64encode(_json_bytes({"alg": "HS256", "typ": "JWT"}))
        payload = b64encode(_json_bytes(claims))
        signature = hmac.new(self.signing_key, f"{header}.{payload}".encode(), "sha256")
        return f"{header}.{payload}.{b64encode(signature.digest())}"

    def _issue(self, key: Record) -> Record:
        store = self.ctx.store
        settings = self.ctx.settings
        access_lifetime = float(settings.get("access_token_lifetime", 300.0))
        refresh_lifetime = float(settings.get("refresh_token_lifetime", 3600.0))
        now = self.ctx.clock()
        organization_id = internal(key)["organization_id"]
        serial = store.next_number(self.collection("token_serial"))
        subject = {
            "organization_id": organization_id,
            "api_key_id": key["_id"],
            "user_id": key.get("created_by_user") or self.user_id,
            "serial": serial,
        }
        tokens: dict[str, Any] = {}
        for kind, lifetime, collection in (
            ("access", access_lifetime, self.access_tokens),
            ("refresh", refresh_lifetime, self.refresh_tokens),
        ):
            jti = str(uuid.uuid4())
            expires_at = now + lifetime
            claims = {
                "env": ENV,
                "organization_id": organization_id,
                "iat": int(now),
                "exp": int(expires_at),
                "jti": jti,
                "token_use": kind,
            }
            store.put(collection, jti, {**subject, "jti": jti, "expires_at": expires_at})
            tokens[f"{kind}_token"] = self._sign(claims)
            tokens[f"{kind}_token_expires_in"] = round(lifetime)
            tokens[f"{kind}_token_expires_at"] = int(expires_at)
        tokens["access_token_claims"] = {"env": ENV, "organization_id": organization_id}
        return tokens

    def token_record(self, token: str, kind: str) -> Record | None:
        """The stored record of a valid, unexpired token of this kind, else None."""
        claims = self.decode_token(token)
        if claims is None or claims.get("token_use") != kind:
            return None
        collection = self.access_tokens if kind == "access" else self.refresh_tokens
        record = self.ctx.store.get(collection, str(claims.get("jti")))
        if record is None or self.ctx.clock() >= float(record["expires_at"]):
            return None
        cutoffs = self.ctx.store.get(self.config, "cutoffs") or {}
        if int(record["serial"]) < int(cutoffs.get(kind, 0)):
            return None
        return record

    def caller(self, access_token: str) -> Caller | None:
        """Who a bearer token speaks for, or None when it is not a valid access token."""
        record = self.token_record(access_token, "access")
        if record is None:
            return None
        return Caller(record["organization_id"], record["api_key_id"], record["user_id"])

    def authenticate(self, body: dict[str, Any]) -> Record:
        """``POST /auth``: tokens for an API key and secret, or for a refresh token."""
        if "refresh_token" in body:
            record = self.token_record(str(body["refresh_token"]), "refresh")
            key = self.ctx.store.get(self.api_keys, record["api_key_id"]) if record else None
            if key is None or key.get("status") != "enabled":
                raise _refused(401, "the refresh token is invalid or has expired")
            return self._issue(key)
        api_key, api_secret = body.get("api_key"), body.get("api_secret")
        if not isinstance(api_key, str) or not isinstance(api_secret, str):
            raise _refused(400, "send api_key and api_secret, or refresh_token")
        found = self.ctx.store.find(self.api_keys, lambda k: k.get("key") == api_key)
        if not found or not hmac.compare_digest(
            internal(found[0])["secret_hash"], hash_secret(api_secret)
        ):
            raise _refused(401, "unknown API key or wrong secret")
        if found[0].get("status") != "enabled":
            raise _refused(401, "the API key is disabled")
        return self._issue(found[0])

    # -- shared rules ------------------------------------------------------------------------

    def pick(self, body: dict[str, Any], schema: str) -> dict[str, Any]:
        return {k: v for k, v in body.items() if k in self._writable[schema]}

    def visible_organizations(self, caller: Caller) -> dict[str, Record]:
        """The caller's organization and every organization created below it."""
        every = self.ctx.store.find(self.organizations)
        children: dict[str | None, list[Record]] = {}
        for organization in every:
            children.setdefault(internal(organization).get("parent"), []).append(organization)
        visible: dict[str, Record] = {}
        pending = [o for o in every if o["_id"] == caller.organization_id]
        while pending:
            organization = pending.pop()
            if organization["_id"] not in visible:
                visible[organization["_id"]] = organization
                pending.extend(children.get(organization["_id"], []))
        return visible

    def organization(self, caller: Caller, organization_id: str) -> Record:
        found = self.visible_organizations(caller).get(organization_id)
        if found is None:
            raise _refused(
                404, f"organization {organization_id} not found", "E_ORGANIZATION_NOT_FOUND"
            )
        return found

    @staticmethod
    def _page(
        query: Mapping[str, str],
        items: list[Record],
        order_fields: set[str],
        default_order: str,
        max_limit: int,
    ) -> tuple[list[Record], int]:
        """Sort and slice a list as the query asks; returns the page and the total."""
        order_by = query.get("order_by", default_order)
        order = query.get("order", "asc")
        if order_by not in order_fields or order not in ("asc", "desc"):
            raise _refused(400, "unsupported order_by or order", "E_FAILED_SCHEMA_VALIDATION")
        limit = _number(query.get("limit"), 100, 1, max_limit, "limit")
        offset = _number(query.get("offset"), 0, 0, None, "offset")
        field = "_id" if order_by == "id" else order_by

        def key(pair: tuple[int, Record]) -> tuple[int, Any, int]:
            index, item = pair
            value = item.get(field)
            if isinstance(value, str):
                value = value.casefold()
            # Missing values last; ties keep creation order (reversed with "desc").
            return (0, value, index) if value is not None else (1, "", index)

        ordered = [item for _, item in sorted(enumerate(items), key=key, reverse=order == "desc")]
        return ordered[offset : offset + limit], len(ordered)

    def _managing(self, caller: Caller, fields: dict[str, Any]) -> Any:
        managing = fields.get("managed_by_organization_id")
        if managing is not None and managing not in self.visible_organizations(caller):
            raise _refused(
                400, f"managing organization {managing} not found", "E_ORGANIZATION_NOT_FOUND"
            )
        return managing

    # -- organizations -----------------------------------------------------------------------

    def list_organizations(self, caller: Caller, query: Mapping[str, str]) -> Record:
        items = list(self.visible_organizations(caller).values())
        items.sort(key=lambda o: int(internal(o).get("seq", 0)))  # creation order for ties
        if "env" in query:
            items = [o for o in items if query["env"] in o.get("_envs", [])]
        if "type" in query:
            items = [o for o in items if o["_type"] == query["type"]]
        if "managed_by_organization_id" in query:
            managing = query["managed_by_organization_id"]
            items = [o for o in items if o.get("managed_by_organization_id") == managing]
        page, count = self._page(query, items, ORGANIZATION_ORDER, "name", 5000)
        return _list("ORGANIZATION_LIST", page, count)

    def create_organization(self, caller: Caller, body: dict[str, Any]) -> Record:
        fields = self.pick(body, "OrganizationCreate")
        managing = self._managing(caller, fields)
        organization_id = str(uuid.uuid4())
        record: Record = {
            "_id": organization_id,
            "_type": "MANAGED_ORGANIZATION" if managing else "ORGANIZATION",
            "_envs": [ENV],
            "metadata": {},
            **fields,
            "created_by_user": caller.user_id,
            INTERNAL: {
                "parent": managing or caller.organization_id,
                "seq": self.ctx.store.next_number(self.collection("organization_seq")),
            },
        }
        self.ctx.store.put(self.organizations, organization_id, record)
        return public(record)

    def retrieve_organization(self, caller: Caller, organization_id: str) -> Record:
        return public(self.organization(caller, organization_id))

    def update_organization(
        self, caller: Caller, organization_id: str, body: dict[str, Any]
    ) -> Record:
        record = self.organization(caller, organization_id)
        fields = self.pick(body, "OrganizationUpdate")
        managing = fields.pop(
            "managed_by_organization_id", record.get("managed_by_organization_id")
        )
        if managing != record.get("managed_by_organization_id"):
            # Only re-sending the current value is accepted (vendor changelog 0.6.1).
            raise _refused(400, "managed_by_organization_id cannot be changed")
        record.update(fields)
        self.ctx.store.put(self.organizations, record["_id"], record)
        return public(record)

    def delete_organization(self, caller: Caller, organization_id: str) -> Record:
        record = self.organization(caller, organization_id)
        if record["_id"] == caller.organization_id:
            raise _refused(403, "an organization cannot delete itself", "E_ACCESS_DENIED")
        store = self.ctx.store
        with store.transaction():
            parent = internal(record).get("parent")
            for child in store.find(
                self.organizations, lambda o: internal(o).get("parent") == record["_id"]
            ):
                internal(child)["parent"] = parent  # stays visible to whoever saw it before
                store.put(self.organizations, child["_id"], child)
            for key in store.find(
                self.api_keys, lambda k: internal(k)["organization_id"] == record["_id"]
            ):
                store.delete(self.api_keys, key["_id"])
            for membership in store.find(
                self.memberships, lambda m: m["organization_id"] == record["_id"]
            ):
                store.delete(self.memberships, f"{record['_id']}:{membership['user_id']}")
            store.delete(self.organizations, record["_id"])
        return {"_success": True}

    def enable_env(self, caller: Caller, organization_id: str, env: Any) -> Record:
        record = self.organization(caller, organization_id)
        if env not in ("TEST", "LIVE"):
            raise _refused(400, "env must be TEST or LIVE", "E_FAILED_SCHEMA_VALIDATION")
        if env not in record.setdefault("_envs", []):
            record["_envs"].append(env)
            self.ctx.store.put(self.organizations, record["_id"], record)
        return {"_success": True}

    # -- API keys ----------------------------------------------------------------------------

    def _keys_of(self, organization_id: str) -> list[Record]:
        return self.ctx.store.find(
            self.api_keys, lambda k: internal(k)["organization_id"] == organization_id
        )

    def _key(self, caller: Caller, organization_id: str, key_id: str) -> Record:
        organization = self.organization(caller, organization_id)
        key = self.ctx.store.get(self.api_keys, key_id)
        if key is None or internal(key)["organization_id"] != organization["_id"]:
            raise _refused(404, "API key not found", "E_API_KEY_NOT_FOUND")
        return key

    def list_api_keys(
        self, caller: Caller, organization_id: str, query: Mapping[str, str]
    ) -> Record:
        organization = self.organization(caller, organization_id)
        items = self._keys_of(organization["_id"])
        status = query.get("status")
        if status is not None:
            items = [k for k in items if k.get("status") == status]
        page, count = self._page(query, items, API_KEY_ORDER, "created_at", 100)
        return _list("API_KEY_LIST", page, count)

    def create_api_key(self, caller: Caller, organization_id: str, body: dict[str, Any]) -> Record:
        organization = self.organization(caller, organization_id)
        fields = self.pick(body, "ApiKeyCreate")
        managing = self._managing(caller, fields)
        if any(k.get("name") == fields.get("name") for k in self._keys_of(organization["_id"])):
            raise _refused(
                409, f"an API key named {fields.get('name')!r} already exists", "E_API_KEY_CONFLICT"
            )
        key_id = str(uuid.uuid4())
        api_key, api_secret = new_key_pair()
        record: Record = {
            "_id": key_id,
            "_type": "MANAGED_API_KEY" if managing else "API_KEY",
            "_envs": [ENV],
            "metadata": {},
            **fields,
            "key": api_key,
            "created_at": int(self.ctx.clock()),
            "created_by_user": caller.user_id,
            INTERNAL: {
                "organization_id": organization["_id"],
                "secret_hash": hash_secret(api_secret),
            },
        }
        self.ctx.store.put(self.api_keys, key_id, record)
        return {**public(record), "secret": api_secret}  # the only time it is shown

    def retrieve_api_key(self, caller: Caller, organization_id: str, key_id: str) -> Record:
        return public(self._key(caller, organization_id, key_id))

    def update_api_key(
        self, caller: Caller, organization_id: str, key_id: str, body: dict[str, Any]
    ) -> Record:
        record = self._key(caller, organization_id, key_id)
        record.update(self.pick(body, "ApiKeyUpdate"))
        self.ctx.store.put(self.api_keys, record["_id"], record)
        return public(record)

    # -- users -------------------------------------------------------------------------------

    def add_membership(self, organization_id: str, user_id: str) -> None:
        membership = {"organization_id": organization_id, "user_id": user_id}
        self.ctx.store.put(self.memberships, f"{organization_id}:{user_id}", membership)

    def _members(self, organization_id: str) -> list[Record]:
        memberships = self.ctx.store.find(
            self.memberships, lambda m: m["organization_id"] == organization_id
        )
        users = (self.ctx.store.get(self.users, m["user_id"]) for m in memberships)
        return [u for u in users if u is not None]

    def list_users(self, caller: Caller, organization_id: str, query: Mapping[str, str]) -> Record:
        organization = self.organization(caller, organization_id)
        items = self._members(organization["_id"])
        if "email" in query:
            items = [u for u in items if u.get("email", "").casefold() == query["email"].casefold()]
        for name in ("first_name", "last_name"):
            if name in query:
                items = [u for u in items if u.get(name) == query[name]]
        page, count = self._page(query, items, USER_ORDER, "email", 5000)
        return _list("USER_LIST", page, count)

    def invite_user(self, caller: Caller, organization_id: str, body: dict[str, Any]) -> Record:
        organization = self.organization(caller, organization_id)
        fields = self.pick(body, "UserInvite")
        email = str(fields.get("email", ""))
        # A person is one user across organizations; inviting adds a membership.
        known = self.ctx.store.find(self.users, lambda u: u["email"].casefold() == email.casefold())
        if known:
            user = known[0]
            member = self.ctx.store.get(self.memberships, f"{organization['_id']}:{user['_id']}")
            if member is not None:
                raise _refused(
                    409, f"{email} is already a user of this organization", "E_USER_CONFLICT"
                )
            for name in ("first_name", "last_name"):
                user.setdefault(name, fields.get(name))
            user = {k: v for k, v in user.items() if v is not None}
        else:
            user = {"_id": str(uuid.uuid4()), "_type": "USER", "_envs": [ENV], **fields}
        self.ctx.store.put(self.users, user["_id"], user)
        self.add_membership(organization["_id"], user["_id"])
        return public(user)

    def delete_user(self, caller: Caller, organization_id: str, user_id: str) -> Record:
        organization = self.organization(caller, organization_id)
        if not self.ctx.store.delete(self.memberships, f"{organization['_id']}:{user_id}"):
            raise _refused(404, "user not found in this organization", "E_USER_NOT_FOUND")
        return {"_success": True}

    # -- billing addresses -------------------------------------------------------------------

    @staticmethod
    def _with_vat_check(record: Record) -> Record:
        vat_id = record.get("vat_id")
        compact = re.sub(r"[\s.-]", "", vat_id).upper() if isinstance(vat_id, str) else ""
        record["vat_id_valid"] = bool(VAT_ID.fullmatch(compact))
        return record

    def _owner(self, caller: Caller, organization_id: Any) -> str:
        if organization_id is None:
            return caller.organization_id
        return str(self.organization(caller, str(organization_id))["_id"])

    def _address(self, caller: Caller, address_id: str) -> Record:
        record = self.ctx.store.get(self.billing_addresses, address_id)
        visible = self.visible_organizations(caller)
        if record is None or record.get("organization_id") not in visible:
            raise _refused(
                404, f"billing address {address_id} not found", "E_BILLING_ADDRESS_NOT_FOUND"
            )
        return record

    def list_billing_addresses(self, caller: Caller) -> Record:
        visible = self.visible_organizations(caller)
        items = self.ctx.store.find(
            self.billing_addresses, lambda a: a.get("organization_id") in visible
        )
        return _list("BILLING_ADDRESS_LIST", items, len(items))

    def create_billing_address(self, caller: Caller, body: dict[str, Any]) -> Record:
        fields = self.pick(body, "BillingAddressCreate")
        owner = self._owner(caller, fields.get("organization_id"))
        address_id = str(uuid.uuid4())
        record: Record = {
            "_id": address_id,
            "_type": "BILLING_ADDRESS",
            "_envs": [ENV],
            "metadata": {},
            **fields,
            "organization_id": owner,  # the caller's organization when none is given
        }
        self.ctx.store.put(self.billing_addresses, address_id, self._with_vat_check(record))
        return public(record)

    def retrieve_billing_address(self, caller: Caller, address_id: str) -> Record:
        return public(self._address(caller, address_id))

    def update_billing_address(
        self, caller: Caller, address_id: str, body: dict[str, Any]
    ) -> Record:
        record = self._address(caller, address_id)
        fields = self.pick(body, "BillingAddressUpdate")
        if "organization_id" in fields:
            fields["organization_id"] = self._owner(caller, fields["organization_id"])
        record.update(fields)
        self.ctx.store.put(self.billing_addresses, record["_id"], self._with_vat_check(record))
        return public(record)
