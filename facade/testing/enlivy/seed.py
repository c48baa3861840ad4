"""What a fresh Enlivy sandbox starts with, created once and kept in the store (so a SQLite
file that is reused keeps it):

one account that can log in and owns one organization, an API token, two organization user
roles (one whose users can be invoiced, one whose users can issue invoices), a customer and a
staff member, a bank account, a standard invoice prefix, a VAT tax class with a 19 % rate, and
a product. A second organization owned by another account exists so that access to a foreign
organization can be tried (403).

The seeded values (:data:`SEEDED`) become attributes of the emulator. Credentials asked for by
name (``ENLIVY_TOKEN``, ``ENLIVY_PASSWORD``) replace invented ones, also in a reopened file.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from ..core import Record, SeedIds
from .models import (
    BANK_ACCOUNTS,
    INVOICE_PREFIXES,
    ORGANIZATION_DEFAULTS,
    ORGANIZATION_USERS,
    PRODUCTS,
    TAX_CLASSES,
    TAX_RATES,
    EnlivyBackend,
    Kind,
    ksuid,
    password_hash,
)

#: The seeded values, as attributes of the emulator (``Sandbox.client_kwargs("enlivy")`` reads
#: ``token`` and ``organization_id``).
SEEDED = (
    "email",  # the account that can log in ...
    "password",  # ... and its password
    "token",  # its API token (``<id>|<secret>``)
    "organization_id",  # its organization
    "other_organization_id",  # an organization the account does not belong to
    "customer_id",  # an organization user who can be invoiced
    "staff_user_id",  # an organization user who can issue invoices but not receive them
    "customer_role_id",  # the two organization user roles
    "staff_role_id",
    "bank_account_id",
    "invoice_prefix_id",
    "tax_class_id",
    "tax_rate_id",
    "product_id",
)

FIXED_ID_TIME = 1_767_225_600  # the time part of fixed seeded ids (2026-01-01)

CUSTOMER = {
    "is_business_entity": True,
    "name": "ACME Client SRL",
    "organization_type": "srl",
    "email": "billing@acme.example",
    "country_code": "RO",
    "address_line_1": "Strada Exemplu 1",
    "address_city": "Cluj",
    "address_zip_code": "400001",
    "locale": "en",
}
STAFF = {
    "first_name": "Ana",
    "last_name": "Pop",
    "email": "ana.pop@sandbox.example",
    "country_code": "RO",
    "locale": "en",
}
BANK_ACCOUNT = {
    "name": "Main EUR account",
    "currency": "EUR",
    "bank_name": "Sandbox Bank",
    "bank_address": "Piata Unirii 1, Bucharest",
    "bank_country_code": "RO",
    "account_information": {"iban": "RO49AAAA1B31007593840000", "swift": "AAAAROBU"},
}
INVOICE_PREFIX = {
    "name": "Standard invoices",
    "alias": "SBX",
    "type": "standard",
    "current_number": 0,
    "_padding": 4,
}
TAX_CLASS = {
    "name_lang_map": {"en": "Standard VAT"},
    "display_name": "VAT",
    "display_name_lang_map": {"en": "VAT"},
    "tax_category": "S",
}
TAX_RATE = {
    "name": "VAT 19%",
    "name_lang_map": {"en": "VAT 19%"},
    "rate": 19.0,
    "has_eu_vat_properties": True,
    "eu_vat_class": "standard",
    "_locations": [],
}
PRODUCT = {
    "type": "service",
    "alias": "CONSULT",
    "name_lang_map": {"en": "Consulting hour"},
    "unit_lang_map": {"en": "hour"},
    "price_map": {"EUR": 100.0, "RON": 500.0},
    "primary_currency": "EUR",
}


def load(backend: EnlivyBackend, ids: SeedIds, credentials: Mapping[str, str]) -> Record:
    """The stored seed (created on first use), with the requested credentials applied."""
    store = backend.ctx.store
    stored = store.get(backend.collection("sandbox"), "seed")
    if stored is None:
        with store.transaction():
            stored = _Seeder(backend, ids).create(credentials)
    token = credentials.get("ENLIVY_TOKEN")
    password = credentials.get("ENLIVY_PASSWORD")
    if (token and token != stored["token"]) or (password and password != stored["password"]):
        with store.transaction():
            stored = _apply(backend, stored, token, password)
    return stored


def _apply(
    backend: EnlivyBackend, stored: Record, token: str | None, password: str | None
) -> Record:
    """Give the seeded account the requested token or password (a reopened file)."""
    store = backend.ctx.store
    owner = next(
        a for a in store.find(backend.collection("accounts")) if a["email"] == stored["email"]
    )
    if token and token != stored["token"]:
        backend.issue_token(owner["id"], "sandbox seed token", token=token)
    if password and password != stored["password"]:
        owner.update(_password=password, _password_hash=password_hash(password, owner["_salt"]))
        store.put(backend.collection("accounts"), owner["id"], owner)
    stored = {
        **stored,
        "token": token or stored["token"],
        "password": password or stored["password"],
    }
    store.put(backend.collection("sandbox"), "seed", stored)
    return stored


class _Seeder:
    def __init__(self, backend: EnlivyBackend, ids: SeedIds) -> None:
        self.backend = backend
        self.ids = ids

    def new_id(self, prefix: str) -> str:
        if self.ids.fixed:
            return f"{prefix}_{ksuid(FIXED_ID_TIME, self.ids.random_bytes(16))}"
        return self.backend.new_id(prefix)

    def create(self, credentials: Mapping[str, str]) -> Record:
        password = credentials.get("ENLIVY_PASSWORD") or secrets.token_urlsafe(12)
        owner = self._account("owner@example.com", password, "Sandbox", "Owner")
        stranger = self._account("other@example.com", secrets.token_urlsafe(12), "Other", "Owner")
        org = self._organization(owner, "Sandbox Trading SRL", "sandbox-trading")
        other = self._organization(stranger, "Elsewhere Consulting SRL", "elsewhere")
        token = self.backend.issue_token(
            owner["id"], "sandbox seed token", token=credentials.get("ENLIVY_TOKEN")
        )
        org_id = org["id"]
        customer_role = self._role(org_id, "Customer", invoiced=True, invoicing=False)
        staff_role = self._role(org_id, "Staff", invoiced=False, invoicing=True)
        self._role(other["id"], "Customer", invoiced=True, invoicing=False)
        customer = self._record(
            ORGANIZATION_USERS, org_id, {"organization_user_role_id": customer_role, **CUSTOMER}
        )
        staff = self._record(
            ORGANIZATION_USERS, org_id, {"organization_user_role_id": staff_role, **STAFF}
        )
        bank = self._record(BANK_ACCOUNTS, org_id, BANK_ACCOUNT)
        prefix = self._record(INVOICE_PREFIXES, org_id, INVOICE_PREFIX)
        tax_class = self._record(TAX_CLASSES, org_id, TAX_CLASS)
        tax_rate = self._record(
            TAX_RATES, org_id, {"organization_tax_class_id": tax_class, **TAX_RATE}
        )
        product = self._record(
            PRODUCTS, org_id, {**PRODUCT, "organization_tax_class_id": tax_class}
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
        self.backend.ctx.store.put(self.backend.collection("sandbox"), "seed", seed)
        return seed

    def _account(self, email: str, password: str, first: str, last: str) -> Record:
        salt = secrets.token_hex(8)
        account: Record = {
            "id": self.new_id("user"),
            "email": email,
            "first_name": first,
            "last_name": last,
            "_salt": salt,
            "_password_hash": password_hash(password, salt),
            # Kept so the sandbox can hand the seeded password out again after a restart.
            "_password": password,
        }
        self.backend.ctx.store.put(self.backend.collection("accounts"), account["id"], account)
        return account

    def _organization(self, owner: Record, name: str, slug: str) -> Record:
        now = self.backend.now()
        org = {
            **ORGANIZATION_DEFAULTS,
            "id": self.new_id("org"),
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
        self.backend.ctx.store.put(self.backend.collection("organizations"), org["id"], org)
        return org

    def _role(self, org_id: str, name: str, *, invoiced: bool, invoicing: bool) -> str:
        role: Record = {
            "id": self.new_id("org_user_role"),
            "organization_id": org_id,
            "name": name,
            "can_be_invoiced": invoiced,
            "can_be_invoicing": invoicing,
        }
        self.backend.ctx.store.put(self.backend.collection("roles"), role["id"], role)
        return str(role["id"])

    def _record(self, kind: Kind, org_id: str, values: Record) -> str:
        values = {"id": self.new_id(kind.prefix), **values}
        doc = self.backend.stamp(kind, org_id, {**kind.defaults, **values})
        self.backend.ctx.store.put(self.backend.collection(kind.key), doc["id"], doc)
        return str(doc["id"])
