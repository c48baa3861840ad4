"""References: the ones that point nowhere or elsewhere, the ones the generator cannot follow,
and the cycles it cannot build.

* A local ``$ref`` that points at nothing is first matched by the naming pattern of tools that
  flatten nested types (``#/definitions/Policy`` inside ``CheckoutLocationSettings`` means
  ``CheckoutLocationSettingsPolicy``); when nothing matches, a schema becomes ``{}`` (any JSON
  value), a parameter or body is removed, a response keeps its status without a body.
* A ``$ref`` to another document is not fetched (imports must not depend on the network and
  must give the same result every time); it is handled like a dangling one.
* A ``$ref`` into the inside of a component (``#/components/schemas/A/properties/b``) is
  replaced by a copy of its target: openapi-python-client only follows references to whole
  components.
* OpenAPI 3.0 ignores keywords beside ``$ref``; they are dropped, so that 3.1, which applies
  them, does not change the document's meaning.
* openapi-python-client builds recursive models only through object properties; a cycle of
  aliases, arrays, unions or allOf without one (``A: {type: array, items: {$ref: A}}``) makes
  it fail or crash, so one reference on the cycle becomes ``{}``.
"""

from __future__ import annotations

import copy
from typing import Any

from . import RepairLog
from .walk import Missing, Node, every_mapping, join, local_pointer, lookup, references, unescape

COMPONENT_PREFIXES = ("/components/", "/definitions/", "/parameters/", "/responses/")
# Keywords that are no schema constraint at all: their presence beside a $ref changes nothing.
ANNOTATIONS = frozenset({"description", "summary", "title", "example", "examples", "deprecated"})


def repair_dangling(doc: Node, log: RepairLog) -> None:
    """Dangling and external references (OpenAPI 3.x and Swagger 2.0 alike)."""
    removed: set[int] = set()
    for node, pointer in list(references(doc)):
        ref = str(node["$ref"])
        target = local_pointer(ref)
        if target is None:
            _replace(node, pointer, ref, removed, log, "external-ref", "not fetched")
            continue
        try:
            lookup(doc, target)
            continue
        except Missing:
            pass
        guess = _nested_name(doc, pointer, target)
        if guess is not None:
            node["$ref"] = "#" + guess
            log.add(
                "dangling-ref",
                pointer,
                f"{ref} does not exist; {'#' + guess} is the only schema named after this "
                "one's container and it, so the reference now points there",
            )
            continue
        _replace(node, pointer, ref, removed, log, "dangling-ref", "points at nothing")
    if removed:
        for holder, _ in every_mapping(doc):
            params = holder.get("parameters")
            if isinstance(params, list) and any(id(p) in removed for p in params):
                holder["parameters"] = [p for p in params if id(p) not in removed]
            if id(holder.get("requestBody")) in removed:
                del holder["requestBody"]


def _nested_name(doc: Node, pointer: str, target: str) -> str | None:
    """``/definitions/Policy`` referenced from inside ``/definitions/CheckoutLocationSettings``
    -> ``/definitions/CheckoutLocationSettingsPolicy``, when that exists (longest match)."""
    section, _, name = target.rpartition("/")
    container = pointer[len(section) + 1 :].split("/", 1)[0] if pointer.startswith(section) else ""
    try:
        names = lookup(doc, section)
    except Missing:
        return None
    if not container or not name or not isinstance(names, dict):
        return None
    container = unescape(container)
    best: str | None = None
    for candidate in names:
        prefix = candidate[: -len(unescape(name))] if candidate.endswith(unescape(name)) else ""
        if prefix and container.startswith(prefix) and (best is None or len(candidate) > len(best)):
            best = candidate
    return join(section, best) if best is not None else None


def _replace(
    node: Node, pointer: str, ref: str, removed: set[int], log: RepairLog, kind: str, why: str
) -> None:
    what = _position(pointer) or _section(ref)
    if what in ("parameters", "requestBodies", "headers"):
        removed.add(id(node))
        outcome = "removed"
    elif what == "responses":
        node.clear()
        node["description"] = "Response declared by a reference that could not be followed"
        outcome = "kept without a body"
    else:
        node.clear()
        outcome = "any JSON value ({}) in its place"
    log.add(kind, pointer, f"$ref {ref} {why}; {outcome}")


