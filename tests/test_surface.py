"""Which spec changes count as breaking."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from scripts.pipeline.surface import diff, surface

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ThingIn"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    }
                },
            }
        },
        "/things/{id}": {
            "delete": {"operationId": "deleteThing", "responses": {"204": {"description": "gone"}}}
        },
    },
    "components": {
        "schemas": {
            "ThingIn": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 40},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "note": {"type": ["string", "null"]},
                },
            },
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "status": {"type": "string", "enum": ["open", "paid"]},
                    "parent": {"$ref": "#/components/schemas/Thing"},
                },
            },
        }
    },
}


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def add_required(doc: dict[str, Any], name: str) -> None:
    schemas(doc)["ThingIn"]["properties"][name] = {"type": "integer"}
    schemas(doc)["ThingIn"]["required"].append(name)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, bool]] = [
    ("remove operation", lambda d: d["paths"].pop("/things/{id}"), "removed `deleteThing`", True),
    (
        "remove response field",
        lambda d: schemas(d)["Thing"]["properties"].pop("name"),
        "removed `createThing response.200.name`",
        True,
    ),
    (
        "remove request field",
        lambda d: schemas(d)["ThingIn"]["properties"].pop("kind"),
        "removed `createThing request.body.kind`",
        True,
    ),
    ("new required field", lambda d: add_required(d, "size"), "body.size`: required field", True),
    (
        "field becomes required",
        lambda d: schemas(d)["ThingIn"]["required"].append("kind"),
        "became required",
        True,
    ),
    (
        "request enum narrowed",
        lambda d: schemas(d)["ThingIn"]["properties"]["kind"].update(enum=["a"]),
        "enum -b",
        True,
    ),
    (
        "request type narrowed",
        lambda d: schemas(d)["ThingIn"]["properties"]["note"].update(type="string"),
        "type null|string -> string",
        True,
    ),
    (
        "request limit tightened",
        lambda d: schemas(d)["ThingIn"]["properties"]["name"].update(maxLength=20),
        "maxLength 40 -> 20",
        True,
    ),
    (
        "query maximum tightened",
        lambda d: d["paths"]["/things"]["post"]["parameters"][0]["schema"].update(maximum=50),
        "maximum 100 -> 50",
        True,
    ),
    (
        "response enum widened",
        lambda d: schemas(d)["Thing"]["properties"]["status"]["enum"].append("void"),
        "enum +void",
        True,
    ),
    (
        "optional field added",
        lambda d: schemas(d)["ThingIn"]["properties"].update(colour={"type": "string"}),
        "added `createThing request.body.colour`",
        False,
    ),
    (
        "request enum widened",
        lambda d: schemas(d)["ThingIn"]["properties"]["kind"]["enum"].append("c"),
        "enum +c",
        False,
    ),
    (
        "request limit loosened",
        lambda d: schemas(d)["ThingIn"]["properties"]["name"].update(maxLength=80),
        "maxLength 40 -> 80",
        False,
    ),
    (
        "operation added",
        lambda d: d["paths"].update(
            {
                "/other": {
                    "get": {"operationId": "other", "responses": {"200": {"description": "ok"}}}
                }
            }
        ),
        "added `other`",
        False,
    ),
]


@pytest.mark.parametrize(("name", "edit", "expected", "breaking"), CASES, ids=[c[0] for c in CASES])
def test_change_is_classified(
    name: str, edit: Callable[[dict[str, Any]], None], expected: str, breaking: bool
) -> None:
    changed = copy.deepcopy(BASE)
    edit(changed)
    changes = diff(surface(BASE), surface(changed))
    matching = [c for c in changes if expected in c.line()]
    assert matching, [c.line() for c in changes]
    assert any(c.breaking for c in matching) is breaking


def test_identical_specs_have_no_changes_and_recursion_terminates() -> None:
    assert diff(surface(BASE), surface(copy.deepcopy(BASE))) == []
    fields = surface(BASE)["createThing"].fields
    assert "response.200.parent.parent" in fields or "response.200.parent" in fields


def test_our_specs_are_stable_under_diff() -> None:
    from tests.support.specs import PACKAGES, load_spec

    for api in PACKAGES:
        spec = load_spec(api)
        assert diff(surface(spec), surface(copy.deepcopy(spec))) == []
        assert len(surface(spec)) > 10
