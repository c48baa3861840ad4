"""Shapes found in vendor documents that the typed surface and our model template must carry:
path parameters the generator renames (camelCase), lists of unions of objects, cookies, and
multipart bodies given as plain mappings."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.pipeline.conftest import Imported, import_document

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "Transfers", "version": "1"},
    "servers": [{"url": "https://api.test"}],
    "components": {
        "schemas": {
            "Card": {
                "type": "object",
                "required": ["last4"],
                "properties": {"last4": {"type": "string"}},
            },
            "Wallet": {
                "type": "object",
                "properties": {"issued": {"type": "string", "format": "date"}},
            },
            "Methods": {
                "type": "object",
                "properties": {
                    "methods": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"$ref": "#/components/schemas/Card"},
                                {"$ref": "#/components/schemas/Wallet"},
                                {"type": "string"},
                            ]
                        },
                    }
                },
            },
        }
    },
    "paths": {
        "/methods": {
            "put": {
                "operationId": "putMethods",
                "tags": ["transfers"],
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Methods"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "the methods",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Methods"}}
                        },
                    }
                },
            }
        },
        "/scans": {
            "post": {
                "operationId": "postScan",
                "tags": ["transfers"],
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["scan"],
                                "properties": {
                                    "scan": {"type": "string", "format": "binary"},
                                    "pages": {"type": "array", "items": {"type": "integer"}},
                                    "meta": {"$ref": "#/components/schemas/Card"},
                                },
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/transfers/{transferId}/returns/{returnId}": {
            "get": {
                "operationId": "getReturn",
                "tags": ["transfers"],
                "parameters": [
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {
                        "name": "transferId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "returnId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "the return",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "integer"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Imported]:
    imported = import_document(DOCUMENT, "quirks_paths", tmp_path_factory.mktemp("paths"))
    sys.path.insert(0, str(imported.root))
    try:
        yield imported
    finally:
        sys.path.remove(str(imported.root))
        for module in [m for m in sys.modules if m.split(".")[0] == imported.package]:
            del sys.modules[module]


def test_camel_case_path_parameters_fill_the_template_the_spec_wrote(api: Imported) -> None:
    module = api.operation("getReturn")
    assert module.PATH == "/transfers/{transferId}/returns/{returnId}"
    assert module.ARGUMENTS == {
        "transfer_id": ("path", "transferId"),
        "return_id": ("path", "returnId"),
        "session": ("cookie", "session"),
    }
    client = api.client(lambda request: httpx.Response(200, json={"id": 4}))
    parsed = module.sync(client=client, transfer_id="t 1", return_id=4)
    assert parsed.id == 4
    assert api.requests[-1].url.raw_path == b"/transfers/t%201/returns/4"


def test_the_facade_surface_takes_the_python_names(api: Imported) -> None:
    surface = Path(api.root).parent / "facade" / "resources" / "quirks_paths.py"
    text = surface.read_text()
    assert "transfer_id: str" in text and "return_id: int" in text


def test_a_list_of_unions_of_objects_round_trips(api: Imported) -> None:
    models = api.models()
    wire = {"methods": [{"last4": "4242"}, {"issued": "2026-01-31"}, "cash"]}
    parsed = models.Methods.from_dict(wire)
    card, wallet, cash = parsed.methods
    assert isinstance(card, models.Card) and card.last4 == "4242"
    assert isinstance(wallet, models.Wallet) and wallet.issued.isoformat() == "2026-01-31"
    assert cash == "cash"
    assert parsed.to_dict() == wire
    client = api.client(lambda request: httpx.Response(200, json=wire))
    answer = api.operation("putMethods").sync(client=client, methods=parsed.methods)
    assert answer.to_dict() == wire
    assert json.loads(api.requests[-1].content) == wire


def test_cookie_parameters_travel_in_one_cookie_header(api: Imported) -> None:
    client = api.client(lambda request: httpx.Response(200, json={"id": 4}))
    api.operation("getReturn").sync(client=client, transfer_id="t", return_id=4, session="a b;c")
    assert api.requests[-1].headers["cookie"] == "session=a%20b%3Bc"


def test_a_multipart_body_given_as_a_mapping_sends_each_part(api: Imported) -> None:
    client = api.client(lambda request: httpx.Response(204))
    body = {"scan": api.file(b"%PDF-1.7 scan", "scan.pdf"), "pages": [1, 2], "meta": {"last4": "1"}}
    api.operation("postScan").sync_detailed(client=client, body=body)
    sent = api.requests[-1]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    content = sent.content
    assert b'name="scan"; filename="scan.pdf"' in content and b"%PDF-1.7 scan" in content
    assert content.count(b'name="pages"') == 2
    assert b'{"last4": "1"}' in content

    model = api.body_type("postScan")(scan=api.file(b"%PDF-1.7 scan", "scan.pdf"), pages=[1, 2])
    api.operation("postScan").sync_detailed(client=client, body=model)
    again = api.requests[-1].content
    assert b"%PDF-1.7 scan" in again and again.count(b'name="pages"') == 2
