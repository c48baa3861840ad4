"""Turn a vendor's OpenAPI document into our own OpenAPI 3.1 spec.

Every mend below is generic: it does nothing to a document that lacks the quirk it repairs, so
the same function serves every API. What is specific to one API lives in that API's overlay
(``specs/NAME/overlay.yaml``): an RFC 7386 JSON merge patch with our own descriptions, names
and additions, plus an optional ``x-normalise`` mapping that switches on the opt-in mends.

The vendor's prose never reaches our spec: descriptions, summaries, examples and vendor
extensions are dropped, and only the overlay's wording is added back.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

from .documents import Document, PipelineError
from .repairs import RepairLog, RepairsRefused, repair_document, shape, walk
from .repairs import references as ref_repairs

SWAGGER2OPENAPI = "swagger2openapi@7.0.8"  # Mermade's converter (oas-kit), pinned

JSON_MEDIA_TYPES = ("application/json", "text/json")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys whose mapping values are *names* chosen by the author, not OpenAPI keywords: a property
# called "description" inside "properties" is data and must survive prose stripping.
NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "schemas", "responses",
        "parameters", "headers", "securitySchemes", "requestBodies", "paths", "webhooks",
        "callbacks", "links", "content", "mapping", "variables", "examples", "encoding",
        "dependentSchemas", "pathItems",
    }
)  # fmt: skip
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "title"})
INFO_KEEP = ("title", "version")
NO_CONTENT_STATUSES = ("204", "205", "304")

Options = dict[str, Any]


def normalise(
    vendor: Document,
    overlay: Document | None = None,
    *,
    log: RepairLog | None = None,
    strict: bool = False,
    fit: bool = True,
) -> Document:
    """Apply every mend and repair, then the overlay; returns a new document (the input is not
    touched). Repairs are recorded in ``log``; ``strict`` refuses any. ``fit`` asks
    openapi-python-client itself what it still cannot build (``repairs.generator``)."""
    log = log if log is not None else RepairLog()
    doc = copy.deepcopy(vendor)
    overlay = copy.deepcopy(overlay) if overlay else {}
    options: Options = overlay.pop("x-normalise", {}) or {}
    version = str(doc.get("openapi") or doc.get("swagger") or "")
    if version.startswith("2"):
        ref_repairs.repair_dangling(doc, log)  # swagger2openapi stops at the first one
        doc = convert_swagger2(doc)
        version = "3.0"
    elif not version.startswith("3"):
        raise PipelineError(f"not an OpenAPI 3.x or Swagger 2.0 document (version {version!r})")
    shape.check(doc, log)
    upgrade_to_31(doc, log, from_version=version)
    strip_prose(doc)
    keep_json_only(doc, log)
    auth_headers_to_security(doc, log)
    fill_operation_ids(doc, log)
    drop_no_content_bodies(doc, log)
    repair_document(doc, log, version=version)
    if options.get("nullable-properties"):
        allow_null_properties(doc)
    if digits := options.get("date-time-fraction-digits"):
        pin_date_time_format(doc, int(digits))
    if fault := options.get("fault-envelope"):
        mark_fault_envelope(doc, fault)
    merged = merge_patch(doc, overlay)
    if not isinstance(merged, dict):
        raise PipelineError("the overlay must be a mapping")
    fill_response_descriptions(merged)
    if fit and not (strict and log):
        from .repairs.generator import fit as fit_to_generator

        fit_to_generator(merged, log)
    if strict and log:
        raise RepairsRefused(log)
    return merged


# --- format conversion ---------------------------------------------------------------------


def convert_swagger2(doc: Document) -> Document:
    """Swagger 2.0 -> OpenAPI 3.0 with Mermade's swagger2openapi (run through npx)."""
    npx = shutil.which("npx")
    if npx is None:
        raise PipelineError(
            "the source is Swagger 2.0; converting it needs Node.js (npx) for swagger2openapi"
        )
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp, "swagger.json"), Path(tmp, "openapi.json")
        source.write_text(json.dumps(doc), encoding="utf-8")
        result = subprocess.run(
            [npx, "--yes", SWAGGER2OPENAPI, "--patch", "--outfile", str(target), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not target.exists():
            raise PipelineError(f"swagger2openapi failed: {result.stderr.strip()[-500:]}")
        converted: Document = json.loads(target.read_text(encoding="utf-8"))
    return converted


def upgrade_to_31(
    doc: Document, log: RepairLog | None = None, *, from_version: str = "3.0"
) -> None:
    """OpenAPI 3.0 -> 3.1: ``nullable`` becomes a null type, boolean exclusive bounds become
    numbers. (A 3.1 document keeps what it has; leftover ``nullable`` is a repair.)"""
    doc["openapi"] = "3.1.0"
    if not from_version.startswith("3.0"):
        return
    for schema, pointer in walk.schemas(doc):
        if "nullable" in schema and not isinstance(schema["nullable"], bool):
            schema.pop("nullable")
        elif schema.pop("nullable", False):
            if log is not None and ("$ref" in schema or "allOf" in schema):
                log.add(
                    "nullable",
                    pointer,
                    "nullable: true beside "
                    + ("$ref (which OpenAPI 3.0 ignores)" if "$ref" in schema else "allOf")
                    + "; read as the schema or null",
                )
            add_null(schema)
        for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(schema.get(bound), bool) and schema.pop(bound) and limit in schema:
                schema[bound] = schema.pop(limit)


# --- prose --------------------------------------------------------------------------------


def strip_prose(doc: Document) -> None:
    """Drop the vendor's descriptions, summaries, titles, examples and ``x-`` extensions."""
    info = doc.get("info", {})
    doc["info"] = {key: info[key] for key in INFO_KEEP if key in info}
    for tag in doc.get("tags", []) or []:
        for key in list(tag):
            if key != "name":
                del tag[key]
    for key, value in doc.items():
        if key != "info":  # already reduced to its title and version above
            _strip(value, in_name_map=key in NAME_MAPS)


def _strip(node: Any, *, in_name_map: bool) -> None:
    if isinstance(node, dict):
        for key in list(node):
            if not in_name_map and (key in PROSE_KEYS or key.startswith("x-")):
                del node[key]
                continue
            _strip(node[key], in_name_map=(not in_name_map and key in NAME_MAPS))
    elif isinstance(node, list):
        for item in node:
            _strip(item, in_name_map=False)


# --- bodies and auth ------------------------------------------------------------------------


def keep_json_only(doc: Document, log: RepairLog | None = None) -> None:
    """Where a body or response offers JSON among other media types, keep only
    ``application/json``: the generator otherwise emits a form branch that overrides JSON."""
    for holder, pointer, _ in walk.bodies(doc):
        _json_only(holder, pointer, log)


def _json_only(holder: dict[str, Any], pointer: str, log: RepairLog | None) -> None:
    content = holder.get("content")
    if not isinstance(content, dict):
        return
    for media in JSON_MEDIA_TYPES:
        if media in content:
            if log is not None and list(content) != ["application/json"]:
                dropped = [str(m) for m in content if m != media]
                log.add(
                    "media-type-choice",
                    walk.join(pointer, "content"),
                    f"{len(content)} media types for one body; {media} is kept"
                    + (" (as application/json)" if media != "application/json" else "")
                    + (f", {', '.join(dropped)} dropped" if dropped else ""),
                )
            holder["content"] = {"application/json": content[media]}
            return


def auth_headers_to_security(doc: Document, log: RepairLog | None = None) -> None:
    """Header parameters that carry a declared ``apiKey`` scheme become a security
    requirement. The parameters (and their placeholder defaults) leave every operation."""
    schemes = doc.get("components", {}).get("securitySchemes") or {}
    header_schemes = {
        str(scheme["name"]).lower(): name
        for name, scheme in schemes.items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    if not header_schemes:
        return
    used: set[str] = set()
    holders = [(item, walk.join("", section, path)) for section, path, item in _path_items(doc)]
    holders += [
        (site.operation, site.pointer)
        for site in walk.operations(doc, sections=("paths", "webhooks"))
    ]
    for holder, pointer in holders:
        params = holder.get("parameters")
        if not params:
            continue
        kept = []
        for i, param in enumerate(params):
            key = str(param.get("name", "")).lower()
            if param.get("in") == "header" and key in header_schemes:
                used.add(header_schemes[key])
                if log is not None:
                    log.add(
                        "credential-header",
                        walk.join(pointer, "parameters", i),
                        f"header {param.get('name')} carries the {header_schemes[key]} "
                        "security scheme; it is sent as that scheme, not as a parameter",
                    )
            else:
                kept.append(param)
        if kept:
            holder["parameters"] = kept
        else:
            holder.pop("parameters")
    if used and "security" not in doc:
        # All the header schemes are needed together (one requirement object = logical AND).
        doc["security"] = [{name: [] for name in sorted(used)}]


def _path_items(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for path, item in (doc.get(section) or {}).items():
            if isinstance(item, dict):
                yield section, str(path), item


def fill_operation_ids(doc: Document, log: RepairLog | None = None) -> None:
    """Give every operation an id: ``<FirstTag>Api_<LastPathSegment>`` in PascalCase, with the
    method added when that is already taken. The overlay can replace these with better names."""
    taken = {op["operationId"] for _, _, op in iter_operations(doc) if "operationId" in op}
    for path, method, operation in iter_operations(doc):
        if "operationId" in operation:
            continue
        tags = operation.get("tags") or ["Default"]
        segments = [s for s in path.split("/") if s and not s.startswith("{")]
        last = _pascal(segments[-1] if segments else method)
        candidate = f"{_pascal(str(tags[0]))}Api_{last}"
        if candidate in taken:
            candidate = f"{candidate}{_pascal(method)}"
        operation["operationId"] = candidate
        taken.add(candidate)
        if log is not None:
            log.add(
                "operation-id-missing",
                walk.join(
                    "", "paths" if path in (doc.get("paths") or {}) else "webhooks", path, method
                ),
                f"no operationId; named {candidate!r} after its tag and path",
            )


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def drop_no_content_bodies(doc: Document, log: RepairLog | None = None) -> None:
    """A 204/205/304 response has no body, whatever the vendor document says."""
    for site in walk.operations(doc, sections=("paths", "webhooks")):
        for status, response in (site.operation.get("responses") or {}).items():
            if str(status) not in NO_CONTENT_STATUSES or not isinstance(response, dict):
                continue
            if response.pop("content", None) is not None and log is not None:
                log.add(
                    "no-content-body",
                    walk.join(site.pointer, "responses", status, "content"),
                    f"a {status} response has no body; the declared one is dropped",
                )


def fill_response_descriptions(doc: Document) -> None:
    """OpenAPI requires a description on every response; use the HTTP reason phrase where the
    overlay gives none."""
    for response, _, role in walk.bodies(doc):
        status = role.partition(":")[2]
        if role.startswith("response") and "description" not in response:
            response["description"] = _reason(status)


def _reason(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        if status == "component":
            return "Response"
        return "Any other status" if status == "default" else f"{status} response"


# --- opt-in mends (switched on by the overlay's x-normalise) -------------------------------


def allow_null_properties(doc: Document) -> None:
    """For vendors that declare nothing as nullable yet send nulls: every property of every
    component schema also accepts null."""
    for schema in (doc.get("components", {}).get("schemas") or {}).values():
        for container in _object_schemas(schema):
            for prop in (container.get("properties") or {}).values():
                add_null(prop)


def pin_date_time_format(doc: Document, digits: int) -> None:
    """Record the vendor's timestamp shape (fraction of up to ``digits`` digits, UTC offset) as
    a pattern next to ``format: date-time``, so validators and stand-ins agree on it."""
    fraction = r"(\.\d{1,DIGITS})?".replace("DIGITS", str(digits))
    pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}" + fraction + r"(Z|[+-]\d{2}:\d{2})$"
    for schema in iter_schemas(doc):
        if schema.get("format") == "date-time":
            schema["pattern"] = pattern


def mark_fault_envelope(doc: Document, fault: dict[str, str]) -> None:
    """Mark result envelopes that report errors in the body (``flag: true``, even with HTTP
    200) with ``x-fault-envelope``, and give operations without error responses a ``default``
    response (``fault['response']``, defined by the overlay)."""
    flag, messages = fault["flag"], fault["messages"]
    for schema in (doc.get("components", {}).get("schemas") or {}).values():
        if flag in (schema.get("properties") or {}):
            schema["x-fault-envelope"] = {"flag": flag, "messages": messages}
    reference = {"$ref": f"#/components/responses/{fault['response']}"}
    for _, _, operation in iter_operations(doc):
        responses = operation.setdefault("responses", {})
        if not any(str(status)[0] in "45" or status == "default" for status in responses):
            responses["default"] = dict(reference)


# --- overlay --------------------------------------------------------------------------------


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch: mappings merge key by key, ``null`` deletes, anything else
    (lists included) replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


# --- walking --------------------------------------------------------------------------------


def iter_path_items(doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for path, item in (doc.get(section) or {}).items():
            if isinstance(item, dict):
                yield path, item


def iter_operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation under ``paths`` and ``webhooks``."""
    for path, item in iter_path_items(doc):
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def iter_schemas(doc: Document) -> Iterator[dict[str, Any]]:
    """Every schema object in the document, nested ones included (each exactly once)."""
    seen: set[int] = set()
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            if _looks_like_schema(node):
                yield node
            stack.extend(node.values())


def _looks_like_schema(node: dict[str, Any]) -> bool:
    return any(key in node for key in ("type", "$ref", "properties", "items", "allOf", "anyOf",
                                        "oneOf", "enum", "format", "nullable"))  # fmt: skip


def _object_schemas(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The schema and the inline object schemas nested in its properties, items and
    compositions."""
    stack = [schema]
    while stack:
        node = stack.pop()
        yield node
        for prop in (node.get("properties") or {}).values():
            if isinstance(prop, dict) and "$ref" not in prop:
                stack.append(prop)
        items = node.get("items")
        if isinstance(items, dict) and "$ref" not in items:
            stack.append(items)
        for key in ("allOf", "anyOf", "oneOf"):
            stack.extend(s for s in node.get(key, []) if isinstance(s, dict) and "$ref" not in s)


def add_null(schema: dict[str, Any]) -> None:
    """Let ``schema`` (a mapping edited in place) also accept null."""
    kind = schema.get("type")
    if isinstance(kind, str):
        if kind != "null":
            schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif "$ref" in schema:
        schema["anyOf"] = [{"$ref": schema.pop("$ref")}, {"type": "null"}]
    elif "anyOf" in schema or "oneOf" in schema:
        key = "anyOf" if "anyOf" in schema else "oneOf"
        if {"type": "null"} not in schema[key]:
            schema[key].append({"type": "null"})
    elif "allOf" in schema:
        inner = dict(schema)
        schema.clear()
        schema["anyOf"] = [inner, {"type": "null"}]
        if "default" in inner:  # a default of the whole (often null itself), not of one branch
            schema["default"] = inner.pop("default")
    elif "properties" in schema:
        schema["type"] = ["object", "null"]
