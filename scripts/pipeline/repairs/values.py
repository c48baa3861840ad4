"""Values a schema states that the client cannot use: defaults that their own schema rejects
(``default: "Today's date"`` on a date, ``default: all`` outside the enum, ``default:
"default"`` on a boolean), and patterns written for another regular-expression dialect.

openapi-python-client writes defaults into the client as Python values, so it refuses those it
cannot convert, and with them the whole model and every operation that uses it. A default
only documents what the server assumes; dropping a wrong one loses nothing the client sends.
The checks mirror the generator's ``convert_value`` rules.

Patterns: JSON Schema leaves the dialect to ECMA 262, and documents generated from Java carry
Java's classes (``\\p{Print}``, ``[a-z&&[^q]]``). Python's ``re``, which the validator and the
facade's checks use, rejects some of them; such a pattern is dropped (values are then not checked
against it) rather than failing the whole document.
"""

from __future__ import annotations

import datetime
import re
import uuid
import warnings
from typing import Any

from . import RepairLog
from .walk import Node, join, local_pointer, lookup, schemas


def repair(doc: Node, log: RepairLog) -> None:
    patterns(doc, log)
    valid = _json_schema_check(doc)
    for schema, pointer in schemas(doc):
        if "default" not in schema:
            continue
        value = schema["default"]
        if not valid(schema, value) or (value is not None and not accepts(doc, schema, value)):
            value = schema.pop("default")
            log.add(
                "invalid-default",
                join(pointer, "default"),
                f"default {value!r} is not a value of this schema; dropped",
            )


def patterns(doc: Node, log: RepairLog) -> None:
    """Drop each ``pattern`` that Python's ``re`` cannot compile."""
    for schema, pointer in schemas(doc):
        pattern = schema.get("pattern")
        if not isinstance(pattern, str):
            continue
        try:
            with warnings.catch_warnings():  # "possible nested set": Java syntax, but compiles
                warnings.simplefilter("ignore", FutureWarning)
                re.compile(pattern)
        except re.error as error:
            schema.pop("pattern")
            log.add(
                "pattern",
                join(pointer, "pattern"),
                f"pattern {pattern!r} is not a regular expression Python can read ({error}); "
                "dropped, so values are not checked against it",
            )


def _json_schema_check(doc: Node) -> Any:
    """``check(schema, value)``: whether ``value`` is valid for ``schema`` (references resolved
    in ``doc``), as openapi-spec-validator checks defaults (JSON Schema 2020-12 with the
    OpenAPI 3.1 formats)."""
    from openapi_schema_validator import OAS31Validator, oas31_format_checker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry: Registry[Any] = Registry().with_resource(
        "", Resource.from_contents(doc, default_specification=DRAFT202012)
    )

    def check(schema: Node, value: Any) -> bool:
        try:
            validator = OAS31Validator(
                schema, registry=registry, format_checker=oas31_format_checker
            )
            return bool(validator.is_valid(value))
        except Exception:  # a schema the validator cannot use is validate()'s to report
            return True

    return check


def _resolve(doc: Node, schema: Any, hops: int = 0) -> Any:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 16:
        target = local_pointer(schema["$ref"])
        if target is None:
            return {}
        try:
            schema = lookup(doc, target)
        except LookupError:
            return {}
        hops += 1
    return schema


def accepts(doc: Node, schema: Any, value: Any) -> bool:
    """Whether openapi-python-client can take ``value`` as the default of ``schema``."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return True
    members = [*(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
    kind = schema.get("type")
    if isinstance(kind, list):
        rest = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf", "type")}
        members += [{**rest, "type": k} for k in kind]
    if members:
        return any(accepts(doc, member, value) for member in members if isinstance(member, dict))
    if kind == "boolean":
        return isinstance(value, bool) or (
            isinstance(value, str) and value.lower() in ("true", "false")
        )
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return value in [v for v in enum if v is not None] and not isinstance(value, bool)
    if kind == "string":
        return _string_accepts(schema.get("format"), value)
    if kind == "integer":
        return _int_accepts(value)
    if kind == "number":
        if isinstance(value, str):
            try:
                float(value)
            except ValueError:
                return False
            return True
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "null":
        return value is None or value == "None"
    # Models take no defaults; arrays ignore them; untyped schemas take anything.
    return not (kind == "object" or "properties" in schema or "allOf" in schema)


def _string_accepts(fmt: Any, value: Any) -> bool:
    if not isinstance(value, str):
        return fmt not in ("date", "date-time", "uuid")
    try:
        if fmt == "date":
            datetime.date.fromisoformat(value)
        elif fmt == "date-time":
            datetime.datetime.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


def _int_accepts(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return False
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)
