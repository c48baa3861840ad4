"""Swagger 2.0 (issue 11): produces/consumes, */* included, formData files, a reference that
points nowhere (which would stop swagger2openapi). Spec: specs/swagger2.json."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest

from tests.pipeline.conftest import Imported, pointer

pytestmark = pytest.mark.skipif(
    shutil.which("npx") is None, reason="Swagger 2.0 conversion needs Node.js (npx)"
)

SPEC = "swagger2.json"
NAME = "quirks_swagger2"
PDF = b"%PDF-1.4 \x00\x01"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def test_a_dangling_reference_is_repaired_before_conversion(api: Imported) -> None:
    where = pointer("definitions", "Document", "properties", "owner")
    assert "points at nothing" in api.repairs("dangling-ref")[where]


@pytest.mark.parametrize("operation_id", ["DocumentsApi_Pdf", "DocumentsApi_Raw"])
def test_produces_a_binary_type_or_anything_gives_bytes(api: Imported, operation_id: str) -> None:
    client = api.client(
        lambda request: httpx.Response(
            200, content=PDF, headers={"content-type": "application/pdf"}
        )
    )
    parsed = api.operation(operation_id).sync(client=client, id=7)
    assert parsed.payload.read() == PDF


def test_consumes_anything_with_an_object_schema_sends_json(api: Imported) -> None:
    content = api.spec["paths"]["/documents"]["post"]["requestBody"]["content"]
    assert list(content) == ["application/json"]
    client = api.client(lambda request: httpx.Response(201, json={"id": 1, "title": "t"}))
    # A JSON object body is taken field by field (the typed surface flattens it).
    assert api.operation("DocumentsApi_Documents").sync(client=client, title="March").id == 1
    assert json.loads(api.requests[-1].content) == {"title": "March"}


def test_a_form_data_file_parameter_is_a_multipart_upload(api: Imported) -> None:
    body = api.body_type("DocumentsApi_Attachments")(file=api.file(PDF, "scan.pdf"))
    client = api.client(lambda request: httpx.Response(201, json={"id": 2}))
    api.operation("DocumentsApi_Attachments").sync(client=client, body=body)
    sent = api.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data") and PDF in sent.content
    assert api.spec["servers"] == [{"url": "https://classic.ledgerly.example/v1"}]
