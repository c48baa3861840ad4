"""The generated clients: they import, cover every operation, and build requests the spec
accepts."""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import pkgutil
import re
import types
import typing
import uuid
from typing import Any

import attrs
import httpx
import pytest
from dateutil.parser import isoparse
from openapi_core import OpenAPI
from openapi_python_client.strings import snake_case

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


def _accepts_json_as_is(option: Any, origin: Any, value: Any) -> bool:
    if option in (str, int, float, bool):
        return isinstance(value, option)
    return option is Any or option is dict or origin is dict


def _python_value(hint: Any, value: Any) -> Any:
    """Turn a JSON example into what the generated signature expects for ``hint``."""
    options = (
        typing.get_args(hint)
        if typing.get_origin(hint) in (typing.Union, types.UnionType)
        else (hint,)
    )
    errors = []
    for option in options:
        origin = typing.get_origin(option)
        try:
            if attrs.has(option):
                return option.from_dict(value)
            elif inspect.isclass(option) and issubclass(option, enum.Enum):
                return option(value)
            elif option is datetime.datetime:
                return isoparse(value)
            elif option is datetime.date:
                return datetime.date.fromisoformat(value)
            elif option is uuid.UUID:
                return uuid.UUID(value)
            elif origin is list and isinstance(value, list):
                (item,) = typing.get_args(option)
                return [_python_value(item, v) for v in value]
            elif (
                (option in (str, int, float, bool) and isinstance(value, option))
                or option is Any
                or option is dict
                or origin is dict
            ):
                return value
        except (ValueError, TypeError, KeyError) as error:
            errors.append(f"{option}: {error}")
    raise AssertionError(f"cannot turn {value!r} into {hint}: {errors}")


@pytest.mark.parametrize(("api", "path", "method", "op"), CASES)
def test_request_from_example_values_validates(
    api: str, path: str, method: str, op: dict[str, Any]
) -> None:
    spec = load_spec(api)
    module = endpoint_modules(PACKAGES[api])[snake_case(op["operationId"])]
    hints = typing.get_type_hints(module._get_kwargs)
    by_name = {}
    for param in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, param)
        by_name[_normal(param["name"])] = param

    kwargs: dict[str, Any] = {}
    for name in inspect.signature(module._get_kwargs).parameters:
        if name == "body":
            body = resolve(spec, op["requestBody"])
            schema = body["content"]["application/json"]["schema"]
            kwargs["body"] = _python_value(hints["body"], example(spec, schema))
            continue
        param = by_name[_normal(name)]
        kwargs[name] = _python_value(hints[name], example(spec, param["schema"]))

    request_args = module._get_kwargs(**kwargs)
    server = spec["servers"][0]["url"]
    with httpx.Client(base_url=server, headers=_security_headers(spec)) as client:
        request = client.build_request(**request_args)
    assert request.method == method.upper()

    openapi(api).validate_request(HttpxOpenAPIRequest(request))
    if "requestBody" in op:
        assert request.headers["content-type"] == "application/json"
