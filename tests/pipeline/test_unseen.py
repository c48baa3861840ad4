"""Quirks first met in documents the project had not seen (the wider sample of scripts/CORPUS.md).
Spec: specs/unseen.yaml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from scripts.pipeline import completeness
from tests.pipeline.conftest import Imported, import_document, pointer

SPEC = "unseen.yaml"
NAME = "quirks_unseen"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def surface_text(api: Imported) -> str:
    return (Path(api.root).parent / "facade" / "resources" / f"{NAME}.py").read_text()


def test_parameters_that_clean_up_to_one_python_name_each_get_their_own(api: Imported) -> None:
    module = api.operation("listCalls")
    assert module.ARGUMENTS == {
        "start_time": ("query", "StartTime"),
        "start_time_lt": ("query", "StartTime<"),
        "start_time_gt": ("query", "StartTime>"),
        "query_client": ("query", "client"),
    }
    client = api.client(lambda request: httpx.Response(200, json={"address": "a"}))
    rule = module.sync(client=client, start_time="2026", start_time_lt="2027", start_time_gt="2025")
    assert rule.address == "a"
    sent = api.requests[-1].url.params
    assert (sent["StartTime"], sent["StartTime<"], sent["StartTime>"]) == ("2026", "2027", "2025")
    module.sync(client=client, query_client="web")
    assert api.requests[-1].url.params["client"] == "web"


def test_a_body_field_named_client_does_not_take_the_endpoint_argument(api: Imported) -> None:
    module = api.operation("GetPrograms")
    assert module.ARGUMENTS["body_client"] == ("field", "client")
    client = api.client(lambda request: httpx.Response(204))
    module.sync(client=client, kind="search", body_client="tv")
    assert json.loads(api.requests[-1].content) == {"kind": "search", "client": "tv"}


def test_const_values_are_literals_in_arguments_and_params(api: Imported) -> None:
    module = api.operation("GetPrograms")
    client = api.client(lambda request: httpx.Response(204))
    module.sync(client=client, kind="search", operation="update", filter={"op": "eq"})
    assert json.loads(api.requests[-1].content) == {
        "kind": "search",
        "operation": "update",
        "filter": {"op": "eq"},
    }
    params = (Path(api.root) / api.package / "params.py").read_text()
    assert "op: Literal['eq']" in params or 'op: Literal["eq"]' in params
    assert "kind: Literal['search']" in surface_text(api).replace('"', "'")


def test_operations_whose_short_verbs_collide_each_keep_a_verb(api: Imported) -> None:
    text = surface_text(api)
    assert "def get_programs(" in text and "def get_programs_2(" in text


def test_a_model_holding_a_map_of_itself_imports_and_reads(api: Imported) -> None:
    models = api.models()
    wire = {"address": "a", "overrides": {"grpc": {"address": "b"}}}
    rule = models.Rule.from_dict(wire)
    assert rule.overrides["grpc"].address == "b"
    assert rule.to_dict() == wire


def test_references_inside_copied_references_are_followed_too(api: Imported) -> None:
    schema = api.spec["paths"]["/droplets/actions"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    assert "#/paths/" not in json.dumps(schema)
    copied = pointer(
        "paths", "/droplets/actions", "post", "requestBody", "content", "application/json",
        "schema", "allOf", "0",
    )  # fmt: skip
    assert "points inside another definition" in api.repairs("dangling-ref")[copied]
    client = api.client(lambda request: httpx.Response(204))
    api.operation("postActions").sync(client=client, type="snapshot", name="nightly")
    assert json.loads(api.requests[-1].content) == {"type": "snapshot", "name": "nightly"}


def test_operations_on_one_path_shape_are_each_checked(api: Imported, tmp_path: Path) -> None:
    assert api.completeness.importing == api.completeness.operations == 12
    package = tmp_path / api.package
    shutil.copytree(Path(api.root) / api.package, package)
    (package / "api" / "genres" / "mix_by_name.py").unlink()
    result = completeness.check_package(api.spec, package)
    assert [gap.pointer for gap in result.gaps] == [pointer("paths", "/genres/{name}/mix", "get")]


def test_a_query_only_keyword_on_a_path_parameter_is_dropped(api: Imported) -> None:
    where = pointer("paths", "/genres/{name}/mix", "get", "parameters", 0)
    assert "allowReserved on a path parameter" in api.repairs("parameter")[where]
    assert "allowReserved" not in api.spec["paths"]["/genres/{name}/mix"]["get"]["parameters"][0]
    client = api.client(lambda request: httpx.Response(200, json={"size": 3}))
    assert api.operation("mixByName").sync(client=client, name="jazz").size == 3
    assert api.requests[-1].url.path == "/genres/jazz/mix"


def test_a_required_name_no_property_defines_leaves_required(api: Imported) -> None:
    reply = api.spec["components"]["schemas"]["RateReply"]
    assert reply["required"] == ["rate_id"]  # rate_request_id is defined nowhere
    where = pointer("components", "schemas", "RateReply", "required")
    assert "required rate_request_id, which no property" in api.repairs("required-name")[where]
    client = api.client(lambda request: httpx.Response(200, json={"rate_id": "r1"}))
    assert api.operation("getRate").sync(client=client, id="r1").rate_id == "r1"


def test_schema_names_that_would_share_a_module_each_keep_their_model(api: Imported) -> None:
    schemas = api.spec["components"]["schemas"]
    assert "HTTPCheck" in schemas and "HttpCheck_2" in schemas and "HttpCheck" not in schemas
    where = pointer("components", "schemas", "HttpCheck")
    assert "would be one Python module (http_check.py)" in api.repairs("component-name")[where]
    client = api.client(
        lambda request: httpx.Response(200, json={"legacy": {"port": 80}, "current": {"path": "/"}})
    )
    checks = api.operation("listChecks").sync(client=client)
    assert (checks.legacy.port, checks.current.path) == (80, "/")
    assert type(checks.current).__name__ == "HttpCheck2"


def test_allof_members_defining_one_inline_property_are_merged(api: Imported) -> None:
    where = pointer("components", "schemas", "PullEvent", "properties", "pull")
    assert "define the same inline property" in api.repairs("allof")[where]
    pull = api.spec["components"]["schemas"]["PullEvent"]["properties"]["pull"]
    assert "allOf" not in pull and set(pull["properties"]) == {"id", "merged", "_links"}
    body = {"pull": {"id": 7, "merged": True, "_links": {"self": {"href": "/p/7"}}}}
    client = api.client(lambda request: httpx.Response(200, json=body))
    event = api.operation("getLatestPull").sync(client=client)
    assert (event.pull.id, event.pull.merged, event.pull.field_links.self_.href) == (
        7,
        True,
        "/p/7",
    )


def test_inline_properties_named_like_components_move_out_in_one_round(api: Imported) -> None:
    hoisted = api.repairs("hoisted-schema")
    moved = [where for where in hoisted if where.startswith("/components/schemas/Settings/")]
    assert len(moved) == 3
    assert sum("likewise for this property" in hoisted[where] for where in moved) == 2
    body = {"email": {"daily": True}, "phone": {"region": "eu"}, "audio": {"muted": False}}
    client = api.client(lambda request: httpx.Response(200, json=body))
    settings = api.operation("getSettings").sync(client=client)
    assert settings.email.daily and settings.phone.region == "eu" and settings.audio.muted is False


def test_a_reference_inside_a_copy_of_its_own_target_ends_the_copying(api: Imported) -> None:
    schema = api.spec["paths"]["/nodes"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema["properties"]["parent"]["properties"]["label"] == {"type": "string"}
    cut = pointer(
        "paths", "/nodes", "get", "responses", "200", "content", "application/json", "schema",
        "properties", "parent", "properties", "parent",
    )  # fmt: skip
    assert "inside a copy of that same target" in api.repairs("circular-ref")[cut]
    client = api.client(
        lambda request: httpx.Response(
            200, json={"label": "a", "parent": {"label": "b"}, "children": [{"label": "c"}]}
        )
    )
    node = api.operation("getNode").sync(client=client)
    assert (node.label, node.parent.label, node.children[0].label) == ("a", "b", "c")


def test_a_document_without_any_schema_generates_a_client(tmp_path: Path) -> None:
    # Some public documents describe every response by its status alone: no model at all.
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Docs only", "version": "1"},
        "paths": {
            "/docs": {"get": {"operationId": "docs", "responses": {"200": {"description": "ok"}}}},
            "/ping": {"head": {"responses": {"204": {"description": "alive"}}}},
        },
    }
    imported = import_document(document, "no_schemas", tmp_path)
    assert (imported.completeness.generated, imported.completeness.importing) == (2, 2)
    models = (imported.root / "no_schemas_client" / "models" / "__init__.py").read_text()
    assert "if TYPE_CHECKING" not in models  # an empty block there was a syntax error
