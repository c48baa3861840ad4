"""What openapi-python-client itself cannot build, found by asking it.

The document-level repairs handle every quirk class we know; the generator has more limits
than any list (class names that collide once prefixed with their parent, defaults it cannot
convert, property definitions it cannot merge). ``fit`` runs the generator's parser on the
document in memory (no files, about a second for a large document), finds each schema it
reported by a pointer tag added for the run, applies the narrowest repair for the reason it
gave, and parses again, until nothing is reported:

* two classes with one name: when two members of an allOf each define that property inline,
  the allOf is merged (each member's copy made its own models); otherwise an inline schema
  moves to ``components`` under that name (the generator builds some inline models twice and
  then trips over its own first copy), and a component gets a ``title`` it is named by;
* an inline object in a union it cannot build: moved to ``components`` the same way;
* a default it cannot convert: dropped;
* an allOf it cannot merge: merged here (``allof.merge``);
* a header parameter it cannot send: a string;
* anything else, or the same schema again after a repair: the schema is simplified to any
  JSON value (``{}``), with the generator's reason in the record.

What cannot be fixed at a schema (an operation the generator refuses for another reason) ends
the import with the operation's pointer and the generator's reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..documents import PipelineError
from . import RepairLog
from .allof import merge
from .media import content_type_overrides
from .walk import Missing, Node, bodies, join, lookup, parameters, schemas, unescape

TAG = "x-fiscal-facade-pointer"
MAX_ROUNDS = 30  # a round ends at the first problem of each schema; most need one or two
CASCADE = re.compile(
    r"Could not find reference in parsed models or enums|in allOf was not processed|"
    r"Reference \S+ not found|Failure to process schema has resulted in the removal"
)
NAME_CLASH = re.compile(r'duplicate models with name "?(\w+)|conflicting enums named (\w+)')
BAD_DEFAULT = re.compile(
    r"Invalid (int|float|boolean|UUID) value|Invalid date|Invalid datetime|not valid for enum|"
    r"Cannot convert .* to|only None is allowed|Invalid value for const|cannot have a default"
)
ALLOF = re.compile(
    r"allOf a non-object|can't combine|conflicting properties named|can't merge|can't redefine|"
    r"can't be merged"
)
UNION = re.compile(r"Invalid property in union")
ENUM = re.compile(r"Unsupported enum type|Enum values must all be the same type")
NOT_ALLOWED = re.compile(r"is not allowed in (header|query|path|cookie)")


class Problem:
    def __init__(self, pointer: str, message: str, data: Any) -> None:
        self.pointer, self.message, self.data = pointer, message, data

    @property
    def cascade(self) -> bool:
        first = self.message.split("Failure to process schema", 1)[0]
        return bool(CASCADE.search(first)) and not (
            NAME_CLASH.search(first) or BAD_DEFAULT.search(first) or ALLOF.search(first)
        )

    def line(self) -> str:
        text = " ".join(self.message.split())
        return f"{self.pointer or '/'}: {text[:400]}"


def fit(doc: Node, log: RepairLog) -> None:
    """Repair ``doc`` in place until openapi-python-client builds every part of it."""
    attempts: dict[str, int] = {}
    for _ in range(MAX_ROUNDS):
        problems, class_names = probe(doc)
        if not problems:
            return
        roots = [p for p in problems if not p.cascade] or problems
        progressed = False
        for problem in _unique(roots):
            tries = attempts.get(problem.pointer, 0)
            attempts[problem.pointer] = tries + 1
            progressed |= _fix(doc, problem, log, class_names, escalate=tries > 1)
        if not progressed:
            raise GeneratorRefused(roots)
    problems, _ = probe(doc)
    if problems:
        raise GeneratorRefused(problems)


class GeneratorRefused(PipelineError):
    def __init__(self, problems: list[Problem]) -> None:
        shown = [f"  - {p.line()}" for p in problems[:20]]
        if len(problems) > 20:
            shown.append(f"  ... and {len(problems) - 20} more")
        super().__init__(
            "openapi-python-client cannot build these parts of the document, and no repair "
            "applies (JSON pointer: reason):\n" + "\n".join(shown)
        )


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    kept = []
    for problem in problems:
        if problem.pointer not in seen:
            seen.add(problem.pointer)
            kept.append(problem)
    return kept


# --- asking the generator -------------------------------------------------------------------


def probe(doc: Node) -> tuple[list[Problem], set[str]]:
    """Parse ``doc`` with openapi-python-client; returns what it reported (with pointers) and
    the class names it created."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.parser.openapi import GeneratorData

    from ..generator_patch import install

    install()  # ask the generator that typed.py drives, not the stock one
    tagged = _tag(doc)
    try:
        config = Config.from_sources(
            ConfigFile(content_type_overrides=content_type_overrides(doc)),
            MetaType.NONE,
            Path("openapi.json"),
            "utf-8",
            False,
            None,
        )
        try:
            result = GeneratorData.from_dict(doc, config=config)
        except Exception as error:  # the generator has crashes of its own (UnboundLocalError, ...)
            raise PipelineError(
                f"openapi-python-client crashed on the repaired document: "
                f"{type(error).__name__}: {error}"
            ) from None
    finally:
        for node in tagged:
            node.pop(TAG, None)
    if isinstance(result, GeneratorError):
        detail = " ".join(str(result.detail or "").split())[:1500]
        raise PipelineError(f"openapi-python-client cannot read the document: {detail}")
    problems = [_problem(error) for error in result.errors]
    for collection in result.endpoint_collections_by_tag.values():
        problems += [_problem(error) for error in collection.parse_errors]
    names = {str(model.class_info.name) for model in result.models}
    names |= {str(enum.class_info.name) for enum in result.enums}
    return problems, names


