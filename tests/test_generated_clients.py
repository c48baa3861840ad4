"""The generated clients: they import, cover every operation, and build requests the spec
accepts."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import types
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_python_client.strings import snake_case

from tests.support.arguments import endpoint_module, python_arguments
from tests.support.examples import example
from tests.support.openapi_httpx import HttpxOpenAPIRequest
from tests.support.specs import (
    EXPECTED_OPERATIONS,
    PACKAGES,
    WEBHOOK_PACKAGES,
    load_spec,
    operations,
    resolve,
)

CASES = [
    pytest.param(api, path, method, op, id=f"{api}:{op['operationId']}")
    for api in PACKAGES
    for path, method, op in operations(load_spec(api))
]


def endpoint_modules(package: str) -> dict[str, types.ModuleType]:
    """Every generated endpoint module of ``package``, by module name."""
    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


@pytest.mark.parametrize("package", [*PACKAGES.values(), *WEBHOOK_PACKAGES.values()])
def test_generated_packages_import(package: str) -> None:
    module = importlib.import_module(package)
    assert module.__file__ is not None
    typed = importlib.resources.files(package) / "py.typed"
    assert typed.is_file(), f"{package} lacks py.typed"


@pytest.mark.parametrize("api", list(PACKAGES))
def test_every_operation_has_a_generated_function(api: str) -> None:
    spec = load_spec(api)
    operation_ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(operation_ids) == EXPECTED_OPERATIONS[api]
    modules = endpoint_modules(PACKAGES[api])
    missing = [op_id for op_id in operation_ids if snake_case(op_id) not in modules]
    assert not missing, f"no generated function for {missing}"
    # And nothing generated that the spec does not describe.
    assert len(modules) == len(operation_ids)
    for op_id in operation_ids:
        module = modules[snake_case(op_id)]
        for function in ("sync_detailed", "asyncio_detailed"):
            assert callable(getattr(module, function)), f"{op_id}.{function}"


# --- requests built from example values validate against the spec ---------------------------


@functools.cache
def openapi(api: str) -> OpenAPI:
    return OpenAPI.from_dict(load_spec(api))


def _normal(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _security_headers(spec: dict[str, Any]) -> dict[str, str]:
    headers = {}
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "http" and scheme.get("scheme") == "bearer":
            headers["Authorization"] = "Bearer test-token"
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[scheme["name"]] = "test-credential"
    return headers


@pytest.mark.parametrize(("api", "path", "method", "op"), CASES)
def test_request_from_example_values_validates(
    api: str, path: str, method: str, op: dict[str, Any]
) -> None:
    spec = load_spec(api)
    module = endpoint_module(PACKAGES[api], op["operationId"])
    path_values: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, param)
        target = path_values if param["in"] == "path" else query
        target[param["name"]] = example(spec, param["schema"])
    body = None
    if "requestBody" in op:
        schema = resolve(spec, op["requestBody"])["content"]["application/json"]["schema"]
        body = example(spec, schema)
    # JSON values as they are: the generated build_request takes plain dicts, strings for enums
    # and UUIDs, and the generated models alike.
    arguments = python_arguments(module, path=path_values, query=query, body=body)
    request_args = module.build_request(**arguments).httpx_arguments()
    server = spec["servers"][0]["url"]
    with httpx.Client(base_url=server, headers=_security_headers(spec)) as client:
        request = client.build_request(**request_args)
    assert request.method == method.upper()

    openapi(api).validate_request(HttpxOpenAPIRequest(request))
    if "requestBody" in op:
        assert request.headers["content-type"] == "application/json"