def _position(pointer: str) -> str | None:
    """What the reference stands for, judged by where it sits."""
    parts = pointer.strip("/").split("/")
    if len(parts) >= 2 and parts[-2] == "parameters" and parts[-1].isdigit():
        return "parameters"
    if parts[-1] == "requestBody":
        return "requestBodies"
    if len(parts) >= 2 and parts[-2] == "responses" and "schema" not in parts:
        return "responses"
    if len(parts) >= 2 and parts[-2] == "headers" and "schema" not in parts:
        return "headers"
    return None


def _section(ref: str) -> str:
    local = local_pointer(ref) or "/" + ref.rsplit("#", 1)[-1].lstrip("/")
    parts = local.strip("/").split("/")
    if parts[0] == "components" and len(parts) > 1:
        return parts[1]
    return {"definitions": "schemas"}.get(parts[0], parts[0])


DEEP_ROUNDS = 16


def inline_deep_references(doc: Node, log: RepairLog) -> None:
    """Replace references to the inside of a component with a copy of their target. A copy
    can hold such references of its own (bundlers point into operations that point into other
    operations), so this runs until none is left. A reference inside a copy of its own target
    (or of a target that led to it) would be copied forever: it is a cycle through the insides
    of definitions, and becomes any JSON value."""
    # id of a reference inside a copy -> the targets copied on the way to it
    chains: dict[int, frozenset[str]] = {}
    for _ in range(DEEP_ROUNDS):
        if not _inline_deep_round(doc, log, chains):
            return
    for node, pointer in list(references(doc)):
        target = local_pointer(str(node["$ref"]))
        if target is not None and not _is_component(target):
            _break_deep_cycle(node, pointer, "still does after many copies", log)


def _break_deep_cycle(node: Node, pointer: str, why: str, log: RepairLog) -> None:
    ref = node["$ref"]
    node.clear()
    log.add(
        "circular-ref",
        pointer,
        f"$ref {ref} points inside another definition and {why}; any JSON value ({{}}) in its "
        "place",
    )


def _inline_deep_round(doc: Node, log: RepairLog, chains: dict[int, frozenset[str]]) -> bool:
    replaced = False
    for node, pointer in list(references(doc)):
        target = local_pointer(str(node.get("$ref")))
        if target is None or _is_component(target):
            continue
        chain = chains.pop(id(node), frozenset())
        if target in chain:
            _break_deep_cycle(node, pointer, "sits inside a copy of that same target", log)
            replaced = True
            continue
        resolved: Any = node
        hops = 0
        while isinstance(resolved, dict) and "$ref" in resolved and hops < 32:
            where = local_pointer(str(resolved["$ref"]))
            if where is None or (hops and _is_component(where)):
                break
            try:
                resolved = lookup(doc, where)
            except Missing:
                break
            hops += 1
        if not isinstance(resolved, dict) or resolved is node:
            continue
        ref = node["$ref"]
        replacement = copy.deepcopy(resolved)
        node.clear()
        node.update(replacement)
        replaced = True
        inner_chain = chain | {target}
        for inner, _ in references(node):
            chains[id(inner)] = inner_chain
        log.add(
            "dangling-ref",
            pointer,
            f"$ref {ref} points inside another definition, which openapi-python-client "
            "cannot follow; a copy of its target is used instead",
        )
    return replaced


def _is_component(pointer: str) -> bool:
    parts = pointer.strip("/").split("/")
    return len(parts) == 3 and parts[0] == "components"


def inline_aliases(doc: Node, log: RepairLog) -> None:
    """A path item that is a ``$ref``, and a reusable parameter, response, body or header that is
    only a ``$ref`` to another one: openapi-python-client drops the first without a word and
    refuses the second, so each becomes a copy of what it points at."""
    holders: list[tuple[dict[str, Any], str]] = []
    for section in ("paths", "webhooks"):
        for key, item in (doc.get(section) or {}).items():
            holders.append((item, join("", section, key)))
    components = doc.get("components") or {}
    for section in ("parameters", "responses", "requestBodies", "headers", "pathItems"):
        for key, item in (components.get(section) or {}).items():
            holders.append((item, join("/components", section, key)))
    for node, pointer in holders:
        if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
            continue
        ref = node["$ref"]
        target: Any = node
        for _ in range(16):
            where = local_pointer(str(target.get("$ref"))) if isinstance(target, dict) else None
            if where is None:
                break
            try:
                target = lookup(doc, where)
            except Missing:
                break
        if not isinstance(target, dict) or "$ref" in target:
            continue
        siblings = {k: v for k, v in node.items() if k not in ("$ref", "summary", "description")}
        node.clear()
        node.update(copy.deepcopy(target))
        node.update(siblings)
        log.add(
            "dangling-ref",
            pointer,
            f"$ref {ref} stands for a whole definition, which openapi-python-client drops or "
            "refuses here; a copy of its target is used instead",
        )


