"""Enums the generator can turn into Python enums without losing a value.

openapi-python-client names a string member after its value (``"paid"`` -> ``PAID``,
``"a b"`` -> ``A_B``, a value not starting with a letter -> ``VALUE_<index>``). Two values that
give one name either crash the generator (``cashOutFee`` and ``cashoutFee``) or, worse, the
second silently replaces the first (``"a b"`` and ``"A B"``): the client then rejects a value
the API sends. Such enums get ``x-enum-varnames`` (names the generator uses as given) that keep
every value.

It also refuses enums that mix types, and float or untyped boolean ones; values of another type
than the schema declares (``type: string`` with ``enum: [1, 2]``) give a client that expects
numbers where the API sends strings. So:

* duplicate values are dropped, values are converted to the declared type where that is exact;
* an enum mixing strings, numbers and booleans becomes ``anyOf`` of one enum per type;
* fractional numbers keep their type without the enum; untyped boolean enums get their type.
"""

from __future__ import annotations

from typing import Any

from . import RepairLog
from .walk import Node, join, schemas

SCALARS = (str, int, float, bool)


def repair(doc: Node, log: RepairLog) -> None:
    for schema, pointer in list(schemas(doc)):
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            _repair_enum(schema, pointer, log)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    return "other"


def _repair_enum(schema: Node, pointer: str, log: RepairLog) -> None:
    where = join(pointer, "enum")
    values: list[Any] = schema["enum"]
    declared = schema.get("type")
    declared_set = (
        set(declared) if isinstance(declared, list) else {declared} if declared else set()
    )

    unique: list[Any] = []
    seen: set[tuple[str, Any]] = set()
    for value in values:
        key = (_kind_of(value), repr(value) if not isinstance(value, SCALARS) else value)
        if key not in seen:
            seen.add(key)
            unique.append(value)
    if len(unique) < len(values):
        log.add("enum-values", where, f"{len(values) - len(unique)} duplicate values dropped")
    values = unique

    coerced = [_coerce(value, declared_set) for value in values]
    changed = [(a, b) for a, b in zip(values, coerced, strict=True) if repr(a) != repr(b)]
    if changed:
        shown = ", ".join(f"{a!r} -> {b!r}" for a, b in changed[:5])
        log.add(
            "enum-values",
            where,
            f"values of another type than the schema's {declared!r}: {shown}"
            + (f" (and {len(changed) - 5} more)" if len(changed) > 5 else ""),
        )
    values = coerced
    schema["enum"] = values

    kinds = {_kind_of(value) for value in values} - {"null"}
    if "other" in kinds:
        schema.pop("enum")
        log.add("enum-values", where, "objects or arrays as enum values: the enum is dropped")
        return
    if len(kinds) > 1 and kinds != {"integer", "number"}:
        _split_mixed(schema, values, kinds, where, log)
        return
    if kinds == {"number"} or kinds == {"integer", "number"}:
        schema.pop("enum")
        if not declared_set & {"number", "integer"}:
            schema["type"] = "number" if None not in values else ["number", "null"]
        log.add(
            "enum-values",
            where,
            "numbers with fractions cannot be members of a Python enum; "
            f"the field is a plain number (values: {values!r})",
        )
        return
    if kinds == {"integer"}:
        schema["enum"] = [int(v) if isinstance(v, float) else v for v in values]
    if kinds == {"boolean"} and "boolean" not in declared_set:
        schema["type"] = "boolean" if None not in values else ["boolean", "null"]
        log.add("enum-values", where, "a boolean enum without a type; typed boolean")
        return
    if kinds == {"string"}:
        _member_names(schema, [v for v in values if v is not None], where, log)


def _coerce(value: Any, declared: set[Any]) -> Any:
    """``value`` as the declared type, when the conversion is exact; else unchanged."""
    kind = _kind_of(value)
    if value is None or kind in declared or not declared or kind == "other":
        return value
    if "string" in declared and kind in ("integer", "number", "boolean"):
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(int(value)) if kind == "integer" else str(value)
    if "integer" in declared and kind == "string":
        text = value.strip()
        if text.lstrip("-").isdigit():
            return int(text)
    if "number" in declared and kind == "integer":
        return value
    if "boolean" in declared and kind == "string" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _split_mixed(
    schema: Node, values: list[Any], kinds: set[str], where: str, log: RepairLog
) -> None:
    members: list[dict[str, Any]] = []
    for kind in ("string", "integer", "number", "boolean"):
        if kind not in kinds:
            continue
        same = [v for v in values if _kind_of(v) == kind]
        if kind == "boolean":
            members.append({"type": "boolean"})
        elif kind == "number":
            members.append({"type": "number"})
        else:
            member: dict[str, Any] = {"type": kind, "enum": same}
            if kind == "integer":
                member["enum"] = [int(v) for v in same]
            else:
                _member_names(member, same, where, log)
            members.append(member)
    if None in values:
        members.append({"type": "null"})
    for key in ("enum", "type", "format", "default"):
        schema.pop(key, None)
    schema["anyOf"] = members
    log.add(
        "enum-mixed-types",
        where,
        f"one enum mixes {', '.join(sorted(kinds))} values, which a Python enum cannot hold; "
        "it is a choice of one enum per type (anyOf)",
    )


def generator_member_names(values: list[str], var_names: list[str] | None = None) -> list[str]:
    """The member names openapi-python-client 0.29.1 gives string ``values``, in order
    (mirrors ``EnumProperty.values_from_list``); a name repeats where a value would be lost."""
    from openapi_python_client.strings import snake_case

    names = []
    given = var_names if var_names is not None and len(var_names) == len(values) else None
    for i, value in enumerate(values):
        if given is not None:
            key = given[i]
        elif value and value[0].isalpha():
            key = value.upper()
        else:
            key = f"VALUE_{i}"
        names.append(snake_case(key).upper())
    return names


def _member_names(schema: Node, values: list[str], where: str, log: RepairLog) -> None:
    from openapi_python_client.strings import snake_case

    names = generator_member_names(values)
    raw = [
        value.upper() if value and value[0].isalpha() else f"VALUE_{i}"
        for i, value in enumerate(values)
    ]
    # The generator also fails when a value's raw name equals an earlier value's final name.
    crash = any(raw[i] in names[:i] for i in range(len(values)))
    if len(set(names)) == len(names) and not crash and all(n.isidentifier() for n in names):
        return
    taken: set[str] = set()
    chosen = []
    for i, name in enumerate(names):
        base = name if name.isidentifier() and name else f"VALUE_{i}"
        candidate, n = base, 2
        while candidate in taken or snake_case(candidate).upper() != candidate:
            candidate, n = f"{base}_{n}", n + 1
            if n > 1000:  # a name snake_case keeps changing: fall back to the index
                candidate = f"VALUE_{i}"
                break
        taken.add(candidate)
        chosen.append(candidate)
    schema["x-enum-varnames"] = chosen
    clashes = sorted({values[i] for i, n in enumerate(names) if names.count(n) > 1})
    log.add(
        "enum-member-names",
        where,
        f"values {clashes!r} become the same Python member name; "
        f"x-enum-varnames keeps all {len(values)} ({', '.join(chosen[:6])}"
        + (", ..." if len(chosen) > 6 else "")
        + ")",
    )
