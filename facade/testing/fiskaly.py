"""The fiskaly management API emulator: tokens, organizations, API keys, users and billing
addresses, kept in the sandbox's store.

Tokens are HS256 JWTs signed with a key kept in the store (so they survive a restart on a
SQLite file). Each issued token is also recorded by its ``jti``: a token with a valid signature
is still refused when the sandbox does not know it, when it is past its expiry, or when
:meth:`FiskalyEmulator.expire_tokens` / :meth:`FiskalyEmulator.expire_refresh_tokens` was called
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
import http
import json
import re
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .._spec import load_spec
from ._app import Context, Emulator
from ._store import Record

Endpoint = Callable[[Request], Awaitable[Response]]

ENV = "TEST"  # the sandbox is a test environment: new resources and tokens live in TEST
INTERNAL = "__internal"  # key of the record part never sent to clients
_CREDENTIAL_VALUE = re.compile(r"""(['"](?:api_secret|refresh_token)['"]:\s*)(['"])[^'"]*\2""")
_REDACTED = r"\1'***'"
VAT_ID = re.compile(r"[A-Z]{2}[0-9]{2,13}")  # country prefix + digits: "looks valid" here

DEFAULT_CODES = {
    400: "E_BAD_REQUEST",
    401: "E_UNAUTHORIZED",
    403: "E_ACCESS_DENIED",
    404: "E_NOT_FOUND",
    409: "E_CONFLICT",
    429: "E_RATE_LIMIT_EXCEEDED",
}

ORGANIZATION_ORDER = {
    "name", "id", "address_line1", "zip", "town", "display_name", "vat_id", "address_line2",
    "state", "tax_number", "economy_id",
}  # fmt: skip
API_KEY_ORDER = {"name", "status", "created_at"}
USER_ORDER = {"id", "email", "first_name", "last_name"}


@dataclass(frozen=True)
class Caller:
    """Who a valid access token speaks for."""

    organization_id: str
    api_key_id: str
    user_id: str  # recorded as ``created_by_user`` on what the caller creates


class _Refusal(Exception):
    """A request the emulator answers with an error body (raised deep, answered at the top)."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode()


def _hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _public(record: Record) -> Record:
    return {k: v for k, v in record.items() if k != INTERNAL}


def _internal(record: Record) -> dict[str, Any]:
    value: dict[str, Any] = record.setdefault(INTERNAL, {})
    return value


def _ok(body: Any) -> Response:
    return JSONResponse(body, status_code=200)


class FiskalyEmulator(Emulator):
    """Stand-in for ``https://dashboard.fiskaly.com/api/v0``."""

    name = "fiskaly"
    package = "fiskaly_management_client"
    mount = "/fiskaly/api/v0"
    invalid_status = 400

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        # Filled by seed() from the store (the same values after a restart on a SQLite file).
        self.api_key = ""
        self.api_secret = ""
        self.organization_id = ""
        self.user_id = ""
        self._signing_key = b""
        schemas = load_spec(self.package)["components"]["schemas"]
        # Request bodies may carry unknown properties (the spec allows them); keep only these.
        self._writable = {
            name: frozenset(schemas[name].get("properties", {}))
            for name in (
                "OrganizationCreate", "OrganizationUpdate", "ApiKeyCreate", "ApiKeyUpdate",
                "UserInvite", "BillingAddressCreate", "BillingAddressUpdate",
            )
        }  # fmt: skip

    # -- collections -------------------------------------------------------------------------

    @property
    def _config(self) -> str:
        return self.collection("config")

    @property
    def _organizations(self) -> str:
        return self.collection("organizations")

    @property
    def _api_keys(self) -> str:
        return self.collection("api_keys")

    @property
    def _users(self) -> str:
        return self.collection("users")

    @property
    def _memberships(self) -> str:
        return self.collection("memberships")

    @property
    def _billing_addresses(self) -> str:
        return self.collection("billing_addresses")

    @property
    def _access_tokens(self) -> str:
        return self.collection("access_tokens")

    @property
    def _refresh_tokens(self) -> str:
        return self.collection("refresh_tokens")

    # -- Emulator interface ------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        secured = self._secured
        org = "/organizations/{organization_id}"
        return [
            Route("/auth", self._authenticate, methods=["POST"]),
            Route("/organizations", secured(self._list_organizations), methods=["GET"]),
            Route("/organizations", secured(self._create_organization), methods=["POST"]),
            Route(org, secured(self._retrieve_organization), methods=["GET"]),
            Route(org, secured(self._update_organization), methods=["PATCH"]),
            Route(org, secured(self._delete_organization), methods=["DELETE"]),
            Route(f"{org}/enable-env", secured(self._enable_env), methods=["POST"]),
            Route(f"{org}/api-keys", secured(self._list_api_keys), methods=["GET"]),
            Route(f"{org}/api-keys", secured(self._create_api_key), methods=["POST"]),
            Route(f"{org}/api-keys/{{key_id}}", secured(self._retrieve_api_key), methods=["GET"]),
            Route(f"{org}/api-keys/{{key_id}}", secured(self._update_api_key), methods=["PATCH"]),
            Route(f"{org}/users", secured(self._list_users), methods=["GET"]),
            Route(f"{org}/users", secured(self._invite_user), methods=["POST"]),
            Route(f"{org}/users/{{user_id}}", secured(self._delete_user), methods=["DELETE"]),
            Route("/billing-addresses", secured(self._list_billing_addresses), methods=["GET"]),
            Route("/billing-addresses", secured(self._create_billing_address), methods=["POST"]),
            Route(
                "/billing-addresses/{address_id}",
                secured(self._retrieve_billing_address),
                methods=["GET"],
            ),
            Route(
                "/billing-addresses/{address_id}",
                secured(self._update_billing_address),
                methods=["PATCH"],
            ),
        ]

    def error(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """fiskaly's error body: ``{status_code, error, code, message}``; field problems are
        spelled out in the message (the body has no field for them)."""
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = "Error"
        if fields:
            details = "; ".join(f"{name}: {', '.join(texts)}" for name, texts in fields.items())
            # Schema messages quote the rejected body: never echo a secret or token back.
            message = f"{message} ({_CREDENTIAL_VALUE.sub(_REDACTED, details)})"
        body = {
            "status_code": status,
            "error": reason,
            "code": code or DEFAULT_CODES.get(status, "E_INTERNAL_SERVER_ERROR"),
            "message": message,
        }
        return JSONResponse(body, status_code=status, headers=headers)

    def seed(self) -> None:
        """One organization, its user and an enabled API key, plus the token signing key.

        Generated once and stored: a sandbox reopened on the same SQLite file finds the same
        credentials (and accepts the tokens it issued before)."""
        with self.ctx.store.transaction():
            seeded = self.ctx.store.get(self._config, "seed")
            if seeded is None:
                seeded = self._create_seed()
        self.api_key = seeded["api_key"]
        self.api_secret = seeded["api_secret"]
        self.organization_id = seeded["organization_id"]
        self.user_id = seeded["user_id"]
        self._signing_key = bytes.fromhex(seeded["signing_key"])

    def _create_seed(self) -> Record:
        store = self.ctx.store
        now = int(self.ctx.clock())
        organization_id, user_id, key_id = self.new_id(), self.new_id(), self.new_id()
        api_key, api_secret = self._new_key_pair()
        store.put(self._users, user_id, {
            "_id": user_id, "_type": "USER", "_envs": [ENV], "email": "owner@sandbox.example",
            "first_name": "Sandbox", "last_name": "Owner",
        })  # fmt: skip
        store.put(self._organizations, organization_id, {
            "_id": organization_id, "_type": "ORGANIZATION", "_envs": [ENV],
            "name": "Sandbox Organization GmbH", "display_name": "Sandbox",
            "address_line1": "Sandboxstrasse 1", "zip": "10115", "town": "Berlin",
            "country_code": "DEU", "metadata": {}, "created_by_user": user_id,
            INTERNAL: {"parent": None},
        })  # fmt: skip
        self._add_membership(organization_id, user_id)
        store.put(self._api_keys, key_id, {
            "_id": key_id, "_type": "API_KEY", "_envs": [ENV], "key": api_key,
            "created_at": now, "created_by_user": user_id, "name": "sandbox-default",
            "status": "enabled", "metadata": {},
            INTERNAL: {"organization_id": organization_id, "secret_hash": _hash_secret(api_secret)},
        })  # fmt: skip
        seeded = {
            "api_key": api_key,
            "api_secret": api_secret,
            "organization_id": organization_id,
            "user_id": user_id,
            "signing_key": secrets.token_hex(32),
        }
        store.put(self._config, "seed", seeded)
        return seeded

    def expire_tokens(self) -> None:
        """Every access token issued so far counts as expired from now on."""
        self._set_cutoff("access")

    def expire_refresh_tokens(self) -> None:
        """Every refresh token issued so far counts as expired from now on."""
        self._set_cutoff("refresh")

    @property
    def tokens_issued(self) -> int:
        """How many times ``POST /auth`` handed out tokens (kept in the store)."""
        return self.ctx.store.count(self._access_tokens)

    @property
    def signing_key(self) -> bytes:
        """The HS256 key of this store's tokens (for tests that verify a token themselves)."""
        if not self._signing_key:
            self.seed()
        return self._signing_key

    def decode_token(self, token: str) -> dict[str, Any] | None:
        """The claims of a JWT signed by this sandbox, or None (bad form or signature).

        Says nothing about expiry: that is checked against the stored record."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        try:
            header = json.loads(_b64decode(parts[0]))
            signature = _b64decode(parts[2])
            claims = json.loads(_b64decode(parts[1]))
        except (binascii.Error, ValueError):  # bad base64, bad UTF-8 or bad JSON
            return None
        if not isinstance(header, dict) or header.get("alg") != "HS256":
            return None  # only HS256: never trust an "alg" such as "none"
        expected = hmac.new(self.signing_key, f"{parts[0]}.{parts[1]}".encode(), "sha256")
        if not hmac.compare_digest(expected.digest(), signature):
            return None
        return claims if isinstance(claims, dict) else None

    # -- tokens ------------------------------------------------------------------------------

    def _new_key_pair(self) -> tuple[str, str]:
        return f"test_{secrets.token_hex(12)}", secrets.token_urlsafe(32)

    def _set_cutoff(self, kind: str) -> None:
        # Token serials only grow: every token issued before this number is cut off.
        cutoffs = self.ctx.store.get(self._config, "cutoffs") or {}
        cutoffs[kind] = self.ctx.store.next_number(self.collection("token_serial"))
        self.ctx.store.put(self._config, "cutoffs", cutoffs)

    def _sign(self, claims: dict[str, Any]) -> str:
        header = _b64encode(_json_bytes({"alg": "HS256", "typ": "JWT"}))
        payload = _b64encode(_json_bytes(claims))
        signature = hmac.new(self.signing_key, f"{header}.{payload}".encode(), "sha256")
        return f"{header}.{payload}.{_b64encode(signature.digest())}"

    def _issue(self, key: Record) -> Response:
        store = self.ctx.store
        settings = self.ctx.settings
        access_lifetime = float(settings.get("access_token_lifetime", 300.0))
        refresh_lifetime = float(settings.get("refresh_token_lifetime", 3600.0))
        now = self.ctx.clock()
        organization_id = _internal(key)["organization_id"]
        serial = store.next_number(self.collection("token_serial"))
        subject = {
            "organization_id": organization_id,
            "api_key_id": key["_id"],
            "user_id": key.get("created_by_user") or self.user_id,
            "serial": serial,
        }
        tokens: dict[str, Any] = {}
        for kind, lifetime, collection in (
            ("access", access_lifetime, self._access_tokens),
            ("refresh", refresh_lifetime, self._refresh_tokens),
        ):
            jti = self.new_id()
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
        return _ok(tokens)

    def _token_record(self, token: str, kind: str) -> Record | None:
        """The stored record of a valid, unexpired token of this kind, else None."""
        claims = self.decode_token(token)
        if claims is None or claims.get("token_use") != kind:
            return None
        collection = self._access_tokens if kind == "access" else self._refresh_tokens
        record = self.ctx.store.get(collection, str(claims.get("jti")))
        if record is None or self.ctx.clock() >= float(record["expires_at"]):
            return None
        cutoffs = self.ctx.store.get(self._config, "cutoffs") or {}
        if int(record["serial"]) < int(cutoffs.get(kind, 0)):
            return None
        return record

    async def _authenticate(self, request: Request) -> Response:
        try:
            body = await self._object(request)
        except _Refusal as refusal:
            return self.error(refusal.status, refusal.message)
        if "refresh_token" in body:
            record = self._token_record(str(body["refresh_token"]), "refresh")
            key = self.ctx.store.get(self._api_keys, record["api_key_id"]) if record else None
            if key is None or key.get("status") != "enabled":
                return self.error(401, "the refresh token is invalid or has expired")
            return self._issue(key)
        api_key, api_secret = body.get("api_key"), body.get("api_secret")
        if not isinstance(api_key, str) or not isinstance(api_secret, str):
            return self.error(400, "send api_key and api_secret, or refresh_token")
        found = self.ctx.store.find(self._api_keys, lambda k: k.get("key") == api_key)
        if not found or not hmac.compare_digest(
            _internal(found[0])["secret_hash"], _hash_secret(api_secret)
        ):
            return self.error(401, "unknown API key or wrong secret")
        if found[0].get("status") != "enabled":
            return self.error(401, "the API key is disabled")
        return self._issue(found[0])

    def _secured(self, handler: Callable[[Request, Caller], Awaitable[Response]]) -> Endpoint:
        """Wrap a handler: check the bearer token first, answer refusals with error bodies."""

        async def endpoint(request: Request) -> Response:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            record = (
                self._token_record(token.strip(), "access") if scheme.lower() == "bearer" else None
            )
            if record is None:
                return self.error(401, "the access token is missing, invalid or expired")
            caller = Caller(record["organization_id"], record["api_key_id"], record["user_id"])
            try:
                return await handler(request, caller)
            except _Refusal as refusal:
                return self.error(refusal.status, refusal.message, code=refusal.code)

        return endpoint

    # -- helpers -----------------------------------------------------------------------------

    async def _object(self, request: Request) -> dict[str, Any]:
        """The JSON object in the body (the spec check already ran; this keeps a sandbox
        without validation from failing on garbage)."""
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            raise _Refusal(400, "the body is not valid JSON") from None
        if not isinstance(body, dict):
            raise _Refusal(400, "the body must be a JSON object")
        return body

    def _pick(self, body: dict[str, Any], schema: str) -> dict[str, Any]:
        return {k: v for k, v in body.items() if k in self._writable[schema]}

    def _visible_organizations(self, caller: Caller) -> dict[str, Record]:
        """The caller's organization and every organization created below it."""
        every = self.ctx.store.find(self._organizations)
        children: dict[str | None, list[Record]] = {}
        for organization in every:
            children.setdefault(_internal(organization).get("parent"), []).append(organization)
        visible: dict[str, Record] = {}
        pending = [o for o in every if o["_id"] == caller.organization_id]
        while pending:
            organization = pending.pop()
            if organization["_id"] not in visible:
                visible[organization["_id"]] = organization
                pending.extend(children.get(organization["_id"], []))
        return visible

    def _organization(self, caller: Caller, organization_id: str) -> Record:
        found = self._visible_organizations(caller).get(organization_id)
        if found is None:
            raise _Refusal(
                404, f"organization {organization_id} not found", "E_ORGANIZATION_NOT_FOUND"
            )
        return found

    def _page(
        self,
        request: Request,
        items: list[Record],
        order_fields: set[str],
        default_order: str,
        max_limit: int,
    ) -> tuple[list[Record], int]:
        """Sort and slice a list as the query asks; returns the page and the total."""
        query = request.query_params
        order_by = query.get("order_by", default_order)
        order = query.get("order", "asc")
        if order_by not in order_fields or order not in ("asc", "desc"):
            raise _Refusal(400, "unsupported order_by or order", "E_FAILED_SCHEMA_VALIDATION")
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

    @staticmethod
    def _list(kind: str, page: Iterable[Record], count: int) -> Response:
        return _ok({"data": [_public(item) for item in page], "count": count, "_type": kind})

    # -- organizations -----------------------------------------------------------------------

    async def _list_organizations(self, request: Request, caller: Caller) -> Response:
        query = request.query_params
        items = list(self._visible_organizations(caller).values())
        items.sort(key=lambda o: int(_internal(o).get("seq", 0)))  # creation order for ties
        if "env" in query:
            items = [o for o in items if query["env"] in o.get("_envs", [])]
        if "type" in query:
            items = [o for o in items if o["_type"] == query["type"]]
        if "managed_by_organization_id" in query:
            managing = query["managed_by_organization_id"]
            items = [o for o in items if o.get("managed_by_organization_id") == managing]
        page, count = self._page(request, items, ORGANIZATION_ORDER, "name", 5000)
        return self._list("ORGANIZATION_LIST", page, count)

    async def _create_organization(self, request: Request, caller: Caller) -> Response:
        fields = self._pick(await self._object(request), "OrganizationCreate")
        managing = fields.get("managed_by_organization_id")
        if managing is not None and managing not in self._visible_organizations(caller):
            raise _Refusal(
                400, f"managing organization {managing} not found", "E_ORGANIZATION_NOT_FOUND"
            )
        organization_id = self.new_id()
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
        self.ctx.store.put(self._organizations, organization_id, record)
        return _ok(_public(record))

    async def _retrieve_organization(self, request: Request, caller: Caller) -> Response:
        return _ok(_public(self._organization(caller, request.path_params["organization_id"])))

    async def _update_organization(self, request: Request, caller: Caller) -> Response:
        record = self._organization(caller, request.path_params["organization_id"])
        fields = self._pick(await self._object(request), "OrganizationUpdate")
        managing = fields.pop(
            "managed_by_organization_id", record.get("managed_by_organization_id")
        )
        if managing != record.get("managed_by_organization_id"):
            # Only re-sending the current value is accepted (vendor changelog 0.6.1).
            raise _Refusal(400, "managed_by_organization_id cannot be changed")
        record.update(fields)
        self.ctx.store.put(self._organizations, record["_id"], record)
        return _ok(_public(record))

    async def _delete_organization(self, request: Request, caller: Caller) -> Response:
        record = self._organization(caller, request.path_params["organization_id"])
        if record["_id"] == caller.organization_id:
            raise _Refusal(403, "an organization cannot delete itself", "E_ACCESS_DENIED")
        store = self.ctx.store
        with store.transaction():
            parent = _internal(record).get("parent")
            for child in store.find(
                self._organizations, lambda o: _internal(o).get("parent") == record["_id"]
            ):
                _internal(child)["parent"] = parent  # stays visible to whoever saw it before
                store.put(self._organizations, child["_id"], child)
            for key in store.find(
                self._api_keys, lambda k: _internal(k)["organization_id"] == record["_id"]
            ):
                store.delete(self._api_keys, key["_id"])
            for membership in store.find(
                self._memberships, lambda m: m["organization_id"] == record["_id"]
            ):
                store.delete(self._memberships, f"{record['_id']}:{membership['user_id']}")
            store.delete(self._organizations, record["_id"])
        return _ok({"_success": True})

    async def _enable_env(self, request: Request, caller: Caller) -> Response:
        record = self._organization(caller, request.path_params["organization_id"])
        env = (await self._object(request)).get("env")
        if env not in ("TEST", "LIVE"):
            raise _Refusal(400, "env must be TEST or LIVE", "E_FAILED_SCHEMA_VALIDATION")
        if env not in record.setdefault("_envs", []):
            record["_envs"].append(env)
            self.ctx.store.put(self._organizations, record["_id"], record)
        return _ok({"_success": True})

    # -- API keys ----------------------------------------------------------------------------

    def _keys_of(self, organization_id: str) -> list[Record]:
        return self.ctx.store.find(
            self._api_keys, lambda k: _internal(k)["organization_id"] == organization_id
        )

    def _key(self, caller: Caller, request: Request) -> Record:
        organization = self._organization(caller, request.path_params["organization_id"])
        key = self.ctx.store.get(self._api_keys, request.path_params["key_id"])
        if key is None or _internal(key)["organization_id"] != organization["_id"]:
            raise _Refusal(404, "API key not found", "E_API_KEY_NOT_FOUND")
        return key

    async def _list_api_keys(self, request: Request, caller: Caller) -> Response:
        organization = self._organization(caller, request.path_params["organization_id"])
        items = self._keys_of(organization["_id"])
        status = request.query_params.get("status")
        if status is not None:
            items = [k for k in items if k.get("status") == status]
        page, count = self._page(request, items, API_KEY_ORDER, "created_at", 100)
        return self._list("API_KEY_LIST", page, count)

    async def _create_api_key(self, request: Request, caller: Caller) -> Response:
        organization = self._organization(caller, request.path_params["organization_id"])
        fields = self._pick(await self._object(request), "ApiKeyCreate")
        managing = fields.get("managed_by_organization_id")
        if managing is not None and managing not in self._visible_organizations(caller):
            raise _Refusal(
                400, f"managing organization {managing} not found", "E_ORGANIZATION_NOT_FOUND"
            )
        if any(k.get("name") == fields.get("name") for k in self._keys_of(organization["_id"])):
            raise _Refusal(
                409, f"an API key named {fields.get('name')!r} already exists", "E_API_KEY_CONFLICT"
            )
        key_id = self.new_id()
        api_key, api_secret = self._new_key_pair()
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
                "secret_hash": _hash_secret(api_secret),
            },
        }
        self.ctx.store.put(self._api_keys, key_id, record)
        return _ok({**_public(record), "secret": api_secret})  # the only time it is shown

    async def _retrieve_api_key(self, request: Request, caller: Caller) -> Response:
        return _ok(_public(self._key(caller, request)))

    async def _update_api_key(self, request: Request, caller: Caller) -> Response:
        record = self._key(caller, request)
        record.update(self._pick(await self._object(request), "ApiKeyUpdate"))
        self.ctx.store.put(self._api_keys, record["_id"], record)
        return _ok(_public(record))

    # -- users -------------------------------------------------------------------------------

    def _add_membership(self, organization_id: str, user_id: str) -> None:
        membership = {"organization_id": organization_id, "user_id": user_id}
        self.ctx.store.put(self._memberships, f"{organization_id}:{user_id}", membership)

    def _members(self, organization_id: str) -> list[Record]:
        memberships = self.ctx.store.find(
            self._memberships, lambda m: m["organization_id"] == organization_id
        )
        users = (self.ctx.store.get(self._users, m["user_id"]) for m in memberships)
        return [u for u in users if u is not None]

    async def _list_users(self, request: Request, caller: Caller) -> Response:
        organization = self._organization(caller, request.path_params["organization_id"])
        items = self._members(organization["_id"])
        query = request.query_params
        if "email" in query:
            items = [u for u in items if u.get("email", "").casefold() == query["email"].casefold()]
        for name in ("first_name", "last_name"):
            if name in query:
                items = [u for u in items if u.get(name) == query[name]]
        page, count = self._page(request, items, USER_ORDER, "email", 5000)
        return self._list("USER_LIST", page, count)

    async def _invite_user(self, request: Request, caller: Caller) -> Response:
        organization = self._organization(caller, request.path_params["organization_id"])
        fields = self._pick(await self._object(request), "UserInvite")
        email = str(fields.get("email", ""))
        # A person is one user across organizations; inviting adds a membership.
        known = self.ctx.store.find(
            self._users, lambda u: u["email"].casefold() == email.casefold()
        )
        if known:
            user = known[0]
            member = self.ctx.store.get(self._memberships, f"{organization['_id']}:{user['_id']}")
            if member is not None:
                raise _Refusal(
                    409, f"{email} is already a user of this organization", "E_USER_CONFLICT"
                )
            for name in ("first_name", "last_name"):
                user.setdefault(name, fields.get(name))
            user = {k: v for k, v in user.items() if v is not None}
        else:
            user = {"_id": self.new_id(), "_type": "USER", "_envs": [ENV], **fields}
        self.ctx.store.put(self._users, user["_id"], user)
        self._add_membership(organization["_id"], user["_id"])
        return _ok(_public(user))

    async def _delete_user(self, request: Request, caller: Caller) -> Response:
        organization = self._organization(caller, request.path_params["organization_id"])
        membership_id = f"{organization['_id']}:{request.path_params['user_id']}"
        if not self.ctx.store.delete(self._memberships, membership_id):
            raise _Refusal(404, "user not found in this organization", "E_USER_NOT_FOUND")
        return _ok({"_success": True})

    # -- billing addresses -------------------------------------------------------------------

    def _with_vat_check(self, record: Record) -> Record:
        vat_id = record.get("vat_id")
        compact = re.sub(r"[\s.-]", "", vat_id).upper() if isinstance(vat_id, str) else ""
        record["vat_id_valid"] = bool(VAT_ID.fullmatch(compact))
        return record

    def _owner(self, caller: Caller, organization_id: Any) -> str:
        if organization_id is None:
            return caller.organization_id
        return str(self._organization(caller, str(organization_id))["_id"])

    def _address(self, caller: Caller, address_id: str) -> Record:
        record = self.ctx.store.get(self._billing_addresses, address_id)
        visible = self._visible_organizations(caller)
        if record is None or record.get("organization_id") not in visible:
            raise _Refusal(
                404, f"billing address {address_id} not found", "E_BILLING_ADDRESS_NOT_FOUND"
            )
        return record

    async def _list_billing_addresses(self, request: Request, caller: Caller) -> Response:
        visible = self._visible_organizations(caller)
        items = self.ctx.store.find(
            self._billing_addresses, lambda a: a.get("organization_id") in visible
        )
        return self._list("BILLING_ADDRESS_LIST", items, len(items))

    async def _create_billing_address(self, request: Request, caller: Caller) -> Response:
        fields = self._pick(await self._object(request), "BillingAddressCreate")
        owner = self._owner(caller, fields.get("organization_id"))
        address_id = self.new_id()
        record: Record = {
            "_id": address_id,
            "_type": "BILLING_ADDRESS",
            "_envs": [ENV],
            "metadata": {},
            **fields,
            "organization_id": owner,  # the caller's organization when none is given
        }
        self.ctx.store.put(self._billing_addresses, address_id, self._with_vat_check(record))
        return _ok(_public(record))

    async def _retrieve_billing_address(self, request: Request, caller: Caller) -> Response:
        return _ok(_public(self._address(caller, request.path_params["address_id"])))

    async def _update_billing_address(self, request: Request, caller: Caller) -> Response:
        record = self._address(caller, request.path_params["address_id"])
        fields = self._pick(await self._object(request), "BillingAddressUpdate")
        if "organization_id" in fields:
            fields["organization_id"] = self._owner(caller, fields["organization_id"])
        record.update(fields)
        self.ctx.store.put(self._billing_addresses, record["_id"], self._with_vat_check(record))
        return _ok(_public(record))


def _number(raw: str | None, default: int, low: int, high: int | None, name: str) -> int:
    """A paging parameter (the spec checks these too; this keeps a non-validating sandbox safe)."""
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _Refusal(400, f"{name} must be an integer", "E_FAILED_SCHEMA_VALIDATION") from None
    if value < low or (high is not None and value > high):
        raise _Refusal(400, f"{name} is out of range", "E_FAILED_SCHEMA_VALIDATION")
    return value
