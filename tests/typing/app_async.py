"""The async clients, as a user writes them: awaited calls, ``async for`` over lists."""

from __future__ import annotations

from typing import assert_type

from enlivy_client.models.invoice import Invoice
from fiskaly_management_client.models.organization import Organization

import facade
from facade import APIResponse, AsyncPaginator


async def fiskaly() -> None:
    async with facade.AsyncFiskaly() as fk:
        org = await fk.organizations.get(organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
        assert_type(org, Organization)
        listing = fk.organizations.list(limit=10)
        assert_type(listing, AsyncPaginator[Organization])
        async for organization in listing:
            assert_type(organization, Organization)
        raw = await fk.with_raw_response.organizations.get(organization_id=org.field_id)
        assert_type(raw, APIResponse[Organization])


async def enlivy() -> None:
    en = await facade.AsyncEnlivy.login(email="a@example.com", password="secret")
    assert_type(en, facade.AsyncEnlivy)
    invoice = await en.invoices.get(invoice_id="org_inv_1")
    assert_type(invoice, Invoice)