def _tag(doc: Node) -> list[Node]:
    tagged = []
    nodes = [*schemas(doc), *parameters(doc), *((b, p) for b, p, _ in bodies(doc))]
    for node, pointer in nodes:
        if TAG not in node:
            node[TAG] = pointer
            tagged.append(node)
    return tagged


def _problem(error: Any) -> Problem:
    header = str(getattr(error, "header", "") or "")
    detail = str(getattr(error, "detail", "") or "")
    message = f"{header.strip()} {detail.strip()}".strip()
    # The generator prints some names as object reprs with memory addresses; reports must not
    # change from run to run.
    message = re.sub(r"<[\w.]+ object at 0x[0-9a-f]+>", "(name)", message)
    data = getattr(error, "data", None)
    extra = getattr(data, "model_extra", None) or {}
    pointer = str(extra.get(TAG, ""))
    if not pointer:
        pointer = _pointer_from_header(header)
    return Problem(pointer, message, data)


def _pointer_from_header(header: str) -> str:
    match = re.search(r"WARNING parsing (\w+) (\S+) within", header)
    if match:
        return join("/paths", match.group(2), match.group(1).lower())
    match = re.search(r"schema (/components/schemas/[^\s:]+)", header)
    return match.group(1) if match else ""


# --- repairing what it reported -------------------------------------------------------------


