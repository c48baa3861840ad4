"""The shape of the document: status codes, types, nullability, parameters, names.

* Status-code keys are strings in OpenAPI; YAML reads ``200:`` as an integer, and some tools
  write ``2xx``. They become ``"200"`` and ``"2XX"``.
* ``nullable`` is not an OpenAPI 3.1 keyword; where a 3.1 document still uses it, it becomes a
  ``null`` type as in 3.0. A reusable object schema that allows null is split: the schema
  describes the object and every reference to it adds ``null`` (openapi-python-client cannot
  build an object model that is also null, and drops everything that uses it).
* Type names JSON Schema does not define (``file``, ``int``, ``date``) become the type meant.
* Path templates and path parameters must agree; parameters declared only by ``content``, or
  with no schema at all, are silently skipped by the generator and get a schema; header values
  are text, so a header parameter declared as an object, array or any value takes a string.
* The same parameter declared twice keeps its first declaration.
* operationIds must be unique, also once the generator turns them into module names
  (``getItems`` and ``get_items`` are both ``get_items.py``: the second would overwrite the
  first without a word).
* Component and security-scheme names must match ``^[a-zA-Z0-9._-]+$``; others are renamed and
  every reference follows.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from . import RepairLog
from .walk import (
    HTTP_METHODS,
    Node,
    join,
    local_pointer,
    lookup,
    operations,
    parameters,
    references,
    schemas,
)

JSON_TYPES = ("string", "number", "integer", "boolean", "array", "object", "null")
TYPE_ALIASES: dict[str, tuple[str | None, str | None]] = {
    # name -> (type, format)
    "file": ("string", "binary"), "binary": ("string", "binary"), "byte": ("string", "byte"),
    "int": ("integer", None), "int32": ("integer", "int32"), "int64": ("integer", "int64"),
    "long": ("integer", "int64"), "float": ("number", "float"), "double": ("number", "double"),
    "decimal": ("number", None), "bool": ("boolean", None), "str": ("string", None),
    "text": ("string", None), "date": ("string", "date"), "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"), "dict": ("object", None), "map": ("object", None),
    "list": ("array", None), "any": (None, None), "": (None, None),
}  # fmt: skip
COMPONENT_NAME = re.compile(r"^[a-zA-Z0-9._-]+$")
PATH_TEMPLATE = re.compile(r"{([^{}]*)}")
GENERATOR_PATH_NAME = re.compile(r"^[a-zA-Z_-][a-zA-Z0-9_-]*$")  # what the generator matches


def repair(doc: Node, log: RepairLog, *, version: str) -> None:
    status_codes(doc, log)
    if version.startswith("3.1"):
        leftover_nullable(doc, log)
    type_names(doc, log)
    operation_ids(doc, log)
    duplicate_parameters(doc, log)
    parameter_schemas(doc, log)
    path_parameters(doc, log)  # may rename a path: later pointers use the new one
    component_names(doc, log)
    security_scheme_names(doc, log)
    nullable_components(doc, log)


# --- status codes ---------------------------------------------------------------------------


def status_codes(doc: Node, log: RepairLog) -> None:
    for site in operations(doc, sections=("paths", "webhooks")):
        responses = site.operation.get("responses")
        if not isinstance(responses, dict):
            continue
        renamed: dict[str, Any] = {}
        for key, response in responses.items():
            fixed = status_key(key)
            if fixed != key:
                log.add(
                    "status-code",
                    join(site.pointer, "responses", key),
                    f"response key {key!r} is not an HTTP status string; read as {fixed!r}",
                )
            if fixed in renamed:  # "200" and 200 both present: keep the first
                continue
            renamed[fixed] = response
        if list(renamed) != list(responses):
            site.operation["responses"] = renamed


def status_key(key: object) -> str:
    text = str(key).strip()
    if isinstance(key, bool):
        return text
    if re.fullmatch(r"[1-5][xX]{2}", text):
        return text[0] + "XX"
    if text.lower() == "default":
        return "default"
    return text


# --- nullability ----------------------------------------------------------------------------


def leftover_nullable(doc: Node, log: RepairLog) -> None:
    """``nullable`` in an OpenAPI 3.1 document: the writer meant a null type."""
    from ..normalise import add_null

    for schema, pointer in list(schemas(doc)):
        if "nullable" not in schema:
            continue
        value = schema.pop("nullable")
        if value is True:
            add_null(schema)
            log.add("nullable", pointer, "nullable: true is not OpenAPI 3.1; null type added")
        else:
            log.add("nullable", pointer, f"nullable: {value!r} is not OpenAPI 3.1; dropped")


def nullable_components(doc: Node, log: RepairLog) -> None:
    """A component that is an object or null: the component keeps the object, and null moves
    to every reference to it."""
    components = (doc.get("components") or {}).get("schemas") or {}
    split: dict[str, str] = {}
    for name, schema in components.items():
        if not isinstance(schema, dict):
            continue
        kind = schema.get("type")
        if isinstance(kind, list) and set(kind) == {"object", "null"}:
            schema["type"] = "object"
        elif (inner := _object_or_null(schema)) is not None:
            schema.clear()  # anyOf: [{<object>}, {type: null}] -> the object itself
            schema.update(inner)
        else:
            continue
        split[join("/components/schemas", name)] = name
    if not split:
        return
    sites: dict[str, int] = dict.fromkeys(split, 0)
    parents = _ref_parents(doc)
    for node, _ in list(references(doc)):
        target = local_pointer(str(node["$ref"]))
        if target not in split:
            continue
        sites[target] += 1
        parent_key, holder = parents.get(id(node), (None, None))
        if parent_key in ("anyOf", "oneOf") and isinstance(holder, list):
            if not any(isinstance(m, dict) and m.get("type") == "null" for m in holder):
                holder.append({"type": "null"})
        elif parent_key == "allOf":
            continue  # an allOf with an object member never admits null
        else:
            ref = node.pop("$ref")
            extra = dict(node)
            node.clear()
            node["anyOf"] = [{"$ref": ref}, {"type": "null"}]
            node.update(extra)
    for target, name in split.items():
        log.add(
            "nullable-component",
            target,
            f"{name} allows null beside an object; the schema keeps the object and its "
            f"{sites[target]} references allow null (openapi-python-client cannot build an "
            "object model that is also null)",
        )


def _object_or_null(schema: Node) -> Node | None:
    """The object member of ``anyOf``/``oneOf: [<inline object>, {type: null}]``, else None."""
    keys = set(schema) - {"description", "title", "example", "deprecated"}
    if len(keys) != 1 or not keys <= {"anyOf", "oneOf"}:
        return None
    members = schema[next(iter(keys))]
    if not isinstance(members, list) or len(members) != 2:
        return None
    nulls = [m for m in members if isinstance(m, dict) and m.get("type") == "null" and len(m) == 1]
    others = [m for m in members if m not in nulls and isinstance(m, dict)]
    if len(nulls) != 1 or len(others) != 1 or "$ref" in others[0]:
        return None
    other = others[0]
    is_object = other.get("type") == "object" or (
        "type" not in other and ({"properties", "allOf", "additionalProperties"} & other.keys())
    )
    return other if is_object else None


def _ref_parents(doc: Node) -> dict[int, tuple[str, list[Any]]]:
    """For references that are members of an allOf/anyOf/oneOf list: that keyword and list."""
    found: dict[int, tuple[str, list[Any]]] = {}
    for schema, _ in schemas(doc):
        for key in ("allOf", "anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list):
                for member in members:
                    if isinstance(member, dict) and "$ref" in member:
                        found[id(member)] = (key, members)
    return found


# --- types ----------------------------------------------------------------------------------


def type_names(doc: Node, log: RepairLog) -> None:
    for schema, pointer in schemas(doc):
        _type_name(schema, pointer, log)
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "array" in kinds and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            log.add(
                "array-items",
                pointer,
                "an array without items, which openapi-python-client refuses; items are any "
                "JSON value (what no items means)",
            )


def _type_name(schema: Node, pointer: str, log: RepairLog) -> None:
    kind = schema.get("type")
    names = kind if isinstance(kind, list) else [kind] if kind is not None else []
    if all(isinstance(name, str) and name in JSON_TYPES for name in names):
        return
    fixed: list[str] = []
    formats: list[str] = []
    for name in names:
        if isinstance(name, str) and name in JSON_TYPES:
            fixed.append(name)
            continue
        mapped, fmt = TYPE_ALIASES.get(str(name).strip().lower(), (None, None))
        if mapped is None:
            fixed = []  # an unknown type name: any value
            formats = []
            break
        fixed.append(mapped)
        if fmt:
            formats.append(fmt)
    fixed = list(dict.fromkeys(fixed))
    if not fixed:
        schema.pop("type")
    else:
        schema["type"] = fixed[0] if len(fixed) == 1 else fixed
    if formats and "format" not in schema:
        schema["format"] = formats[0]
    log.add(
        "type-name",
        join(pointer, "type"),
        f"type {kind!r} is not a JSON Schema type; read as "
        + (f"{schema['type']!r}" if "type" in schema else "any value")
        + (f" with format {schema['format']!r}" if formats else ""),
    )


# --- parameters -----------------------------------------------------------------------------


def _resolve(doc: Node, node: Any) -> Any:
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and hops < 16:
        target = local_pointer(node["$ref"])
        if target is None:
            return node
        try:
            node = lookup(doc, target)
        except LookupError:
            return node
        hops += 1
    return node


def path_parameters(doc: Node, log: RepairLog) -> None:
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    renamed_paths: dict[str, str] = {}
    for path, item in list(paths.items()):
        if not isinstance(item, dict):
            continue
        path = str(path)
        pointer = join("/paths", path)
        names = PATH_TEMPLATE.findall(path)
        # Names the generator cannot match ({user.id}, {0}) are renamed in the template and in
        # their parameter: a path parameter's name never travels on the wire.
        bad = {
            name: _path_name(name, names) for name in names if not GENERATOR_PATH_NAME.match(name)
        }
        if bad:
            new_path = _rename_template(path, bad)
            for holder in [item, *(item[m] for m in HTTP_METHODS if isinstance(item.get(m), dict))]:
                for param in holder.get("parameters") or []:
                    param = _resolve(doc, param)
                    if (
                        isinstance(param, dict)
                        and param.get("in") == "path"
                        and param.get("name") in bad
                    ):
                        param["name"] = bad[param["name"]]
            log.add(
                "path-parameter",
                pointer,
                f"path parameter names {sorted(bad)} are not identifiers the generator can "
                f"match; the template is read as {new_path}",
            )
            renamed_paths[path] = new_path
            names = [bad.get(name, name) for name in names]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = join(pointer, method)
            declared: dict[str, Node] = {}
            for level in (item, operation):
                for param in level.get("parameters") or []:
                    resolved = _resolve(doc, param)
                    if isinstance(resolved, dict) and resolved.get("in") == "path":
                        declared[str(resolved.get("name"))] = resolved
            for name in names:
                if name not in declared:
                    operation.setdefault("parameters", []).append(
                        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                    )
                    log.add(
                        "path-parameter",
                        where,
                        f"{{{name}}} is in the path but not declared; added as a string",
                    )
                else:
                    if declared[name].get("required") is not True:
                        declared[name]["required"] = True
                        log.add("path-parameter", where, f"path parameter {name} made required")
                    # On a copy: a referenced schema may be shared with places where null is fine.
                    schema = copy.deepcopy(_resolve(doc, declared[name].get("schema")))
                    if _drop_null(schema):
                        declared[name]["schema"] = schema
                        log.add(
                            "path-parameter",
                            where,
                            f"path parameter {name} allowed null, which a path cannot carry; "
                            "made non-null",
                        )
            for level, level_pointer in ((item, pointer), (operation, where)):
                params = level.get("parameters")
                if not isinstance(params, list):
                    continue
                kept = []
                for param in params:
                    resolved = _resolve(doc, param)
                    if (
                        isinstance(resolved, dict)
                        and resolved.get("in") == "path"
                        and resolved.get("name") not in names
                    ):
                        log.add(
                            "path-parameter",
                            level_pointer,
                            f"path parameter {resolved.get('name')} is not in the path "
                            f"{path}; dropped (it could never be sent)",
                        )
                        continue
                    kept.append(param)
                if len(kept) != len(params):
                    level["parameters"] = kept
    if renamed_paths:
        doc["paths"] = {renamed_paths.get(str(k), k): v for k, v in paths.items()}


def _drop_null(schema: Any) -> bool:
    """Take null out of what ``schema`` allows (3.0 ``nullable``, a ``type`` list, a null member
    of ``anyOf``/``oneOf``); whether anything changed. The generator refuses an optional type in
    a path."""
    if not isinstance(schema, dict):
        return False
    changed = schema.pop("nullable", None) is not None
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        rest = [kind for kind in kinds if kind != "null"]
        if rest:
            schema["type"] = rest[0] if len(rest) == 1 else rest
        else:
            del schema["type"]
        changed = True
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            rest = [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]
            if len(rest) != len(members) and rest:
                schema[key] = rest
                changed = True
    return changed


def _rename_template(path: str, renames: dict[str, str]) -> str:
    return PATH_TEMPLATE.sub(lambda m: "{" + renames.get(m.group(1), m.group(1)) + "}", path)


def _path_name(name: str, taken: list[str]) -> str:
    base = re.sub(r"[^a-zA-Z0-9_]+", "_", name).strip("_") or "param"
    if not re.match(r"[a-zA-Z_]", base):
        base = f"param_{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


PRIMITIVE = {"string", "integer", "number", "boolean"}


QUERY_ONLY = ("allowReserved", "allowEmptyValue")  # OpenAPI defines them for query parameters


def parameter_schemas(doc: Node, log: RepairLog) -> None:
    for param, pointer in parameters(doc):
        misplaced = [key for key in QUERY_ONLY if key in param and param.get("in") != "query"]
        if misplaced:  # meaningless elsewhere, and the 3.1 schema refuses the document for it
            for key in misplaced:
                del param[key]
            log.add(
                "parameter",
                pointer,
                f"{', '.join(misplaced)} on a {param.get('in')} parameter (they apply to query "
                "parameters only); dropped",
            )
        if "schema" not in param:
            content = param.get("content")
            media = next(iter(content.items()), None) if isinstance(content, dict) else None
            inner = media[1].get("schema") if media and isinstance(media[1], dict) else None
            if isinstance(inner, dict) and _is_primitive(doc, inner):
                param["schema"] = inner
                detail = "its schema is taken from there"
            else:
                param["schema"] = {"type": "string"}
                detail = "it takes the serialised value as a string"
            if media:
                del param["content"]
                log.add(
                    "parameter",
                    pointer,
                    f"declared by content ({media[0]}), which openapi-python-client skips "
                    f"without a word; {detail}",
                )
            else:
                log.add("parameter", pointer, "no schema; read as a string")
        elif param.get("in") == "header" and not _is_primitive(doc, param["schema"]):
            log.add(
                "parameter",
                join(pointer, "schema"),
                "a header carries text, and openapi-python-client drops operations with an "
                "object, array or untyped header; it takes the serialised value as a string",
            )
            param["schema"] = {"type": "string"}


def _is_primitive(doc: Node, schema: Any) -> bool:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if kinds:
        return kinds - {"null"} <= PRIMITIVE and bool(kinds - {"null"})
    members = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(members, list) and members:
        return all(
            _is_primitive(doc, m) or (isinstance(m, dict) and m.get("type") == "null")
            for m in members
        )
    return "enum" in schema


def duplicate_parameters(doc: Node, log: RepairLog) -> None:
    for item, pointer in _parameter_holders(doc):
        params = item.get("parameters")
        if not isinstance(params, list):
            continue
        seen: set[tuple[str, str]] = set()
        kept = []
        for i, param in enumerate(params):
            resolved = _resolve(doc, param)
            key = (
                (str(resolved.get("name")), str(resolved.get("in")))
                if isinstance(resolved, dict)
                else ("", str(i))
            )
            if key in seen:
                log.add(
                    "duplicate-parameter",
                    join(pointer, "parameters", i),
                    f"{key[1]} parameter {key[0]} declared twice; the first declaration is kept",
                )
                continue
            seen.add(key)
            kept.append(param)
        item["parameters"] = kept


def _parameter_holders(doc: Node) -> list[tuple[Node, str]]:
    holders = []
    for site in operations(doc, sections=("paths", "webhooks")):
        holders.append((site.operation, site.pointer))
    for path, item in (doc.get("paths") or {}).items():
        if isinstance(item, dict):
            holders.append((item, join("/paths", path)))
    return holders


# --- operation ids --------------------------------------------------------------------------


def operation_ids(doc: Node, log: RepairLog) -> None:
    """Unique operationIds, also as the module names the generator writes (per tag folder)."""
    from openapi_python_client.strings import PythonIdentifier

    taken_ids: set[str] = set()
    taken_modules: set[tuple[str, str]] = set()
    for site in operations(doc):
        operation = site.operation
        tags = operation.get("tags") or ["default"]
        folder = str(PythonIdentifier(str(tags[0]), prefix="tag"))
        original = str(operation.get("operationId", ""))
        candidate, n = original, 1
        while (
            not candidate.strip()
            or candidate in taken_ids
            or (folder, str(PythonIdentifier(candidate, prefix="field_"))) in taken_modules
        ):
            n += 1
            base = original.strip() or f"{site.method}_{site.path}"
            candidate = f"{base}_{site.method}" if n == 2 else f"{base}_{n - 1}"
        if candidate != original:
            operation["operationId"] = candidate
            log.add(
                "operation-id-duplicate",
                join(site.pointer, "operationId"),
                f"operationId {original!r} is already used (or becomes the same Python module "
                f"in api/{folder}/); renamed {candidate!r}",
            )
        taken_ids.add(candidate)
        taken_modules.add((folder, str(PythonIdentifier(candidate, prefix="field_"))))


# --- names ----------------------------------------------------------------------------------


def component_names(doc: Node, log: RepairLog) -> None:
    components = doc.get("components")
    if not isinstance(components, dict):
        return
    for section, entries in components.items():
        if section == "securitySchemes" or not isinstance(entries, dict):
            continue
        renames = _renames(entries)
        reasons = {old: f"{old!r} is not a valid component name" for old in renames}
        if section == "schemas":
            for old, (new, other, module) in _module_renames(entries, renames).items():
                renames[old] = new
                reasons[old] = (
                    f"{old!r} and {other!r} would be one Python module ({module}.py) and the "
                    "generator would write one over the other"
                )
        if not renames:
            continue
        components[section] = {renames.get(k, k): v for k, v in entries.items()}
        prefix = f"/components/{section}/"
        for old, new in renames.items():
            log.add(
                "component-name",
                join(f"/components/{section}", old),
                f"{reasons[old]}; renamed {new!r}",
            )
        mapping = {join(prefix[:-1], old): join(prefix[:-1], new) for old, new in renames.items()}
        _rewrite_references(doc, mapping, renames if section == "schemas" else {})


def _renames(entries: dict[str, Any]) -> dict[str, str]:
    taken = {str(k) for k in entries if COMPONENT_NAME.match(str(k))}
    renames: dict[str, str] = {}
    for key in entries:
        name = str(key)
        if COMPONENT_NAME.match(name):
            continue
        base = re.sub(r"[^a-zA-Z0-9._-]+", "_", name).strip("_") or "Unnamed"
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate)
        renames[name] = candidate
    return renames


def _module_renames(
    entries: dict[str, Any], renames: dict[str, str]
) -> dict[str, tuple[str, str, str]]:
    """Schema names whose model modules would be one file (``HTTPHealthCheck`` and
    ``HttpHealthCheck`` are both ``http_health_check.py``): the later one -> (its new name,
    the earlier name, the module). Names that are one class name are left to the generator
    step, which reports those itself."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    def names_of(name: str) -> tuple[str, str]:
        cls = ClassName(name, "field_")
        return str(cls), str(PythonIdentifier(cls, "field_"))

    final = [renames.get(str(key), str(key)) for key in entries]
    taken = set(final)
    classes = {names_of(name)[0] for name in final}
    owners: dict[str, tuple[str, str]] = {}  # module -> (schema name, class name)
    moved: dict[str, tuple[str, str, str]] = {}
    for key, name in zip(entries, final, strict=True):
        cls, module = names_of(name)
        owner = owners.get(module)
        if owner is None or owner[1] == cls:
            owners.setdefault(module, (name, cls))
            continue
        n = 2
        candidate = f"{name}_{n}"
        new_cls, new_module = names_of(candidate)
        while candidate in taken or new_module in owners or new_cls in classes:
            n += 1
            candidate = f"{name}_{n}"
            new_cls, new_module = names_of(candidate)
        taken.add(candidate)
        classes.add(new_cls)
        owners[new_module] = (candidate, new_cls)
        moved[str(key)] = (candidate, owner[0], module)
    return moved


