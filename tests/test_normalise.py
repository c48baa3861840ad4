"""Normalisation: a vendor document becomes our OpenAPI 3.1 spec with its quirks mended."""

from __future__ import annotations

import inspect
import json
import re
import shutil
from typing import Any

import httpx
import pytest
import yaml
from openapi_spec_validator import validate

from scripts.pipeline.documents import dump_yaml, load_yaml
from scripts.pipeline.normalise import iter_operations, merge_patch, normalise
from tests.support.specs import FIXTURES, SPECS, UPSTREAM_ENVOICE, load_spec

OVERLAY: dict[str, Any] = {
    "x-normalise": {
        "nullable-properties": True,
        "date-time-fraction-digits": 7,
        "fault-envelope": {"flag": "IsFaulted", "messages": "ErrorMessages", "response": "Fault"},
    },
    "info": {"description": "Our own words."},
    "components": {
        "responses": {
            "Fault": {
                "description": "A fault.",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/WidgetList"}}
                },
            }
        }
    },
    "paths": {
        "/api/widget/archive": {"post": {"operationId": "WidgetApi_Archive", "summary": "Archive."}}
    },
}


@pytest.fixture
def vendor() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(FIXTURES / "vendor_quirks.yaml")
    return data


def test_result_is_valid_openapi_31(vendor: dict[str, Any]) -> None:
    spec = normalise(vendor)
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_bodies_and_responses_are_json_only(vendor: dict[str, Any]) -> None:
    spec = normalise(vendor)
    for _, _, operation in iter_operations(spec):
        if "requestBody" in operation:
            assert list(operation["requestBody"]["content"]) == ["application/json"]
        for response in operation["responses"].values():
            assert list(response.get("content", {"application/json": 0})) == ["application/json"]


def test_credential_headers_become_a_security_requirement(vendor: dict[str, Any]) -> None:
    spec = normalise(vendor)
    assert spec["security"] == [{"key": [], "secret": []}]
    for _, _, operation in iter_operations(spec):
        names = [p["name"] for p in operation.get("parameters", [])]
        assert "x-auth-key" not in names and "x-auth-secret" not in names
    archive = spec["paths"]["/api/widget/archive"]["post"]
    assert [p["name"] for p in archive["parameters"]] == ["id"]


def test_operations_without_id_get_one(vendor: dict[str, Any]) -> None:
    spec = normalise(vendor)
    ids = [op["operationId"] for _, _, op in iter_operations(spec)]
    assert ids == ["WidgetApi_New", "WidgetApi_Archive", "WidgetApi_List"]


def test_no_content_responses_have_no_body(vendor: dict[str, Any]) -> None:
    response = normalise(vendor)["paths"]["/api/widget/archive"]["post"]["responses"]["204"]
    assert "content" not in response
    assert response["description"] == "No Content"


def test_vendor_prose_is_dropped_but_fields_named_like_keywords_stay(
    vendor: dict[str, Any],
) -> None:
    spec = normalise(vendor)
    text = dump_yaml(spec)
    assert "VENDOR" not in text
    assert "x-logo" not in text
    widget = spec["components"]["schemas"]["Widget"]
    assert "description" in widget["properties"]  # a property called "description" is data
    assert widget["properties"]["description"]["type"] == ["string", "null"]  # 3.0 nullable


def test_opt_in_mends_and_overlay(vendor: dict[str, Any]) -> None:
    spec = normalise(vendor, OVERLAY)
    validate(spec)
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["Name"]["type"] == ["string", "null"]
    assert widget["Parent"] == {
        "anyOf": [{"$ref": "#/components/schemas/Widget"}, {"type": "null"}]
    }
    assert re.fullmatch(widget["CreatedOn"]["pattern"], "2023-03-06T10:11:12.1234567Z")
    assert not re.fullmatch(widget["CreatedOn"]["pattern"], "2023-03-06T10:11:12.12345678Z")
    listing = spec["components"]["schemas"]["WidgetList"]
    assert listing["x-fault-envelope"] == {"flag": "IsFaulted", "messages": "ErrorMessages"}
    new = spec["paths"]["/api/widget/new"]["post"]
    assert new["responses"]["default"] == {"$ref": "#/components/responses/Fault"}
    archive = spec["paths"]["/api/widget/archive"]["post"]
    assert archive["operationId"] == "WidgetApi_Archive" and archive["summary"] == "Archive."
    assert spec["info"] == {
        "title": "Quirky vendor",
        "version": "2.3",
        "description": "Our own words.",
    }
    assert "x-normalise" not in spec


def test_normalise_does_not_touch_its_input(vendor: dict[str, Any]) -> None:
    before = json.dumps(vendor, sort_keys=True)
    normalise(vendor, OVERLAY)
    assert json.dumps(vendor, sort_keys=True) == before


@pytest.mark.parametrize(
    ("target", "patch", "result"),
    [  # cases from RFC 7386, appendix A
        ({"a": "b"}, {"a": "c"}, {"a": "c"}),
        ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
        ({"a": "b"}, {"a": None}, {}),
        ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
        ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
        ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
        ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
    ],
)
def test_overlay_is_an_rfc7386_merge_patch(target: Any, patch: Any, result: Any) -> None:
    assert merge_patch(target, patch) == result


