"""Enlivy's records and rules: organizations and their invoicing records, soft delete, lists,
``include`` embedding, reference checks and ``Idempotency-Key`` replays. Plain values in and
out; a refused request raises :class:`~facade.testing.core.Refusal` (422 with field errors).

Invoice rules (totals from line items and tax classes, numbers from prefixes) are in
:mod:`.invoices`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ..._spec import load_spec
from ..core import Context, Record, Refusal, digest

Fields = dict[str, list[str]]
Builder = Callable[["Call", Record, Record, "Errors", bool], None]

DEFAULT_PER_PAGE = 30
MAX_PER_PAGE = 50
MAX_IDEMPOTENCY_KEY = 255
MAX_AMOUNT = 1e12  # larger quantities, prices and totals are refused (keeps the sums finite)
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_KSUID_EPOCH = 1_400_000_000


class Errors:
    """Field errors collected while checking a request body (422 when any)."""

    def __init__(self) -> None:
        self.fields: Fields = {}

    def add(self, name: str, message: str) -> None:
        self.fields.setdefault(name, []).append(message)

    def raise_any(self) -> None:
        if self.fields:
            raise Refusal(422, _summary(self.fields), fields=self.fields)


def _summary(fields: Fields) -> str:
    """One line for ``message``: the first problem, and how many more there are."""
    messages = [m for ms in fields.values() for m in ms]
    if not messages:
        return "The given data was invalid."
    more = len(messages) - 1
    return messages[0] + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")


@dataclass(frozen=True)
class Kind:
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
) -> Kind:
    return Kind(
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
RELATIONS: dict[str, dict[str, tuple[Kind, str]]] = {
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


def ksuid(now: float, entropy: bytes | None = None) -> str:
    """A KSUID-shaped token: 27 base62 characters, time-ordered by their first part."""
    raw = int(max(now - _KSUID_EPOCH, 0)).to_bytes(4, "big") + (entropy or os.urandom(16))
    number = int.from_bytes(raw, "big")
    chars = []
    while number:
        number, rest = divmod(number, 62)
        chars.append(_BASE62[rest])
    return "".join(reversed(chars)).rjust(27, "0")


def password_hash(password: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()


def public(doc: Record) -> Record:
    """A stored record without the fields only the emulator uses (named ``_...``)."""
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def parse_datetime(value: str) -> datetime | None:
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def searchable(value: Any) -> Iterable[str]:
    """The texts ``q=`` searches: string values, but not identifiers (a random id contains a
    short term now and then, ignoring case: a test once found "RON" in "...HrOn")."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key != "id" and not key.endswith("_id"):
                yield from searchable(inner)


@dataclass
class Call:
    """Who is calling, in which organization, asking for which relations."""

    account: Record
    organization: Record
    includes: frozenset[str] = frozenset()


@dataclass
class Page:
    """One page of a list, and what its ``meta`` block reports."""

    items: list[Record]
    total: int
    per_page: int
    page: int
    total_pages: int
    navigation: dict[str, int] | None  # active and trash counts, when asked for


