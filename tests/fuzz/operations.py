"""The fuzz tests' view of each spec: operations with their parameters and body fields, read
from the spec (never from the facade, which takes the request shape from the generated code),
and a way to call the facade with a request given in wire form."""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facade._spec import load_spec
from tests.support.arguments import endpoint_module, python_arguments
from tests.support.specs import resolve

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Param:
    name: str  # wire name
    location: str  # "path" or "query"
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    package: str
    operation_id: str
    method: str
    path: str
    params: tuple[Param, ...]
    has_body: bool
    body_fields: tuple[str, ...]  # wire names of the body's top-level properties

    @property
    def module(self) -> types.ModuleType:
        return endpoint_module(self.package, self.operation_id)

    def arguments(
        self, path: Mapping[str, Any], query: Mapping[str, Any], body: Any
    ) -> dict[str, Any] | None:
        """Keyword arguments of the facade's method for a wire-form request; None when the
        typed surface cannot express it (a non-object body where it takes fields)."""
        module = self.module
        takes_fields = any(where == "field" for where, _ in module.ARGUMENTS.values())
        if takes_fields and body is not None and not isinstance(body, dict):
            return None
        if takes_fields and isinstance(body, dict):
            known = {wire for where, wire in module.ARGUMENTS.values() if where == "field"}
            body = {key: value for key, value in body.items() if key in known}
        return python_arguments(
            module,
            path={k: v for k, v in path.items() if v is not None},
            query=query,
            body=body if self.has_body else None,
        )


@functools.cache
def operations(package: str) -> dict[str, Operation]:
    spec = load_spec(package)
    found = {}
    for path, item in spec.get("paths", {}).items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = {(p["name"], p["in"]): p for p in shared}
            params.update(
                {(p["name"], p["in"]): p for p in map(_resolver(spec), op.get("parameters", []))}
            )
            body = resolve(spec, op.get("requestBody", {}))
            schema = body.get("content", {}).get("application/json", {}).get("schema")
            found[op["operationId"]] = Operation(
                package=package,
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                params=tuple(
                    Param(p["name"], p["in"], bool(p.get("required")), resolve(spec, p["schema"]))
                    for p in params.values()
                    if p["in"] in ("path", "query")
                ),
                has_body=schema is not None,
                body_fields=tuple(_property_names(spec, schema)) if schema else (),
            )
    return found


def _resolver(spec: Mapping[str, Any]) -> Any:
    return lambda node: resolve(spec, node)


def _property_names(spec: Mapping[str, Any], schema: Any) -> list[str]:
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return []
    names = list(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            names += [n for n in _property_names(spec, part) if n not in names]
    return names
