"""The generated models as our model template writes them (scripts/pipeline/models.py):
straight-line conversion code, unknown enum values kept, readable reprs, free-form objects
that read like dicts. The round trips themselves are fuzzed in tests/fuzz/test_models.py."""

from __future__ import annotations

import ast
import importlib
import json
import logging
import pkgutil
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from attrs import NOTHING

import facade
from facade import errors

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("enlivy_client", "envoice_client", "fiskaly_management_client")
ORG = "org_3fa85f64"


def model_classes(package: str) -> list[type[Any]]:
    models = importlib.import_module(f"{package}.models")
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{package}.models.{info.name}")
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and value.__module__ == module.__name__
            and hasattr(value, "__attrs_attrs__")
        ]
    return found


ALL_MODELS = [model for package in PACKAGES for model in model_classes(package)]


# --- the code ------------------------------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_model_code_has_no_nested_functions_and_no_imports_per_call(package: str) -> None:
    # What made the stock code slow: a function defined per nullable field on every call, and
    # related models imported inside from_dict on every call.
    folder = ROOT / "generated" / package / "models"
    checked = 0
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            inner = [
                node
                for node in ast.walk(function)
                if node is not function
                and isinstance(node, ast.FunctionDef | ast.Lambda | ast.Import | ast.ImportFrom)
            ]
            assert not inner, f"{path.name}:{function.name} defines or imports per call"
            checked += 1
    assert checked > 50


def test_enums_are_read_through_a_table_built_once() -> None:
    from enlivy_client.models import invoice

    assert invoice._InvoiceStatus_BY_VALUE["paid"] is invoice.InvoiceStatus.PAID
    source = Path(invoice.__file__).read_text("utf-8")
    assert "InvoiceStatus(" not in source.split("def from_dict", 1)[1]


# --- unknown enum values -------------------------------------------------------------------


def invoice(number: int, status: str) -> dict[str, Any]:
    return {
        "id": f"inv_{number}",
        "organization_id": ORG,
        "status": status,
        "currency": "EUR",
        "total": 10.0 * number,
        "payment_method": "bank_transfer",
    }


def page_of(items: list[dict[str, Any]]) -> dict[str, Any]:
    pagination = {"total": len(items), "count": len(items), "per_page": 50}
    pagination |= {"current_page": 1, "total_pages": 1}
    return {"data": items, "meta": {"pagination": pagination}}


def enlivy_answering(body: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"x-request-id": "req-1"})

    client = httpx.Client(transport=httpx.MockTransport(answer))
    return facade.Enlivy(token="t", organization_id=ORG, http_client=client)


def test_an_unknown_enum_value_keeps_the_page_readable_and_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from enlivy_client.models.invoice_status import InvoiceStatus

    new_status = "archived_by_vendor_1"  # a value the spec does not list (yet)
    items = [invoice(1, "paid"), invoice(2, new_status), invoice(3, new_status)]
    with caplog.at_level(logging.WARNING), enlivy_answering(page_of(items)) as en:
        listed = list(en.invoices.list())
    assert [item.id for item in listed] == ["inv_1", "inv_2", "inv_3"]
    assert listed[0].status is InvoiceStatus.PAID
    # Kept as received: the plain string, equal to what came, sent back as it came.
    assert listed[1].status == new_status and type(listed[1].status) is str
    assert listed[1].to_dict()["status"] == new_status
    warnings = [r for r in caplog.records if new_status in r.getMessage()]
    assert len(warnings) == 1, "logged once, not per item"
    assert warnings[0].levelno == logging.WARNING and "InvoiceStatus" in warnings[0].getMessage()


def test_an_unknown_value_in_a_nullable_enum_is_kept_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    item = invoice(1, "paid") | {"payment_method": "carrier_pigeon_2"}
    with caplog.at_level(logging.WARNING), enlivy_answering(page_of([item])) as en:
        (listed,) = en.invoices.list()
    assert listed.payment_method == "carrier_pigeon_2"
    assert any("carrier_pigeon_2" in r.getMessage() for r in caplog.records)


