"""Build one valid example value for a JSON Schema in one of our specs.

Used to drive every generated request function with values the spec allows. Deterministic:
the same schema always gives the same value.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import find
from hypothesis import strategies as st

from .specs import resolve

FORMAT_EXAMPLES = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "date": "2026-11-21",
    "date-time": "2026-11-21T10:11:12.1234567Z",
    "uri": "https://example.com/x",
    "int32": 7,
    "int64": 7,
}


def example(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return "x"
    if "const" in schema:
        return schema["const"]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [s for s in schema[key] if resolve(spec, s).get("type") != "null"]
            return example(spec, variants[0], depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(spec, part, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        return _object(spec, schema, depth)
    if kind == "array":
        count = max(1, schema.get("minItems", 1))
        return [example(spec, schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "integer":
        return _number(schema, 7)
    if kind == "number":
        return float(_number(schema, 7.5))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(schema)


def _object(spec: dict[str, Any], schema: dict[str, Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    # Required fields always; optional ones near the top too, so the request carries them.
    names = [n for n in properties if n in required or depth < 2]
    value = {name: example(spec, properties[name], depth + 1) for name in names}
    if not properties and isinstance(schema.get("additionalProperties"), dict):
        names_schema = {"type": "string", **resolve(spec, schema.get("propertyNames", {}))}
        key = example(spec, names_schema) if "propertyNames" in schema else "key_1"
        value = {key: example(spec, schema["additionalProperties"], depth + 1)}
    return value


def _number(schema: dict[str, Any], preferred: float) -> Any:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value = preferred
    if low is not None and value < low:
        value = low + (1 if "exclusiveMinimum" in schema else 0)
    if high is not None and value > high:
        value = high - (1 if "exclusiveMaximum" in schema else 0)
    return int(value) if isinstance(preferred, int) else value


def _string(schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern")
    candidate = FORMAT_EXAMPLES.get(schema.get("format", ""), "example")
    if not isinstance(candidate, str):
        candidate = "example"
    if pattern and not re.search(pattern, candidate):
        # The simplest string the pattern accepts (hypothesis shrinks towards it).
        candidate = find(st.from_regex(pattern, fullmatch=True), lambda _: True)
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if len(candidate) < low:
        candidate = candidate + "x" * (low - len(candidate))
    if high is not None and len(candidate) > high:
        candidate = candidate[:high]
    return candidate
