"""The Envoice emulator, driven end to end through the facade clients (and raw httpx where the
HTTP status or the fault envelope itself is the point)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from facade import errors
from facade.envoice import DEFINITION
from facade.testing import Sandbox

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$")
FAULT_KEYS = {"Code", "FaultMessage", "UserVisibleMessage", "Group"}


# -- helpers -------------------------------------------------------------------------------------


@pytest.fixture
def sb(fiscal_sandbox: Sandbox) -> Sandbox:
    return fiscal_sandbox


@pytest.fixture
def ev(sb: Sandbox) -> Iterator[Any]:
    with sb.client("envoice") as client:
        yield client


def raw(sb: Sandbox, **headers: str) -> httpx.Client:
    """An httpx client on the emulator with the account's credentials (unless overridden)."""
    credentials = {"x-auth-key": sb.envoice.auth_key, "x-auth-secret": sb.envoice.auth_secret}
    return httpx.Client(base_url=sb.envoice_url, headers={**credentials, **headers})


def reference(ev: Any, currency: str = "EUR") -> dict[str, int]:
    """Ids of a country, a currency (by code) and a language, read through the facade."""
    return {
        "client_country_id": ev.general.countries()[0].id,
        "client_currency_id": next(c.id for c in ev.general.currencies() if c.value == currency),
        "ui_language_id": ev.general.ui_languages()[0].id,
    }


def new_client(ev: Any, name: str = "ACME Ltd", email: str = "billing@acme.example") -> int:
    client_id: int = ev.clients.create(name=name, email=email, **reference(ev))
    return client_id


def new_invoice(ev: Any, client_id: int, work_type_id: int, number: str, **extra: Any) -> Any:
    fields: dict[str, Any] = {
        "client_id": client_id,
        "number": number,
        "status": "Draft",
        "issued_on": "2026-11-21T00:00:00Z",
        "duedate": "2099-12-21T00:00:00Z",
        "items": [{"WorkTypeId": work_type_id, "Cost": 150.0, "Quantity": 2}],
    }
    return ev.invoices.create(**{**fields, **extra})