def test_an_unknown_value_of_a_top_level_enum_response_is_kept() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json="Escalated")

    client = httpx.Client(transport=httpx.MockTransport(answer))
    with facade.Envoice(auth_key="k", auth_secret="s", http_client=client) as ev:
        assert ev.invoices.status(id=1) == "Escalated"


def test_a_value_of_the_wrong_type_for_an_enum_still_does_not_fit() -> None:
    with (
        enlivy_answering(page_of([invoice(1, "paid") | {"status": 7}])) as en,
        pytest.raises(errors.UnexpectedResponseError, match="does not fit"),
    ):
        en.invoices.list().first_page()


# --- readable results ----------------------------------------------------------------------


def test_reprs_show_only_the_fields_that_are_set() -> None:
    from enlivy_client.models.invoice import Invoice

    parsed = Invoice.from_dict(invoice(4, "paid") | {"deleted_at": None, "vendor_field": 1})
    text = repr(parsed)
    assert text.startswith("Invoice(id='inv_4', organization_id='org_3fa85f64', ")
    assert "deleted_at=None" in text  # None is a value; only UNSET is left out
    assert "status=<InvoiceStatus.PAID: 'paid'>" in text
    assert "additional_properties={'vendor_field': 1}" in text
    assert "Unset" not in text and "UNSET" not in text and "0x" not in text
    assert "number=" not in text  # not in the body, so not shown


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: f"{m.__module__}.{m.__name__}")
def test_no_repr_prints_unset(model: type[Any]) -> None:
    # The smallest instance of every model (its required fields only) prints no UNSET.
    required = {a.name: "x" for a in model.__attrs_attrs__ if a.init and a.default is NOTHING}
    text = repr(model(**required))
    assert "Unset" not in text and "UNSET" not in text and " object at 0x" not in text
    assert text.startswith(f"{model.__name__}(")


def free_form_models() -> list[type[Any]]:
    return [
        m for m in ALL_MODELS if [a.name for a in m.__attrs_attrs__] == ["additional_properties"]
    ]


def test_free_form_objects_read_like_dicts() -> None:
    from fiskaly_management_client.models.metadata import Metadata

    metadata = Metadata.from_dict({"crm_id": "C-1042", "tier": "gold"})
    assert isinstance(metadata, Mapping) and isinstance(metadata, MutableMapping)
    assert metadata["crm_id"] == "C-1042" and len(metadata) == 2
    assert list(metadata) == ["crm_id", "tier"] and dict(metadata) == metadata.to_dict()
    assert metadata.get("missing", "default") == "default" and "tier" in metadata
    assert dict(metadata.items()) == {"crm_id": "C-1042", "tier": "gold"}
    assert metadata == {"crm_id": "C-1042", "tier": "gold"}  # compares as the mapping it is
    assert repr(metadata) == "Metadata({'crm_id': 'C-1042', 'tier': 'gold'})"
    metadata["tier"] = "silver"
    assert Metadata.from_dict(metadata.to_dict()) == metadata
    assert json.loads(json.dumps(metadata.to_dict())) == {"crm_id": "C-1042", "tier": "silver"}


def test_every_free_form_model_is_a_mapping() -> None:
    found = free_form_models()
    assert {m.__name__ for m in found} >= {"Metadata", "LangMap", "JsonObject"}
    for model in found:
        instance = model.from_dict({"a": "b"})
        assert isinstance(instance, Mapping), model
        assert dict(instance) == {"a": "b"} == instance.to_dict()


def test_metadata_through_the_facade_reads_like_a_dict(fiscal_sandbox: Any) -> None:
    with fiscal_sandbox.client("fiskaly") as fk:
        organization = fk.organizations.create(
            name="ACME Retail GmbH",
            address_line1="Hauptstrasse 1",
            zip="10115",
            town="Berlin",
            country_code="DEU",
            metadata={"crm_id": "C-1042"},
        )
    metadata = organization.metadata
    assert isinstance(metadata, Mapping)
    assert metadata["crm_id"] == "C-1042" and dict(metadata) == {"crm_id": "C-1042"}
    assert "metadata=Metadata({'crm_id': 'C-1042'})" in repr(organization)
