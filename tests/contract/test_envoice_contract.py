"""Every Envoice operation through the facade, each exchange checked against the spec (the
quickstart first, then the rest)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

import facade
from tests.contract.conftest import Contract


@pytest.fixture(scope="module")
def reference(envoice_contract: Contract) -> dict[str, Any]:
    c = envoice_contract
    countries = c.call("general", "countries")
    currencies = c.call("general", "currencies")
    languages = c.call("general", "ui_languages")
    gateways = c.call("general", "date_formats") and c.call("payments", "supported")
    currency = currencies[0]
    usable = [
        g.name
        for g in gateways
        if any(s.value == currency.value for s in g.supported_currencies or [])
    ]
    return {
        "country": countries[0].id,
        "currency": currency.id,
        "language": languages[0].id,
        "gateway": usable[0],
    }


def test_quickstart_and_invoices(envoice_contract: Contract, reference: dict[str, Any]) -> None:
    c = envoice_contract
    run = uuid.uuid4().hex[:6]
    work_type = c.call("work_types", "create", title=f"API Integration {run}")
    client = c.call(
        "clients",
        "create",
        name=f"ACME {run}",
        email=f"billing-{run}@acme.example",
        ui_language_id=reference["language"],
        client_currency_id=reference["currency"],
        client_country_id=reference["country"],
    )
    category = c.call("invoices", "create_category", name=f"Services {run}")
    invoice = c.call(
        "invoices",
        "create",
        client_id=client,
        number=f"C-{run}",
        status="Draft",
        currency_id=reference["currency"],
        issued_on="2026-11-21T00:00:00Z",
        duedate="2026-12-21T00:00:00Z",
        invoice_category_id=category.id,
        payment_gateways=[{"Name": reference["gateway"]}],
        items=[{"WorkTypeId": work_type, "Cost": 150.0, "Quantity": 2}],
    )
    assert (
        c.call(
            "invoices", "send_to_client", invoice_id=invoice.id, subject="Invoice", attach_pdf=True
        )
        == invoice.id
    )
    assert str(getattr(c.call("invoices", "status", id=invoice.id), "value", "")) == "Unpaid"
    assert c.call("invoices", "get", id=invoice.id).number == f"C-{run}"
    assert c.call("invoices", "uri", id=invoice.id).link.startswith("https://")
    assert any(i.id == invoice.id for i in c.call("invoices", "list", query_options_page_size=50))
    c.call(
        "invoices",
        "update",
        id=invoice.id,
        client_id=client,
        number=f"C-{run}",
        notes="Thanks",
        currency_id=reference["currency"],
    )
    assert c.call("invoices", "change_status", id=invoice.id, status="Paid") is True
    c.call("invoices", "send_to_accountant", id=invoice.id)
    assert any(x.id == category.id for x in c.call("invoices", "list_categories"))
    c.call("invoices", "update_category", id=category.id, name=f"Consulting {run}")
    assert c.call("invoices", "delete", id=invoice.id) == invoice.id
    c.call("invoices", "delete_category", id=category.id)
    with pytest.raises(facade.errors.APIError) as caught:  # Envoice's fault with HTTP 200
        c.call("invoices", "get", id=invoice.id)
    assert caught.value.status_code == 200


def test_clients_work_types_and_taxes(
    envoice_contract: Contract, reference: dict[str, Any]
) -> None:
    c = envoice_contract
    run = uuid.uuid4().hex[:6]
    client = c.call(
        "clients",
        "create",
        name=f"Beta {run}",
        email=f"beta-{run}@example.org",
        ui_language_id=reference["language"],
        client_currency_id=reference["currency"],
        client_country_id=reference["country"],
    )
    assert c.call("clients", "get", id=client).name == f"Beta {run}"
    c.call(
        "clients",
        "update",
        id=client,
        name=f"Beta {run} Ltd",
        email=f"beta-{run}@example.org",
        ui_language_id=reference["language"],
        client_currency_id=reference["currency"],
        client_country_id=reference["country"],
    )
    assert any(x.id == client for x in c.call("clients", "list"))
    assert c.call("clients", "can_delete", id=client) is True
    assert c.call("clients", "delete", id=client) == client

    work_type = c.call("work_types", "create", title=f"Design {run}")
    c.call("work_types", "update", id=work_type, title=f"Design work {run}")
    assert c.call("work_types", "get", work_type_id=work_type).title == f"Design work {run}"
    assert any(w.id == work_type for w in c.call("work_types", "list"))
    assert any(w.id == work_type for w in c.call("work_types", "search", query_options_query=run))
    assert c.call("work_types", "delete", id=work_type) == work_type

    tax = c.call("taxes", "create", name=f"VAT {run}", percentage=20.0)
    c.call("taxes", "update", id=tax, name=f"VAT {run}", percentage=19.0)
    assert any(t.id == tax for t in c.call("taxes", "list"))
    assert c.call("taxes", "delete", id=tax) == tax


def test_products_and_orders(envoice_contract: Contract, reference: dict[str, Any]) -> None:
    c = envoice_contract
    run = uuid.uuid4().hex[:6]
    product = c.call(
        "products",
        "create",
        name=f"Workshop {run}",
        currency_id=reference["currency"],
        items=[{"Cost": 50.0, "MinimumQuantity": 1}],
    )
    c.call(
        "products",
        "update",
        id=product,
        name=f"Workshop {run}",
        is_featured=True,
        currency_id=reference["currency"],
    )
    assert c.call("products", "get", id=product).is_featured is True
    assert any(p.id == product for p in c.call("products", "list", query_options_page_size=50))
    order = c.call(
        "orders",
        "create",
        product_id=product,
        order_billing_details={"Name": "Ann", "Email": f"ann-{run}@example.org"},
    )
    assert c.call("orders", "get", id=order).id == order
    c.call("orders", "change_status", id=order, status="Processing")
    c.call(
        "orders",
        "change_shipping_details",
        order_id=order,
        name="Ann",
        address="Main St 1",
        country_id=reference["country"],
    )
    assert any(o.id == order for o in c.call("orders", "list", query_options_page_size=50))
    assert c.call("orders", "delete", id=order) == order
    assert c.call("products", "delete", id=product) == product


def test_every_operation_was_performed(envoice_contract: Contract) -> None:
    assert envoice_contract.uncovered() == set()
