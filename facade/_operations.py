"""Operations as the spec describes them, and turning a Python call into an HTTP request.

Everything here is derived from the spec each generated package carries, so one code path
serves every operation of every API: the arguments a call accepts, where each one travels
(path, query or JSON body), which operations need credentials, and how list pages are walked.
The generated package is still what turns response bodies into typed models.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import functools
import importlib
import pkgutil
import re
import types
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import attrs

from ._spec import load_spec

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.lru_cache(maxsize=2048)  # few distinct names, looked up on every call
def normal(name: str) -> str:
    """The matching key for a name: ``queryOptions.pageSize``, ``query_options_page_size`` and
    ``QueryOptionsPageSize`` are the same argument."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


@dataclass(frozen=True)
class Param:
    name: str  # wire name
    location: str  # "path" or "query"
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of a spec."""

    package: str
    operation_id: str
    tag: str
    method: str
    path: str
    params: tuple[Param, ...]
    has_body: bool
    body_required: bool
    body_fields: tuple[str, ...]  # wire names of the body's top-level properties
    secured: bool
    success_schema: Mapping[str, Any] | None
    arguments: Mapping[str, tuple[str, str]] = field(
        default_factory=dict
    )  # normal -> (where, wire)

    @functools.cached_property
    def module(self) -> types.ModuleType:
        """The generated endpoint module (imported on first use)."""
        return importlib.import_module(_endpoint_modules(self.package)[normal(self.operation_id)])


@functools.cache
def _endpoint_modules(package: str) -> dict[str, str]:
    """Generated endpoint module names by normalised operation id (walks ``package.api``)."""
    api = importlib.import_module(f"{package}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        if not info.ispkg:
            modules[normal(info.name.rsplit(".", 1)[1])] = info.name
    return modules


@functools.cache
def operations(package: str) -> dict[str, Operation]:
    """Every operation in the spec of ``package``, by operationId."""
    spec = load_spec(package)
    global_security = spec.get("security", [])
    result = {}
    for path, item in spec.get("paths", {}).items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = {(p["name"], p["in"]): p for p in shared}
            params.update(
                {
                    (p["name"], p["in"]): p
                    for p in map(lambda x: resolve(spec, x), op.get("parameters", []))
                }
            )
            param_list = tuple(
                Param(
                    p["name"], p["in"], bool(p.get("required")), resolve(spec, p.get("schema", {}))
                )
                for p in params.values()
                if p["in"] in ("path", "query")
            )
            body = resolve(spec, op.get("requestBody", {}))
            body_schema = body.get("content", {}).get("application/json", {}).get("schema")
            body_fields = tuple(_property_names(spec, body_schema)) if body_schema else ()
            arguments: dict[str, tuple[str, str]] = {}
            for name in body_fields:
                arguments[normal(name)] = ("body", name)
            for param in param_list:  # parameters win over body fields with the same name
                arguments[normal(param.name)] = (param.location, param.name)
            security = op.get("security", global_security)
            result[op["operationId"]] = Operation(
                package=package,
                operation_id=op["operationId"],
                tag=(op.get("tags") or ["default"])[0],
                method=method.upper(),
                path=path,
                params=param_list,
                has_body=body_schema is not None,
                body_required=bool(body.get("required")),
                body_fields=body_fields,
                secured=bool(security) and security != [{}],
                success_schema=_success_schema(spec, op),
                arguments=arguments,
            )
    return result


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 32:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
    return node


def _property_names(spec: Mapping[str, Any], schema: Any) -> list[str]:
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return []
    names = list(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            names += [n for n in _property_names(spec, part) if n not in names]
    return names


def _success_schema(spec: Mapping[str, Any], op: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if schema is not None:
                return dict(resolve(spec, schema))
    return None


# --- building a request -------------------------------------------------------------------


@dataclass
class BoundCall:
    """A call's arguments sorted by where they travel, in wire form (JSON-ready)."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any  # dict, list, or None when the operation has no body


