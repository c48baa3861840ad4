"""The three specs: valid OpenAPI 3.1, with the vendors' constraints expressed as JSON Schema
so the facade and other tools can read them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.support.specs import EXPECTED_OPERATIONS, SPECS, load_spec, operations, resolve

APIS = list(EXPECTED_OPERATIONS)


@pytest.mark.parametrize("api", APIS)
def test_spec_is_valid_openapi_31(api: str) -> None:
    spec = load_spec(api)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("api", APIS)
def test_operation_count_and_conventions(api: str) -> None:
    ops = operations(load_spec(api))
    assert len(ops) == EXPECTED_OPERATIONS[api]
    ids = [op["operationId"] for _, _, op in ops]
    assert len(set(ids)) == len(ids)
    for _, _, op in ops:
        assert len(op.get("tags", [])) == 1, op["operationId"]
        assert op.get("summary"), f"{op['operationId']} has no summary"


@pytest.mark.parametrize("api", APIS)
def test_lock_records_the_committed_spec(api: str) -> None:
    import hashlib

    lock = json.loads((SPECS / "lock.json").read_text())
    entry = lock["apis"][api]
    assert (
        entry["spec"]["sha256"]
        == hashlib.sha256((SPECS / api / "openapi.yaml").read_bytes()).hexdigest()
    )
    assert entry["generators"]["openapi-python-client"] == "0.29.1"
    assert entry["upstream"]["version"]


# --- fiskaly management ------------------------------------------------------------------------


def fiskaly_schema(name: str) -> dict[str, Any]:
    result: dict[str, Any] = load_spec("fiskaly_management")["components"]["schemas"][name]
    return result


def test_fiskaly_metadata_limits_are_json_schema() -> None:
    metadata = fiskaly_schema("Metadata")
    assert metadata["maxProperties"] == 20
    assert metadata["propertyNames"]["minLength"] == 1
    assert metadata["propertyNames"]["maxLength"] == 40
    assert metadata["additionalProperties"]["type"] == "string"
    assert metadata["additionalProperties"]["maxLength"] == 500


def test_fiskaly_field_constraints() -> None:
    assert fiskaly_schema("OrganizationCreate")["properties"]["name"]["minLength"] == 3
    for field in ("address_line1", "zip", "town"):
        assert fiskaly_schema("OrganizationCreate")["properties"][field]["minLength"] == 1
    assert fiskaly_schema("BillingAddressCreate")["properties"]["recipient"]["minLength"] == 1
    country = fiskaly_schema("CountryCode")
    assert len(country["enum"]) == 249 and {"DEU", "AUT", "NOR", "USA"} <= set(country["enum"])
    assert all(len(code) == 3 and code.isupper() for code in country["enum"])
    assert fiskaly_schema("ApiKeyName")["pattern"] == r"^[a-z0-9\-]{3,30}$"
    assert fiskaly_schema("Env")["enum"] == ["TEST", "LIVE"]
    assert fiskaly_schema("ApiKeyStatus")["enum"] == ["enabled", "disabled"]
    status = fiskaly_schema("StatusResponse")
    assert status["properties"]["_success"]["type"] == "boolean"
    organization = fiskaly_schema("Organization")["properties"]
    assert {"_id", "_type", "_envs", "created_by_user"} <= set(organization)
    assert set(fiskaly_schema("Error")["properties"]) == {"status_code", "error", "code", "message"}


def test_fiskaly_token_endpoint_takes_both_bodies_and_returns_the_full_token() -> None:
    spec = load_spec("fiskaly_management")
    auth = spec["paths"]["/auth"]["post"]
    assert auth["security"] == []
    variants = auth["requestBody"]["content"]["application/json"]["schema"]["oneOf"]
    required = sorted(tuple(resolve(spec, v)["required"]) for v in variants)
    assert required == [("api_key", "api_secret"), ("refresh_token",)]
    token = resolve(spec, auth["responses"]["200"]["content"]["application/json"]["schema"])
    assert {
        "access_token", "access_token_claims", "access_token_expires_in", "access_token_expires_at",
        "refresh_token", "refresh_token_expires_in", "refresh_token_expires_at",
    } <= set(token["properties"])  # fmt: skip
    assert spec["components"]["securitySchemes"]["bearerJWT"]["scheme"] == "bearer"


def list_parameter(api: str, path: str, name: str) -> dict[str, Any]:
    spec = load_spec(api)
    for param in spec["paths"][path]["get"].get("parameters", []):
        param = resolve(spec, param)
        if param["name"] == name:
            return dict(resolve(spec, param["schema"]))
    raise AssertionError(f"{path} has no {name} parameter")


@pytest.mark.parametrize(
    ("path", "maximum"),
    [
        ("/organizations", 5000),
        ("/organizations/{organization_id}/users", 5000),
        ("/organizations/{organization_id}/api-keys", 100),
    ],
)
def test_fiskaly_list_limits(path: str, maximum: int) -> None:
    limit = list_parameter("fiskaly_management", path, "limit")
    assert limit["maximum"] == maximum and limit["default"] == 100
    assert list_parameter("fiskaly_management", path, "offset")["default"] == 0
    assert list_parameter("fiskaly_management", path, "order")["enum"] == ["asc", "desc"]


def test_fiskaly_every_response_has_the_request_id_header() -> None:
    spec = load_spec("fiskaly_management")
    for _, _, op in operations(spec):
        for status, response in op["responses"].items():
            headers = {name.lower() for name in resolve(spec, response).get("headers", {})}
            assert "x-request-id" in headers, f"{op['operationId']} {status}"


def test_fiskaly_error_responses_use_the_error_body() -> None:
    spec = load_spec("fiskaly_management")
    for _, _, op in operations(spec):
        for status, response in op["responses"].items():
            if status[0] in "45":
                schema = resolve(spec, response)["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, (
                    f"{op['operationId']} {status}"
                )


# --- Enlivy --------------------------------------------------------------------------------------


def test_enlivy_errors_lists_and_webhooks() -> None:
    spec = load_spec("enlivy")
    create = spec["paths"]["/organizations/{organization_id}/invoices"]["post"]
    invalid = resolve(spec, create["responses"]["422"])
    body = resolve(spec, invalid["content"]["application/json"]["schema"])
    assert set(body["required"]) == {"message", "errors"}
    assert body["properties"]["errors"]["additionalProperties"]["items"]["type"] == "string"
    throttled = resolve(spec, create["responses"]["429"])
    assert "Retry-After" in throttled["headers"]
    assert spec["paths"]["/authentication/login"]["post"]["security"] == []
    assert (
        list_parameter("enlivy", "/organizations/{organization_id}/invoices", "per_page")["maximum"]
        == 50
    )
    for name in ("page", "include", "include_meta", "limit"):
        list_parameter("enlivy", "/organizations/{organization_id}/invoices", name)
    listing = spec["paths"]["/organizations/{organization_id}/invoices"]["get"]
    envelope = resolve(spec, listing["responses"]["200"]["content"]["application/json"]["schema"])
    meta = resolve(spec, envelope["properties"]["meta"])
    assert {"pagination", "navigation"} <= set(meta["properties"])
    (hook,) = spec["webhooks"].values()
    headers = [p["name"] for p in (resolve(spec, p) for p in hook["post"]["parameters"])]
    assert "Signature" in headers


# --- our own wording -------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_descriptions_are_not_copied_from_the_seeds(api: str) -> None:
    from tests.support.specs import ROOT

    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"the seed documents (reference data) are not at {seeds}")
    seed_text = " ".join(" ".join(p.read_text().split()) for p in seeds.glob("*.txt"))
    spec = load_spec(api)
    copied = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str):
                    sentence = " ".join(value.split())
                    if len(sentence) > 30 and sentence in seed_text:
                        copied.append(sentence)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    assert copied == []