def _fix(doc: Node, problem: Problem, log: RepairLog, names: set[str], *, escalate: bool) -> bool:
    try:
        node = lookup(doc, problem.pointer) if problem.pointer else None
    except Missing:
        node = None
    if not isinstance(node, dict):
        return False
    message = " ".join(problem.message.split())
    reason = f"openapi-python-client: {message[:300]}"
    if NOT_ALLOWED.search(message) and "name" in node and "in" in node:
        node["schema"] = {"type": "string"}
        log.add("parameter", join(problem.pointer, "schema"), f"{reason}; a string instead")
        return True
    parts = problem.pointer.strip("/").split("/")
    if (len(parts) == 3 and parts[0] == "paths") or parts[:1] == ["webhooks"]:
        return _fix_operation(doc, node, problem.pointer, message, reason, log)
    is_schema = "schema" in parts or problem.pointer.startswith("/components/schemas/")
    if not is_schema:
        return False
    component = len(parts) == 3 and parts[:2] == ["components", "schemas"]
    if escalate:
        return _simplify(node, problem.pointer, reason, log)
    clash = NAME_CLASH.search(message)
    if clash and (owner := _all_of_defining_twice(doc, problem.pointer)):
        schema, where = owner
        conflicts = merge(doc, schema)
        log.add(
            "allof",
            where,
            f"{reason}; its members define the same inline property, whose models the generator "
            f"builds once per member: merged ({'; '.join(conflicts) or 'no conflict'})",
        )
        return True
    if clash:
        taken = clash.group(1) or clash.group(2)
        if not component and "$ref" not in node:
            _hoist_clashing_siblings(doc, problem.pointer, names, reason, log)
            return _hoist(doc, node, problem.pointer, taken, reason, log)
        token = problem.pointer.rsplit("/", 1)[-1]
        title = _free_title(token, taken, names)
        node["title"] = title
        names.add(title)
        log.add("generator", problem.pointer, f"{reason}; titled {title!r} to get its own class")
        return True
    if BAD_DEFAULT.search(message) and "default" in node:
        value = node.pop("default")
        log.add("invalid-default", join(problem.pointer, "default"), f"{reason}; {value!r} dropped")
        return True
    if ALLOF.search(message) and _merge_all_of(doc, [(node, problem.pointer)], reason, log):
        return True
    if ENUM.search(message) and "enum" in node:
        node.pop("enum")
        log.add("enum-values", join(problem.pointer, "enum"), f"{reason}; the enum is dropped")
        return True
    if UNION.search(message) and not component and "$ref" not in node and _objectish(node):
        return _hoist(doc, node, problem.pointer, _name_for(problem.pointer), reason, log)
    return _simplify(node, problem.pointer, reason, log)


def _all_of_defining_twice(doc: Node, pointer: str) -> tuple[Node, str] | None:
    """The allOf schema (and its pointer) above ``pointer`` when two of its inline members
    define the property that ``pointer`` goes through (``.../allOf/1/properties/_links/...``
    with ``_links`` inline in member 0 too): each member's copy makes its own models, under
    one name. Hoisting one nested model at a time would take a round per model."""
    tokens = pointer.split("/")
    for at in range(len(tokens) - 4, 0, -1):
        if tokens[at] != "allOf" or tokens[at + 2] != "properties":
            continue
        where = "/".join(tokens[:at])
        try:
            schema = lookup(doc, where)
        except Missing:
            return None
        members = schema.get("allOf") if isinstance(schema, dict) else None
        if not isinstance(members, list):
            return None
        name = unescape(tokens[at + 3])
        inline = [
            m
            for m in members
            if isinstance(m, dict)
            and isinstance(m.get("properties"), dict)
            and isinstance(m["properties"].get(name), dict)
            and "$ref" not in m["properties"][name]
        ]
        return (schema, where) if len(inline) > 1 else None
    return None


def _fix_operation(
    doc: Node, operation: Node, pointer: str, message: str, reason: str, log: RepairLog
) -> bool:
    """An operation the generator refused without naming the schema: merge the allOf in its
    own (inline) schemas when that is what it could not do."""
    if not ALLOF.search(message):
        return False
    return _merge_all_of(doc, _operation_schemas(operation, pointer), reason, log)


def _merge_all_of(doc: Node, roots: list[tuple[Node, str]], reason: str, log: RepairLog) -> bool:
    """Merge every allOf in these schemas and the inline schemas inside them: the generator
    names the schema it was building, not the allOf inside it that it could not merge."""
    from .walk import subschemas

    done = False
    stack = list(roots)
    while stack:
        schema, where = stack.pop()
        if "allOf" in schema:
            conflicts = merge(doc, schema)
            log.add(
                "allof",
                where,
                f"{reason}; members merged ({'; '.join(conflicts) or 'no conflict'})",
            )
            done = True
        stack.extend(subschemas(schema, where))
    return done


