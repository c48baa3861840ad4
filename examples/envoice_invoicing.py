"""Envoice: a work type, a client and an invoice for it, sent to the client, with its status,
and the account's invoices page by page; a business failure Envoice reports with HTTP 200
arrives as an error.

Reads ENVOICE_AUTH_KEY, ENVOICE_AUTH_SECRET and ENVOICE_BASE_URL. Against the local sandbox:

    python -m facade.testing.sandbox --fixed-credentials --env-file sandbox.env &
    set -a; . ./sandbox.env; set +a
    python examples/envoice_invoicing.py

Against the real API it creates records and sends e-mail: use a test account.
"""

from __future__ import annotations

import uuid

import facade
from facade.errors import APIError


def main() -> int:
    number = f"EX-{uuid.uuid4().hex[:6].upper()}"
    with facade.Envoice() as ev:
        work_type_id = ev.work_types.create(title="API Integration")
        country = next(c for c in ev.general.countries() if c.value == "DE")
        currency = next(c for c in ev.general.currencies() if c.value == "EUR")
        language = ev.general.ui_languages()[0]
        print(f"reference data: {country.name}, {currency.name}, {language.name}")

        # Envoice's spec marks ids optional and nullable: check them before passing them on.
        if not isinstance(country.id, int) or not isinstance(currency.id, int):
            raise SystemExit("Envoice sent reference data without ids")
        if not isinstance(language.id, int):
            raise SystemExit("Envoice sent a language without an id")
        client_id = ev.clients.create(
            name="ACME Ltd",
            email="billing@acme.example",
            ui_language_id=language.id,
            client_currency_id=currency.id,
            client_country_id=country.id,
        )
        print(f"created client {client_id} and work type {work_type_id}")

        invoice = ev.invoices.create(
            client_id=client_id,
            number=number,
            status="Draft",
            currency_id=currency.id,
            issued_on="2026-11-21T00:00:00Z",
            duedate="2026-12-21T00:00:00Z",
            items=[{"WorkTypeId": work_type_id, "Cost": 150.0, "Quantity": 2}],
        )
        print(f"created invoice {invoice.number} (id {invoice.id}): {invoice.total_amount} EUR")

        if not isinstance(invoice.id, int):
            raise SystemExit("Envoice created an invoice without an id")
        ev.invoices.send_to_client(invoice_id=invoice.id, subject="Your invoice", attach_pdf=True)
        print(f"sent it to the client; its status is now {ev.invoices.status(id=invoice.id)}")

        numbers = [listed.number for listed in ev.invoices.list(query_options_page_size=50)]
        print(f"invoices in the account: {len(numbers)}; {number} among them: {number in numbers}")

        try:
            ev.invoices.get(id=987654321)
        except APIError as error:  # Envoice said IsFaulted, with HTTP 200
            print(f"refused: {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
