"""Three things found in public documents the project had never seen (a second sample from the
APIs.guru collection, see scripts/CORPUS.md): patterns in Java's regex dialect, a path
parameter whose schema allows null, arguments whose Python names are taken (``client``,
``wire``, a per-call option such as ``timeout``), and two paths of one shape."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.pipeline.conftest import Imported, import_document

ITEM = {
    "type": "object",
    "properties": {
        "label": {"type": "string", "pattern": "^[\\p{Print}&&[^|]]+$"},
        "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
    },
}
DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "Shelves", "version": "1"},
    "servers": [{"url": "https://api.test"}],
    "components": {"schemas": {"Item": ITEM}},
    "paths": {
        "/shelves/{facets}": {
            "get": {
                "operationId": "browse",
                "tags": ["shelves"],
                "parameters": [
                    {
                        "name": "facets",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "nullable": True},
                    },
                    {"name": "client", "in": "query", "schema": {"type": "string"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "wire", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "the shelf",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    }
                },
            }
        },
        "/v1/{sourceDataset}:scrub": {
            "post": {
                "operationId": "datasets.scrub",
                "tags": ["shelves"],
                "parameters": [
                    {
                        "name": "sourceDataset",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"204": {"description": "scrubbed"}},
            }
        },
        "/v1/{sourceStore}:scrub": {
            "post": {
                "operationId": "stores.scrub",
                "tags": ["shelves"],
                "parameters": [
                    {
                        "name": "sourceStore",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"204": {"description": "scrubbed"}},
            }
        },
        "/orders": {
            "post": {
                "operationId": "placeOrder",
                "tags": ["shelves"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["client"],
                                "properties": {
                                    "client": {"type": "string"},
                                    "errors": {"type": "integer"},
                                },
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "placed"}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Imported]:
    imported = import_document(DOCUMENT, "quirks_names", tmp_path_factory.mktemp("names"))
    sys.path.insert(0, str(imported.root))
    try:
        yield imported
    finally:
        sys.path.remove(str(imported.root))
        for module in [m for m in sys.modules if m.split(".")[0] == imported.package]:
            del sys.modules[module]


def test_a_java_pattern_is_dropped_and_reported_a_python_one_kept(api: Imported) -> None:
    assert list(api.repairs("pattern")) == ["/components/schemas/Item/properties/label/pattern"]
    item = api.spec["components"]["schemas"]["Item"]["properties"]
    assert "pattern" not in item["label"]
    assert item["code"]["pattern"] == "^[A-Z]{3}$"


def test_a_nullable_path_parameter_is_made_non_null(api: Imported) -> None:
    assert any("allowed null" in reason for reason in api.repairs("path-parameter").values())
    module = api.operation("browse")
    client = api.client(lambda request: httpx.Response(200, json={"label": "x", "code": "ABC"}))
    parsed = module.sync(client=client, facets="colour/blue")
    assert parsed.code == "ABC"
    assert api.requests[-1].url.raw_path.startswith(b"/shelves/colour%2Fblue")


def test_arguments_never_take_a_name_the_function_uses(api: Imported) -> None:
    module = api.operation("browse")
    assert module.ARGUMENTS == {
        "facets": ("path", "facets"),
        "query_client": ("query", "client"),
        "query_timeout": ("query", "timeout"),
        "header_wire": ("header", "wire"),
    }
    client = api.client(lambda request: httpx.Response(200, json={}))
    module.sync(client=client, facets="f", query_client="c1", query_timeout=5, header_wire="w")
    sent = api.requests[-1]
    assert sent.url.params["client"] == "c1" and sent.url.params["timeout"] == "5"
    assert sent.headers["wire"] == "w"


def test_body_fields_named_like_the_functions_names_are_sent_under_theirs(api: Imported) -> None:
    module = api.operation("placeOrder")
    assert module.ARGUMENTS == {
        "body_client": ("field", "client"),
        "body_errors": ("field", "errors"),
    }
    client = api.client(lambda request: httpx.Response(204))
    module.sync_detailed(client=client, body_client="acme", body_errors=0)
    assert json.loads(api.requests[-1].content) == {"client": "acme", "errors": 0}


def test_two_paths_of_one_shape_are_two_operations_each_with_its_own_path(
    api: Imported,
) -> None:
    datasets, stores = api.operation("datasets.scrub"), api.operation("stores.scrub")
    assert datasets.PATH == "/v1/{sourceDataset}:scrub"
    assert stores.PATH == "/v1/{sourceStore}:scrub"
    assert datasets.ARGUMENTS == {"source_dataset": ("path", "sourceDataset")}
    assert stores.ARGUMENTS == {"source_store": ("path", "sourceStore")}
    client = api.client(lambda request: httpx.Response(204))
    stores.sync_detailed(client=client, source_store="s1")
    assert api.requests[-1].url.raw_path == b"/v1/s1:scrub"


def test_the_facade_method_keeps_its_own_timeout(api: Imported) -> None:
    surface = Path(api.root).parent / "facade" / "resources" / "quirks_names.py"
    text = surface.read_text()
    assert "query_timeout: int" in text
    assert "timeout: float | httpx.Timeout | None = None" in text