def drop_ref_siblings(doc: Node, log: RepairLog) -> None:
    """OpenAPI 3.0: keywords beside ``$ref`` are ignored by the standard; drop them."""
    from .walk import schemas

    for schema, pointer in schemas(doc):
        if "$ref" not in schema:
            continue
        extra = sorted(key for key in schema if key != "$ref" and not key.startswith("x-"))
        if not extra:
            continue
        meaningful = [key for key in extra if key not in ANNOTATIONS]
        for key in extra:
            del schema[key]
        if meaningful:
            log.add(
                "ref-siblings",
                pointer,
                f"{', '.join(meaningful)} beside $ref dropped: OpenAPI 3.0 ignores keywords "
                "beside a reference, and 3.1 would start applying them",
            )


def drop_reference_object_siblings(doc: Node, log: RepairLog) -> None:
    """A reference to a parameter, response, body or header is a Reference Object: it may
    carry a summary and a description, nothing else (OpenAPI ignores the rest)."""
    from .walk import schemas

    schema_refs = {id(schema) for schema, _ in schemas(doc) if "$ref" in schema}
    for node, pointer in list(references(doc)):
        if id(node) in schema_refs:
            continue
        extra = sorted(k for k in node if k not in ("$ref", "summary", "description"))
        if not extra:
            continue
        for key in extra:
            del node[key]
        log.add(
            "ref-siblings",
            pointer,
            f"{', '.join(extra)} beside the $ref of a reference object dropped: OpenAPI "
            "ignores them (the referenced definition applies)",
        )


# --- cycles ---------------------------------------------------------------------------------

LAZY_KEYS = ("properties", "additionalProperties", "patternProperties")


def break_cycles(doc: Node, log: RepairLog) -> None:
    """Cut reference cycles among components that pass through no object property."""
    components = (doc.get("components") or {}).get("schemas") or {}
    if not isinstance(components, dict):
        return
    edges: dict[str, list[tuple[str, Node, str]]] = {}
    for name, schema in components.items():
        if isinstance(schema, dict):
            root = join("/components/schemas", name)
            edges[name] = list(_eager_references(schema, root, top=True))
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for start in sorted(edges):
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(edges[start]))]
        while stack:
            name, pending = stack[-1]
            step = next(pending, None)
            if step is None:
                state[name] = 2
                stack.pop()
                continue
            target, node, pointer = step
            if "$ref" not in node:  # already cut
                continue
            if state.get(target) == 1:
                ref = node.pop("$ref")
                log.add(
                    "circular-ref",
                    pointer,
                    f"$ref {ref} closes a cycle of references that passes through no object "
                    "property, which openapi-python-client cannot build; any JSON value ({}) "
                    "in its place",
                )
            elif target in edges and target not in state:
                state[target] = 1
                stack.append((target, iter(edges[target])))


def _eager_references(schema: Node, pointer: str, *, top: bool) -> list[tuple[str, Node, str]]:
    """References the generator needs resolved before it can build ``schema``: all of them,
    except those under the properties of the component's own (top-level) object model."""
    from .walk import subschemas

    found: list[tuple[str, Node, str]] = []
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = local_pointer(ref) or ""
        if target.startswith("/components/schemas/") and target.count("/") == 3:
            found.append((unescape(target.rsplit("/", 1)[1]), schema, pointer))
        return found
    is_model = top and _is_object_model(schema)
    for sub, where in subschemas(schema, pointer):
        key = where[len(pointer) + 1 :].split("/", 1)[0]
        if is_model and key in LAZY_KEYS:
            continue
        found += _eager_references(sub, where, top=False)
    return found


def _is_object_model(schema: Node) -> bool:
    kind = schema.get("type")
    if isinstance(kind, list):
        return False  # a union of types: built eagerly, properties included
    return kind == "object" or (kind is None and ("properties" in schema or "allOf" in schema))
