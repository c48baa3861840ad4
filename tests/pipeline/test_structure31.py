"""Structure quirks of OpenAPI 3.1 documents (issue 11). Spec: specs/structure31.yaml."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest

from tests.pipeline.conftest import Imported, pointer

SPEC = "structure31.yaml"
NAME = "quirks_structure31"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def item(api: Imported, **fields: object) -> object:
    return api.models().Item.from_dict({"sku": "S1", **fields})


def test_leftover_nullable_in_31_becomes_a_null_type(api: Imported) -> None:
    note = api.spec["components"]["schemas"]["Item"]["properties"]["note"]
    assert note == {"type": ["string", "null"]}
    assert pointer("components", "schemas", "Item", "properties", "note") in api.repairs("nullable")
    assert item(api, note=None).note is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", ["XL", 42])
def test_a_type_array_takes_each_of_its_types(api: Imported, size: object) -> None:
    assert item(api, size=size).size == size  # type: ignore[attr-defined]


def test_status_ranges_and_their_lower_case_spelling(api: Imported) -> None:
    module = api.operation("getItems")
    client = api.client(lambda request: httpx.Response(206, json={"items": [{"sku": "A"}]}))
    assert module.sync(client=client).items[0].sku == "A"
    client = api.client(lambda request: httpx.Response(409, json={"reason": "locked"}))
    assert module.sync(client=client).reason == "locked"
    client = api.client(lambda request: httpx.Response(502, text="bad gateway"))
    assert module.sync(client=client) == "bad gateway"
    where = pointer("paths", "/items", "get", "responses", "4xx")
    assert "read as '4XX'" in api.repairs("status-code")[where]


def test_allof_over_non_objects_is_one_schema(api: Imported) -> None:
    code = api.spec["components"]["schemas"]["Item"]["properties"]["code"]
    assert code == {"type": "string", "maxLength": 8}
    assert item(api, code="AB-12").code == "AB-12"  # type: ignore[attr-defined]


def test_members_the_generator_cannot_merge_are_merged_here(api: Imported) -> None:
    where = pointer(
        "paths", "/items", "post", "requestBody", "content", "application/json", "schema"
    )
    assert "members merged" in api.repairs("allof")[where]
    module = api.operation("get_items_post")
    assert module.BODY_MODELS[0](sku="S9", archived=True).to_dict() == {
        "sku": "S9",
        "archived": True,
    }
    client = api.client(lambda request: httpx.Response(201, json={"sku": "S9"}))
    assert module.sync(client=client, sku="S9", archived=True).sku == "S9"
    assert json.loads(api.requests[-1].content) == {"sku": "S9", "archived": True}


def test_unknown_formats_are_plain_values(api: Imported) -> None:
    parsed = item(api, price="12.50", weight=0.25)
    assert (parsed.price, parsed.weight) == ("12.50", 0.25)  # type: ignore[attr-defined]


def test_operation_ids_that_collide_as_modules_each_get_one(api: Imported) -> None:
    renamed = api.repairs("operation-id-duplicate")
    assert len(renamed) == 2
    modules = {api.operation(op).__name__ for op in ("getItems", "get_items_post", "getItems_get")}
    assert len(modules) == 3


def test_path_parameters_the_generator_cannot_match_or_that_are_missing(api: Imported) -> None:
    assert "/items/{item_id}" in api.spec["paths"]
    client = api.client(lambda request: httpx.Response(200, json={"sku": "S1"}))
    api.operation("getItems_get").sync(client=client, item_id="A/1")
    assert api.requests[-1].url.raw_path == b"/items/A%2F1"
    api.operation("getStock").sync_detailed(client=client, sku="S1")
    assert api.requests[-1].url.path == "/items/S1/stock"
    assert (
        "not in the path"
        in api.repairs("path-parameter")[pointer("paths", "/items/{item.id}", "get")]
    )


def test_a_parameter_declared_by_content_and_a_duplicate_one(api: Imported) -> None:
    parameters = inspect.signature(api.operation("getItems").sync_detailed).parameters
    assert "filter" in parameters and "limit" in parameters
    client = api.client(lambda request: httpx.Response(200, json={"items": []}))
    api.operation("getItems").sync_detailed(client=client, filter='{"sku":"A"}', limit=5)
    assert dict(api.requests[-1].url.params) == {"filter": '{"sku":"A"}', "limit": "5"}
    assert pointer("paths", "/items", "get", "parameters", "2") in api.repairs(
        "duplicate-parameter"
    )


def test_defaults_their_schema_rejects_are_dropped(api: Imported) -> None:
    dropped = api.repairs("invalid-default")
    properties = pointer("components", "schemas", "Item", "properties")
    assert {f"{properties}/{name}/default" for name in ("added_on", "state", "active")} <= set(
        dropped
    )
    parsed = item(api)
    assert parsed.to_dict() == {"sku": "S1"}  # type: ignore[attr-defined]


def test_an_array_without_items_takes_any_items(api: Imported) -> None:
    assert item(api, tags=["a", 1, {"b": 2}]).tags == ["a", 1, {"b": 2}]  # type: ignore[attr-defined]


def test_a_path_item_parameter_and_response_given_only_by_reference(api: Imported) -> None:
    aliases = api.repairs("dangling-ref")
    assert pointer("components", "parameters", "PageAlias") in aliases
    assert pointer("components", "responses", "ShelvesAlias") in aliases
    client = api.client(lambda request: httpx.Response(200, json=["A", "B"]))
    assert api.operation("listShelves").sync(client=client, page=2) == ["A", "B"]
    assert api.requests[-1].url.params["page"] == "2"


def test_a_response_schema_the_generator_cannot_merge_is_merged_here(api: Imported) -> None:
    where = pointer(
        "paths", "/items/{item_id}", "get", "responses", "409", "content", "application/json",
        "schema",
    )  # fmt: skip
    assert "can't be merged" in api.repairs("allof")[where]
    client = api.client(lambda request: httpx.Response(409, json={"reason": 7}))
    assert api.operation("getItems_get").sync(client=client, item_id="A").reason == 7
