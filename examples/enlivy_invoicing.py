"""Enlivy: issue an invoice with line items, mark it paid, list the organization's invoices
with their line items, and see a refused request's field errors.

Reads ENLIVY_TOKEN, ENLIVY_ORGANIZATION_ID, ENLIVY_BASE_URL and ENLIVY_RECEIVER_USER_ID (an
organization user who can be invoiced). The local sandbox prints all four:

    python -m facade.testing.sandbox --fixed-credentials --env-file sandbox.env &
    set -a; . ./sandbox.env; set +a
    python examples/enlivy_invoicing.py

Against the real API it creates records: use a sandbox organization.
"""

from __future__ import annotations

import os
import sys

import facade
from facade.errors import ValidationError


def main() -> int:
    receiver = os.environ.get("ENLIVY_RECEIVER_USER_ID")
    if not receiver:
        print("set ENLIVY_RECEIVER_USER_ID to an organization user who can be invoiced")
        return 2
    with facade.Enlivy() as en:
        organization = en.organizations.get()
        print(f"organization {organization.id}: {organization.name}")

        invoice = en.invoices.create(
            organization_receiver_user_id=receiver,
            status="draft",
            currency="EUR",
            source="internal",
            payment_method="bank_transfer",
            delivery_method="email",
            line_items=[
                {"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 150.0},
                {"name_lang_map": {"en": "Travel"}, "quantity": 1, "price": 80.5},
            ],
        )  # a POST carries an Idempotency-Key: a retry never creates a second invoice
        print(f"created invoice {invoice.formatted_number}: total {invoice.total} EUR")

        paid = en.invoices.update(
            invoice_id=invoice.id, status="paid", paid_at="2026-11-21 10:00:00"
        )
        print(f"invoice {paid.formatted_number} is now {paid.status}")

        lines = 0
        count = 0
        for item in en.invoices.list(include="line_items", per_page=50):
            count += 1
            included = item.line_items  # present because include= asked for it
            lines += len(included.data) if included and included.data else 0
        print(f"invoices in the organization: {count}, with {lines} line items in all")

        try:
            en.invoices.update(invoice_id=invoice.id, currency="EURO")
        except ValidationError as error:  # refused before anything was sent
            print(f"refused: {error.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