def _rewrite_references(doc: Node, mapping: dict[str, str], names: dict[str, str]) -> None:
    """Point references at renamed components (``mapping``: old pointer -> new pointer)."""

    def moved(value: str) -> str | None:
        target = local_pointer(value)
        if target is None:
            return None
        for old, new in mapping.items():
            if target == old or target.startswith(old + "/"):
                return "#" + new + target[len(old) :]
        return None

    for node, _ in list(references(doc)):
        if (new_ref := moved(str(node["$ref"]))) is not None:
            node["$ref"] = new_ref
    if names:  # discriminator mappings hold references or bare schema names
        for schema, _ in schemas(doc):
            mapping_node = (schema.get("discriminator") or {}).get("mapping")
            if isinstance(mapping_node, dict):
                for key, value in mapping_node.items():
                    if (new_ref := moved(str(value))) is not None:
                        mapping_node[key] = new_ref
                    elif str(value) in names:
                        mapping_node[key] = names[str(value)]


def security_scheme_names(doc: Node, log: RepairLog) -> None:
    components = doc.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(schemes, dict):
        return
    renames = _renames(schemes)
    if not renames or not isinstance(components, dict):
        return
    components["securitySchemes"] = {renames.get(k, k): v for k, v in schemes.items()}
    requirements: list[Any] = list(doc.get("security") or [])
    for site in operations(doc, sections=("paths", "webhooks")):
        requirements += site.operation.get("security") or []
    for requirement in requirements:
        if isinstance(requirement, dict):
            for old, new in renames.items():
                if old in requirement:
                    requirement[new] = requirement.pop(old)
    for old, new in renames.items():
        log.add(
            "security-scheme-name",
            join("/components/securitySchemes", old),
            f"{old!r} is not a valid security scheme name; renamed {new!r} (and in every "
            "security requirement)",
        )
