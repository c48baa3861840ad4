"""Nothing dropped silently (issue 11): every repair is recorded with its pointer, --strict
refuses them, what cannot be represented fails with its pointer, and the completeness check
finds what a generated client lacks."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from scripts import regenerate
from scripts.pipeline import completeness, documents, normalise
from scripts.pipeline.documents import Api
from scripts.pipeline.repairs import KINDS, RepairLog, RepairsRefused
from scripts.pipeline.repairs.generator import GeneratorRefused
from scripts.pipeline.repairs.walk import join, lookup
from tests.pipeline.conftest import load

CLEAN: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tidy", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "a thing",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "404": {"description": "no such thing"},
                },
            }
        }
    },
    "components": {
        "schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}
    },
}


def test_a_tidy_document_needs_no_repair_and_passes_strict() -> None:
    log = RepairLog()
    spec = normalise.normalise(CLEAN, log=log, strict=True)
    assert len(log) == 0
    operation = spec["paths"]["/things/{id}"]["get"]
    assert operation["operationId"] == "getThing" and list(operation["responses"]) == ["200", "404"]


@pytest.mark.parametrize(
    "file", ["media.yaml", "enums.yaml", "structure30.yaml", "structure31.yaml"]
)
def test_strict_refuses_any_repair_and_names_each_pointer(file: str) -> None:
    document = load(file)
    log = RepairLog()
    normalise.normalise(document, log=log)
    assert log  # each of these documents needs repairs ...
    with pytest.raises(RepairsRefused) as refused:
        normalise.normalise(document, strict=True)  # ... and --strict makes none
    message = str(refused.value)
    assert "none was made" in message
    first = log.repairs[0]
    assert f"{first.kind} at {first.pointer}" in message


@pytest.mark.parametrize(
    "file", ["media.yaml", "enums.yaml", "structure30.yaml", "structure31.yaml"]
)
def test_every_repair_has_a_known_kind_a_pointer_into_the_document_and_a_reason(
    file: str,
) -> None:
    document = load(file)
    log = RepairLog()
    spec = normalise.normalise(document, log=log)
    for repair in log:
        assert repair.kind in KINDS
        assert repair.pointer.startswith("/") and repair.reason
        # The pointer names a place in the document as read, or the place it moved to.
        for candidate in (document, spec):
            try:
                lookup(candidate, repair.pointer.rsplit("/", 1)[0])
                break
            except LookupError:
                continue
        else:
            pytest.fail(f"{repair.pointer} is in neither the document nor the spec")


def test_normalise_records_but_never_touches_its_input() -> None:
    document = load("structure30.yaml")
    before = copy.deepcopy(document)
    normalise.normalise(document)
    assert document == before


def test_what_cannot_be_represented_fails_with_its_pointer_and_reason() -> None:
    document = copy.deepcopy(CLEAN)
    responses = document["paths"]["/things/{id}"]["get"]["responses"]
    responses["success"] = {"description": "a status that is no status"}
    with pytest.raises(GeneratorRefused) as refused:
        normalise.normalise(document)
    message = str(refused.value)
    assert join("/paths", "/things/{id}", "get") in message
    assert "Invalid response status code pattern: success" in message


def test_vendor_yaml_is_read_as_yaml_12() -> None:
    text = (
        "openapi: 3.0.0\n"
        "info: {title: t, version: 1.0}\n"
        "x-example: {when: 2024-04-31T12:50:14+00:00, time: 12:30, country: NO, flag: on}\n"
        "paths: {}\n"
    )
    document = documents.parse_vendor_document(text)
    assert document["x-example"] == {
        "when": "2024-04-31T12:50:14+00:00",  # an impossible date PyYAML would refuse to read
        "time": "12:30",  # YAML 1.1 reads 750
        "country": "NO",  # YAML 1.1 reads False
        "flag": "on",
    }


# --- the completeness check ----------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("complete")
    spec = normalise.normalise(load("structure31.yaml"))
    api = Api("quirks_complete", folder / "specs")
    outcome = regenerate.build(regenerate.Outcome(api), spec, folder / "build")
    assert not outcome.problems
    return spec, folder / "build" / "quirks_complete" / "generated"


def copy_of(built: tuple[dict[str, Any], Path], tmp_path: Path) -> Path:
    root = tmp_path / "root"
    shutil.copytree(built[1], root)
    return root


def test_the_check_counts_a_complete_client(built: tuple[dict[str, Any], Path]) -> None:
    spec, root = built
    result = completeness.check_package(spec, root / "quirks_complete_client")
    completeness.check_imports(result, spec, root, "quirks_complete_client")
    assert result.gaps == []
    assert (result.operations, result.generated, result.importing) == (5, 5, 5)
    assert result.responses == result.responses_kept == 8


def test_a_missing_operation_module_is_a_gap_at_its_pointer(
    built: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    root = copy_of(built, tmp_path)
    (root / "quirks_complete_client/api/items/get_stock.py").unlink()
    result = completeness.check_package(built[0], root / "quirks_complete_client")
    assert [gap.pointer for gap in result.gaps] == [join("/paths", "/items/{sku}/stock", "get")]
    assert "no module was generated" in result.gaps[0].reason


def test_a_missing_branch_and_a_body_read_the_wrong_way_are_gaps(
    built: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    root = copy_of(built, tmp_path)
    module = root / "quirks_complete_client/api/items/get_items.py"
    source = module.read_text()
    source = source.replace("if 500 <= response.status_code <= 599:", "if False:")
    source = source.replace(
        "if 400 <= response.status_code <= 499:", "if 400 == response.status_code:"
    )
    module.write_text(source)
    result = completeness.check_package(built[0], root / "quirks_complete_client")
    pointers = {gap.pointer for gap in result.gaps}
    assert pointers == {
        join("/paths", "/items", "get", "responses", "5XX"),
        join("/paths", "/items", "get", "responses", "4XX"),
    }

    source = module.read_text().replace("response.text", "response.content")
    source = source.replace("if False:", "if 500 <= response.status_code <= 599:")
    module.write_text(source)
    result = completeness.check_package(built[0], root / "quirks_complete_client")
    five = [gap for gap in result.gaps if gap.pointer.endswith("5XX")]
    assert five and "the document has a text body" in five[0].reason


def test_a_module_that_does_not_import_is_a_gap(
    built: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    root = copy_of(built, tmp_path)
    module = root / "quirks_complete_client/api/items/get_stock.py"
    module.write_text(module.read_text() + "\nfrom .nowhere import nothing\n")
    result = completeness.check_package(built[0], root / "quirks_complete_client")
    completeness.check_imports(result, built[0], root, "quirks_complete_client")
    assert result.importing == 4
    assert [gap.pointer for gap in result.gaps] == [join("/paths", "/items/{sku}/stock", "get")]
    assert "does not import" in result.gaps[0].reason


def test_a_facade_module_that_does_not_import_is_a_gap(
    built: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    root = copy_of(built, tmp_path)
    surface = built[1].parent / "facade" / "resources" / "quirks_complete.py"
    broken = tmp_path / "quirks_complete.py"
    broken.write_text(surface.read_text() + "\nfrom .nowhere import nothing\n")
    result = completeness.check_package(built[0], root / "quirks_complete_client")
    completeness.check_imports(result, built[0], root, "quirks_complete_client", surface)
    assert result.gaps == []  # the generated facade module imports
    completeness.check_imports(result, built[0], root, "quirks_complete_client", broken)
    assert [gap.reason.split(":")[0] for gap in result.gaps] == [
        "the facade module does not import"
    ]


def test_a_misshapen_document_fails_with_the_pointer_of_each_place() -> None:
    document = copy.deepcopy(CLEAN)
    operation = document["paths"]["/things/{id}"]["get"]
    operation["responses"]["200"]["content"] = "application/json"
    operation["parameters"].append("limit")
    with pytest.raises(documents.PipelineError) as refused:
        normalise.normalise(document)
    message = str(refused.value)
    assert "/paths/~1things~1{id}/get/parameters/1: expected a mapping, found a string" in message
    assert "/paths/~1things~1{id}/get/responses/200/content: expected a mapping" in message


def test_nulls_for_optional_parts_and_boolean_schemas_are_mended() -> None:
    document = copy.deepcopy(CLEAN)
    operation = document["paths"]["/things/{id}"]["get"]
    operation["tags"] = None
    document["components"]["schemas"]["Thing"]["properties"]["extra"] = True
    document["components"]["schemas"]["Thing"]["properties"]["never"] = False
    # allOf holding one schema instead of a list of them
    document["components"]["schemas"]["Thing"]["properties"]["named"] = {
        "allOf": {"type": "string", "maxLength": 8}
    }
    # a discriminator with a field it does not have, and one without propertyName
    document["components"]["schemas"]["Thing"]["properties"]["kind"] = {
        "oneOf": [{"type": "object", "properties": {"t": {"type": "string"}}}],
        "discriminator": {"propertyName": "t", "type": "string"},
    }
    document["components"]["schemas"]["Thing"]["properties"]["sort"] = {
        "oneOf": [{"type": "object"}],
        "discriminator": {"mapping": {}},
    }
    log = RepairLog()
    spec = normalise.normalise(document, log=log)
    properties = spec["components"]["schemas"]["Thing"]["properties"]
    assert properties["extra"] == {} and properties["never"] == {"not": {}}
    assert properties["named"]["allOf"] == [{"type": "string", "maxLength": 8}]
    assert properties["kind"]["discriminator"] == {"propertyName": "t"}
    assert "discriminator" not in properties["sort"]
    assert "tags" not in spec["paths"]["/things/{id}"]["get"]
    assert {r.pointer for r in log if r.kind == "malformed"} == {
        "/paths/~1things~1{id}/get/tags",
        "/components/schemas/Thing/properties/extra",
        "/components/schemas/Thing/properties/never",
        "/components/schemas/Thing/properties/named/allOf",
        "/components/schemas/Thing/properties/kind/discriminator",
        "/components/schemas/Thing/properties/sort/discriminator",
    }
