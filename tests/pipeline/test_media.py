"""Media types (issue 11): binary and text bodies come back as File and str, never dropped;
one media type per body, JSON first; uploads are sent as declared; content keys that are not
media types are mended. Spec: specs/media.yaml."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scripts.pipeline.repairs import media
from tests.pipeline.conftest import Imported, pointer

SPEC = "media.yaml"
NAME = "quirks_media"
PDF = b"%PDF-1.7\n\x00\xff binary\n%%EOF"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def answer_with(body: bytes, content_type: str, status: int = 200) -> Any:
    return lambda request: httpx.Response(
        status, content=body, headers={"content-type": content_type}
    )


@pytest.mark.parametrize(
    ("operation_id", "content_type", "kwargs"),
    [
        ("downloadInvoicePdf", "application/pdf", {"id": "inv-1"}),
        ("downloadArchive", "application/x-tar", {}),
        ("downloadBundle", "application/zip", {}),
        ("downloadRaw", "application/octet-stream", {}),
        ("downloadLogo", "image/png", {}),
        ("downloadAnyLogo", "image/jpeg", {}),
        ("downloadStatement", "application/octet-stream", {"id": "st-1"}),
    ],
)
def test_binary_downloads_come_back_as_files_with_every_byte(
    api: Imported, operation_id: str, content_type: str, kwargs: dict[str, Any]
) -> None:
    client = api.client(answer_with(PDF, content_type))
    parsed = api.operation(operation_id).sync(client=client, **kwargs)
    assert type(parsed).__name__ == "File"
    assert parsed.payload.read() == PDF


def test_an_error_body_declared_binary_is_a_file_too(api: Imported) -> None:
    client = api.client(answer_with(b'{"message": "not issued"}', "application/pdf", 409))
    parsed = api.operation("downloadInvoicePdf").sync(client=client, id="inv-1")
    assert type(parsed).__name__ == "File"
    assert json.loads(parsed.payload.read()) == {"message": "not issued"}
    where = pointer("paths", "/invoices/{id}/pdf", "get", "responses", "409", "content")
    assert "an error body too" in api.repairs("body-schema")[where + "/application~1pdf/schema"]


@pytest.mark.parametrize(
    ("operation_id", "content_type"),
    [
        ("reportCsv", "text/csv"),
        ("reportPlain", "text/plain"),
        ("reportHtml", "text/html"),
        ("reportXml", "text/xml"),
    ],
)
def test_text_responses_come_back_as_str(
    api: Imported, operation_id: str, content_type: str
) -> None:
    text = "date;amount\n2026-11-21;150,00 €\n"
    client = api.client(answer_with(text.encode(), f"{content_type}; charset=utf-8"))
    assert api.operation(operation_id).sync(client=client) == text


def test_object_schemas_of_text_and_binary_bodies_are_replaced_and_recorded(
    api: Imported,
) -> None:
    replaced = api.repairs("body-schema")
    assert pointer(
        "paths", "/exports/archive", "get", "responses", "200", "content", "application/x-tar",
        "schema",
    ) in replaced  # fmt: skip
    assert (
        pointer(
            "paths", "/reports/plain", "get", "responses", "200", "content", "text/plain", "schema"
        )
        in replaced
    )
    xml = api.spec["paths"]["/reports/xml"]["get"]["responses"]["200"]["content"]["text/xml"]
    assert xml["schema"] == {"type": "string"}


@pytest.mark.parametrize("operation_id", ["reportSummary", "reportLegacy"])
def test_json_is_preferred_when_a_body_offers_several_media_types(
    api: Imported, operation_id: str
) -> None:
    client = api.client(answer_with(b'{"total": 3}', "application/json"))
    parsed = api.operation(operation_id).sync(client=client)
    assert type(parsed).__name__ == "Summary" and parsed.total == 3
    path = "/reports/summary" if operation_id == "reportSummary" else "/reports/legacy"
    kept = api.spec["paths"][path]["get"]["responses"]["200"]["content"]
    assert len(kept) == 1 and media.classify(next(iter(kept))) == "json"
    reason = api.repairs("media-type-choice")[
        pointer("paths", path, "get", "responses", "200", "content")
    ]
    assert "dropped" in reason


def test_a_multipart_upload_sends_the_file(api: Imported) -> None:
    body_type = api.body_type("uploadAttachment")
    client = api.client(answer_with(b'{"total": 1}', "application/json", 201))
    body = body_type(file=api.file(PDF, "a.pdf"), note="March")
    parsed = api.operation("uploadAttachment").sync(client=client, body=body)
    assert parsed.total == 1
    sent = api.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert PDF in sent.content and b"March" in sent.content


@pytest.mark.parametrize(
    ("operation_id", "method", "content_type"),
    [
        ("uploadRawAttachment", "POST", "application/octet-stream"),
        ("uploadLogo", "PUT", "image/png"),
    ],
)
def test_binary_uploads_send_the_bytes_under_their_declared_media_type(
    api: Imported, operation_id: str, method: str, content_type: str
) -> None:
    client = api.client(lambda request: httpx.Response(201 if method == "POST" else 204))
    api.operation(operation_id).sync_detailed(client=client, body=api.file(PDF))
    sent = api.requests[-1]
    assert (sent.method, sent.headers["content-type"], sent.content) == (method, content_type, PDF)


def test_a_form_data_key_is_read_as_multipart(api: Imported) -> None:
    where = pointer("paths", "/vouchers", "post", "requestBody", "content", "form-data")
    assert "read as multipart/form-data" in api.repairs("media-type-key")[where]
    client = api.client(lambda request: httpx.Response(201))
    body = api.body_type("uploadVoucher")(voucher=api.file(PDF))
    api.operation("uploadVoucher").sync_detailed(client=client, body=body)
    sent = api.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data") and PDF in sent.content


def test_wildcard_media_types_become_what_their_schemas_describe(api: Imported) -> None:
    operation = api.spec["paths"]["/echo"]["post"]
    assert list(operation["requestBody"]["content"]) == ["application/json"]
    assert list(operation["responses"]["200"]["content"]) == ["application/octet-stream"]
    client = api.client(answer_with(PDF, "application/octet-stream"))
    parsed = api.operation("echo").sync(client=client, total=2)
    assert parsed.payload.read() == PDF
    assert json.loads(api.requests[-1].content) == {"total": 2}


def test_the_document_keeps_its_media_types_the_generator_is_told_how_to_read_them(
    api: Imported,
) -> None:
    content = api.spec["paths"]["/invoices/{id}/pdf"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/pdf"]
    overrides = media.content_type_overrides(api.spec)
    assert overrides["application/pdf"] == "application/octet-stream"
    assert overrides["image/png"] == "application/octet-stream"
    assert "text/csv" not in overrides  # the generator reads text/* itself


def test_every_response_of_the_document_reached_the_client(api: Imported) -> None:
    result = api.completeness
    assert (
        (result.generated, result.importing) == (result.operations, result.operations) == (18, 18)
    )
    assert result.responses_kept == result.responses
    assert result.binary_kept == result.binary == 9