def _operation_schemas(operation: Node, pointer: str) -> list[tuple[Node, str]]:
    roots: list[tuple[Node, str]] = []
    for i, param in enumerate(operation.get("parameters") or []):
        if isinstance(param, dict) and isinstance(param.get("schema"), dict):
            roots.append((param["schema"], join(pointer, "parameters", i, "schema")))
    holders = [(operation.get("requestBody"), join(pointer, "requestBody"))]
    for status, response in (operation.get("responses") or {}).items():
        holders.append((response, join(pointer, "responses", status)))
    for holder, where in holders:
        if isinstance(holder, dict):
            for media, entry in (holder.get("content") or {}).items():
                if isinstance(entry, dict) and isinstance(entry.get("schema"), dict):
                    roots.append((entry["schema"], join(where, "content", media, "schema")))
    return roots


def _objectish(node: Node) -> bool:
    kind = node.get("type")
    return kind == "object" or (
        kind is None and bool({"properties", "allOf", "additionalProperties"} & node.keys())
    )


def _name_for(pointer: str) -> str:
    skip = {"components", "schemas", "content", "schema", "properties", "paths", "responses"}
    words = [p for p in pointer.strip("/").split("/") if p not in skip and "~1" not in p]
    name = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", "_".join(words)) if w)
    return name if name[:1].isalpha() else f"Schema{name}"


def _hoist(doc: Node, node: Node, pointer: str, name: str, reason: str, log: RepairLog) -> bool:
    components = doc.setdefault("components", {}).setdefault("schemas", {})
    candidate, n = name, 2
    while candidate in components:
        candidate, n = f"{name}{n}", n + 1
    components[candidate] = dict(node)
    components[candidate].pop(TAG, None)
    node.clear()
    node["$ref"] = f"#/components/schemas/{candidate}"
    log.add(
        "hoisted-schema",
        pointer,
        f"{reason}; moved to /components/schemas/{candidate} and referenced from here",
    )
    return True


def _hoist_clashing_siblings(
    doc: Node, pointer: str, names: set[str], reason: str, log: RepairLog
) -> None:
    """For an inline property of a component that clashes: the other inline object properties
    of that component whose model name (component + property) is taken too. The generator
    reports one clash per schema and round; a component with many would run out of rounds."""
    from openapi_python_client.strings import ClassName

    tokens = pointer.split("/")
    if len(tokens) != 6 or tokens[1:3] != ["components", "schemas"] or tokens[4] != "properties":
        return
    parent = unescape(tokens[3])
    try:
        properties = lookup(doc, "/".join(tokens[:5]))
    except Missing:
        return
    if not isinstance(properties, dict):
        return
    for name, node in list(properties.items()):
        where = join("/".join(tokens[:5]), name)
        if where == pointer or not isinstance(node, dict) or "$ref" in node:
            continue
        if not _objectish(node) or node.get("title"):
            continue
        model = str(ClassName(f"{ClassName(parent, 'field_')}_{name}", "field_"))
        if model in names:
            _hoist(doc, node, where, model, f"{reason} (and likewise for this property)", log)


def _free_title(token: str, taken: str, names: set[str]) -> str:
    base = re.sub(r"\W+", "_", token).strip("_") or "Schema"
    n = 2
    while f"{taken}{n}" in names or f"{base}{n}" in names:
        n += 1
    return f"{base}{n}"


def _simplify(node: Node, pointer: str, reason: str, log: RepairLog) -> bool:
    if not node or set(node) <= {TAG}:
        return False
    node.clear()
    log.add("generator", pointer, f"{reason}; simplified to any JSON value")
    return True