def bind(
    operation: Operation, arguments: Mapping[str, Any], defaults: Mapping[str, Any]
) -> BoundCall:
    """Sort keyword arguments into path, query and body; ``body=`` may carry a whole body (a
    dict or a generated model). Unknown names raise TypeError, as Python would."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    body: Any = None
    fields: dict[str, Any] = {}
    unknown = []
    for name, value in arguments.items():
        if name == "body" and operation.has_body:
            body = to_json(value)
            continue
        target = operation.arguments.get(normal(name))
        if target is None:
            unknown.append(name)
        elif target[0] == "path":
            if value is not None:  # None is "not given" (the default may fill it)
                path[target[1]] = value
        elif target[0] == "query":
            query[target[1]] = value
        else:
            fields[target[1]] = to_json(value)
    if unknown:
        accepted = ", ".join(sorted(_python_name(w) for _, w in operation.arguments.values()))
        raise TypeError(
            f"{operation.operation_id}() got unexpected arguments {', '.join(sorted(unknown))}; "
            f"it accepts: {accepted or 'no arguments'}" + (", body" if operation.has_body else "")
        )
    for param in operation.params:
        if param.location == "path" and param.name not in path and normal(param.name) in defaults:
            path[param.name] = defaults[normal(param.name)]
    if fields:
        if body is not None and not isinstance(body, dict):
            raise TypeError(
                f"{operation.operation_id}(): body= is not an object; pass fields in it"
            )
        body = {**(body or {}), **fields}
    missing = [p.name for p in operation.params if p.location == "path" and p.name not in path]
    if missing:
        raise TypeError(f"{operation.operation_id}() missing path arguments: {', '.join(missing)}")
    if operation.has_body and body is None and operation.body_required:
        body = {}
    return BoundCall(path=path, query=query, body=body)


def _python_name(wire: str) -> str:
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", wire)
    return re.sub(r"[^0-9a-zA-Z]+", "_", snake).strip("_").lower()


def to_json(value: Any) -> Any:
    """Generated models, enums, dates, UUIDs and Decimals to their JSON form; containers
    recursively. What has no JSON form is left as it is, for the validator to refuse by name."""
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return _decimal_number(value)
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value


def _decimal_number(value: decimal.Decimal) -> Any:
    """A Decimal as the JSON number it equals; kept as a Decimal (refused later) when a JSON
    number from Python's encoder could not carry it exactly (NaN, infinities, 18+ digits)."""
    if not value.is_finite():
        return value
    if value == value.to_integral_value():
        return int(value)
    number = float(value)
    return number if decimal.Decimal(repr(number)) == value else value


def _integral(schema: Mapping[str, Any], value: Any) -> Any:
    """10.0 where the spec wants an integer goes out as 10, not "10.0" (JSON Schema counts
    10.0 as an integer, so it passes the checks; the query string would not)."""
    if isinstance(value, list):
        items = schema.get("items")
        return [_integral(items, v) for v in value] if isinstance(items, Mapping) else value
    kinds = schema.get("type")
    wants_integer = kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds)
    if wants_integer and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def path_values(operation: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Path values in wire form (what is validated and put in the URL)."""
    schemas = {p.name: p.schema for p in operation.params if p.location == "path"}
    return {name: _integral(schemas.get(name, {}), to_json(v)) for name, v in values.items()}


def url_path(operation: Operation, path_values: Mapping[str, Any]) -> str:
    """The operation's path with its wire-form parameters filled in (each fully URL-encoded)."""

    def fill(match: re.Match[str]) -> str:
        return quote(_scalar(path_values[match.group(1)]), safe="")

    return re.sub(r"\{([^}]+)\}", fill, operation.path)


def query_values(operation: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Query values in wire form (what is validated and sent). A list for a parameter the spec
    types as one string becomes a comma-separated string (Enlivy's ``include``)."""
    schemas = {p.name: p.schema for p in operation.params if p.location == "query"}
    result: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        schema = schemas.get(name, {})
        value = _integral(schema, to_json(value))
        if isinstance(value, list) and schema.get("type") == "string":
            value = ",".join(map(_scalar, value))
        result[name] = value
    return result


def query_pairs(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Wire-form query values as pairs; a list repeats its parameter."""
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        items = value if isinstance(value, list) else [value]
        pairs += [(name, _scalar(item)) for item in items]
    return pairs


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