class EnlivyBackend:
    """The state of the emulated Enlivy accounts, and what each operation does to it."""

    def __init__(self, ctx: Context, name: str) -> None:
        self.ctx = ctx
        self.name = name
        from .invoices import InvoiceRules  # the invoice rules call back into this backend

        self.invoices = InvoiceRules(self)

    def collection(self, name: str) -> str:
        return f"{self.name}.{name}"

    def now(self) -> str:
        moment = datetime.fromtimestamp(self.ctx.clock(), UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def new_id(self, prefix: str, entropy: bytes | None = None) -> str:
        return f"{prefix}_{ksuid(self.ctx.clock(), entropy)}"

    def stamp(self, kind: Kind, org_id: str, doc: Record) -> Record:
        now = self.now()
        return {
            "id": doc.get("id") or self.new_id(kind.prefix),
            "object": kind.object,
            "organization_id": org_id,
            **doc,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "deleted_by_user_id": None,
        }

    @functools.cached_property
    def writable(self) -> dict[str, frozenset[str]]:
        """Fields each resource accepts on create/update, read from the spec's Update schemas."""
        schemas = load_spec("enlivy_client")["components"]["schemas"]
        return {k.key: frozenset(schemas[k.update_schema]["properties"]) for k in KINDS}

    # -- accounts and tokens -------------------------------------------------------------------

    def issue_token(
        self, user_id: str, name: str, *, remember: bool = False, token: str | None = None
    ) -> str:
        """A new API token for an account (``token``: this exact value, else a random one)."""
        number = self.ctx.store.next_number(self.collection("token_ids"))
        token = token or f"{number}|{secrets.token_hex(20)}"
        record: Record = {
            "id": f"pat_{number}",
            "user_id": user_id,
            "name": name,
            "remember": remember,
            "created_at": self.now(),
        }
        # Stored under a digest of the token: the secret itself is never kept.
        self.ctx.store.put(self.collection("tokens"), digest(token), record)
        return token

    def login(self, body: Record) -> str:
        email = str(body.get("email", "")).strip().lower()
        password = str(body.get("password", ""))
        accounts = self.ctx.store.find(
            self.collection("accounts"), lambda a: str(a["email"]).lower() == email
        )
        account = accounts[0] if accounts else None
        if account is None or not secrets.compare_digest(
            account["_password_hash"], password_hash(password, account["_salt"])
        ):
            raise Refusal(401, "The email address or the password is wrong.")
        return self.issue_token(account["id"], "login", remember=bool(body.get("remember")))

    def account(self, authorization: str) -> Record:
        """The account behind an ``Authorization`` header (401 when there is none)."""
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Refusal(401, "Unauthenticated: send a bearer token.")
        record = self.ctx.store.get(self.collection("tokens"), digest(token.strip()))
        account = None
        if record is not None:
            account = self.ctx.store.get(self.collection("accounts"), record["user_id"])
        if account is None:
            raise Refusal(401, "Unauthenticated: the token is invalid or was revoked.")
        return account

    def call(self, authorization: str, org_id: str, kind: Kind, include: str | None) -> Call:
        """The caller, the organization of the path and the ``include`` names asked for."""
        account = self.account(authorization)
        org = self.ctx.store.get(self.collection("organizations"), org_id)
        if org is None or account["id"] not in org["_member_ids"]:
            # 403 whether it exists or not: the spec has no 404 for list and create.
            raise Refusal(403, f"You do not have access to organization {org_id}.")
        return Call(account, org, self.includes(include, kind))

    @staticmethod
    def includes(include: str | None, kind: Kind) -> frozenset[str]:
        """The relations named in ``include`` (unknown names are refused with 422)."""
        names = {part.strip() for part in (include or "").split(",") if part.strip()}
        unknown = sorted(n for n in names if n.split(".")[0] not in kind.includes)
        if unknown:
            allowed = ", ".join(sorted(kind.includes))
            messages = [f"{n} cannot be included (allowed: {allowed})." for n in unknown]
            raise Refusal(
                422, f"Unknown include: {', '.join(unknown)}.", fields={"include": messages}
            )
        return frozenset(n.split(".")[0] for n in names)

    # -- organizations -------------------------------------------------------------------------

    def organizations_of(self, account: Record) -> list[Record]:
        return self.ctx.store.find(
            self.collection("organizations"), lambda o: account["id"] in o["_member_ids"]
        )

    def organization(self, account: Record, org_id: str) -> Record:
        org = self.ctx.store.get(self.collection("organizations"), org_id)
        if org is None:
            raise Refusal(404, f"Organization {org_id} was not found.")
        if account["id"] not in org["_member_ids"]:
            raise Refusal(403, f"You do not have access to organization {org_id}.")
        return org

    # -- records -------------------------------------------------------------------------------

    def record(
        self, kind: Kind, org_id: str, record_id: str, *, active: bool = True
    ) -> Record | None:
        doc = self.ctx.store.get(self.collection(kind.key), record_id)
        if doc is None or doc.get("organization_id") != org_id:
            return None
        if active and doc.get("deleted_at") is not None:
            return None
        return doc

    def found(self, kind: Kind, call: Call, record_id: str, *, active: bool = True) -> Record:
        doc = self.record(kind, call.organization["id"], record_id, active=active)
        if doc is None:
            raise Refusal(404, f"No {kind.label} with id {record_id} in this organization.")
        return doc

    def refer(
        self, errors: Errors, name: str, kind: Kind, org_id: str, value: Any
    ) -> Record | None:
        """The active record ``value`` names, or a field error."""
        if value is None:
            return None
        doc = self.record(kind, org_id, str(value))
        if doc is None:
            errors.add(name, f"The selected {kind.label} ({value}) does not exist.")
        return doc

    def render(self, kind: Kind, doc: Record, call: Call) -> Record:
        body = public(doc)
        wanted = call.includes
        org_id = call.organization["id"]
        for relation, (other, field_name) in RELATIONS.get(kind.key, {}).items():
            if relation in wanted and doc.get(field_name):
                related = self.record(other, org_id, doc[field_name], active=False)
                if related is not None:
                    body[relation] = {"data": public(related)}
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

    def records_of(self, kind: Kind, call: Call) -> list[Record]:
        org_id = call.organization["id"]
        return self.ctx.store.find(
            self.collection(kind.key), lambda d: d.get("organization_id") == org_id
        )

    def create(self, kind: Kind, call: Call, body: Record) -> Record:
        with self.ctx.store.transaction():
            doc = self.build(kind, call, body, None)
            doc = self.stamp(kind, call.organization["id"], doc)
            self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return doc

    def update(self, kind: Kind, call: Call, record_id: str, body: Record) -> Record:
        current = self.found(kind, call, record_id)
        with self.ctx.store.transaction():
            doc = self.build(kind, call, body, current)
            doc["updated_at"] = self.now()
            self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return doc

    def delete(self, kind: Kind, call: Call, record_id: str) -> Record:
        doc = self.found(kind, call, record_id)
        now = self.now()
        doc.update(deleted_at=now, updated_at=now, deleted_by_user_id=call.account["id"])
        self.ctx.store.put(self.collection(kind.key), doc["id"], doc)
        return doc

    # -- lists ---------------------------------------------------------------------------------

    def page(self, query: Mapping[str, str], kind: Kind, records: list[Record]) -> Page:
        """Filter, search, order and slice ``records`` as the list query asks."""
        page = max(int(query.get("page") or 1), 1)
        per_page = min(max(int(query.get("per_page") or DEFAULT_PER_PAGE), 1), MAX_PER_PAGE)
        include_meta = {
            p.strip() for p in (query.get("include_meta") or "").split(",") if p.strip()
        }
        unknown_meta = sorted(include_meta - INCLUDE_META)
        if unknown_meta:
            raise Refusal(
                422,
                f"Unknown include_meta: {', '.join(unknown_meta)}.",
                fields={"include_meta": [f"{name} is not a meta block." for name in unknown_meta]},
            )
        for parameter, field_name in kind.filters.items():
            if parameter in query:
                wanted = query[parameter]
                records = [r for r in records if str(r.get(field_name)) == wanted]
        term = (query.get("q") or "").strip().lower()
        if term:
            records = [
                r for r in records if any(term in text.lower() for text in searchable(public(r)))
            ]
        active = [r for r in records if r.get("deleted_at") is None]
        trash = [r for r in records if r.get("deleted_at") is not None]
        deleted = int(query.get("deleted") or 0)
        records = {0: active, 1: trash}.get(deleted, records)
        records = self._ordered(kind, records, query.get("order_by"), query.get("order"))
        if query.get("limit"):
            records = records[: int(query["limit"])]
        total = len(records)
        navigation = (
            {"active": len(active), "trash": len(trash)} if "navigation" in include_meta else None
        )
        return Page(
            items=records[(page - 1) * per_page : page * per_page],
            total=total,
            per_page=per_page,
            page=page,
            total_pages=max((total + per_page - 1) // per_page, 1),
            navigation=navigation,
        )

    @staticmethod
    def _ordered(
        kind: Kind, records: list[Record], order_by: str | None, order: str | None
    ) -> list[Record]:
        attribute = order_by or "created_at"
        sortable = {"id", "created_at", "updated_at", "deleted_at", *kind.defaults}
        if attribute not in sortable:
            raise Refusal(
                422,
                f"Cannot order by {attribute}.",
                fields={"order_by": [f"{attribute} is not a sortable attribute."]},
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

    # -- idempotency ---------------------------------------------------------------------------

    def idempotent(self, call: Call, key: str, request: Any) -> Record:
        """The stored outcome of an earlier request with this ``Idempotency-Key`` (it has
        ``status`` and ``body``), or a new entry to :meth:`remember` once this one has run.
        ``request`` identifies the request (path, query and body): the same key with another
        request is refused."""
        if not key or len(key) > MAX_IDEMPOTENCY_KEY:
            raise Refusal(
                422,
                "The Idempotency-Key header must be 1 to 255 characters.",
                fields={"Idempotency-Key": ["must be 1 to 255 characters"]},
            )
        fingerprint = digest(json.dumps(request, sort_keys=True))
        record_id = digest(f"{call.account['id']}\n{key}")
        stored = self.ctx.store.get(self.collection("idempotency"), record_id)
        if stored is None:
            return {"id": record_id, "fingerprint": fingerprint, "created_at": self.now()}
        if stored["fingerprint"] != fingerprint:
            raise Refusal(
                422,
                "This Idempotency-Key was already used with a different request.",
                fields={"Idempotency-Key": ["was already used with a different request body"]},
            )
        return stored

    def remember(self, entry: Record, status: int, body: Any) -> None:
        # Only successes are kept: a refused request created nothing and may be corrected.
        if 200 <= status < 300:
            entry.update(status=status, body=body)
            self.ctx.store.put(self.collection("idempotency"), entry["id"], entry)

    # -- building records ----------------------------------------------------------------------

    def build(self, kind: Kind, call: Call, body: Record, current: Record | None) -> Record:
        """The record after applying ``body`` (a create when ``current`` is None); raises 422."""
        writable = self.writable[kind.key]
        sent = {k: v for k, v in body.items() if k in writable}
        if current is not None:
            doc = dict(current)
        else:  # the id comes first: line items refer to their invoice
            doc = {"id": self.new_id(kind.prefix), **kind.defaults}
        errors = Errors()
        builder: Builder | None = (
            self.invoices.build if kind is INVOICES else getattr(self, f"_build_{kind.key}", None)
        )
        if builder is not None:
            builder(call, sent, doc, errors, current is None)
        else:
            doc.update(sent)
        errors.raise_any()
        return doc

    def _build_tags(self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool) -> None:
        doc.update(sent)
        if not str(doc.get("alias") or "").strip():
            errors.add("alias", "The alias field is required.")

    def _build_tax_classes(
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
    ) -> None:
        doc.update(sent)

    def _build_invoice_prefixes(
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
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
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
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
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
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
        self.refer(
            errors,
            "organization_tax_class_id",
            TAX_CLASSES,
            org_id,
            sent.get("organization_tax_class_id"),
        )

    def _build_tax_rates(
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
    ) -> None:
        org_id = call.organization["id"]
        doc.update({k: v for k, v in sent.items() if k != "locations"})
        if new and "organization_tax_class_id" not in sent:
            errors.add("organization_tax_class_id", "The tax class field is required.")
        if new and "rate" not in sent:
            errors.add("rate", "The rate field is required.")
        if "rate" in sent and not 0 <= sent["rate"] <= 100:
            errors.add("rate", "The rate must be between 0 and 100.")
        self.refer(
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
                        "id": self.new_id("org_tax_rate_loc"),
                        "country_code": entry["country_code"],
                        "zip_code": entry.get("zip_code"),
                    }
                )
        doc["_locations"] = locations

    def _build_bank_accounts(
        self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool
    ) -> None:
        doc.update(sent)
        needed = {"standard": "iban", "paypal": "email", "stripe": "account_id"}[doc["type"]]
        if not (doc.get("account_information") or {}).get(needed):
            errors.add(
                f"account_information.{needed}",
                f"A {doc['type']} account needs account_information.{needed}.",
            )
