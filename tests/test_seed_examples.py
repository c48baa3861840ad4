"""The example payloads of the vendors' docs (seeds 000, 001 and 004) parse into the generated
models and serialise back with no field lost, and every field is declared in our spec."""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest
from openapi_python_client.strings import pascal_case
from openapi_schema_validator import OAS31Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.support.specs import FIXTURES, PACKAGES, load_spec, resolve

APIS_WITH_SEEDS = ("fiskaly_management", "enlivy")


def load_examples(api: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        (FIXTURES / "seed_examples" / f"{api}.json").read_text()
    )
    return data


CASES = [
    pytest.param(api, entry, id=f"{api}:{entry['source']}")
    for api in APIS_WITH_SEEDS
    for entry in load_examples(api)
]


def schema_name_for_model(spec: dict[str, Any], model: str) -> str:
    """The name of the component schema whose generated class is ``model``."""
    for name in spec["components"]["schemas"]:
        if pascal_case(name) == model:
            return str(name)
    raise AssertionError(f"no component schema generates {model}")


def undeclared_keys(spec: dict[str, Any], schema: Any, value: Any, where: str = "$") -> list[str]:
    """Keys of ``value`` that ``schema`` does not declare (maps without properties excepted)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    found: list[str] = []
    for key in ("allOf", "anyOf", "oneOf"):
        variants = schema.get(key, [])
        if variants:
            merged: dict[str, Any] = {}
            for variant in variants:
                merged.update(resolve(spec, variant).get("properties", {}))
            if merged and isinstance(value, dict):
                schema = {**schema, "properties": {**schema.get("properties", {}), **merged}}
    if isinstance(value, dict) and "properties" in schema:
        for name, item in value.items():
            if name not in schema["properties"]:
                found.append(f"{where}.{name}")
            else:
                found += undeclared_keys(spec, schema["properties"][name], item, f"{where}.{name}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += undeclared_keys(spec, schema["items"], item, f"{where}[{index}]")
    return found


def validator(spec: dict[str, Any], schema_name: str) -> OAS31Validator:
    """A validator for one component schema, with the whole spec available for its $refs."""
    resource = DRAFT202012.create_resource(spec)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return OAS31Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema_name}"}, registry=registry
    )


@pytest.mark.parametrize(("api", "entry"), CASES)
def test_seed_example_round_trips_through_the_generated_model(
    api: str, entry: dict[str, Any]
) -> None:
    models = importlib.import_module(f"{PACKAGES[api]}.models")
    model = getattr(models, entry["model"])
    parsed = model.from_dict(entry["payload"])
    assert parsed.to_dict() == entry["payload"]


@pytest.mark.parametrize(("api", "entry"), CASES)
def test_seed_example_fields_are_declared_and_valid(api: str, entry: dict[str, Any]) -> None:
    spec = load_spec(api)
    name = schema_name_for_model(spec, entry["model"])
    schema = spec["components"]["schemas"][name]
    assert undeclared_keys(spec, schema, entry["payload"]) == []
    errors = [error.message for error in validator(spec, name).iter_errors(entry["payload"])]
    assert errors == []


def test_every_seed_has_examples() -> None:
    sources = {
        entry["source"].split(":")[0] for api in APIS_WITH_SEEDS for entry in load_examples(api)
    }
    assert {"seed 000", "seed 001", "seed 004"} <= sources


def test_an_undeclared_field_is_caught() -> None:
    # Guards the check above: a field the spec does not declare must be reported.
    spec = load_spec("fiskaly_management")
    payload = {"_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "_type": "USER", "nickname": "x"}
    assert undeclared_keys(spec, spec["components"]["schemas"]["User"], payload) == ["$.nickname"]
