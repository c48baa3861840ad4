"""The client-facing surface of a spec (operations and their fields) and the changes between
two versions of it, each marked breaking or not.

A field is addressed by where it travels, e.g. ``request.body.Items[].Cost``,
``request.query.limit`` or ``response.200.data[]._id``. The rules follow what breaks a caller
of the generated client:

* request side: a removed operation, parameter or field; a field or parameter that became
  required; a narrowed type; removed enum values; tighter limits (lengths, bounds, patterns);
* response side: a removed field; a wider type (the generated parser would meet values it
  cannot read); added enum values (the generated enums reject unknown values).

Everything else (additions, descriptions, looser request limits) is listed as non-breaking.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .documents import Document
from .normalise import iter_operations

MAX_DEPTH = 8
LIMIT_TIGHTER_WHEN_LARGER = (
    "minLength",
    "minimum",
    "minItems",
    "minProperties",
    "exclusiveMinimum",
)
LIMIT_TIGHTER_WHEN_SMALLER = (
    "maxLength",
    "maximum",
    "maxItems",
    "maxProperties",
    "exclusiveMaximum",
)
LIMIT_KEYS = (*LIMIT_TIGHTER_WHEN_LARGER, *LIMIT_TIGHTER_WHEN_SMALLER, "pattern", "format")


@dataclass(frozen=True)
class FieldShape:
    """What a caller can rely on about one field."""

    types: frozenset[str]
    required: bool
    enum: frozenset[Any] | None = None
    limits: tuple[tuple[str, Any], ...] = ()


@dataclass
class Operation:
    key: str  # "POST /api/client/new"
    operation_id: str
    fields: dict[str, FieldShape] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    kind: str  # "added", "removed" or "changed"
    where: str  # operation id, optionally with a field path
    detail: str
    breaking: bool

    def line(self) -> str:
        mark = "**BREAKING** " if self.breaking else ""
        return f"- {mark}{self.kind} `{self.where}`{': ' + self.detail if self.detail else ''}"


Surface = dict[str, Operation]


def surface(doc: Document) -> Surface:
    """Every operation under ``paths`` keyed by operationId, with its flattened fields."""
    result: Surface = {}
    for path, method, op in iter_operations({"paths": doc.get("paths", {})}):
        op_id = str(op.get("operationId") or f"{method} {path}")
        entry = Operation(key=f"{method.upper()} {path}", operation_id=op_id)
        _walker = _Walker(doc)
        item = doc["paths"][path]
        params = [*item.get("parameters", []), *op.get("parameters", [])]
        for param in params:
            param = _walker.resolve(param)
            where = f"request.{param.get('in', '?')}.{param.get('name', '?')}"
            schema = param.get("schema", {})
            entry.fields.update(_walker.flatten(schema, where, bool(param.get("required"))))
        body = _walker.resolve(op.get("requestBody") or {})
        for media in body.get("content", {}).values():
            schema = media.get("schema", {})
            entry.fields.update(_walker.flatten(schema, "request.body", bool(body.get("required"))))
        for status, response in (op.get("responses") or {}).items():
            response = _walker.resolve(response)
            for media in (response.get("content") or {}).values():
                schema = media.get("schema", {})
                entry.fields.update(_walker.flatten(schema, f"response.{status}", True))
        result[op_id] = entry
    return result


class _Walker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def resolve(self, node: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 32:
            node = self._lookup(str(node["$ref"]))
            seen += 1
        return node if isinstance(node, dict) else {}

    def _lookup(self, ref: str) -> Any:
        node: Any = self.doc
        for part in ref.lstrip("#/").split("/"):
            node = (
                node.get(part.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(node, dict)
                else {}
            )
        return node

    def flatten(
        self, schema: Any, where: str, required: bool, depth: int = 0, refs: tuple[str, ...] = ()
    ) -> Iterator[tuple[str, FieldShape]]:
        if isinstance(schema, dict) and "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in refs:  # a recursive schema: stop here
                yield where, FieldShape(frozenset({"object"}), required)
                return
            refs = (*refs, ref)
        schema = self.resolve(schema)
        types, variants = self._types(schema)
        enum = schema.get("enum")
        limits = tuple(sorted((key, schema[key]) for key in LIMIT_KEYS if key in schema))
        yield (
            where,
            FieldShape(
                frozenset(types),
                required,
                frozenset(map(_hashable, enum)) if enum else None,
                limits,
            ),
        )
        if depth >= MAX_DEPTH:
            return
        for variant in variants:
            required_names = set(variant.get("required", []))
            for name, prop in (variant.get("properties") or {}).items():
                yield from self.flatten(
                    prop, f"{where}.{name}", name in required_names, depth + 1, refs
                )
            if "items" in variant:
                yield from self.flatten(variant["items"], f"{where}[]", True, depth + 1, refs)

    def _types(self, schema: dict[str, Any]) -> tuple[set[str], list[dict[str, Any]]]:
        """The JSON types a schema admits, and the object/array schemas to descend into."""
        kind = schema.get("type")
        types = {kind} if isinstance(kind, str) else set(kind or [])
        variants = [schema]
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                sub_types, sub_variants = self._types(self.resolve(sub))
                types |= sub_types
                variants += sub_variants
        if not types and ("properties" in schema):
            types.add("object")
        return types or {"any"}, variants


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else repr(value)


def diff(old: Surface, new: Surface) -> list[Change]:
    """The changes from ``old`` to ``new``, operations first, then fields, in a stable order."""
    changes: list[Change] = []
    for op_id in sorted(old.keys() - new.keys()):
        changes.append(Change("removed", op_id, f"operation {old[op_id].key}", True))
    for op_id in sorted(new.keys() - old.keys()):
        changes.append(Change("added", op_id, f"operation {new[op_id].key}", False))
    for op_id in sorted(old.keys() & new.keys()):
        before, after = old[op_id], new[op_id]
        if before.key != after.key:
            changes.append(
                Change("changed", op_id, f"moved from {before.key} to {after.key}", True)
            )
        for path in sorted(before.fields.keys() | after.fields.keys()):
            changes += _field_changes(
                f"{op_id} {path}", path, before.fields.get(path), after.fields.get(path)
            )
    return changes


def _field_changes(
    where: str, path: str, old: FieldShape | None, new: FieldShape | None
) -> list[Change]:
    request = path.startswith("request.")
    if old is None:
        if new is None:
            return []
        detail = "required field" if new.required else ""
        return [Change("added", where, detail, request and new.required)]
    if new is None:
        return [Change("removed", where, "", True)]
    changes = []
    if new.required and not old.required and request:
        changes.append(Change("changed", where, "became required", True))
    if old.types != new.types:
        # A request field that accepts fewer types, or a response field that may hold more.
        breaking = bool(old.types - new.types) if request else bool(new.types - old.types)
        detail = f"type {'|'.join(sorted(old.types))} -> {'|'.join(sorted(new.types))}"
        changes.append(Change("changed", where, detail, breaking))
    if old.enum != new.enum:
        detail, narrowed, widened = _enum_change(old.enum, new.enum)
        changes.append(Change("changed", where, detail, narrowed if request else widened))
    if old.limits != new.limits:
        detail, tighter = _limit_change(dict(old.limits), dict(new.limits))
        changes.append(Change("changed", where, detail, tighter and request))
    return changes


def _enum_change(old: frozenset[Any] | None, new: frozenset[Any] | None) -> tuple[str, bool, bool]:
    """Describe an enum change; returns (detail, narrowed, widened)."""
    if old is None:
        return f"enum now restricted to {len(new or ())} values", True, False
    if new is None:
        return "enum no longer restricted", False, True
    added, removed = sorted(map(str, new - old)), sorted(map(str, old - new))
    detail = "enum " + " ".join([*(f"+{v}" for v in added), *(f"-{v}" for v in removed)])
    return detail, bool(removed), bool(added)


def _limit_change(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, bool]:
    tighter = False
    parts = []
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        parts.append(f"{key} {before!r} -> {after!r}")
        if key in ("pattern", "format"):
            tighter |= after is not None
        elif after is None:
            continue
        elif before is None:
            tighter = True
        elif key in LIMIT_TIGHTER_WHEN_LARGER:
            tighter |= after > before
        elif key in LIMIT_TIGHTER_WHEN_SMALLER:
            tighter |= after < before
    return ", ".join(parts), tighter
