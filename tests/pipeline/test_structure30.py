"""Structure quirks of OpenAPI 3.0 documents (issue 11). Spec: specs/structure30.yaml."""

from __future__ import annotations

import httpx
import pytest

from tests.pipeline.conftest import Imported, pointer

SPEC = "structure30.yaml"
NAME = "quirks_structure30"


@pytest.fixture(scope="module")
def api(imported_module: Imported) -> Imported:
    return imported_module


def test_integer_status_keys_become_status_strings_and_each_has_its_branch(api: Imported) -> None:
    responses = api.spec["paths"]["/accounts/{id}"]["get"]["responses"]
    assert list(responses) == ["200", "404", "default"]
    where = pointer("paths", "/accounts/{id}", "get", "responses", "404")
    assert "read as '404'" in api.repairs("status-code")[where]
    client = api.client(lambda request: httpx.Response(404, json={"message": "no such account"}))
    parsed = api.operation("getAccount").sync(client=client, id="a1")
    assert type(parsed).__name__ == "AcmeError" and parsed.message == "no such account"
    client = api.client(lambda request: httpx.Response(503, json={"message": "later"}))
    assert api.operation("getAccount").sync(client=client, id="a1").message == "later"


def test_keywords_beside_ref_are_dropped_as_openapi_30_ignores_them(api: Imported) -> None:
    owner = api.spec["components"]["schemas"]["Account"]["properties"]["owner"]
    assert owner == {"$ref": "#/components/schemas/Owner"}
    where = pointer("components", "schemas", "Account", "properties", "owner")
    assert "readOnly, type beside $ref dropped" in api.repairs("ref-siblings")[where]
    account = api.models().Account.from_dict({"id": "a1", "owner": {"name": "Ada"}})
    assert account.owner.name == "Ada"


def test_nullable_becomes_a_null_type_also_beside_ref(api: Imported) -> None:
    properties = api.spec["components"]["schemas"]["Account"]["properties"]
    assert properties["closed_on"]["type"] == ["string", "null"]
    assert properties["co_owner"] == {
        "anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]
    }
    account = api.models().Account.from_dict({"id": "a1", "co_owner": None, "closed_on": None})
    assert account.co_owner is None and account.closed_on is None
    assert (
        api.models().Account.from_dict({"id": "a", "co_owner": {"name": "B"}}).co_owner.name == "B"
    )


def test_a_null_default_of_a_nullable_allof_stays_with_the_whole(api: Imported) -> None:
    country = api.spec["components"]["schemas"]["Account"]["properties"]["country"]
    assert country == {
        "anyOf": [{"allOf": [{"$ref": "#/components/schemas/Code"}]}, {"type": "null"}],
        "default": None,
    }  # in the first branch it would be a value its own schema rejects (the validator refused)
    account = api.models().Account.from_dict({"id": "a1", "country": "DE"})
    assert account.country == "DE"


def test_a_nullable_object_component_moves_null_to_its_references(api: Imported) -> None:
    maybe = api.spec["components"]["schemas"]["MaybeAccount"]
    assert "allOf" in maybe and "null" not in str(maybe)
    assert pointer("components", "schemas", "MaybeAccount") in api.repairs("nullable-component")
    model = api.models().Account
    assert model.from_dict({"id": "a", "parent": None}).parent is None
    parent = model.from_dict({"id": "a", "parent": {"name": "P", "number": "7"}}).parent
    assert (parent.name, parent.number) == ("P", "7")


def test_reference_cycles_are_built_or_cut_at_one_reference(api: Imported) -> None:
    cut = api.repairs("circular-ref")
    assert set(cut) == {
        pointer("components", "schemas", "ChainB"),
        pointer("components", "schemas", "Tree", "items"),
        pointer("components", "schemas", "Nested", "oneOf", "1", "items"),
    }
    client = api.client(
        lambda request: httpx.Response(
            200,
            json={
                "node": {"name": "root", "children": [{"name": "leaf", "children": []}]},
                "tree": [[[]], []],
                "chain": {"anything": 1},
                "mixed": ["a", ["b"]],
            },
        )
    )
    forest = api.operation("listTrees").sync(client=client)
    assert forest.node.children[0].name == "leaf"  # recursion through a property is kept
    assert forest.to_dict()["tree"] == [[[]], []]
    assert forest.to_dict()["mixed"] == ["a", ["b"]]


def test_names_that_are_not_identifiers_still_give_classes(api: Imported) -> None:
    schemas = api.spec["components"]["schemas"]
    assert "Invoice_Line" in schemas and "Invoice Line" not in schemas
    entries = schemas["History"]["properties"]["entries"]["items"]
    assert entries == {"$ref": "#/components/schemas/Invoice_Line"}
    models = api.models()
    history = models.History.from_dict({"entries": [{"amount": 2.5}], "form": {"year": 2025}})
    assert history.entries[0].amount == 2.5 and history.form.year == 2025
    assert type(history.form).__name__.endswith("1099Form")


def test_references_to_nowhere_elsewhere_and_inside_are_recorded_and_kept_as_values(
    api: Imported,
) -> None:
    history = pointer("components", "schemas", "History", "properties")
    assert "points at nothing" in api.repairs("dangling-ref")[history + "/missing"]
    assert "not fetched" in api.repairs("external-ref")[history + "/elsewhere"]
    assert "copy of its target" in api.repairs("dangling-ref")[history + "/inside"]
    parsed = api.models().History.from_dict(
        {"missing": {"a": 1}, "elsewhere": "12.50 EUR", "inside": "2026-11-21"}
    )
    assert parsed.missing == {"a": 1} and parsed.elsewhere == "12.50 EUR"
    assert parsed.inside.isoformat() == "2026-11-21"


def test_a_missing_operation_id_is_named_and_the_operation_generated(api: Imported) -> None:
    module = api.operation("AccountsApi_History")
    client = api.client(lambda request: httpx.Response(200, json={"entries": []}))
    assert module.sync(client=client, id="a1").entries == []
    assert api.requests[-1].url.path == "/accounts/a1/history"


def test_security_scheme_names_with_spaces_are_renamed_with_their_requirements(
    api: Imported,
) -> None:
    assert list(api.spec["components"]["securitySchemes"]) == ["API_Key"]
    assert api.spec["security"] == [{"API_Key": []}]


def test_header_and_cookie_parameters_are_sent(api: Imported) -> None:
    schema = api.spec["paths"]["/accounts/{id}"]["get"]["parameters"][1]["schema"]
    assert schema == {"type": "string"}  # an object header is not something to send as is
    client = api.client(lambda request: httpx.Response(200, json={"id": "a1"}))
    api.operation("getAccount").sync(client=client, id="a1", x_filter="kind=open", session="s-1")
    sent = api.requests[-1]
    assert sent.headers["X-Filter"] == "kind=open"
    assert sent.headers["cookie"] == "session=s-1"
