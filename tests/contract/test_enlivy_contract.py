"""Every Enlivy operation through the facade, each exchange checked against the spec."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

import facade
from tests.contract.conftest import Contract


def test_login_and_organizations(enlivy_contract: Contract) -> None:
    c = enlivy_contract
    issued = c.call(
        "authentication",
        "login",
        email=c.ids["enlivy_email"],
        password=c.ids["enlivy_password"],
        remember=False,
    )
    assert issued.token
    organizations = c.call("organizations", "list")
    assert any(o.id == c.ids["enlivy_organization_id"] for o in organizations)
    assert c.call("organizations", "get").id == c.ids["enlivy_organization_id"]


def crud(
    c: Contract, resource: str, create: dict[str, Any], update: dict[str, Any], id_name: str
) -> Any:
    """create -> get -> update -> list -> delete for one resource; returns the created record."""
    created = c.call(resource, "create", **create)
    fetched = c.call(resource, "get", **{id_name: created.id})
    assert fetched.id == created.id
    changed = c.call(resource, "update", **{id_name: created.id}, **update)
    assert changed.id == created.id
    assert any(item.id == created.id for item in c.call(resource, "list", per_page=50))
    deleted = c.call(resource, "delete", **{id_name: created.id})
    assert deleted.id == created.id
    return created


def test_reference_data(enlivy_contract: Contract) -> None:
    c = enlivy_contract
    run = uuid.uuid4().hex[:8]
    crud(c, "tags", {"alias": f"contract-{run}"}, {"description": "checked"}, "tag_id")
    crud(
        c,
        "invoice_prefixes",
        {"name": f"C{run}", "alias": f"c-{run}", "type": "standard"},
        {"description": "checked"},
        "invoice_prefix_id",
    )
    tax_class = c.call("tax_classes", "create", name_lang_map={"en": f"Contract {run}"})
    crud(
        c,
        "tax_rates",
        {
            "organization_tax_class_id": tax_class.id,
            "name": f"Rate {run}",
            "rate": 19.0,
            "has_eu_vat_properties": False,
        },
        {"rate": 9.0},
        "tax_rate_id",
    )
    crud(
        c,
        "tax_classes",
        {"name_lang_map": {"en": f"Other {run}"}},
        {"display_name": "Other"},
        "tax_class_id",
    )
    crud(
        c,
        "products",
        {"type": "service", "price_map": {"EUR": 120.0}, "alias": f"p-{run}"},
        {"is_sold": False},
        "product_id",
    )
    crud(
        c,
        "bank_accounts",
        {
            "name": f"Main {run}",
            "currency": "EUR",
            "bank_name": "Contract Bank",
            "bank_address": "Strada 1, Bucuresti",
            "bank_country_code": "RO",
            "account_information": {"iban": "RO49AAAA1B31007593840000", "swift": "AAAAROBU"},
        },
        {"name": f"Renamed {run}"},
        "bank_account_id",
    )
    crud(
        c,
        "organization_users",
        {
            "organization_user_role_id": c.ids["enlivy_user_role_id"],
            "country_code": "RO",
            "first_name": "Ana",
            "last_name": f"Pop {run}",
            "email": f"ana-{run}@example.com",
        },
        {"phone_number": "0700000000"},
        "organization_user_id",
    )


def test_invoices(enlivy_contract: Contract) -> None:
    c = enlivy_contract
    line_items = [
        {"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 100.0, "type": "service"}
    ]
    invoice = crud(
        c,
        "invoices",
        {
            "organization_receiver_user_id": c.ids["enlivy_receiver_user_id"],
            "status": "draft",
            "currency": "EUR",
            "source": "internal",
            "payment_method": "bank_transfer",
            "delivery_method": "email",
            "line_items": line_items,
        },
        {"status": "paid", "paid_at": "2026-11-21 10:00:00"},
        "invoice_id",
    )
    assert invoice.total > 0
    with pytest.raises(facade.errors.ValidationError) as caught:  # a 422 from the API, mapped
        c.call(
            "invoices",
            "create",
            organization_receiver_user_id="org_user_missing",
            status="draft",
            currency="EUR",
            source="internal",
            payment_method="cash",
            delivery_method="email",
            line_items=line_items,
        )
    assert caught.value.status_code == 422 and caught.value.errors


def test_every_operation_was_performed(enlivy_contract: Contract) -> None:
    assert enlivy_contract.uncovered() == set()
