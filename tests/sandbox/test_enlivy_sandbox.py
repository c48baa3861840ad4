"""The Enlivy emulator, driven end to end through the facade clients (and raw httpx where the
status or the error body itself is the point)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from enlivy_client.types import Unset

import facade
from facade import errors
from facade.testing import Sandbox

INTERNAL = {"source": "internal", "payment_method": "bank_transfer", "delivery_method": "email"}


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _org_url(sb: Sandbox, tail: str = "") -> str:
    return f"{sb.enlivy_url}/organizations/{sb.enlivy.organization_id}{tail}"


def _get(sb: Sandbox, tail: str, token: str | None = None, **params: Any) -> httpx.Response:
    return httpx.get(_org_url(sb, tail), params=params, headers=_bearer(token or sb.enlivy.token))


def _post(sb: Sandbox, tail: str, body: dict[str, Any], key: str | None = None) -> httpx.Response:
    headers = _bearer(sb.enlivy.token) | ({"Idempotency-Key": key} if key else {})
    return httpx.post(_org_url(sb, tail), json=body, headers=headers)


def _line(name: str, quantity: float, price: float, **extra: Any) -> dict[str, Any]:
    return {"name_lang_map": {"en": name}, "quantity": quantity, "price": price, **extra}


def _invoice(en: Any, sb: Sandbox, lines: list[dict[str, Any]] | None = None, **extra: Any) -> Any:
    values = {"status": "draft", "currency": "EUR", **INTERNAL, **extra}
    return en.invoices.create(
        organization_receiver_user_id=sb.enlivy.customer_id,
        line_items=lines or [_line("Consulting", 2, 150.0)],
        **values,
    )


def _count_invoices(sb: Sandbox) -> int:
    total: int = _get(sb, "/invoices").json()["meta"]["pagination"]["total"]
    return total


# -- authentication ------------------------------------------------------------------------------


def test_login_issues_a_new_token_that_works_as_a_bearer(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = facade.Enlivy.login(
        email=sb.enlivy.email,
        password=sb.enlivy.password,
        organization_id=sb.enlivy.organization_id,
        base_url=sb.enlivy_url,
    )
    assert en.organizations.get().id == sb.enlivy.organization_id

    raw = httpx.post(
        f"{sb.enlivy_url}/authentication/login",
        json={"email": sb.enlivy.email, "password": sb.enlivy.password, "remember": True},
    )
    assert raw.status_code == 200
    token = raw.json()["token"]
    assert re.fullmatch(r"\d+\|\w{20,}", token)
    assert token != sb.enlivy.token
    assert re.fullmatch(r"1\|\w{20,}", sb.enlivy.token)  # the seeded API token
    assert _get(sb, "", token=token).json()["data"]["id"] == sb.enlivy.organization_id


def test_wrong_credentials_and_bad_tokens_get_401_with_a_message(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    wrong = httpx.post(
        f"{sb.enlivy_url}/authentication/login",
        json={"email": sb.enlivy.email, "password": "not-the-password"},
    )
    assert wrong.status_code == 401
    assert set(wrong.json()) == {"message"}
    with pytest.raises(errors.AuthenticationError):
        facade.Enlivy.login(email=sb.enlivy.email, password="nope", base_url=sb.enlivy_url)

    unknown = _get(sb, "/invoices", token="1|not-a-real-token")
    assert unknown.status_code == 401
    assert unknown.json()["message"]
    missing = httpx.get(_org_url(sb, "/invoices"))
    assert missing.status_code == 401
    assert missing.json()["message"]
    with pytest.raises(errors.AuthenticationError):
        list(sb.client("enlivy", token="9|forged").tags.list())


def test_login_without_a_password_is_refused_by_the_spec_with_422(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.expect_violations() as seen:
        response = httpx.post(
            f"{sb.enlivy_url}/authentication/login", json={"email": sb.enlivy.email}
        )
    assert response.status_code == 422
    body = response.json()
    assert body["message"] and isinstance(body["errors"], dict) and body["errors"]
    assert len(seen) == 1


def test_foreign_organizations_are_403_and_unknown_records_404(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    other = sb.enlivy.other_organization_id
    with pytest.raises(errors.PermissionDeniedError):
        en.organizations.get(organization_id=other)
    with pytest.raises(errors.PermissionDeniedError):
        list(en.invoices.list(organization_id=other))
    foreign = httpx.get(
        f"{sb.enlivy_url}/organizations/{other}/tags", headers=_bearer(sb.enlivy.token)
    )
    assert foreign.status_code == 403
    assert foreign.json()["message"]

    unknown_org = httpx.get(
        f"{sb.enlivy_url}/organizations/org_nope", headers=_bearer(sb.enlivy.token)
    )
    assert unknown_org.status_code == 404
    missing = _get(sb, "/invoices/org_inv_missing")
    assert missing.status_code == 404
    assert set(missing.json()) == {"message"}
    with pytest.raises(errors.NotFoundError):
        en.products.update(product_id="org_prod_missing", alias="x")
    with pytest.raises(errors.NotFoundError):
        en.tags.delete(tag_id="org_tag_missing")


# -- organizations -------------------------------------------------------------------------------


def test_organizations_list_only_the_callers_and_get_is_wrapped(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    listed = list(en.organizations.list())
    assert [o.id for o in listed] == [sb.enlivy.organization_id]  # not the other organization
    raw = _get(sb, "")
    data = raw.json()["data"]
    assert data["id"] == sb.enlivy.organization_id
    for field in ("user_id", "name", "slug", "type", "country_code", "timezone", "feature_list"):
        assert field in data
    assert data["organization_id"] is None and data["environment"] == "live"
    page = httpx.get(f"{sb.enlivy_url}/organizations", headers=_bearer(sb.enlivy.token)).json()
    assert page["meta"]["pagination"]["total"] == 1


# -- CRUD of every resource ----------------------------------------------------------------------

RESOURCES: list[tuple[str, str, str, str, dict[str, Any], dict[str, Any]]] = [
    # resource, id argument, id prefix, object, create arguments, update arguments
    (
        "tags",
        "tag_id",
        "org_tag_",
        "tag",
        {"alias": "vip", "rgba_color_code": "rgba(0,0,0,1)"},
        {"alias": "very-vip"},
    ),
    (
        "tax_classes",
        "tax_class_id",
        "org_tax_class_",
        "tax_class",
        {"name_lang_map": {"en": "Reduced"}, "display_name": "VAT 9"},
        {"display_name": "VAT 9%"},
    ),
    (
        "invoice_prefixes",
        "invoice_prefix_id",
        "org_inv_prefix_",
        "invoice_prefix",
        {"name": "Proformas", "alias": "PRO", "type": "proforma", "next_number": 10},
        {"description": "proforma series"},
    ),
    (
        "bank_accounts",
        "bank_account_id",
        "org_bank_acc_",
        "bank_account",
        {
            "name": "PayPal",
            "currency": "USD",
            "bank_name": "PayPal",
            "bank_address": "n/a",
            "bank_country_code": "US",
            "type": "paypal",
            "account_information": {"email": "pay@acme.example"},
        },
        {"name": "PayPal USD"},
    ),
    (
        "products",
        "product_id",
        "org_prod_",
        "product",
        {"type": "digital", "price_map": {"EUR": 10.0}, "name_lang_map": {"en": "E-book"}},
        {"alias": "EBOOK"},
    ),
    (
        "organization_users",
        "organization_user_id",
        "org_user_",
        "organization_user",
        {
            "organization_user_role_id": "<customer_role>",
            "country_code": "DE",
            "first_name": "Max",
            "last_name": "Muster",
            "email": "max@example.com",
        },
        {"phone_number": "301234567"},
    ),
]


@pytest.mark.parametrize(
    ("resource", "id_arg", "prefix", "obj", "create", "update"),
    RESOURCES,
    ids=[r[0] for r in RESOURCES],
)
def test_crud_with_soft_delete(
    fiscal_sandbox: Sandbox,
    resource: str,
    id_arg: str,
    prefix: str,
    obj: str,
    create: dict[str, Any],
    update: dict[str, Any],
) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    api = getattr(en, resource)
    create = {
        k: sb.enlivy.customer_role_id if v == "<customer_role>" else v for k, v in create.items()
    }
    created = api.create(**create)
    assert created.id.startswith(prefix) and created.object_ == obj
    assert created.organization_id == sb.enlivy.organization_id
    assert created.created_at and created.deleted_at is None

    fetched = api.get(**{id_arg: created.id})
    assert fetched.id == created.id
    (field, value), *_ = update.items()
    changed = api.update(**{id_arg: created.id}, **update)
    assert getattr(changed, field) == value
    before, after = created.to_dict(), changed.to_dict()
    for untouched in (set(create) - set(update)) & set(before):  # (next_number is input only)
        assert after[untouched] == before[untouched]
    assert api.get(**{id_arg: created.id}).updated_at >= created.updated_at

    assert created.id in [r.id for r in api.list()]
    deleted = api.delete(**{id_arg: created.id})
    assert deleted.id == created.id and deleted.deleted_at
    assert deleted.deleted_by_user_id
    assert created.id not in [r.id for r in api.list()]
    assert created.id in [r.id for r in api.list(deleted=1)]
    assert created.id in [r.id for r in api.list(deleted=-1)]
    assert api.get(**{id_arg: created.id}).deleted_at  # still readable by id
    with pytest.raises(errors.NotFoundError):  # but gone for changes
        api.update(**{id_arg: created.id}, **update)


def test_tax_rates_crud_with_locations(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    rate = en.tax_rates.create(
        organization_tax_class_id=sb.enlivy.tax_class_id,
        name="Berlin only",
        rate=7.0,
        has_eu_vat_properties=False,
        has_locations=True,
        locations=[{"country_code": "DE", "zip_code": "10115"}, {"country_code": "AT"}],
    )
    assert rate.id.startswith("org_tax_rate_") and rate.object_ == "tax_rate"
    assert isinstance(rate.locations, Unset)  # only with include=locations
    with_locations = en.tax_rates.get(tax_rate_id=rate.id, include="locations")
    first, second = with_locations.locations.data
    assert (first.country_code, second.country_code) == ("DE", "AT")
    en.tax_rates.update(tax_rate_id=rate.id, locations=[{"id": second.id, "_deleted": True}])
    after = en.tax_rates.get(tax_rate_id=rate.id, include="locations")
    assert [loc.id for loc in after.locations.data] == [first.id]
    listed = en.tax_rates.list(organization_tax_class_id=sb.enlivy.tax_class_id)
    assert {r.id for r in listed} == {sb.enlivy.tax_rate_id, rate.id}
    assert en.tax_rates.delete(tax_rate_id=rate.id).deleted_at


def test_references_and_required_fields_are_checked_with_field_errors(
    fiscal_sandbox: Sandbox,
) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    with pytest.raises(errors.ValidationError) as bad_class:
        en.products.create(type="service", price_map={"EUR": 1.0}, organization_tax_class_id="x")
    assert "organization_tax_class_id" in bad_class.value.errors
    with pytest.raises(errors.ValidationError) as two_currencies:
        en.products.create(type="service", price_map={"EUR": 1.0, "USD": 1.1})
    assert "primary_currency" in two_currencies.value.errors
    with pytest.raises(errors.ValidationError) as bad_role:
        en.organization_users.create(
            organization_user_role_id="org_user_role_nope", country_code="RO", name="X SRL"
        )
    assert "organization_user_role_id" in bad_role.value.errors
    with pytest.raises(errors.ValidationError) as person:
        en.organization_users.create(
            organization_user_role_id=sb.enlivy.customer_role_id, country_code="RO", first_name="A"
        )
    assert "last_name" in person.value.errors
    with pytest.raises(errors.ValidationError) as stripe:
        en.bank_accounts.create(
            name="S",
            currency="EUR",
            bank_name="S",
            bank_address="S",
            bank_country_code="IE",
            type="stripe",
            account_information={"iban": "IE00"},
        )
    assert "account_information.account_id" in stripe.value.errors
    with pytest.raises(errors.ValidationError) as rate_class:
        en.tax_rates.update(tax_rate_id=sb.enlivy.tax_rate_id, organization_tax_class_id="nope")
    assert "organization_tax_class_id" in rate_class.value.errors

    refused = _post(sb, "/tags", {"description": "no alias"})
    assert refused.status_code == 422
    assert refused.json()["errors"]["alias"] and refused.json()["message"]


# -- invoices ------------------------------------------------------------------------------------


def test_invoice_totals_are_computed_from_the_line_items_with_tax(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    vat = sb.enlivy.tax_class_id
    invoice = _invoice(
        en,
        sb,
        [
            # 2 x 150 = 300, 10 % off = 30, 19 % VAT on 270 = 51.30
            _line("Consulting", 2, 150.0, discount=10, organization_tax_class_id=vat),
            # 3 x 19.99 = 59.97, no tax class
            _line("Travel", 3, 19.99),
            # the seeded product: 100 EUR, its tax class (19 %): 1 x 100 + 19
            {"organization_product_id": sb.enlivy.product_id, "quantity": 1},
        ],
        sub_total=1.0,  # ignored: internal invoices are computed by the server
    )
    assert invoice.sub_total == 459.97
    assert invoice.discount == 30.0
    assert invoice.tax_total == 70.3
    assert invoice.total == 500.27
    assert invoice.is_tax_charged is True

    full = en.invoices.get(invoice_id=invoice.id, include="line_items,taxes")
    lines = full.line_items.data
    assert [line.total for line in lines] == [321.3, 59.97, 119.0]
    assert all(line.id.startswith("org_inv_li_") for line in lines)
    assert {line.organization_invoice_id for line in lines} == {invoice.id}
    assert lines[2].name_lang_map.additional_properties == {"en": "Consulting hour"}
    assert lines[2].organization_tax_class_id == sb.enlivy.tax_class_id
    assert [t.amount for t in full.taxes.data] == [70.3]
    assert full.taxes.data[0].organization_tax_rate_id == sb.enlivy.tax_rate_id


def test_include_line_items_only_when_requested(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    invoice = _invoice(en, sb)
    assert isinstance(en.invoices.get(invoice_id=invoice.id).line_items, Unset)
    assert len(en.invoices.get(invoice_id=invoice.id, include="line_items").line_items.data) == 1

    plain = _get(sb, "/invoices").json()["data"][0]
    assert "line_items" not in plain and "taxes" not in plain
    rich = _get(sb, "/invoices", include="line_items,invoice_prefix,tag_ids").json()["data"][0]
    assert rich["line_items"]["data"][0]["price"] == 150.0
    assert rich["invoice_prefix"]["data"]["id"] == sb.enlivy.invoice_prefix_id
    assert rich["tag_ids"] == []
    unknown = _get(sb, "/invoices", include="line_items,secrets")
    assert unknown.status_code == 422 and "include" in unknown.json()["errors"]
    with pytest.raises(errors.ValidationError) as refused:
        en.invoices.get(invoice_id=invoice.id, include="secrets")
    assert "include" in refused.value.errors


def test_invoice_receiver_must_exist_and_be_invoiceable(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    for receiver in (sb.enlivy.staff_user_id, "org_user_unknown"):
        with pytest.raises(errors.ValidationError) as refused:
            en.invoices.create(
                organization_receiver_user_id=receiver,
                status="draft",
                currency="EUR",
                line_items=[_line("x", 1, 1.0)],
                **INTERNAL,
            )
        assert refused.value.status_code == 422
        assert list(refused.value.errors) == ["organization_receiver_user_id"]
    raw = _post(
        sb,
        "/invoices",
        {
            "organization_receiver_user_id": sb.enlivy.staff_user_id,
            "status": "draft",
            "currency": "EUR",
            "line_items": [_line("x", 1, 1.0)],
            **INTERNAL,
        },
    )
    assert raw.status_code == 422
    assert set(raw.json()) == {"message", "errors"}
    assert raw.json()["errors"]["organization_receiver_user_id"]
    assert _count_invoices(sb) == 0


def test_internal_invoices_need_line_items_and_valid_references(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    base = {
        "organization_receiver_user_id": sb.enlivy.customer_id,
        "status": "draft",
        "currency": "EUR",
        **INTERNAL,
    }
    no_lines = _post(sb, "/invoices", base)
    assert no_lines.status_code == 422 and "line_items" in no_lines.json()["errors"]
    lines = [_line("x", 1, 1.0)]
    without = {k: v for k, v in base.items() if k != "delivery_method"}
    no_delivery = _post(sb, "/invoices", {**without, "line_items": lines})
    assert no_delivery.status_code == 422
    assert list(no_delivery.json()["errors"]) == ["delivery_method"]
    bad_refs = _post(
        sb,
        "/invoices",
        {
            **base,
            "organization_bank_account_id": "org_bank_acc_nope",
            "line_items": [_line("x", 1, 1.0, organization_tax_class_id="org_tax_class_nope")],
        },
    )
    assert bad_refs.status_code == 422
    assert set(bad_refs.json()["errors"]) == {
        "organization_bank_account_id",
        "line_items.0.organization_tax_class_id",
    }
    external = _post(
        sb,
        "/invoices",
        {
            "organization_receiver_user_id": sb.enlivy.customer_id,
            "status": "paid",
            "currency": "EUR",
            "source": "external",
            "direction": "inbound",
            "number": "V-77",
            "sub_total": 100.0,
            "taxes": [{"organization_tax_rate_id": sb.enlivy.tax_rate_id, "amount": 19.0}],
        },
    )
    assert external.status_code in (200, 201)
    data = external.json()["data"]
    assert (data["sub_total"], data["tax_total"], data["total"]) == (100.0, 19.0, 119.0)
    assert data["number"] == "V-77" and data["paid_at"]


def test_invoice_update_recomputes_totals_and_marks_paid(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    invoice = _invoice(en, sb)
    assert invoice.total == 300.0
    renamed = en.invoices.update(invoice_id=invoice.id, note_lang_map={"en": "thanks"})
    assert renamed.total == 300.0 and renamed.note_lang_map.additional_properties == {
        "en": "thanks"
    }

    changed = en.invoices.update(
        invoice_id=invoice.id,
        line_items=[_line("Audit", 4, 50.0, organization_tax_class_id=sb.enlivy.tax_class_id)],
    )
    assert (changed.sub_total, changed.tax_total, changed.total) == (200.0, 38.0, 238.0)
    lines = en.invoices.get(invoice_id=invoice.id, include="line_items").line_items.data
    assert [(line.quantity, line.price) for line in lines] == [(4, 50.0)]

    paid = en.invoices.update(invoice_id=invoice.id, status="paid", paid_at="2026-11-21 10:00:00")
    assert paid.status == "paid" and paid.paid_at == "2026-11-21 10:00:00"
    assert paid.total == 238.0 and paid.currency == "EUR"
    with pytest.raises(errors.ValidationError) as bad_prefix:
        en.invoices.update(invoice_id=invoice.id, organization_invoice_prefix_id="org_inv_prefix_x")
    assert "organization_invoice_prefix_id" in bad_prefix.value.errors
    with pytest.raises(errors.ValidationError) as bad_paid_at:
        en.invoices.update(invoice_id=invoice.id, paid_at="yesterday")
    assert "paid_at" in bad_paid_at.value.errors


def test_invoice_numbers_come_from_the_prefix(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    first, second = _invoice(en, sb), _invoice(en, sb)
    assert (first.number, second.number) == ("0001", "0002")
    assert second.formatted_number == "SBX-0002"
    assert first.organization_invoice_prefix_id == sb.enlivy.invoice_prefix_id
    assert (
        en.invoice_prefixes.get(invoice_prefix_id=sb.enlivy.invoice_prefix_id).current_number == 2
    )
    series = en.invoice_prefixes.create(name="2027", alias="B", next_number=100, padding=0)
    third = _invoice(en, sb, organization_invoice_prefix_id=series.id)
    assert (third.number, third.formatted_number) == ("100", "B-100")
    explicit = _invoice(en, sb, number="7")
    assert explicit.number == "7"
    with pytest.raises(errors.ValidationError) as taken:
        _invoice(en, sb, number="7")
    assert "number" in taken.value.errors


def test_invoice_list_filters(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    other_customer = en.organization_users.create(
        organization_user_role_id=sb.enlivy.customer_role_id, country_code="RO", name="Beta SRL"
    )
    eur = _invoice(en, sb)
    ron = _invoice(en, sb, currency="RON", status="pending")
    beta = en.invoices.create(
        organization_receiver_user_id=other_customer.id,
        status="draft",
        currency="EUR",
        line_items=[_line("x", 1, 1.0)],
        **INTERNAL,
    )
    assert {i.id for i in en.invoices.list(currency="RON")} == {ron.id}
    assert {i.id for i in en.invoices.list(status="draft")} == {eur.id, beta.id}
    assert {i.id for i in en.invoices.list(direction="inbound")} == set()
    receiver = en.invoices.list(organization_receiver_user_id=other_customer.id)
    assert [i.id for i in receiver] == [beta.id]
    assert [i.id for i in en.invoices.list(q="Beta")] == []  # search looks at the invoice itself
    assert [i.id for i in en.invoices.list(q="RON")] == [ron.id]


# -- lists ---------------------------------------------------------------------------------------


def test_paging_across_pages_with_meta_and_links(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    created = [en.tags.create(alias=f"tag-{n}").id for n in range(7)]
    paginator = en.tags.list(per_page=3)
    pages = list(paginator.pages())
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [t.id for p in pages for t in p] == created[::-1]  # newest first by default
    assert [t.id for t in en.tags.list(per_page=3, order="asc")] == created

    second = _get(sb, "/tags", per_page=3, page=2, include_meta="navigation").json()
    pagination = second["meta"]["pagination"]
    assert pagination == {
        "total": 7,
        "count": 3,
        "per_page": 3,
        "current_page": 2,
        "total_pages": 3,
        "links": pagination["links"],
    }
    assert "page=3" in pagination["links"]["next"] and "per_page=3" in pagination["links"]["next"]
    assert "page=1" in pagination["links"]["previous"]
    assert (
        httpx.get(pagination["links"]["next"], headers=_bearer(sb.enlivy.token)).json()["meta"][
            "pagination"
        ]["current_page"]
        == 3
    )
    assert second["meta"]["navigation"] == {"active": 7, "trash": 0}
    default = _get(sb, "/tags").json()["meta"]
    assert default["pagination"]["per_page"] == 30 and "navigation" not in default

    capped = _get(sb, "/tags", limit=4, per_page=3).json()["meta"]["pagination"]
    assert (capped["total"], capped["total_pages"]) == (4, 2)
    assert len(list(en.tags.list(limit=5))) == 5
    by_alias = [t.alias for t in en.tags.list(order_by="alias", order="asc")]
    assert by_alias == sorted(by_alias)
    with sb.expect_violations():
        too_big = _get(sb, "/tags", per_page=51)
    assert too_big.status_code == 422
    assert _get(sb, "/tags", order_by="no_such_field").status_code == 422


def test_deleted_filter_and_navigation_counts(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    en = sb.client("enlivy")
    keep, drop = _invoice(en, sb), _invoice(en, sb)
    en.invoices.delete(invoice_id=drop.id)
    assert [i.id for i in en.invoices.list()] == [keep.id]
    assert [i.id for i in en.invoices.list(deleted=0)] == [keep.id]
    assert [i.id for i in en.invoices.list(deleted=1)] == [drop.id]
    assert {i.id for i in en.invoices.list(deleted=-1)} == {keep.id, drop.id}
    meta = _get(sb, "/invoices", include_meta="navigation").json()["meta"]
    assert meta["navigation"] == {"active": 1, "trash": 1}
    assert meta["pagination"]["total"] == 1
    with pytest.raises(errors.NotFoundError):
        en.invoices.delete(invoice_id=drop.id)


# -- idempotency ---------------------------------------------------------------------------------


def test_idempotency_key_replays_and_refuses_a_different_body(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    body = {
        "organization_receiver_user_id": sb.enlivy.customer_id,
        "status": "draft",
        "currency": "EUR",
        "line_items": [_line("x", 1, 10.0)],
        **INTERNAL,
    }
    key = str(uuid.uuid4())
    first = _post(sb, "/invoices", body, key=key)
    again = _post(sb, "/invoices", body, key=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert _count_invoices(sb) == 1

    changed = _post(sb, "/invoices", {**body, "currency": "RON"}, key=key)
    assert changed.status_code == 422
    assert changed.json()["message"] and changed.json()["errors"]
    assert _count_invoices(sb) == 1
    assert _post(sb, "/invoices", body, key=str(uuid.uuid4())).status_code == 201
    assert _count_invoices(sb) == 2

    en = sb.client("enlivy")
    tag_key = str(uuid.uuid4())
    assert (
        en.tags.create(alias="same", idempotency_key=tag_key).id
        == en.tags.create(alias="same", idempotency_key=tag_key).id
    )
    with pytest.raises(errors.ValidationError):
        en.tags.create(alias="other", idempotency_key=tag_key)


class _KeyRecorder(httpx.HTTPTransport):
    """Notes the Idempotency-Key of every attempt (the facade's retries wrap this transport)."""

    def __init__(self, keys: list[str | None]) -> None:
        super().__init__()
        self.keys = keys

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.keys.append(request.headers.get("Idempotency-Key"))
        return super().handle_request(request)


def test_a_create_retried_after_a_503_creates_one_invoice(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    keys: list[str | None] = []
    en = sb.client("enlivy", http_client=httpx.Client(transport=_KeyRecorder(keys)))
    fault = sb.faults.add(api="enlivy", method="POST", path="/invoices$", status=503, times=1)
    invoice = _invoice(en, sb)
    assert fault.hits == 1
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0]  # the retry reused the key
    assert _count_invoices(sb) == 1
    assert [i.id for i in en.invoices.list()] == [invoice.id]
    replay = _post(
        sb,
        "/invoices",
        {
            "organization_receiver_user_id": sb.enlivy.customer_id,
            "status": "draft",
            "currency": "EUR",
            "line_items": [_line("Consulting", 2, 150.0)],
            **INTERNAL,
        },
        key=keys[0],
    )
    assert replay.json()["data"]["id"] == invoice.id  # the same key finds the same invoice
    assert _count_invoices(sb) == 1


# -- async ---------------------------------------------------------------------------------------


async def test_async_client_creates_and_pages(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    async with sb.async_client("enlivy") as en:
        tax_class = await en.tax_classes.create(name_lang_map={"en": "Zero"}, tax_category="Z")
        for n in range(3):
            await en.tags.create(alias=f"async-{n}")
        seen = [tag.alias async for tag in en.tags.list(per_page=2)]
        assert seen == ["async-2", "async-1", "async-0"]
        fetched = await en.tax_classes.get(tax_class_id=tax_class.id)
        assert fetched.tax_category == "Z"
        logged_in = await facade.AsyncEnlivy.login(
            email=sb.enlivy.email,
            password=sb.enlivy.password,
            organization_id=sb.enlivy.organization_id,
            base_url=sb.enlivy_url,
        )
        async with logged_in:
            assert (await logged_in.organizations.get()).id == sb.enlivy.organization_id


# -- persistence ---------------------------------------------------------------------------------


def test_state_and_credentials_survive_a_restart_on_sqlite(tmp_path: Path) -> None:
    database = tmp_path / "s.db"
    first = Sandbox(database=database).start()
    try:
        seeded = {
            name: getattr(first.enlivy, name)
            for name in (
                "email",
                "password",
                "token",
                "organization_id",
                "customer_id",
                "bank_account_id",
                "invoice_prefix_id",
                "tax_class_id",
                "tax_rate_id",
            )
        }
        en = first.client("enlivy")
        invoice = _invoice(en, first)
        issued = httpx.post(
            f"{first.enlivy_url}/authentication/login",
            json={"email": first.enlivy.email, "password": first.enlivy.password},
        ).json()["token"]
        first.assert_no_violations()
    finally:
        first.stop()

    second = Sandbox(database=database).start()
    try:
        assert {name: getattr(second.enlivy, name) for name in seeded} == seeded
        en = second.client("enlivy")
        again = en.invoices.get(invoice_id=invoice.id, include="line_items")
        assert again.total == invoice.total and len(again.line_items.data) == 1
        assert len(list(en.invoices.list())) == 1
        assert _invoice(en, second).number == "0002"  # the prefix counter survived too
        assert len(list(en.tax_rates.list())) == 1  # seeding did not run twice
        org = httpx.get(  # a token issued by login before the restart still works
            f"{second.enlivy_url}/organizations/{seeded['organization_id']}",
            headers=_bearer(issued),
        )
        assert org.status_code == 200
        relogin = facade.Enlivy.login(
            email=seeded["email"],
            password=seeded["password"],
            base_url=second.enlivy_url,
            organization_id=seeded["organization_id"],
        )
        assert relogin.organizations.get().id == seeded["organization_id"]
        second.assert_no_violations()
    finally:
        second.stop()