# --- the real Envoice document ---------------------------------------------------------------

needs_upstream = pytest.mark.skipif(
    not UPSTREAM_ENVOICE.is_file(),
    reason=f"Envoice's public document (reference data) is not at {UPSTREAM_ENVOICE}",
)


@needs_upstream
def test_committed_envoice_spec_is_exactly_what_the_pipeline_produces() -> None:
    vendor = yaml.safe_load(UPSTREAM_ENVOICE.read_text(encoding="utf-8"))
    produced = dump_yaml(normalise(vendor, load_yaml(SPECS / "envoice" / "overlay.yaml")))
    assert produced == (SPECS / "envoice" / "openapi.yaml").read_text(encoding="utf-8")


@needs_upstream
def test_envoice_spec_carries_none_of_the_vendor_prose() -> None:
    vendor = yaml.safe_load(UPSTREAM_ENVOICE.read_text(encoding="utf-8"))
    prose: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str) and len(value) > 12:
                    prose.add(value.strip())
                collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(vendor)
    assert len(prose) > 50  # the vendor document is full of prose ...
    ours = (SPECS / "envoice" / "openapi.yaml").read_text(encoding="utf-8")
    assert [text for text in prose if text in ours] == []  # ... and none of it is in ours


def test_envoice_spec_has_the_mended_shape() -> None:
    spec = load_spec("envoice")
    operations = list(iter_operations({"paths": spec["paths"]}))
    assert len(operations) == 46
    assert all("operationId" in op for _, _, op in operations)
    assert spec["security"] == [{"x-auth-key": [], "x-auth-secret": []}]
    for _, _, op in operations:
        assert not [p for p in op.get("parameters", []) if p["in"] == "header"]
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json"]
    envelope = spec["components"]["schemas"]["ListResult_InvoiceDetailsApiModel_"]
    assert envelope["x-fault-envelope"]["flag"] == "IsFaulted"
    assert "activity" in spec["webhooks"]


def test_generated_envoice_new_client_sends_json() -> None:
    from envoice_client import Client
    from envoice_client.api.client import client_api_new

    assert "x_auth_key" not in inspect.signature(client_api_new.sync_detailed).parameters
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=4711)

    client = Client(base_url="https://www.envoice.in")
    client.set_httpx_client(
        httpx.Client(base_url="https://www.envoice.in", transport=httpx.MockTransport(handler))
    )
    response = client_api_new.sync_detailed(
        client=client,
        name="ACME Ltd",
        email="billing@acme.test",
        ui_language_id=1,
        client_currency_id=2,
        client_country_id=3,
    )
    (request,) = seen
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content)["Name"] == "ACME Ltd"
    assert response.parsed == 4711


def test_seven_digit_timestamps_parse_into_generated_models() -> None:
    from envoice_client.models import WorkTypeDetailsApiModel

    spec = load_spec("envoice")
    date_fields = {
        name: prop
        for name, prop in spec["components"]["schemas"]["InvoiceDetailsApiModel"][
            "properties"
        ].items()
        if prop.get("format") == "date-time"
    }
    assert date_fields, "Envoice invoices carry timestamps"
    from envoice_client.models import InvoiceDetailsApiModel

    name = next(iter(date_fields))
    model = InvoiceDetailsApiModel.from_dict({name: "2023-03-06T10:11:12.1234567Z"})
    value = getattr(model, re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower())
    assert (value.second, value.microsecond, value.utcoffset().total_seconds()) == (12, 123456, 0)
    assert re.fullmatch(date_fields[name]["pattern"], model.to_dict()[name])
    assert WorkTypeDetailsApiModel.from_dict({"Id": None, "Title": None}).to_dict() == {
        "Id": None,
        "Title": None,
    }


@pytest.mark.skipif(
    shutil.which("npx") is None, reason="Swagger 2.0 conversion needs Node.js (npx)"
)
def test_swagger_2_is_converted_first() -> None:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "Old", "version": "1"},
        "host": "old.example.com",
        "schemes": ["https"],
        "paths": {
            "/things": {
                "post": {
                    "operationId": "Things_New",
                    "consumes": ["application/json", "application/x-www-form-urlencoded"],
                    "parameters": [
                        {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Thing"}}
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"type": "integer"}}},
                }
            }
        },
        "definitions": {"Thing": {"type": "object", "properties": {"Name": {"type": "string"}}}},
    }
    spec = normalise(swagger)
    validate(spec)
    operation = spec["paths"]["/things"]["post"]
    assert list(operation["requestBody"]["content"]) == ["application/json"]
    assert spec["servers"] == [{"url": "https://old.example.com"}]


def test_the_mends_of_a_vendor_document_are_recorded_as_repairs(vendor: dict[str, Any]) -> None:
    from scripts.pipeline.repairs import RepairLog

    log = RepairLog()
    normalise(vendor, log=log)
    assert log.counts() == {
        "operation-id-missing": 1,
        "credential-header": 6,
        "media-type-choice": 2,
        "no-content-body": 1,
    }
    pointers = {repair.pointer for repair in log}
    assert "/paths/~1api~1widget~1archive/post/responses/204/content" in pointers
    assert "/paths/~1api~1widget~1new/post/requestBody/content" in pointers
