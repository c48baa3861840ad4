"""A stand-in for the three APIs built from the specs alone: every request is checked against
the spec with openapi-core, and every operation answers with an example of its success response.
Used by the client tests and by the README test."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx
from openapi_core import OpenAPI

import facade
from facade.enlivy import DEFINITION as ENLIVY
from facade.envoice import DEFINITION as ENVOICE
from facade.fiskaly import DEFINITION as FISKALY

from .arguments import endpoint_module, python_arguments
from .examples import example
from .openapi_httpx import HttpxOpenAPIRequest
from .specs import load_spec, operations, resolve

DEFINITIONS = {"fiskaly_management": FISKALY, "enlivy": ENLIVY, "envoice": ENVOICE}
TOKEN = {
    "access_token": "jwt-access-1",
    "access_token_expires_in": 300,
    "access_token_expires_at": 4102444800,
    "refresh_token": "jwt-refresh-1",
    "refresh_token_expires_in": 600,
    "refresh_token_expires_at": 4102444800,
}
SECRETS = {
    "api_secret": "fk-secret-VALUE-123",
    "token": "en-token-VALUE-456",
    "auth_secret": "ev-secret-VALUE-789",
}


@functools.cache
def openapi(api: str) -> OpenAPI:
    return OpenAPI.from_dict(load_spec(api))


def success_example(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    for status, response in op["responses"].items():
        if status.startswith("2"):
            content = resolve(spec, response).get("content", {})
            if "application/json" in content:
                body = example(spec, content["application/json"]["schema"])
                if isinstance(body, dict) and "IsFaulted" in body:
                    body["IsFaulted"] = False
                return int(status), body
            return int(status), None
    raise AssertionError(f"{op['operationId']} has no success response")


class MockAPI:
    """Answers every operation of a spec with an example of its success response, after
    checking the request against the spec; records what it received."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.spec = load_spec(api)
        self.requests: list[httpx.Request] = []
        self.answers: dict[str, Callable[[httpx.Request], httpx.Response]] = {}

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.api == "fiskaly_management" and request.url.path.endswith("/auth"):
            return httpx.Response(200, json=TOKEN, headers={"X-Request-ID": "req-authenticate"})
        result = openapi(self.api).unmarshal_request(HttpxOpenAPIRequest(request))
        if result.errors:
            return httpx.Response(599, json={"message": f"request invalid: {result.errors}"})
        op = next(
            op
            for path, method, op in operations(self.spec)
            if request.method == method.upper() and self._matches(path, request.url.path)
        )
        if op["operationId"] in self.answers:
            return self.answers[op["operationId"]](request)
        status, body = success_example(self.spec, op)
        if _later_page(request) and isinstance(body, dict):
            # The example page is the whole list: past it, a list is empty (answering the same
            # page again would be a server that ignores the position, which the client refuses).
            body = {k: [] if k in ("data", "Result") else v for k, v in body.items()}
        headers = {"X-Request-ID": f"req-{op['operationId']}"}
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    def _matches(self, template: str, path: str) -> bool:
        base = httpx.URL(self.spec["servers"][0]["url"]).path.rstrip("/")
        parts, actual = template.strip("/").split("/"), path[len(base) :].strip("/").split("/")
        return len(parts) == len(actual) and all(
            p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True)
        )


def _later_page(request: httpx.Request) -> bool:
    """A request for a page past the first, in any of the three paging styles."""
    params = request.url.params
    for name, first in (("offset", 0), ("page", 1), ("queryOptions.page", 1)):
        value = params.get(name)
        if value is not None and value.isdigit() and int(value) > first:
            return True
    return False


def make_client(api: str, mock: MockAPI, *, use_async: bool = False, **extra: Any) -> Any:
    transport = httpx.MockTransport(mock.handler)
    base = {"base_url": load_spec(api)["servers"][0]["url"], **extra}
    http = (
        httpx.AsyncClient(transport=transport) if use_async else httpx.Client(transport=transport)
    )
    if api == "fiskaly_management":
        cls = facade.AsyncFiskaly if use_async else facade.Fiskaly
        return cls(api_key="fk-key", api_secret=SECRETS["api_secret"], http_client=http, **base)
    if api == "enlivy":
        cls = facade.AsyncEnlivy if use_async else facade.Enlivy
        return cls(token=SECRETS["token"], organization_id="org_default", http_client=http, **base)
    cls = facade.AsyncEnvoice if use_async else facade.Envoice
    return cls(auth_key="ev-key", auth_secret=SECRETS["auth_secret"], http_client=http, **base)


def call_arguments(api: str, operation_id: str) -> dict[str, Any]:
    """Example arguments for one operation, as a user would pass them (python names)."""
    spec = load_spec(api)
    path, _, op = next(x for x in operations(spec) if x[2]["operationId"] == operation_id)
    path_values: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, param)
        if param["in"] == "path" and not (api == "enlivy" and param["name"] == "organization_id"):
            path_values[param["name"]] = example(spec, param["schema"])
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = example(spec, param["schema"])
    body = None
    if "requestBody" in op:
        schema = resolve(spec, op["requestBody"])["content"]["application/json"]["schema"]
        body = example(spec, schema)
    module = endpoint_module(DEFINITIONS[api].package, operation_id)
    return python_arguments(module, path=path_values, query=query, body=body)