class Recorder:
    """Wraps a facade client and notes every (resource, verb) called through it."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.used: set[tuple[str, str]] = set()

    def __getattr__(self, resource: str) -> Any:
        target = getattr(self.client, resource)
        used = self.used

        class Verbs:
            def __getattr__(self, verb: str) -> Callable[..., Any]:
                method = getattr(target, verb)

                def call(**arguments: Any) -> Any:
                    used.add((resource, verb))
                    return method(**arguments)

                return call

        return Verbs()


# -- the quickstart --------------------------------------------------------------------------


def test_quickstart_end_to_end(sb: Sandbox, ev: Any) -> None:
    work_type_id = ev.work_types.create(title="API Integration")
    country = ev.general.countries()[0]
    currency = next(c for c in ev.general.currencies() if c.value == "EUR")
    language = ev.general.ui_languages()[0]
    gateways = {g.name: {c.value for c in g.supported_currencies} for g in ev.payments.supported()}
    assert "EUR" in gateways["Stripe"]
    client_id = ev.clients.create(
        name="ACME Ltd",
        email="billing@acme.example",
        ui_language_id=language.id,
        client_currency_id=currency.id,
        client_country_id=country.id,
    )
    invoice = ev.invoices.create(
        client_id=client_id,
        number="2026-0001",
        status="Draft",
        currency_id=currency.id,
        issued_on="2026-11-21T00:00:00Z",
        duedate="2026-12-21T00:00:00Z",
        payment_gateways=[{"Name": "Stripe"}],
        items=[{"WorkTypeId": work_type_id, "Cost": 150.0, "Quantity": 2}],
    )
    assert isinstance(invoice.id, int)
    assert invoice.status.value == "Draft"
    assert invoice.client.id == client_id
    assert invoice.currency.value == "EUR"
    assert invoice.total_amount == 300.0
    assert [g.name for g in invoice.payment_gateways] == ["Stripe"]
    assert [(i.work_type_id, i.quantity, i.total_amount) for i in invoice.items] == [
        (work_type_id, 2.0, 300.0)
    ]

    sent = ev.invoices.send_to_client(
        invoice_id=invoice.id, subject="Your invoice", attach_pdf=True
    )
    assert sent == invoice.id
    assert ev.invoices.status(id=invoice.id) == "Unpaid"  # sending issues the draft

    assert [(m["To"], m["Subject"], m["AttachPdf"]) for m in sb.envoice.outbox()] == [
        (["billing@acme.example"], "Your invoice", True)
    ]
    details = ev.invoices.get(id=invoice.id)
    assert [a.type_.value for a in details.activities] == ["Created", "Unpaid", "SentViaEmail"]
    assert [listed.number for listed in ev.invoices.list(query_options_page_size=50)] == [
        "2026-0001"
    ]


async def test_quickstart_through_the_async_client(sb: Sandbox) -> None:
    async with sb.async_client("envoice") as ev:
        work_type_id = await ev.work_types.create(title="Design")
        currency = (await ev.general.currencies())[1]
        client_id = await ev.clients.create(
            name="Async GmbH",
            email="ap@async.example",
            ui_language_id=(await ev.general.ui_languages())[0].id,
            client_currency_id=currency.id,
            client_country_id=(await ev.general.countries())[0].id,
        )
        for number in ("A-1", "A-2", "A-3"):
            await ev.invoices.create(
                client_id=client_id,
                number=number,
                currency_id=currency.id,
                items=[{"WorkTypeId": work_type_id, "Cost": 10.0, "Quantity": 1}],
            )
        numbers = [i.number async for i in ev.invoices.list(query_options_page_size=2)]
        assert numbers == ["A-1", "A-2", "A-3"]
        invoice_id = (await ev.invoices.get(id=1)).id
        assert await ev.invoices.send_to_client(invoice_id=invoice_id) == invoice_id
        assert await ev.invoices.status(id=invoice_id) == "Unpaid"


# -- every operation -----------------------------------------------------------------------------


def test_every_operation_through_the_facade(sb: Sandbox, ev: Any) -> None:
    api = Recorder(ev)

    # General reference data and gateways.
    countries = api.general.countries()
    assert len(countries) >= 40
    assert {"MK", "DE", "US"} <= {c.value for c in countries}
    currencies = api.general.currencies()
    assert len(currencies) >= 30
    assert all(c.symbol and c.code for c in currencies)
    assert "yyyy-MM-dd" in api.general.date_formats()
    assert "en-US" in {language.ui_culture for language in api.general.ui_languages()}
    assert {"Paypal", "Stripe"} <= {g.name for g in api.payments.supported()}

    # Taxes.
    tax_id = api.taxes.create(name="VAT", percentage=18.0)
    assert api.taxes.update(id=tax_id, percentage=20.0) is None
    assert [(t.id, t.name, t.percentage) for t in api.taxes.list()] == [(tax_id, "VAT", 20.0)]
    spare_tax = api.taxes.create(name="Reduced", percentage=5.0)
    assert api.taxes.delete(id=spare_tax) == spare_tax
    assert [t.id for t in api.taxes.list()] == [tax_id]

    # Work types.
    work_type_id = api.work_types.create(title="Development")
    assert api.work_types.update(id=work_type_id, title="Backend development") is None
    assert api.work_types.get(work_type_id=work_type_id).title == "Backend development"
    spare_type = api.work_types.create(title="Spare")
    assert [w.title for w in api.work_types.list()] == ["Backend development", "Spare"]
    assert [w.id for w in api.work_types.search(query_options_query="spa")] == [spare_type]
    assert api.work_types.delete(id=spare_type) == spare_type

    # Clients.
    client_id = api.clients.create(name="ACME Ltd", email="billing@acme.example", **reference(ev))
    assert api.clients.update(id=client_id, phone_number="+389 2 123 456") is None
    assert api.clients.get(id=client_id).phone_number == "+389 2 123 456"
    assert [c.id for c in api.clients.list()] == [client_id]
    assert api.clients.can_delete(id=client_id) is True

    # Invoice categories.
    category = api.invoices.create_category(name="Consulting")
    renamed = api.invoices.update_category(id=category.id, name="Consulting work")
    assert renamed.name == "Consulting work"
    assert [c.name for c in api.invoices.list_categories(query="work")] == ["Consulting work"]

    # Invoices.
    invoice = api.invoices.create(
        client_id=client_id,
        number="INV-1",
        invoice_category_id=category.id,
        items=[{"WorkTypeId": work_type_id, "Cost": 100.0, "Quantity": 3, "TaxId": tax_id}],
    )
    assert invoice.tax_amount == 60.0 and invoice.total_amount == 360.0
    updated = api.invoices.update(id=invoice.id, notes="Thanks!", po_number="PO-7")
    assert (updated.notes, updated.po_number) == ("Thanks!", "PO-7")
    assert api.invoices.get(id=invoice.id).notes == "Thanks!"
    assert [i.number for i in api.invoices.list()] == ["INV-1"]
    link = api.invoices.uri(id=invoice.id).link
    assert link.startswith("https://") and invoice.access_token in link
    assert api.invoices.send_to_client(invoice_id=invoice.id) == invoice.id
    assert api.invoices.send_to_accountant(id=invoice.id) == invoice.id
    assert api.invoices.change_status(id=invoice.id, status="Paid") is True
    assert api.invoices.status(id=invoice.id) == "Paid"
    assert api.clients.can_delete(id=client_id) is False

    # Products and orders.
    product_id = api.products.create(
        name="E-book",
        currency_id=currencies[0].id,
        shipping_amount=5.0,
        items=[{"WorkTypeId": work_type_id, "Cost": 20.0, "MinimumQuantity": 1}],
        coupons=[{"Code": "HALF", "DiscountPercentage": 50.0}],
    )
    assert api.products.update(id=product_id, is_featured=True) is None
    product = api.products.get(id=product_id)
    assert product.is_featured is True and product.total_with_shipping == 25.0
    assert [p.id for p in api.products.list()] == [product_id]
    order_id = api.orders.create(
        product_id=product_id,
        coupon_code="HALF",
        order_billing_details={"Name": "Ann", "Email": "ann@example.org"},
    )
    order = api.orders.get(id=order_id)
    assert (order.sub_total_amount, order.discount_amount, order.total_with_shipping) == (
        20.0,
        10.0,
        15.0,
    )
    assert api.orders.change_status(id=order_id, status="Processing") is None
    assert (
        api.orders.change_shipping_details(order_id=order_id, name="Ann", address="Main 1") is None
    )
    order = api.orders.get(id=order_id)
    assert order.status.value == "Processing"
    assert order.order_shipping_details.address == "Main 1"
    assert [o.id for o in api.orders.list()] == [order_id]

    # Deleting, in dependency order.
    assert api.orders.delete(id=order_id) == order_id
    assert api.products.delete(id=product_id) == product_id
    assert api.invoices.delete(id=invoice.id) == invoice.id
    assert api.invoices.delete_category(id=category.id) == category.id
    assert api.clients.delete(id=client_id) == client_id
    assert list(api.clients.list()) == []

    expected = {
        (resource, verb) for resource, verbs in DEFINITION.resources.items() for verb in verbs
    }
    assert len(expected) == 46
    assert api.used == expected, f"not exercised: {sorted(expected - api.used)}"


# -- lists and paging ------------------------------------------------------------------------


def test_invoice_list_pages_through_every_invoice(sb: Sandbox, ev: Any) -> None:
    work_type_id = ev.work_types.create(title="Work")
    client_id = new_client(ev)
    numbers = [f"P-{n:02d}" for n in range(1, 8)]
    for number in numbers:
        new_invoice(ev, client_id, work_type_id, number)

    pages = list(ev.invoices.list(query_options_page_size=3).pages())
    assert [[i.number for i in page] for page in pages] == [numbers[:3], numbers[3:6], numbers[6:]]
    assert [i.number for i in ev.invoices.list(query_options_page_size=3)] == numbers

    with raw(sb) as http:
        body = http.get(
            "/api/invoice/all", params={"queryOptions.page": 3, "queryOptions.pageSize": 3}
        ).json()
        assert (body["Count"], body["TotalCount"], body["IsFaulted"]) == (1, 7, False)
        assert body["ErrorMessages"] == []
        beyond = http.get(
            "/api/invoice/all", params={"queryOptions.page": 9, "queryOptions.pageSize": 3}
        ).json()
        assert (beyond["Result"], beyond["Count"], beyond["TotalCount"]) == ([], 0, 7)


def test_product_and_order_lists_page_too(sb: Sandbox, ev: Any) -> None:
    usd = reference(ev, "USD")["client_currency_id"]
    products = [ev.products.create(name=f"Item {n}", currency_id=usd) for n in range(5)]
    orders = [ev.orders.create(currency_id=usd, name=f"Order {n}") for n in range(4)]
    listed = ev.products.list(query_options_page_size=2)
    assert [p.id for p in listed] == products
    assert len(list(ev.products.list(query_options_page_size=2).pages())) == 3
    assert [o.id for o in ev.orders.list(query_options_page_size=3)] == orders
    first = ev.orders.list(query_options_page_size=3).first_page()
    assert first.response.json()["TotalCount"] == 4 and len(first) == 3


def test_work_type_search_filters_orders_and_pages(ev: Any) -> None:
    for title in ("Design", "Backend development", "Frontend development", "Support"):
        ev.work_types.create(title=title)
    found = ev.work_types.search(query_options_query="DEVELOP")
    assert [w.title for w in found] == ["Backend development", "Frontend development"]
    ordered = ev.work_types.search(query_options_order_by="Title", query_options_order="Desc")
    assert [w.title for w in ordered] == [
        "Support",
        "Frontend development",
        "Design",
        "Backend development",
    ]
    page = ev.work_types.search(
        query_options_order_by="title", query_options_page=2, query_options_page_size=3
    )
    assert [w.title for w in page] == ["Support"]
    with pytest.raises(errors.ValidationError) as caught:
        ev.work_types.search(query_options_order_by="Colour")
    assert caught.value.status_code == 400


# -- faults ----------------------------------------------------------------------------------


def test_faults_with_http_200_raise_api_error_with_the_vendor_code(sb: Sandbox, ev: Any) -> None:
    for call in (
        lambda: ev.invoices.get(id=404),
        lambda: ev.clients.get(id=404),
        lambda: ev.work_types.get(work_type_id=404),
        lambda: ev.invoices.uri(id=404),
    ):
        with pytest.raises(errors.APIError) as caught:
            call()
        assert type(caught.value) is errors.APIError
        assert (caught.value.status_code, caught.value.code) == (200, "E_NOT_FOUND")

    with pytest.raises(errors.APIError) as caught:
        ev.invoices.create(client_id=77, number="X-1")  # a client that does not exist
    assert (caught.value.status_code, caught.value.code) == (200, "E_INVALID_REFERENCE")
    assert "ClientId" in caught.value.message

    with raw(sb) as http:
        response = http.post("/api/invoice/new", json={"ClientId": 77, "Number": "X-1"})
        assert response.status_code == 200
        body = response.json()
        assert body["IsFaulted"] is True
        assert set(body["ErrorMessages"][0]) == FAULT_KEYS
        listed = http.get("/api/invoice/all", params={"queryOptions.pageSize": 0})
        assert listed.status_code == 200
        assert listed.json()["IsFaulted"] is True and listed.json()["Result"] == []


def test_bare_value_operations_fault_with_a_status(sb: Sandbox, ev: Any) -> None:
    with pytest.raises(errors.NotFoundError) as missing:
        ev.clients.delete(id=404)
    assert missing.value.code == "E_NOT_FOUND"
    with pytest.raises(errors.NotFoundError):
        ev.invoices.status(id=404)
    with pytest.raises(errors.NotFoundError):
        ev.taxes.update(id=404, name="Nope", percentage=1.0)
    with pytest.raises(errors.ValidationError) as dangling:
        ev.clients.create(
            name="X",
            email="x@x.example",
            ui_language_id=1,
            client_currency_id=1,
            client_country_id=999,
        )
    assert dangling.value.code == "E_INVALID_REFERENCE"
    with pytest.raises(errors.ValidationError):
        ev.taxes.create(name="Too much", percentage=150.0)

    with raw(sb) as http:
        response = http.post("/api/client/delete", json={"Id": 404})
        assert response.status_code == 404
        assert response.json()["IsFaulted"] is True
        assert set(response.json()["ErrorMessages"][0]) == FAULT_KEYS


def test_bad_credentials_are_refused(sb: Sandbox) -> None:
    wrong = sb.client("envoice", auth_secret="not-the-secret")
    with wrong, pytest.raises(errors.AuthenticationError) as caught:
        wrong.general.countries()
    assert caught.value.status_code == 401 and caught.value.code == "E_UNAUTHORIZED"

    with raw(sb, **{"x-auth-key": "nobody"}) as http:
        response = http.get("/api/client/all")
    assert response.status_code == 401
    assert response.json()["IsFaulted"] is True
    assert response.json()["ErrorMessages"][0]["Group"] == "Authentication"
    assert httpx.get(f"{sb.envoice_url}/api/client/all").status_code == 401  # no headers at all


def test_requests_the_spec_forbids_get_one_fault_entry_per_field(sb: Sandbox) -> None:
    with sb.expect_violations() as violations, raw(sb) as http:
        response = http.post("/api/client/new", json={"Name": 5, "Email": "a@b.example"})
    assert response.status_code == 400
    entries = response.json()["ErrorMessages"]
    fields = sorted(e["FaultMessage"].split(":")[0] for e in entries)
    assert fields == ["ClientCountryId", "ClientCurrencyId", "Name", "UiLanguageId"]
    assert {e["Code"] for e in entries} == {"E_FAILED_SCHEMA_VALIDATION"}
    assert len(violations) == 1


# -- wire formats --------------------------------------------------------------------------


def test_ids_are_integers_and_timestamps_carry_seven_digits(
    sb: Sandbox, ev: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = calendar.timegm((2026, 11, 21, 10, 11, 12)) + 0.125
    monkeypatch.setattr(sb.envoice.ctx, "clock", lambda: moment)
    first, second = ev.work_types.create(title="One"), ev.work_types.create(title="Two")
    assert (type(first), second) == (int, first + 1)
    client_id = new_client(ev)
    with raw(sb) as http:
        client = http.get("/api/client/details", params={"id": client_id}).json()
        assert client["CreatedOn"] == "2026-11-21T10:11:12.1250000Z"
        assert isinstance(client["Id"], int)
        created = http.post(
            "/api/invoice/new",
            json={
                "ClientId": client_id,
                "Number": "T-1",
                "IssuedOn": "2026-11-21T09:00:00.5+02:00",
                "Duedate": "2026-12-01T00:00:00Z",
            },
        ).json()
    assert created["IssuedOn"] == "2026-11-21T07:00:00.5000000Z"
    assert created["Duedate"] == "2026-12-01T00:00:00.0000000Z"
    assert all(STAMP.match(t["CreatedOn"]) for t in http_work_types(sb))


def http_work_types(sb: Sandbox) -> list[dict[str, Any]]:
    with raw(sb) as http:
        body: list[dict[str, Any]] = http.get("/api/worktype/all").json()
    return body


# -- business rules ------------------------------------------------------------------------


def test_invoice_status_rules(ev: Any) -> None:
    work_type_id = ev.work_types.create(title="Work")
    client_id = new_client(ev)
    invoice = new_invoice(ev, client_id, work_type_id, "S-1")
    assert ev.invoices.change_status(id=invoice.id, status="Paid") is True
    with pytest.raises(errors.ValidationError) as caught:
        ev.invoices.change_status(id=invoice.id, status="Draft")
    assert caught.value.code == "E_INVALID_STATUS"
    assert ev.invoices.change_status(id=invoice.id, status="Void") is True
    with pytest.raises(errors.ValidationError):
        ev.invoices.send_to_client(invoice_id=invoice.id)
    with pytest.raises(errors.APIError) as void_update:
        ev.invoices.update(id=invoice.id, notes="too late")
    assert (void_update.value.status_code, void_update.value.code) == (200, "E_INVALID_STATUS")

    late = new_invoice(
        ev, client_id, work_type_id, "S-2",
        issued_on="2020-01-01T00:00:00Z", duedate="2020-02-01T00:00:00Z",
    )  # fmt: skip
    assert ev.invoices.status(id=late.id) == "Draft"
    ev.invoices.send_to_client(invoice_id=late.id)
    assert ev.invoices.status(id=late.id) == "Overdue"  # unpaid past its due date


def test_invoice_numbers_references_and_gateways_are_checked(ev: Any) -> None:
    work_type_id = ev.work_types.create(title="Work")
    client_id = new_client(ev)
    new_invoice(ev, client_id, work_type_id, "N-1")
    with pytest.raises(errors.APIError) as duplicate:
        new_invoice(ev, client_id, work_type_id, "N-1")
    assert duplicate.value.code == "E_DUPLICATE"
    with pytest.raises(errors.APIError) as bad_item:
        new_invoice(ev, client_id, work_type_id, "N-2", items=[{"WorkTypeId": 999, "Cost": 1.0}])
    assert bad_item.value.code == "E_INVALID_REFERENCE" and "Items[0].WorkTypeId" in str(
        bad_item.value
    )
    mkd = reference(ev, "MKD")["client_currency_id"]
    with pytest.raises(errors.APIError) as gateway:
        new_invoice(
            ev,
            client_id,
            work_type_id,
            "N-3",
            currency_id=mkd,
            payment_gateways=[{"Name": "Paypal"}],
        )
    assert gateway.value.code == "E_UNSUPPORTED_CURRENCY"
    ok = new_invoice(
        ev, client_id, work_type_id, "N-3", currency_id=mkd, payment_gateways=[{"Name": "Halkbank"}]
    )
    assert ok.currency.value == "MKD"
    with pytest.raises(errors.APIError) as backwards:
        new_invoice(ev, client_id, work_type_id, "N-4", duedate="2026-01-01T00:00:00Z")
    assert "Duedate" in str(backwards.value)


def test_invoice_amounts_follow_items_taxes_and_discounts(ev: Any) -> None:
    work_type_id = ev.work_types.create(title="Work")
    tax_id = ev.taxes.create(name="VAT", percentage=10.0)
    client_id = new_client(ev)
    invoice = new_invoice(
        ev, client_id, work_type_id, "M-1",
        items=[
            {"WorkTypeId": work_type_id, "Cost": 100.0, "Quantity": 2,
             "DiscountPercentage": 25.0, "TaxId": tax_id},
            {"WorkTypeId": work_type_id, "Cost": 10.0, "Quantity": 1.5, "TaxPercentage": 20.0},
        ],
    )  # fmt: skip
    assert [(i.sub_total_amount, i.discount_amount, i.tax_amount) for i in invoice.items] == [
        (200.0, 50.0, 15.0),
        (15.0, 0.0, 3.0),
    ]
    assert (invoice.sub_total_amount, invoice.discount_amount, invoice.tax_amount) == (
        215.0,
        50.0,
        18.0,
    )
    assert invoice.total_amount == 183.0
    first_line = invoice.items[0].id
    updated = ev.invoices.update(
        id=invoice.id,
        items=[{"Id": first_line, "WorkTypeId": work_type_id, "Cost": 1.0, "Quantity": 1}],
    )
    assert [(i.id, i.total_amount) for i in updated.items] == [(first_line, 1.0)]


def test_records_in_use_cannot_be_deleted(ev: Any) -> None:
    work_type_id = ev.work_types.create(title="Work")
    tax_id = ev.taxes.create(name="VAT", percentage=18.0)
    client_id = new_client(ev, email="buyer@shop.example")
    category = ev.invoices.create_category(name="Retail")
    invoice = new_invoice(
        ev, client_id, work_type_id, "U-1", invoice_category_id=category.id,
        items=[{"WorkTypeId": work_type_id, "Cost": 5.0, "Quantity": 1, "TaxId": tax_id}],
    )  # fmt: skip
    for call in (
        lambda: ev.clients.delete(id=client_id),
        lambda: ev.work_types.delete(id=work_type_id),
        lambda: ev.taxes.delete(id=tax_id),
        lambda: ev.invoices.delete_category(id=category.id),
    ):
        with pytest.raises(errors.ValidationError) as caught:
            call()
        assert caught.value.code == "E_IN_USE"
    ev.invoices.delete(id=invoice.id)
    assert ev.clients.can_delete(id=client_id) is True

    # An order billed to the client's e-mail ties the client down too.
    eur = reference(ev)["client_currency_id"]
    order_id = ev.orders.create(
        currency_id=eur, order_billing_details={"Email": "BUYER@shop.example"}
    )
    assert ev.clients.can_delete(id=client_id) is False
    ev.orders.delete(id=order_id)
    assert ev.clients.delete(id=client_id) == client_id


def test_order_rules(ev: Any) -> None:
    eur = reference(ev)["client_currency_id"]
    product_id = ev.products.create(
        name="Workshop",
        currency_id=eur,
        items=[{"Cost": 50.0, "MinimumQuantity": 2}],
        coupons=[{"Code": "OLD", "DiscountAmount": 10.0, "ValidUntil": "2020-01-01T00:00:00Z"}],
    )
    item_id = ev.products.get(id=product_id).items[0].id
    with pytest.raises(errors.ValidationError) as below_minimum:
        ev.orders.create(product_id=product_id, items=[{"ProductItemId": item_id, "Quantity": 1}])
    assert "minimum" in below_minimum.value.message
    with pytest.raises(errors.ValidationError) as expired:
        ev.orders.create(product_id=product_id, coupon_code="OLD")
    assert expired.value.code == "E_INVALID_COUPON"
    order_id = ev.orders.create(product_id=product_id)
    order = ev.orders.get(id=order_id)
    assert (order.status.value, order.total_amount, order.currency.value) == (
        "PendingPayment",
        100.0,
        "EUR",
    )
    with pytest.raises(errors.ValidationError):
        ev.products.delete(id=product_id)  # it has an order
    ev.orders.change_status(id=order_id, status="Cancelled", reason="changed my mind")
    with pytest.raises(errors.ValidationError) as final:
        ev.orders.change_shipping_details(order_id=order_id, address="Elsewhere 2")
    assert final.value.code == "E_INVALID_STATUS"
    with pytest.raises(errors.NotFoundError):
        ev.orders.change_status(id=404, status="Shipped")


def test_client_fields_are_validated_on_update(ev: Any) -> None:
    client_id = new_client(ev)
    with pytest.raises(errors.ValidationError):
        ev.clients.update(id=client_id, email="not-an-address")
    with pytest.raises(errors.ValidationError):
        ev.clients.update(id=client_id, ui_language_id=999)
    ev.clients.update(
        id=client_id, name="ACME Holdings", additional_emails=[{"Email": "cc@acme.example"}]
    )
    client = ev.clients.get(id=client_id)
    assert client.name == "ACME Holdings" and client.email == "billing@acme.example"
    assert [e.email for e in client.additional_emails] == ["cc@acme.example"]

    # The client's due period dates invoices that come without a due date.
    ev.clients.update(id=client_id, default_due_date_in_days=14)
    work_type_id = ev.work_types.create(title="Work")
    invoice = ev.invoices.create(
        client_id=client_id, number="D-1", issued_on="2026-11-21T08:00:00Z",
        items=[{"WorkTypeId": work_type_id, "Cost": 1.0}],
    )  # fmt: skip
    assert invoice.duedate.isoformat() == "2026-12-05T08:00:00+00:00"


# -- persistence ---------------------------------------------------------------------------


def test_state_and_credentials_survive_a_restart_on_sqlite(tmp_path: Path) -> None:
    database = tmp_path / "s.db"
    first = Sandbox(database=database).start()
    try:
        credentials = (first.envoice.auth_key, first.envoice.auth_secret)
        with first.client("envoice") as ev:
            work_type_id = ev.work_types.create(title="Kept")
            client_id = new_client(ev)
            invoice = new_invoice(ev, client_id, work_type_id, "K-1")
        first.assert_no_violations()
    finally:
        first.stop()

    second = Sandbox(database=database).start()
    try:
        assert (second.envoice.auth_key, second.envoice.auth_secret) == credentials
        with second.client("envoice") as ev:
            assert ev.invoices.get(id=invoice.id).number == "K-1"
            assert ev.clients.get(id=client_id).name == "ACME Ltd"
            assert ev.work_types.create(title="Next") == work_type_id + 1  # counters kept too
        second.assert_no_violations()
    finally:
        second.stop()
