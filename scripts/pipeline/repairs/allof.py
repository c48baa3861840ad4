"""allOf the generator cannot merge.

openapi-python-client treats every ``allOf`` as an object model built from its members' model
properties. An ``allOf`` of non-objects (``allOf: [{type: string}, {maxLength: 3}]``) gives an
empty model class where the API sends a string, without a warning; members that define one
property in incompatible ways make it refuse the model. Both are merged here into one schema:
keywords combine, ``required`` lists join, ``type`` and ``enum`` intersect, and where two
members define one property differently the later (more specific) definition wins.

An allOf schema may also require names that neither it nor any member defines (a member was
swapped for another in the vendor's tooling); openapi-spec-validator refuses the document for
that, so such names leave ``required``.
"""

from __future__ import annotations

import copy
from typing import Any

from . import RepairLog
from .walk import Node, join, local_pointer, lookup, schemas

OBJECT_KEYS = ("properties", "additionalProperties", "patternProperties", "allOf")


def repair(doc: Node, log: RepairLog) -> None:
    """Merge allOf whose members are all non-objects (predictable silent breakage)."""
    for schema, pointer in list(schemas(doc)):
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2 or _objectish(doc, schema, own=True):
            continue
        if any(_objectish(doc, member) for member in members):
            continue
        conflicts = merge(doc, schema)
        log.add(
            "allof",
            pointer,
            "allOf over schemas that are not objects, which openapi-python-client turns into an "
            "empty model; merged into one schema"
            + (f" ({'; '.join(conflicts)})" if conflicts else ""),
        )
    required_names(doc, log)


def required_names(doc: Node, log: RepairLog) -> None:
    """Drop from an allOf schema's ``required`` the names that neither it nor its members
    define: openapi-spec-validator refuses the whole document for such a name, and the
    generated model would have no field for it anyway."""
    for schema, pointer in list(schemas(doc)):
        required = schema.get("required")
        if not isinstance(schema.get("allOf"), list) or not isinstance(required, list):
            continue
        # As the validator counts them: its own properties and all its allOf members define
        # (its own anyOf/oneOf branches are alternatives, so not counted).
        own = schema.get("properties")
        defined = set(own) if isinstance(own, dict) else set()
        for member in schema["allOf"]:
            defined |= _defined(doc, member, {id(schema)})
        missing = [name for name in required if name not in defined]
        if not missing:
            continue
        schema["required"] = [name for name in required if name in defined]
        if not schema["required"]:
            del schema["required"]
        log.add(
            "required-name",
            join(pointer, "required"),
            f"required {', '.join(map(str, missing))}, which no property of the schema or of "
            "its allOf members defines; dropped from required",
        )


def _defined(doc: Node, schema: Any, seen: set[int]) -> set[str]:
    """Every property name this schema can define: its own and its members', as the validator
    collects them (allOf, anyOf, oneOf, items and not, references followed)."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return set()
    seen.add(id(schema))
    properties = schema.get("properties")
    names = set(properties) if isinstance(properties, dict) else set()
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key) or []:
            names |= _defined(doc, member, seen)
    for key in ("items", "not"):
        names |= _defined(doc, schema.get(key), seen)
    return names


def _resolve(doc: Node, schema: Any) -> Any:
    hops = 0
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


def _objectish(doc: Node, schema: Any, *, own: bool = False) -> bool:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "object" in kinds or any(
        key in schema for key in OBJECT_KEYS if not (own and key == "allOf")
    ):
        return True
    if own:
        return False
    return any(_objectish(doc, m) for m in schema.get("allOf") or [] if isinstance(m, dict))


def merge(doc: Node, schema: Node, depth: int = 0) -> list[str]:
    """Replace ``schema``'s allOf with the merge of its members (in place); returns the
    conflicts resolved."""
    members = schema.pop("allOf", None) or []
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    parts = [copy.deepcopy(_resolve(doc, m)) for m in members if isinstance(m, dict)]
    for part in [*parts, {k: v for k, v in schema.items()}]:
        if not isinstance(part, dict):
            continue
        if "allOf" in part and depth < 8:
            conflicts += merge(doc, part, depth + 1)
        _combine(merged, part, conflicts)
    schema.clear()
    schema.update(merged)
    return conflicts


def _combine(into: dict[str, Any], part: dict[str, Any], conflicts: list[str]) -> None:
    for key, value in part.items():
        if key not in into:
            into[key] = copy.deepcopy(value)
        elif key == "properties" and isinstance(value, dict):
            for name, prop in value.items():
                if name in into[key] and into[key][name] != prop:
                    conflicts.append(f"property {name} defined differently; the later kept")
                into[key][name] = copy.deepcopy(prop)
        elif key == "required" and isinstance(value, list):
            into[key] = list(dict.fromkeys([*into[key], *value]))
        elif key == "type":
            before = set(into[key]) if isinstance(into[key], list) else {into[key]}
            after = set(value) if isinstance(value, list) else {value}
            both = [
                t for t in (into[key] if isinstance(into[key], list) else [into[key]]) if t in after
            ]
            if not both:
                conflicts.append(
                    f"types {sorted(map(str, before))} and {sorted(map(str, after))} "
                    "disagree; the later kept"
                )
                into[key] = value
            else:
                into[key] = both[0] if len(both) == 1 else both
        elif key == "enum" and isinstance(value, list) and isinstance(into[key], list):
            common = [v for v in into[key] if v in value]
            into[key] = common or value
        elif into[key] != value and key not in ("description", "title"):
            into[key] = copy.deepcopy(value)  # the later, more specific member wins
