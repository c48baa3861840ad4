"""A user's app, written from the README: it must type-check clean under ``mypy --strict`` and
``pyright`` (strict), with every result revealed as the generated model it is."""

from __future__ import annotations

from typing import assert_type

from enlivy_client.models.invoice import Invoice
from envoice_client.models.country_details_api_model import CountryDetailsApiModel
from envoice_client.models.invoice_api_status_response_200 import InvoiceApiStatusResponse200
from envoice_client.models.invoice_details_api_model import InvoiceDetailsApiModel
from envoice_client.models.invoice_full_details_api_model import InvoiceFullDetailsApiModel
from fiskaly_management_client.models.api_key import ApiKey
from fiskaly_management_client.models.organization import Organization
from fiskaly_management_client.models.status_response import StatusResponse

import facade
from facade import APIResponse, Page, Paginator


def fiskaly() -> None:
    fk = facade.Fiskaly()
    org = fk.organizations.create(
        name="ACME Retail GmbH",
        address_line1="Hauptstrasse 1",
        zip="10115",
        town="Berlin",
        country_code="DEU",
        metadata={"crm_id": "C-1042"},
    )
    assert_type(org, Organization)
    key = fk.api_keys.create(organization_id=org.field_id, name="pos-1", status="enabled")
    assert_type(key, ApiKey)
    listing = fk.organizations.list(limit=100)
    assert_type(listing, Paginator[Organization])
    for organization in listing:
        assert_type(organization, Organization)
    page = listing.first_page()
    assert_type(page, Page[Organization])
    raw = fk.with_raw_response.organizations.get(organization_id=org.field_id)
    assert_type(raw, APIResponse[Organization])
    assert_type(raw.parsed, Organization)
    assert_type(fk.organizations.delete(organization_id=org.field_id), StatusResponse)
    fk.organizations.get(organization_id=org.field_id, timeout=5.0, max_retries=0)
    assert_type(fk.auth.stats.token_requests, int)


def enlivy() -> None:
    en = facade.Enlivy()
    invoice = en.invoices.create(
        organization_receiver_user_id="org_user_2bT0y4",
        status="draft",
        currency="EUR",
        source="internal",
        payment_method="bank_transfer",
        delivery_method="email",
        line_items=[{"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 150.0}],
        idempotency_key="order-1042",
    )
    assert_type(invoice, Invoice)
    updated = en.invoices.update(invoice_id=invoice.id, status="paid")
    assert_type(updated, Invoice)
    for item in en.invoices.list(include="line_items", per_page=50):
        assert_type(item, Invoice)
    logged_in = facade.Enlivy.login(email="a@example.com", password="secret")
    assert_type(logged_in, facade.Enlivy)


def envoice() -> None:
    ev = facade.Envoice()
    work_type_id = ev.work_types.create(title="API Integration")
    assert_type(work_type_id, int)
    countries = ev.general.countries()
    assert_type(countries, list[CountryDetailsApiModel])
    invoice = ev.invoices.create(client_id=1, number="2026-0001", status="Draft")
    assert_type(invoice, InvoiceFullDetailsApiModel)
    assert_type(ev.invoices.status(id=1), InvoiceApiStatusResponse200)
    for listed in ev.invoices.list(query_options_page_size=50):
        assert_type(listed, InvoiceDetailsApiModel)
