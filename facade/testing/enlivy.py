"""The Enlivy emulator: organizations and their invoicing records, behind bearer tokens.

Seeded on first start (and kept when the store is a SQLite file that is reused): one account
that can log in and owns one organization, an API token, two organization user roles (one whose
users can be invoiced, one whose users can issue invoices), a customer and a staff member, a bank
account, a standard invoice prefix, a VAT tax class with a 19 % rate, and a product. A second
organization owned by another account exists so that access to a foreign organization can be
tried (403).

Seeded values, as attributes (``Sandbox.client_kwargs("enlivy")`` reads ``token`` and
``organization_id``):

``email``, ``password``           the account that can log in
``token``                         its API token (``<id>|<secret>``)
``organization_id``               its organization
``other_organization_id``         an organization the account does not belong to
``customer_id``                   an organization user who can be invoiced
``staff_user_id``                 an organization user who can issue invoices but not receive them
``customer_role_id``, ``staff_role_id``   the two organization user roles
``bank_account_id``, ``invoice_prefix_id``, ``tax_class_id``, ``tax_rate_id``, ``product_id``

Business rules the spec cannot express are implemented here: soft delete and the ``deleted``
filter, paging with ``meta.pagination`` (and ``meta.navigation`` on ``include_meta=navigation``),
``include`` embedding, reference checks (422 with field errors), invoice totals computed from the
line items and their tax classes, invoice numbers taken from the prefix, and ``Idempotency-Key``
replays on POST.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .._spec import load_spec
from ._app import Context, Emulator, json_body
from ._store import Record

Handler = Callable[[Request], Awaitable[Response]]
Fields = dict[str, list[str]]

DEFAULT_PER_PAGE = 30
MAX_PER_PAGE = 50
MAX_IDEMPOTENCY_KEY = 255
MAX_AMOUNT = 1e12  # larger quantities, prices and totals are refused (keeps the sums finite)
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_KSUID_EPOCH = 1_400_000_000


class _Problem(Exception):
    """Raised anywhere in a handler; becomes the API's error response."""

    def __init__(self, status: int, message: str, fields: Fields | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields


class _Errors:
    """Field errors collected while checking a request body (422 when any)."""

    def __init__(self) -> None:
        self.fields: Fields = {}

    def add(self, name: str, message: str) -> None:
        self.fields.setdefault(name, []).append(message)

    def raise_any(self) -> None:
        if self.fields:
            raise _Problem(422, _summary(self.fields), self.fields)


def _summary(fields: Fields) -> str:
    """One line for ``message``: the first problem, and how many more there are."""
    messages = [m for ms in fields.values() for m in ms]
    if not messages:
        return "The given data was invalid."
    more = len(messages) - 1
    return messages[0] + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")


@dataclass(frozen=True)
class _Kind:
    """One organization-scoped resource: its URLs, ids and list options."""

    key: str  # collection name
    segment: str  # URL segment under /organizations/{organization_id}/
    param: str  # path parameter of the single-record URLs
    prefix: str  # id prefix
    object: str  # value of the ``object`` field
    label: str  # for messages
    update_schema: str  # spec schema listing the writable fields
    defaults: dict[str, Any]  # public fields a new record starts with
    includes: frozenset[str]  # accepted ``include`` names
    filters: dict[str, str] = field(default_factory=dict)  # query parameter -> record field


def _kind(
    key: str,
    segment: str,
    param: str,
    prefix: str,
    obj: str,
    schema: str,
    defaults: dict[str, Any],
    includes: Iterable[str],
    filters: dict[str, str] | None = None,
) -> _Kind:
    return _Kind(
        key,
        segment,
        param,
        prefix,
        obj,
        obj.replace("_", " "),
        schema,
        defaults,
        frozenset(includes),
        filters or {},
    )


INVOICE_DEFAULTS: dict[str, Any] = {
    "organization_invoice_id": None,
    "organization_bank_account_id": None,
    "organization_invoice_prefix_id": None,
    "organization_sender_user_id": None,
    "organization_receiver_user_id": None,
    "organization_receiver_user_address_id": None,
    "organization_receiver_shipping_user_address_id": None,
    "organization_contract_id": None,
    "number": None,
    "will_number_be_auto_assigned": False,
    "formatted_number": "",
    "status": "draft",
    "source": "internal",
    "type": "standard",
    "direction": "outbound",
    "payment_method": None,
    "delivery_method": None,
    "delivery_method_information": None,
    "currency": "EUR",
    "sub_total": 0.0,
    "discount": 0.0,
    "tax_total": 0.0,
    "total": 0.0,
    "issued_at": None,
    "due_at": None,
    "paid_at": None,
    "finalized_at": None,
    "note_lang_map": None,
    "peppol_project_reference": None,
    "peppol_purchase_order_reference": None,
    "peppol_sales_order_reference": None,
    "peppol_exchange_push_options": None,
    "peppol_exchange_scheduled_push_at": None,
    "peppol_exchange_scheduled_pushed_at": None,
    "peppol_exchanges_pushed": None,
    "receiver_has_custom_identity": False,
    "receiver_custom_identity_is_business": None,
    "receiver_custom_identity_organization_type": None,
    "receiver_custom_identity_name": None,
    "receiver_information": None,
    "receiver_organization_information": None,
    "receiver_country_code": None,
    "sender_has_custom_identity": False,
    "sender_custom_identity_is_business": None,
    "sender_custom_identity_organization_type": None,
    "sender_custom_identity_name": None,
    "sender_information": None,
    "sender_organization_information": None,
    "sender_country_code": None,
    "is_tax_charged": False,
    "is_downloadable": True,
    "file_extension": None,
    "bank_account_payment_qr_types": None,
    "organization_user_payment_method_id": None,
    "payment_provider_reference": None,
}

INVOICES = _kind(
    "invoices",
    "invoices",
    "invoice_id",
    "org_inv",
    "invoice",
    "InvoiceUpdate",
    INVOICE_DEFAULTS,
    [
        "bank_account",
        "invoice_prefix",
        "sender_user",
        "receiver_user",
        "receiver_user_address",
        "line_items",
        "receipts",
        "deleted_by_user",
        "party_locales",
        "tag_ids",
        "taxes",
        "last_peppol_exchange",
        "contract",
        "charge_logs",
        "latest_charge_log",
        "reversal_invoices",
        "parent_invoice",
        "organization_tasks",
    ],
    {
        "status": "status",
        "direction": "direction",
        "currency": "currency",
        "organization_receiver_user_id": "organization_receiver_user_id",
    },
)
INVOICE_PREFIXES = _kind(
    "invoice_prefixes",
    "invoice-prefixes",
    "invoice_prefix_id",
    "org_inv_prefix",
    "invoice_prefix",
    "InvoicePrefixUpdate",
    {
        "name": "",
        "alias": "",
        "description": None,
        "type": "standard",
        "current_number": 0,
        "custom_logo_file_id": None,
    },
    ["organization", "deleted_by_user", "custom_logo"],
    {"type": "type"},
)
ORGANIZATION_USERS = _kind(
    "organization_users",
    "users",
    "organization_user_id",
    "org_user",
    "organization_user",
    "OrganizationUserUpdate",
    {
        "organization_user_role_id": "",
        "is_business_entity": False,
        "first_name": None,
        "last_name": None,
        "name": None,
        "organization_type": None,
        "organization_information": None,
        "information": None,
        "email": None,
        "phone_number": None,
        "phone_number_country_code": None,
        "country_code": "",
        "address_line_1": None,
        "address_line_2": None,
        "address_city": None,
        "address_county": None,
        "address_state": None,
        "address_zip_code": None,
        "address_iso_3166": None,
        "locale": None,
        "timezone": None,
        "birthdate": None,
        "avatar_url": None,
        "payment_stripe_customer_id": None,
        "payment_stripe_customer_ids": None,
    },
    [
        "organization",
        "user_role",
        "deleted_by_user",
        "tag_ids",
        "primary_bank_account",
        "bank_accounts",
    ],
)
PRODUCTS = _kind(
    "products",
    "products",
    "product_id",
    "org_prod",
    "product",
    "ProductUpdate",
    {
        "type": "service",
        "alias": None,
        "name_lang_map": None,
        "description_lang_map": None,
        "unit_lang_map": None,
        "description": None,
        "organization_tax_class_id": None,
        "price_map": {},
        "primary_currency": None,
        "price_is_tax_inclusive": False,
        "invoice_schema_map": None,
        "stripe_product_id_list": None,
        "ean_number": None,
        "upc_number": None,
        "is_sold": True,
    },
    ["organization", "deleted_by_user", "tag_ids", "tax_class"],
)
TAX_CLASSES = _kind(
    "tax_classes",
    "tax-classes",
    "tax_class_id",
    "org_tax_class",
    "tax_class",
    "TaxClassUpdate",
    {
        "name_lang_map": None,
        "description_lang_map": None,
        "display_name": None,
        "display_name_lang_map": None,
        "tax_category": None,
    },
    ["organization", "tax_rates_overview"],
)
TAX_RATES = _kind(
    "tax_rates",
    "tax-rates",
    "tax_rate_id",
    "org_tax_rate",
    "tax_rate",
    "TaxRateUpdate",
    {
        "organization_tax_class_id": "",
        "name": None,
        "name_lang_map": None,
        "rate": 0.0,
        "has_eu_vat_properties": False,
        "is_compound": False,
        "is_inclusive": False,
        "eu_vat_class": None,
        "is_vat_exempt": False,
        "vatex_code": None,
        "is_business_entity": None,
        "is_eu_vat_registered": None,
        "priority": 0,
        "has_locations": False,
    },
    ["organization", "organization_tax_class", "locations"],
    {"organization_tax_class_id": "organization_tax_class_id"},
)
BANK_ACCOUNTS = _kind(
    "bank_accounts",
    "bank-accounts",
    "bank_account_id",
    "org_bank_acc",
    "bank_account",
    "BankAccountUpdate",
    {
        "type": "standard",
        "name": "",
        "currency": "EUR",
        "bank_name": None,
        "bank_address": None,
        "bank_country_code": None,
        "account_information": {},
        "balance": None,
        "payment_qr_types": None,
    },
    ["organization", "deleted_by_user", "tag_ids", "bank_account_data_account_detail"],
)
TAGS = _kind(
    "tags",
    "tags",
    "tag_id",
    "org_tag",
    "tag",
    "TagUpdate",
    {"alias": "", "description": None, "rgba_color_code": None},
    ["organization", "deleted_by_user"],
)
KINDS = (
    INVOICES,
    INVOICE_PREFIXES,
    ORGANIZATION_USERS,
    PRODUCTS,
    TAX_CLASSES,
    TAX_RATES,
    BANK_ACCOUNTS,
    TAGS,
)

ORGANIZATION_DEFAULTS: dict[str, Any] = {
    "user_id": "",
    "organization_id": None,
    "environment": "live",
    "name": "",
    "slug": "",
    "type": "srl",
    "country_code": "RO",
    "timezone": "Europe/Bucharest",
    "locale": "en",
    "locale_list": [],
    "address_line_1": "",
    "address_line_2": None,
    "address_city": "",
    "address_county": "",
    "address_state": "",
    "address_iso_3166": "RO",
    "address_zip_code": "",
    "feature_list": ["stripe"],
    "membership_plan": "elite",
    "user_abilities": [],
    "membership_features": [],
    "customer_portal_base_url": "",
}
ORGANIZATIONS = _kind(
    "organizations",
    "",
    "organization_id",
    "org",
    "organization",
    "",
    ORGANIZATION_DEFAULTS,
    [
        "schema",
        "user_abilities",
        "settings",
        "deleted_by_user",
        "remaining_credits",
        "credits",
        "branding_icon",
        "branding_logo",
        "membership_features",
    ],
)

# ``include`` names embedded as {"data": <record>}: relation -> (kind, field holding the id).
RELATIONS: dict[str, dict[str, tuple[_Kind, str]]] = {
    "invoices": {
        "bank_account": (BANK_ACCOUNTS, "organization_bank_account_id"),
        "invoice_prefix": (INVOICE_PREFIXES, "organization_invoice_prefix_id"),
        "sender_user": (ORGANIZATION_USERS, "organization_sender_user_id"),
        "receiver_user": (ORGANIZATION_USERS, "organization_receiver_user_id"),
    },
    "products": {"tax_class": (TAX_CLASSES, "organization_tax_class_id")},
    "tax_rates": {"organization_tax_class": (TAX_CLASSES, "organization_tax_class_id")},
}
INCLUDE_META = frozenset({"navigation", "totals"})


def _ksuid(now: float) -> str:
    """A KSUID-shaped token: 27 base62 characters, time-ordered by their first part."""
    raw = int(max(now - _KSUID_EPOCH, 0)).to_bytes(4, "big") + os.urandom(16)
    number = int.from_bytes(raw, "big")
    chars = []
    while number:
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "".join(reversed(chars)).rjust(27, "0")


def _password_hash(password: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()


def _money(value: float) -> float:
    """Rounded to cents, always a float (``+ 0.0`` also turns -0.0 into 0.0)."""
    return round(value + 0.0, 2)


def _public(doc: Record) -> Record:
    """A stored record without the fields only the emulator uses (named ``_...``)."""
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _parse_datetime(value: str) -> datetime | None:
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _searchable(value: Any) -> Iterable[str]:
    """The texts ``q=`` searches: string values, but not identifiers (a random id contains a
    short term now and then, ignoring case: a test once found "RON" in "...HrOn")."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key != "id" and not key.endswith("_id"):
                yield from _searchable(inner)


@dataclass
class _Call:
    """Who is calling, in which organization, asking for which relations."""

    account: Record
    organization: Record
    includes: frozenset[str] = frozenset()


class EnlivyEmulator(Emulator):
    """Stand-in for ``https://api.enlivy.com`` (spec: ``enlivy_client``)."""

    name = "enlivy"
    package = "enlivy_client"
    mount = "/enlivy"
    invalid_status = 422

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.email = ""
        self.password = ""
        self.token = ""
        self.organization_id = ""
        self.other_organization_id = ""
        self.customer_id = ""
        self.staff_user_id = ""
        self.customer_role_id = ""
        self.staff_role_id = ""
        self.bank_account_id = ""
        self.invoice_prefix_id = ""
        self.tax_class_id = ""
        self.tax_rate_id = ""
        self.product_id = ""

    # -- framework hooks -------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = [
            Route("/authentication/login", self._endpoint(self._login), methods=["POST"]),
            Route("/organizations", self._endpoint(self._list_organizations), methods=["GET"]),
            Route(
                "/organizations/{organization_id}",
                self._endpoint(self._get_organization),
                methods=["GET"],
            ),
        ]
        for kind in KINDS:
            base = f"/organizations/{{organization_id}}/{kind.segment}"
            one = f"{base}/{{{kind.param}}}"
            routes += [
                Route(base, self._endpoint(functools.partial(self._list, kind)), methods=["GET"]),
                Route(
                    base, self._endpoint(functools.partial(self._create, kind)), methods=["POST"]
                ),
                Route(one, self._endpoint(functools.partial(self._get, kind)), methods=["GET"]),
                Route(one, self._endpoint(functools.partial(self._update, kind)), methods=["PUT"]),
                Route(
                    one, self._endpoint(functools.partial(self._delete, kind)), methods=["DELETE"]
                ),
            ]
        return routes

    def error(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        body: dict[str, Any] = {"message": message}
        # A 422 always carries ``errors`` (the spec requires it), even when no field is named.
        if status == 422 or fields:
            body["errors"] = fields or {}
        return JSONResponse(body, status_code=status, headers=headers)

    def seed(self) -> None:
        stored = self.ctx.store.get(self.collection("sandbox"), "seed")
        if stored is None:
            with self.ctx.store.transaction():
                stored = self._create_seed()
        for name, value in stored.items():
            setattr(self, name, value)

    # -- seeding -------------------------------------------------------------------------------

    def _create_seed(self) -> Record:
        store = self.ctx.store
        owner = self._account("owner@example.com", secrets.token_urlsafe(12), "Sandbox", "Owner")
        stranger = self._account("other@example.com", secrets.token_urlsafe(12), "Other", "Owner")
        org = self._seed_organization(owner, "Sandbox Trading SRL", "sandbox-trading")
        other = self._seed_organization(stranger, "Elsewhere Consulting SRL", "elsewhere")
        token = self._issue_token(owner["id"], "sandbox seed token")
        org_id = org["id"]
        customer_role = self._seed_role(org_id, "Customer", invoiced=True, invoicing=False)
        staff_role = self._seed_role(org_id, "Staff", invoiced=False, invoicing=True)
        self._seed_role(other["id"], "Customer", invoiced=True, invoicing=False)
        customer = self._seed_record(
            ORGANIZATION_USERS,
            org_id,
            {
                "organization_user_role_id": customer_role,
                "is_business_entity": True,
                "name": "ACME Client SRL",
                "organization_type": "srl",
                "email": "billing@acme.example",
                "country_code": "RO",
                "address_line_1": "Strada Exemplu 1",
                "address_city": "Cluj",
                "address_zip_code": "400001",
                "locale": "en",
            },
        )
        staff = self._seed_record(
            ORGANIZATION_USERS,
            org_id,
            {
                "organization_user_role_id": staff_role,
                "first_name": "Ana",
                "last_name": "Pop",
                "email": "ana.pop@sandbox.example",
                "country_code": "RO",
                "locale": "en",
            },
        )
        bank = self._seed_record(
            BANK_ACCOUNTS,
            org_id,
            {
                "name": "Main EUR account",
                "currency": "EUR",
                "bank_name": "Sandbox Bank",
                "bank_address": "Piata Unirii 1, Bucharest",
                "bank_country_code": "RO",
                "account_information": {"iban": "RO49AAAA1B31007593840000", "swift": "AAAAROBU"},
            },
        )
        prefix = self._seed_record(
            INVOICE_PREFIXES,
            org_id,
            {
                "name": "Standard invoices",
                "alias": "SBX",
                "type": "standard",
                "current_number": 0,
                "_padding": 4,
            },
        )
        tax_class = self._seed_record(
            TAX_CLASSES,
            org_id,
            {
                "name_lang_map": {"en": "Standard VAT"},
                "display_name": "VAT",
                "display_name_lang_map": {"en": "VAT"},
                "tax_category": "S",
            },
        )
        tax_rate = self._seed_record(
            TAX_RATES,
            org_id,
            {
                "organization_tax_class_id": tax_class,
                "name": "VAT 19%",
                "name_lang_map": {"en": "VAT 19%"},
                "rate": 19.0,
                "has_eu_vat_properties": True,
                "eu_vat_class": "standard",
                "_locations": [],
            },
        )
        product = self._seed_record(
            PRODUCTS,
            org_id,
            {
                "type": "service",
                "alias": "CONSULT",
                "name_lang_map": {"en": "Consulting hour"},
                "unit_lang_map": {"en": "hour"},
                "organization_tax_class_id": tax_class,
                "price_map": {"EUR": 100.0, "RON": 500.0},
                "primary_currency": "EUR",
            },
        )
        seed = {
            "email": owner["email"],
            "password": owner["_password"],
            "token": token,
            "organization_id": org_id,
            "other_organization_id": other["id"],
            "customer_id": customer,
            "staff_user_id": staff,
            "customer_role_id": customer_role,
            "staff_role_id": staff_role,
            "bank_account_id": bank,
            "invoice_prefix_id": prefix,
            "tax_class_id": tax_class,
            "tax_rate_id": tax_rate,
            "product_id": product,
        }
        store.put(self.collection("sandbox"), "seed", seed)
        return seed

    def _account(self, email: str, password: str, first: str, last: str) -> Record:
        salt = secrets.token_hex(8)
        account: Record = {
            "id": self._new_id("user"),
            "email": email,
            "first_name": first,
            "last_name": last,
            "_salt": salt,
            "_password_hash": _password_hash(password, salt),
            # Kept so the sandbox can hand the seeded password out again after a restart.
            "_password": password,
        }
        self.ctx.store.put(self.collection("accounts"), account["id"], account)
        return account

    def _seed_organization(self, owner: Record, name: str, slug: str) -> Record:
        now = self._now()
        org = {
            **ORGANIZATION_DEFAULTS,
            "id": self._new_id("org"),
            "user_id": owner["id"],
            "name": name,
            "slug": slug,
            "locale_list": ["ro"],
            "address_line_1": "Bulevardul Exemplu 10",
            "address_city": "Bucharest",
            "address_county": "Bucharest",
            "address_state": "Bucharest",
            "address_zip_code": "010101",
            "customer_portal_base_url": f"https://portal.enlivy.example/{slug}",
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "_member_ids": [owner["id"]],
        }
        self.ctx.store.put(self.collection("organizations"), org["id"], org)
        return org

    def _seed_role(self, org_id: str, name: str, *, invoiced: bool, invoicing: bool) -> str:
        role: Record = {
            "id": self._new_id("org_user_role"),
            "organization_id": org_id,
            "name": name,
            "can_be_invoiced": invoiced,
            "can_be_invoicing": invoicing,
        }
        self.ctx.store.put(self.collection("roles"), role["id"], role)
        return str(role["id"])

    def _seed_record(self, kind: _Kind, org_id: str, values: Record) -> str:
        doc = self._stamp(kind, org_id, {**kind.defaults, **values})
        self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return str(doc["id"])

    # -- helpers -------------------------------------------------------------------------------

    def _now(self) -> str:
        moment = datetime.fromtimestamp(self.ctx.clock(), UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{_ksuid(self.ctx.clock())}"

    def _stamp(self, kind: _Kind, org_id: str, doc: Record) -> Record:
        now = self._now()
        return {
            "id": doc.get("id") or self._new_id(kind.prefix),
            "object": kind.object,
            "organization_id": org_id,
            **doc,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "deleted_by_user_id": None,
        }

    def _issue_token(self, user_id: str, name: str, *, remember: bool = False) -> str:
        number = self.ctx.store.next_number(self.collection("token_ids"))
        token = f"{number}|{secrets.token_hex(20)}"
        record: Record = {
            "id": f"pat_{number}",
            "user_id": user_id,
            "name": name,
            "remember": remember,
            "created_at": self._now(),
        }
        # Stored under a digest of the token: the secret itself is never kept.
        self.ctx.store.put(self.collection("tokens"), _digest(token), record)
        return token

    @functools.cached_property
    def _writable(self) -> dict[str, frozenset[str]]:
        """Fields each resource accepts on create/update, read from the spec's Update schemas."""
        schemas = load_spec(self.package)["components"]["schemas"]
        return {k.key: frozenset(schemas[k.update_schema]["properties"]) for k in KINDS}

    def _endpoint(self, handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except _Problem as problem:
                return self.error(problem.status, problem.message, fields=problem.fields)

        return endpoint

    def _caller(self, request: Request) -> Record:
        """The account behind the bearer token (401 when there is none)."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _Problem(401, "Unauthenticated: send a bearer token.")
        record = self.ctx.store.get(self.collection("tokens"), _digest(token.strip()))
        account = None
        if record is not None:
            account = self.ctx.store.get(self.collection("accounts"), record["user_id"])
        if account is None:
            raise _Problem(401, "Unauthenticated: the token is invalid or was revoked.")
        return account

    def _call(self, request: Request, kind: _Kind) -> _Call:
        """The caller, the organization of the path and the ``include`` names asked for."""
        account = self._caller(request)
        org_id = request.path_params["organization_id"]
        org = self.ctx.store.get(self.collection("organizations"), org_id)
        if org is None or account["id"] not in org["_member_ids"]:
            # 403 whether it exists or not: the spec has no 404 for list and create.
            raise _Problem(403, f"You do not have access to organization {org_id}.")
        return _Call(account, org, self._includes(request, kind))

    def _includes(self, request: Request, kind: _Kind) -> frozenset[str]:
        """The relations named in ``include`` (unknown names are refused with 422)."""
        raw = request.query_params.get("include") or ""
        names = {part.strip() for part in raw.split(",") if part.strip()}
        unknown = sorted(n for n in names if n.split(".")[0] not in kind.includes)
        if unknown:
            allowed = ", ".join(sorted(kind.includes))
            messages = [f"{n} cannot be included (allowed: {allowed})." for n in unknown]
            raise _Problem(422, f"Unknown include: {', '.join(unknown)}.", {"include": messages})
        return frozenset(n.split(".")[0] for n in names)

    def _record(
        self, kind: _Kind, org_id: str, record_id: str, *, active: bool = True
    ) -> Record | None:
        doc = self.ctx.store.get(self.collection(kind.key), record_id)
        if doc is None or doc.get("organization_id") != org_id:
            return None
        if active and doc.get("deleted_at") is not None:
            return None
        return doc

    def _found(self, kind: _Kind, call: _Call, record_id: str, *, active: bool = True) -> Record:
        doc = self._record(kind, call.organization["id"], record_id, active=active)
        if doc is None:
            raise _Problem(404, f"No {kind.label} with id {record_id} in this organization.")
        return doc

    def _refer(
        self, errors: _Errors, name: str, kind: _Kind, org_id: str, value: Any
    ) -> Record | None:
        """The active record ``value`` names, or a field error."""
        if value is None:
            return None
        doc = self._record(kind, org_id, str(value))
        if doc is None:
            errors.add(name, f"The selected {kind.label} ({value}) does not exist.")
        return doc

    def _render(self, kind: _Kind, doc: Record, call: _Call) -> Record:
        body = _public(doc)
        wanted = call.includes
        org_id = call.organization["id"]
        for relation, (other, field_name) in RELATIONS.get(kind.key, {}).items():
            if relation in wanted and doc.get(field_name):
                related = self._record(other, org_id, doc[field_name], active=False)
                if related is not None:
                    body[relation] = {"data": _public(related)}
        if "tag_ids" in wanted:
            body["tag_ids"] = list(doc.get("_tag_ids", []))
        if kind is INVOICES:
            if "line_items" in wanted:
                body["line_items"] = {"data": list(doc.get("_line_items", []))}
            if "taxes" in wanted:
                body["taxes"] = {"data": list(doc.get("_taxes", []))}
        if kind is TAX_RATES and "locations" in wanted:
            body["locations"] = {"data": list(doc.get("_locations", []))}
        return body

    def _one(self, kind: _Kind, doc: Record, call: _Call, status: int = 200) -> Response:
        return JSONResponse({"data": self._render(kind, doc, call)}, status_code=status)

    # -- authentication ------------------------------------------------------------------------

    async def _login(self, request: Request) -> Response:
        body = json_body(await request.body()) or {}
        email = str(body.get("email", "")).strip().lower()
        password = str(body.get("password", ""))
        accounts = self.ctx.store.find(
            self.collection("accounts"), lambda a: str(a["email"]).lower() == email
        )
        account = accounts[0] if accounts else None
        if account is None or not hmac.compare_digest(
            account["_password_hash"], _password_hash(password, account["_salt"])
        ):
            raise _Problem(401, "The email address or the password is wrong.")
        token = self._issue_token(account["id"], "login", remember=bool(body.get("remember")))
        return JSONResponse({"token": token})

    # -- organizations -------------------------------------------------------------------------

    async def _list_organizations(self, request: Request) -> Response:
        account = self._caller(request)
        self._includes(request, ORGANIZATIONS)
        records = self.ctx.store.find(
            self.collection("organizations"), lambda o: account["id"] in o["_member_ids"]
        )
        return self._page(request, ORGANIZATIONS, records, lambda doc: _public(doc))

    async def _get_organization(self, request: Request) -> Response:
        account = self._caller(request)
        org_id = request.path_params["organization_id"]
        org = self.ctx.store.get(self.collection("organizations"), org_id)
        if org is None:
            raise _Problem(404, f"Organization {org_id} was not found.")
        if account["id"] not in org["_member_ids"]:
            raise _Problem(403, f"You do not have access to organization {org_id}.")
        self._includes(request, ORGANIZATIONS)  # accepted names embed nothing (no shapes known)
        return JSONResponse({"data": _public(org)})

    # -- generic resource handlers -------------------------------------------------------------

    async def _list(self, kind: _Kind, request: Request) -> Response:
        call = self._call(request, kind)
        org_id = call.organization["id"]
        records = self.ctx.store.find(
            self.collection(kind.key), lambda d: d.get("organization_id") == org_id
        )
        return self._page(request, kind, records, lambda doc: self._render(kind, doc, call))

    async def _get(self, kind: _Kind, request: Request) -> Response:
        call = self._call(request, kind)
        # Deleted records stay readable by id (they are in the trash, not gone).
        doc = self._found(kind, call, request.path_params[kind.param], active=False)
        return self._one(kind, doc, call)

    async def _create(self, kind: _Kind, request: Request) -> Response:
        call = self._call(request, kind)
        raw = await request.body()
        body = json_body(raw) or {}
        replay = self._idempotent(request, call, raw)
        if isinstance(replay, Response):
            return replay
        with self.ctx.store.transaction():
            doc = self._build(kind, call, body, None)
            doc = self._stamp(kind, call.organization["id"], doc)
            self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        response = self._one(kind, doc, call, status=201)
        if replay is not None:
            self._remember(replay, response)
        return response

    async def _update(self, kind: _Kind, request: Request) -> Response:
        call = self._call(request, kind)
        current = self._found(kind, call, request.path_params[kind.param])
        body = json_body(await request.body()) or {}
        with self.ctx.store.transaction():
            doc = self._build(kind, call, body, current)
            doc["updated_at"] = self._now()
            self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return self._one(kind, doc, call)

    async def _delete(self, kind: _Kind, request: Request) -> Response:
        call = self._call(request, kind)
        doc = self._found(kind, call, request.path_params[kind.param])
        now = self._now()
        doc.update(deleted_at=now, updated_at=now, deleted_by_user_id=call.account["id"])
        self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return self._one(kind, doc, call)

    # -- lists ---------------------------------------------------------------------------------

    def _page(
        self,
        request: Request,
        kind: _Kind,
        records: list[Record],
        render: Callable[[Record], Record],
    ) -> Response:
        query = request.query_params
        page = max(int(query.get("page") or 1), 1)
        per_page = min(max(int(query.get("per_page") or DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        include_meta = {
            p.strip() for p in (query.get("include_meta") or "").split(",") if p.strip()
        }
        unknown_meta = sorted(include_meta - INCLUDE_META)
        if unknown_meta:
            raise _Problem(
                422,
                f"Unknown include_meta: {', '.join(unknown_meta)}.",
                {"include_meta": [f"{name} is not a meta block." for name in unknown_meta]},
            )
        for parameter, field_name in kind.filters.items():
            if parameter in query:
                wanted = query[parameter]
                records = [r for r in records if str(r.get(field_name)) == wanted]
        term = (query.get("q") or "").strip().lower()
        if term:
            records = [
                r for r in records if any(term in text.lower() for text in _searchable(_public(r)))
            ]
        active = [r for r in records if r.get("deleted_at") is None]
        trash = [r for r in records if r.get("deleted_at") is not None]
        deleted = int(query.get("deleted") or 0)
        records = {0: active, 1: trash}.get(deleted, records)
        records = self._ordered(kind, records, query.get("order_by"), query.get("order"))
        if query.get("limit"):
            records = records[: int(query["limit"])]
        total = len(records)
        total_pages = max((total + per_page - 1) // per_page, 1)
        items = records[(page - 1) * per_page : page * per_page]
        meta: dict[str, Any] = {
            "pagination": {
                "total": total,
                "count": len(items),
                "per_page": per_page,
                "current_page": page,
                "total_pages": total_pages,
                "links": {
                    "next": self._page_url(request, page + 1) if page < total_pages else None,
                    "previous": self._page_url(request, page - 1) if page > 1 else None,
                },
            }
        }
        if "navigation" in include_meta:
            meta["navigation"] = {"active": len(active), "trash": len(trash)}
        return JSONResponse({"data": [render(r) for r in items], "meta": meta})

    def _ordered(
        self, kind: _Kind, records: list[Record], order_by: str | None, order: str | None
    ) -> list[Record]:
        attribute = order_by or "created_at"
        sortable = {"id", "created_at", "updated_at", "deleted_at", *kind.defaults}
        if attribute not in sortable:
            raise _Problem(
                422,
                f"Cannot order by {attribute}.",
                {"order_by": [f"{attribute} is not a sortable attribute."]},
            )
        descending = (order or "desc") == "desc"

        def key(doc: Record) -> tuple[int, Any]:
            value = doc.get(attribute)
            if value is None or isinstance(value, dict | list):
                return (0, "")
            return (1, value) if isinstance(value, int | float) else (1, str(value))

        # Newest first among equal values when descending (records arrive oldest first).
        ordered = list(reversed(records)) if descending else list(records)
        try:
            return sorted(ordered, key=key, reverse=descending)
        except TypeError:  # mixed value types in one attribute: compare as text
            return sorted(ordered, key=lambda d: str(key(d)), reverse=descending)

    def _page_url(self, request: Request, page: int) -> str:
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        query.append(("page", str(page)))
        return f"{request.url.scheme}://{request.url.netloc}{self.mount}{request.url.path}?{urlencode(query)}"

    # -- idempotency ---------------------------------------------------------------------------

    def _idempotent(self, request: Request, call: _Call, raw: bytes) -> Response | Record | None:
        """The stored response of an earlier request with this ``Idempotency-Key`` (same body),
        or a record to fill in after this one runs (new key), or None (no key)."""
        key = request.headers.get("idempotency-key")
        if key is None:
            return None
        if not key or len(key) > MAX_IDEMPOTENCY_KEY:
            raise _Problem(
                422,
                "The Idempotency-Key header must be 1 to 255 characters.",
                {"Idempotency-Key": ["must be 1 to 255 characters"]},
            )
        body = json_body(raw)
        fingerprint = _digest(
            json.dumps([request.url.path, str(request.url.query), body], sort_keys=True)
        )
        record_id = _digest(f"{call.account['id']}\n{key}")
        stored = self.ctx.store.get(self.collection("idempotency"), record_id)
        if stored is None:
            return {"id": record_id, "fingerprint": fingerprint, "created_at": self._now()}
        if stored["fingerprint"] != fingerprint:
            raise _Problem(
                422,
                "This Idempotency-Key was already used with a different request.",
                {"Idempotency-Key": ["was already used with a different request body"]},
            )
        return JSONResponse(
            stored["body"], status_code=stored["status"], headers={"Idempotent-Replayed": "true"}
        )

    def _remember(self, entry: Record, response: Response) -> None:
        # Only successes are kept: a refused request created nothing and may be corrected.
        if 200 <= response.status_code < 300:
            entry.update(status=response.status_code, body=json.loads(bytes(response.body)))
            self.ctx.store.put(self.collection("idempotency"), entry["id"], entry)

    # -- building records ----------------------------------------------------------------------

    def _build(self, kind: _Kind, call: _Call, body: Record, current: Record | None) -> Record:
        """The record after applying ``body`` (a create when ``current`` is None); raises 422."""
        writable = self._writable[kind.key]
        sent = {k: v for k, v in body.items() if k in writable}
        if current is not None:
            doc = dict(current)
        else:  # the id comes first: line items refer to their invoice
            doc = {"id": self._new_id(kind.prefix), **kind.defaults}
        errors = _Errors()
        builder = getattr(self, f"_build_{kind.key}", None)
        if builder is not None:
            builder(call, sent, doc, errors, current is None)
        else:
            doc.update(sent)
        errors.raise_any()
        return doc

    def _build_tags(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        doc.update(sent)
        if not str(doc.get("alias") or "").strip():
            errors.add("alias", "The alias field is required.")

    def _build_tax_classes(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        doc.update(sent)

    def _build_invoice_prefixes(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        values = {k: v for k, v in sent.items() if k not in ("next_number", "padding")}
        doc.update(values)
        if not str(doc.get("name") or "").strip():
            errors.add("name", "The name field is required.")
        if "next_number" in sent:
            if sent["next_number"] < 1:
                errors.add("next_number", "The next number must be at least 1.")
            doc["current_number"] = sent["next_number"] - 1
        if "padding" in sent:
            if not 0 <= sent["padding"] <= 20:
                errors.add("padding", "The padding must be between 0 and 20.")
            doc["_padding"] = sent["padding"]

    def _build_organization_users(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        org = call.organization
        doc.update(sent)
        role_id = sent.get("organization_user_role_id")
        if role_id is not None:
            role = self.ctx.store.get(self.collection("roles"), role_id)
            if role is None or role["organization_id"] != org["id"]:
                errors.add(
                    "organization_user_role_id", f"The selected role ({role_id}) does not exist."
                )
        if new:
            doc["is_business_entity"] = "name" in sent and not (
                "first_name" in sent or "last_name" in sent
            )
            if not doc["is_business_entity"]:
                for name in ("first_name", "last_name"):
                    if not sent.get(name):
                        label = name.replace("_", " ")
                        errors.add(name, f"A private person needs a {label} (a business: name).")
        locales = [org["locale"], *org["locale_list"]]
        if sent.get("locale") is not None and sent["locale"] not in locales:
            allowed = ", ".join(locales)
            errors.add("locale", f"The locale must be one the organization uses ({allowed}).")

    def _build_products(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        org_id = call.organization["id"]
        doc.update(sent)
        prices: dict[str, float] = doc.get("price_map") or {}
        if not prices:
            errors.add("price_map", "The price map needs at least one currency.")
        if "primary_currency" not in sent and "price_map" in sent:
            if len(prices) == 1:
                doc["primary_currency"] = next(iter(prices))
            elif doc.get("primary_currency") not in prices:
                doc["primary_currency"] = None
        if len(prices) > 1 and doc.get("primary_currency") is None:
            errors.add(
                "primary_currency",
                "The primary currency is required when the price map has more than one currency.",
            )
        primary = doc.get("primary_currency")
        if primary is not None and prices and primary not in prices:
            errors.add(
                "primary_currency",
                "The primary currency must be one of the price map's currencies.",
            )
        self._refer(
            errors,
            "organization_tax_class_id",
            TAX_CLASSES,
            org_id,
            sent.get("organization_tax_class_id"),
        )

    def _build_tax_rates(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        org_id = call.organization["id"]
        doc.update({k: v for k, v in sent.items() if k != "locations"})
        if new and "organization_tax_class_id" not in sent:
            errors.add("organization_tax_class_id", "The tax class field is required.")
        if new and "rate" not in sent:
            errors.add("rate", "The rate field is required.")
        if "rate" in sent and not 0 <= sent["rate"] <= 100:
            errors.add("rate", "The rate must be between 0 and 100.")
        self._refer(
            errors,
            "organization_tax_class_id",
            TAX_CLASSES,
            org_id,
            sent.get("organization_tax_class_id"),
        )
        locations: list[Record] = [dict(loc) for loc in doc.get("_locations", [])]
        for index, entry in enumerate(sent.get("locations", [])):
            where = f"locations.{index}"
            if "id" in entry:
                found = next((loc for loc in locations if loc["id"] == entry["id"]), None)
                if found is None:
                    errors.add(f"{where}.id", f"No location {entry['id']} on this tax rate.")
                elif entry.get("_deleted"):
                    locations.remove(found)
                else:
                    found.update(
                        {k: v for k, v in entry.items() if k in ("country_code", "zip_code")}
                    )
            elif not entry.get("country_code"):
                errors.add(f"{where}.country_code", "The country code field is required.")
            else:
                locations.append(
                    {
                        "id": self._new_id("org_tax_rate_loc"),
                        "country_code": entry["country_code"],
                        "zip_code": entry.get("zip_code"),
                    }
                )
        doc["_locations"] = locations

    def _build_bank_accounts(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        doc.update(sent)
        needed = {"standard": "iban", "paypal": "email", "stripe": "account_id"}[doc["type"]]
        if not (doc.get("account_information") or {}).get(needed):
            errors.add(
                f"account_information.{needed}",
                f"A {doc['type']} account needs account_information.{needed}.",
            )

    # -- invoices --------------------------------------------------------------------------------

    def _build_invoices(
        self, call: _Call, sent: Record, doc: Record, errors: _Errors, new: bool
    ) -> None:
        org = call.organization
        org_id = org["id"]
        special = {
            "line_items",
            "taxes",
            "sub_total",
            "discount",
            "tax_total",
            "total",
            "number",
            "payment_stripe_account_id",
            "payment_stripe_customer_id",
            "payment_stripe_charge_id",
            "payment_stripe_intent_id",
        }
        doc.update({k: v for k, v in sent.items() if k not in special})
        for name in special & set(sent):
            if name.startswith("payment_stripe_"):
                doc[f"_{name}"] = sent[name]

        receiver = self._refer(
            errors,
            "organization_receiver_user_id",
            ORGANIZATION_USERS,
            org_id,
            sent.get("organization_receiver_user_id"),
        )
        if receiver is not None and not self._role_allows(receiver, "can_be_invoiced"):
            errors.add(
                "organization_receiver_user_id",
                "The selected organization user cannot be invoiced (their role does not allow it).",
            )
        if receiver is not None and "receiver_country_code" not in sent:
            doc["receiver_country_code"] = receiver["country_code"]
        sender = self._refer(
            errors,
            "organization_sender_user_id",
            ORGANIZATION_USERS,
            org_id,
            sent.get("organization_sender_user_id"),
        )
        if sender is not None and not self._role_allows(sender, "can_be_invoicing"):
            errors.add(
                "organization_sender_user_id",
                "The selected organization user cannot issue invoices (their role forbids it).",
            )
        self._refer(
            errors,
            "organization_bank_account_id",
            BANK_ACCOUNTS,
            org_id,
            sent.get("organization_bank_account_id"),
        )
        prefix = self._refer(
            errors,
            "organization_invoice_prefix_id",
            INVOICE_PREFIXES,
            org_id,
            sent.get("organization_invoice_prefix_id"),
        )
        if prefix is not None and prefix["type"] != doc["type"]:
            errors.add(
                "organization_invoice_prefix_id",
                f"The selected prefix is for {prefix['type']} invoices, not {doc['type']} ones.",
            )
        if new:
            doc["sender_country_code"] = org["country_code"]

        internal = doc["source"] == "internal"
        if internal:
            for name in ("payment_method", "delivery_method"):
                if doc.get(name) is None:
                    errors.add(
                        name,
                        f"The {name.replace('_', ' ')} field is required when source is internal.",
                    )
            if new and not sent.get("line_items"):
                errors.add("line_items", "An internal invoice needs at least one line item.")
            if "line_items" in sent and not sent["line_items"]:
                errors.add("line_items", "An internal invoice needs at least one line item.")
        doc["is_downloadable"] = internal
        self._check_dates(doc, sent, errors)

        if "line_items" in sent:
            lines, taxes = self._lines(org_id, doc, sent["line_items"], errors)
            doc["_line_items"] = lines
            if internal:
                doc["_taxes"] = taxes
                self._totals_from_lines(doc, lines)
        if not internal:
            self._external_totals(org_id, doc, sent, errors)

        if errors.fields:
            return
        self._number(org_id, doc, sent, prefix, errors, new)

    def _role_allows(self, user: Record, ability: str) -> bool:
        role = self.ctx.store.get(self.collection("roles"), user["organization_user_role_id"])
        return bool(role and role.get(ability))

    def _check_dates(self, doc: Record, sent: Record, errors: _Errors) -> None:
        for name in ("issued_at", "due_at"):
            if name in sent and _parse_date(sent[name]) is None:
                errors.add(name, f"The {name} field must be a date (YYYY-MM-DD).")
        issued = _parse_date(doc["issued_at"]) if doc.get("issued_at") else None
        due = _parse_date(doc["due_at"]) if doc.get("due_at") else None
        if issued and due and due < issued:
            errors.add("due_at", "The due date must not be before the issue date.")
        if "paid_at" in sent and _parse_datetime(sent["paid_at"]) is None:
            errors.add(
                "paid_at", "The paid_at field must be a time written as YYYY-MM-DD HH:MM:SS."
            )
        if doc["status"] == "paid" and not doc.get("paid_at"):
            # Marking an invoice paid without a time records the payment as now.
            moment = datetime.fromtimestamp(self.ctx.clock(), UTC)
            doc["paid_at"] = moment.strftime("%Y-%m-%d %H:%M:%S")

    def _lines(
        self, org_id: str, doc: Record, items: list[Record], errors: _Errors
    ) -> tuple[list[Record], list[Record]]:
        """Line items with their amounts, and the invoice's taxes per rate."""
        lines: list[Record] = []
        taxes: dict[tuple[str, str], float] = {}
        for index, item in enumerate(items):
            where = f"line_items.{index}"
            product = self._refer(
                errors,
                f"{where}.organization_product_id",
                PRODUCTS,
                org_id,
                item.get("organization_product_id"),
            )
            tax_class_id = item.get("organization_tax_class_id")
            if tax_class_id is not None:
                self._refer(
                    errors, f"{where}.organization_tax_class_id", TAX_CLASSES, org_id, tax_class_id
                )
            elif product is not None:
                tax_class_id = product.get("organization_tax_class_id")
            price = item.get("price")
            if price is None and product is not None:
                price = (product.get("price_map") or {}).get(doc["currency"])
                if price is None:
                    errors.add(
                        f"{where}.price",
                        f"The product has no price in {doc['currency']}; send a price.",
                    )
            elif price is None and "organization_product_id" not in item:
                errors.add(f"{where}.price", "The price field is required (or send a product).")
            name = item.get("name_lang_map") or (product or {}).get("name_lang_map")
            if not name and "organization_product_id" not in item:
                errors.add(f"{where}.name_lang_map", "A line item needs a name (or a product).")
            percent = item.get("discount", 0)
            if not 0 <= percent <= 100:
                errors.add(f"{where}.discount", "The discount is a percentage between 0 and 100.")
            quantity = item.get("quantity", 1)
            for label, value in (("quantity", quantity), ("price", price)):
                if value is not None and abs(value) > MAX_AMOUNT:
                    errors.add(f"{where}.{label}", f"The {label} is too large.")
            if price is None or errors.fields:
                continue
            sub_total = _money(quantity * price)
            discount = _money(sub_total * percent / 100)
            base = sub_total - discount
            line_tax = 0.0
            plain = 0.0
            for rate in self._rates(org_id, tax_class_id):
                taxed = base + plain if rate["is_compound"] else base
                amount = _money(taxed * rate["rate"] / 100)
                if not rate["is_compound"]:
                    plain += amount
                line_tax += amount
                slot = (rate["organization_tax_class_id"], rate["id"])
                taxes[slot] = taxes.get(slot, 0.0) + amount
            line_id = self._new_id("org_inv_li")
            lines.append(
                {
                    "id": line_id,
                    "organization_id": org_id,
                    "organization_invoice_id": doc.get("id", ""),
                    "organization_product_id": item.get("organization_product_id"),
                    "organization_tax_class_id": tax_class_id,
                    "order": item.get("order", index + 1),
                    "type": item.get("type") or (product or {}).get("type") or "service",
                    "name_lang_map": name or {},
                    "unit_lang_map": item.get("unit_lang_map")
                    or (product or {}).get("unit_lang_map")
                    or {},
                    "invoice_schema_map": item.get("invoice_schema_map")
                    or (product or {}).get("invoice_schema_map")
                    or {},
                    "quantity": quantity,
                    "price": price,
                    "sub_total": sub_total,
                    "discount": discount,
                    "tax_total": _money(line_tax),
                    "total": _money(base + line_tax),
                    "has_billing_period": item.get("has_billing_period", False),
                    "billing_period_started_at": item.get("billing_period_started_at"),
                    "billing_period_ended_at": item.get("billing_period_ended_at"),
                }
            )
        lines.sort(key=lambda line: line["order"])
        summary = [
            {"organization_tax_class_id": c, "organization_tax_rate_id": r, "amount": _money(a)}
            for (c, r), a in taxes.items()
        ]
        return lines, summary

    def _rates(self, org_id: str, tax_class_id: str | None) -> list[Record]:
        """Active rates of a tax class, in priority order (none without a class)."""
        if tax_class_id is None:
            return []
        rates = self.ctx.store.find(
            self.collection(TAX_RATES.key),
            lambda r: (
                r.get("organization_id") == org_id
                and r.get("organization_tax_class_id") == tax_class_id
                and r.get("deleted_at") is None
            ),
        )
        return sorted(rates, key=lambda r: (r.get("is_compound", False), r.get("priority", 0)))

    def _totals_from_lines(self, doc: Record, lines: list[Record]) -> None:
        sub_total = _money(sum(line["sub_total"] for line in lines))
        discount = _money(sum(line["discount"] for line in lines))
        tax_total = _money(sum(line["tax_total"] for line in lines))
        doc.update(
            sub_total=sub_total,
            discount=discount,
            tax_total=tax_total,
            total=_money(sub_total - discount + tax_total),
            is_tax_charged=tax_total > 0,
        )

    def _external_totals(self, org_id: str, doc: Record, sent: Record, errors: _Errors) -> None:
        """External invoices carry the totals they were issued with."""
        amounts = {"taxes", "sub_total", "discount", "tax_total", "total"}
        for name in sorted(amounts - {"taxes"} & set(sent)):
            if abs(sent[name]) > MAX_AMOUNT:
                errors.add(name, f"The {name} is too large.")
        for index, entry in enumerate(sent.get("taxes", [])):
            if abs(entry.get("amount", 0.0)) > MAX_AMOUNT:
                errors.add(f"taxes.{index}.amount", "The amount is too large.")
        if not amounts & set(sent) and doc.get("id") and doc.get("created_at"):
            return  # an update that leaves the amounts alone
        if "taxes" in sent:
            taxes = []
            for index, entry in enumerate(sent["taxes"]):
                where = f"taxes.{index}"
                self._refer(
                    errors,
                    f"{where}.organization_tax_class_id",
                    TAX_CLASSES,
                    org_id,
                    entry.get("organization_tax_class_id"),
                )
                rate = self._refer(
                    errors,
                    f"{where}.organization_tax_rate_id",
                    TAX_RATES,
                    org_id,
                    entry.get("organization_tax_rate_id"),
                )
                taxes.append(
                    {
                        "organization_tax_class_id": entry.get("organization_tax_class_id")
                        or (rate or {}).get("organization_tax_class_id"),
                        "organization_tax_rate_id": entry.get("organization_tax_rate_id"),
                        "amount": _money(entry.get("amount", 0.0)),
                    }
                )
            doc["_taxes"] = taxes
        for name in ("sub_total", "discount"):
            if name in sent:
                doc[name] = _money(sent[name])
        if "tax_total" in sent:
            doc["tax_total"] = _money(sent["tax_total"])
        elif "taxes" in sent:
            doc["tax_total"] = _money(sum(t["amount"] for t in doc["_taxes"]))
        computed = _money(doc["sub_total"] - doc["discount"] + doc["tax_total"])
        doc["total"] = _money(sent["total"]) if "total" in sent else computed
        doc["is_tax_charged"] = doc["tax_total"] > 0

    def _number(
        self,
        org_id: str,
        doc: Record,
        sent: Record,
        prefix: Record | None,
        errors: _Errors,
        new: bool,
    ) -> None:
        """Take the number from the prefix when none is given (outbound invoices only)."""
        if prefix is None and doc.get("organization_invoice_prefix_id"):
            prefix = self._record(
                INVOICE_PREFIXES, org_id, doc["organization_invoice_prefix_id"], active=False
            )
        if prefix is None and new and doc["direction"] == "outbound":
            prefix = next(
                iter(
                    self.ctx.store.find(
                        self.collection(INVOICE_PREFIXES.key),
                        lambda p: (
                            p.get("organization_id") == org_id
                            and p.get("deleted_at") is None
                            and p.get("type") == doc["type"]
                        ),
                    )
                ),
                None,
            )
            if prefix is not None:
                doc["organization_invoice_prefix_id"] = prefix["id"]
        if "number" in sent:
            number = str(sent["number"])
            taken = self.ctx.store.find(
                self.collection(INVOICES.key),
                lambda i: (
                    i.get("organization_id") == org_id
                    and i.get("deleted_at") is None
                    and i.get("id") != doc.get("id")
                    and i.get("number") == number
                    and i.get("organization_invoice_prefix_id")
                    == doc.get("organization_invoice_prefix_id")
                ),
            )
            if taken:
                errors.add("number", f"Number {number} is already used in this series.")
                errors.raise_any()
            doc["number"] = number
        elif new and prefix is not None and doc["direction"] == "outbound":
            prefix = dict(prefix, current_number=int(prefix["current_number"]) + 1)
            prefix["updated_at"] = self._now()
            self.ctx.store.put(self.collection(INVOICE_PREFIXES.key), prefix["id"], prefix)
            doc["number"] = str(prefix["current_number"]).zfill(int(prefix.get("_padding", 0)))
        alias = str(prefix["alias"]) if prefix is not None else ""
        number_text = doc.get("number") or ""
        doc["formatted_number"] = f"{alias}-{number_text}" if alias and number_text else number_text
        doc["will_number_be_auto_assigned"] = False


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
