"""Capture the canned server's bodies from the sandbox, so they are real, spec-valid responses.

The sandbox runs with validation on here: every exchange is checked against the Enlivy spec,
and a violation stops the benchmark before anything is measured.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import facade
from facade.testing import sandbox

from .harness import Payloads

PAGE_SIZE = 20
LINE_ITEMS = [
    {"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 150.0, "type": "service"},
    {"name_lang_map": {"en": "Travel"}, "quantity": 1, "price": 80.5, "type": "service"},
]


def capture(directory: Path) -> Payloads:
    """Write ``invoice_page.json``, ``invoice.json`` and ``tag.json`` into ``directory``."""
    with sandbox(validate=True) as sb:
        seeded = sb.enlivy
        en: Any = facade.Enlivy(**sb.client_kwargs("enlivy"))
        with en:
            for _ in range(PAGE_SIZE):
                en.invoices.create(
                    organization_receiver_user_id=seeded.customer_id,
                    status="draft",
                    currency="EUR",
                    source="internal",
                    payment_method="bank_transfer",
                    delivery_method="email",
                    line_items=LINE_ITEMS,
                )
            page = en.with_raw_response.invoices.list(per_page=PAGE_SIZE)
            first = page.parsed.data[0]
            invoice = en.with_raw_response.invoices.get(invoice_id=first.id)
            tag = en.with_raw_response.tags.create(alias="bench", rgba_color_code="#336699ff")
        sb.assert_no_violations()
        organization_id, token = seeded.organization_id, seeded.token
    if len(page.parsed.data) != PAGE_SIZE:
        raise RuntimeError(f"expected a page of {PAGE_SIZE} invoices, got {len(page.parsed.data)}")
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "invoice_page.json").write_bytes(page.content)
    (directory / "invoice.json").write_bytes(invoice.content)
    (directory / "tag.json").write_text(json.dumps(tag.json()["data"]), "utf-8")
    return Payloads(
        directory=directory,
        organization_id=organization_id,
        invoice_id=first.id,
        token=token,
        invoice_page_bytes=len(page.content),
        invoice_page_items=PAGE_SIZE,
    )
