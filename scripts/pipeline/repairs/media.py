"""Media types: one per body, each one the generator can read or send.

openapi-python-client 0.29.1 reads JSON (``application/json``, ``*+json``), text (``text/*``)
and ``application/octet-stream`` responses, and sends JSON, form, multipart and octet-stream
bodies. Anything else (a PDF download, a tar archive, an image upload, an XML export) it drops
with a warning. And with several media types for one body it takes the first it knows, which
is not always the JSON one.

What is done here:

* A body offering several media types keeps one: JSON first; then, for responses, a binary type
  before a text one (bytes lose nothing, text decoding can); for requests, multipart before a
  form before the rest. The others are recorded as dropped.
* Content keys that are not media types: known aliases (``form-data``) are renamed; wildcards
  (``*/*``, ``application/*``, ``image/*``) become the concrete type their schema describes;
  anything else is dropped.
* The schema of a binary body becomes ``{type: string, format: binary}`` (a ``File`` in the
  client); the schema of a text response becomes ``{type: string}``. The vendor's object schema
  for a PDF or an XML export says nothing the client could use, and a JSON model built from
  bytes would fail at runtime.

Media types the generator does not know are then mapped, per generation, with
``content_type_overrides`` (``content_type_overrides`` below; the document keeps them): binary
ones to ``application/octet-stream``, JSON ones such as ``text/json`` to ``application/json``.
"""

from __future__ import annotations

from typing import Any

from . import RepairLog
from .walk import Node, bodies, join, local_pointer, lookup

OCTET_STREAM = "application/octet-stream"
ALIASES = {
    "form-data": "multipart/form-data",
    "multipart": "multipart/form-data",
    "json": "application/json",
    "xml": "application/xml",
    "text": "text/plain",
    "binary": OCTET_STREAM,
    "octet-stream": OCTET_STREAM,
}
BINARY_SCHEMA: dict[str, Any] = {"type": "string", "format": "binary"}
TEXT_SCHEMA: dict[str, Any] = {"type": "string"}


def base_type(media: str) -> str:
    return media.split(";", 1)[0].strip().lower()


def classify(media: str) -> str:
    """``json``, ``text``, ``form``, ``multipart``, ``wildcard``, ``binary`` or ``invalid``."""
    base = base_type(media)
    main, slash, sub = base.partition("/")
    if not slash or not main or not sub:
        return "invalid"
    if "*" in base:
        return "wildcard"
    if sub in ("json", "x-json") or sub.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    if main == "text":
        return "text"
    return "binary"


def _generator_reads(media: str) -> str | None:
    """What openapi-python-client 0.29.1 does with ``media`` unchanged: json, text, bytes, or
    None (unsupported). Mirrors ``_source_by_content_type`` / ``body_from_data``."""
    from email.message import Message

    message = Message()
    message.add_header("Content-Type", media)
    parsed = message.get_content_type()
    if not media.startswith(parsed):
        return None
    if parsed == "application/json" or parsed.endswith("+json"):
        return "json"
    if parsed.startswith("text/"):
        return "text"
    if parsed == OCTET_STREAM:
        return "bytes"
    if parsed in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return "form"
    return None


def content_type_overrides(doc: Node) -> dict[str, str]:
    """The ``content_type_overrides`` openapi-python-client needs for this document: every
    media type it cannot read or send as declared, mapped to JSON or to bytes."""
    overrides: dict[str, str] = {}
    for holder, _, role in bodies(doc):
        content = holder.get("content")
        if not isinstance(content, dict):
            continue
        for media in content:
            media = str(media)
            reads = _generator_reads(media)
            kind = classify(media)
            if kind == "json" and reads != "json":
                overrides[media] = "application/json"
            elif reads is None and kind not in ("invalid", "wildcard"):
                overrides[media] = OCTET_STREAM
            elif role == "request" and reads == "text":
                overrides[media] = OCTET_STREAM  # the generator sends no text bodies
    return dict(sorted(overrides.items()))


def reads_as(media: str, overrides: dict[str, str]) -> str:
    """How the generated client reads a response in ``media``: json, text or bytes."""
    media = overrides.get(media, media)
    reads = _generator_reads(media)
    return {"json": "json", "text": "text", "bytes": "bytes"}.get(reads or "", "bytes")


# --- repairs --------------------------------------------------------------------------------

RESPONSE_ORDER = ("json", "binary", "text", "multipart", "form", "wildcard")
REQUEST_ORDER = ("json", "multipart", "form", "binary", "text", "wildcard")


def repair(doc: Node, log: RepairLog) -> None:
    holders = list(bodies(doc))
    for holder, pointer, role in holders:
        content = holder.get("content")
        if not isinstance(content, dict) or not content:
            continue
        content = _valid_keys(holder, content, pointer, log)
        if len(content) > 1:
            _choose(holder, content, pointer, role, log)
        content = holder.get("content") or {}
        if content:
            media = next(iter(content))
            if classify(media) == "json" and _is_binary_schema(doc, content[media]):
                _rename(holder, media, OCTET_STREAM)
                log.add(
                    "media-type-key",
                    join(pointer, "content", media),
                    f"declared as {media} but its schema is binary (a file); read as "
                    f"{OCTET_STREAM}, bytes",
                )
            elif classify(media) == "wildcard":
                _concrete(doc, holder, media, pointer, role, log)
            elif role.startswith("response") and classify(media) in ("multipart", "form"):
                _rename(holder, media, OCTET_STREAM)
                log.add(
                    "media-type-key",
                    join(pointer, "content", media),
                    f"a {media} response cannot be parsed by the client; read as bytes",
                )
    overrides = content_type_overrides(doc)
    for holder, pointer, role in holders:
        _body_schema(doc, holder, pointer, role, overrides, log)


def _valid_keys(
    holder: Node, content: dict[str, Any], pointer: str, log: RepairLog
) -> dict[str, Any]:
    fixed: dict[str, Any] = {}
    for media, entry in content.items():
        media = str(media)
        if classify(media) != "invalid" and _generator_reads_or_wildcard(media):
            fixed.setdefault(media, entry)
            continue
        alias = ALIASES.get(media.strip().lower())
        where = join(pointer, "content", media)
        if alias:
            fixed.setdefault(alias, entry)
            log.add("media-type-key", where, f"{media!r} is not a media type; read as {alias}")
        else:
            log.add("media-type-key", where, f"{media!r} is not a media type; dropped")
    if list(fixed) != list(content):
        holder["content"] = fixed
    return fixed


def _generator_reads_or_wildcard(media: str) -> bool:
    from email.message import Message

    message = Message()
    message.add_header("Content-Type", media)
    return media.startswith(message.get_content_type()) or "*" in media


def _choose(holder: Node, content: dict[str, Any], pointer: str, role: str, log: RepairLog) -> None:
    order = RESPONSE_ORDER if role.startswith("response") else REQUEST_ORDER
    ranked = sorted(content, key=lambda media: order.index(classify(media)))
    keep = ranked[0]
    holder["content"] = {keep: content[keep]}
    dropped = [media for media in content if media != keep]
    log.add(
        "media-type-choice",
        join(pointer, "content"),
        f"{len(content)} media types for one body; {keep} is kept, "
        f"{', '.join(dropped)} dropped (the client reads and sends one)",
    )


def _concrete(doc: Node, holder: Node, media: str, pointer: str, role: str, log: RepairLog) -> None:
    entry = holder["content"][media]
    schema = _resolve(doc, entry.get("schema") if isinstance(entry, dict) else None)
    base = base_type(media)
    if base.startswith("text/"):
        concrete = "text/plain"
    elif base.split("/")[0] in ("image", "audio", "video", "font", "model"):
        concrete = OCTET_STREAM
    elif _is_json_schema(doc, schema):
        concrete = "application/json"
    elif isinstance(schema, dict) and schema.get("type") == "string" and "format" not in schema:
        concrete = "text/plain"
    else:
        concrete = OCTET_STREAM
    _rename(holder, media, concrete)
    log.add(
        "media-type-key",
        join(pointer, "content", media),
        f"{media} is not a concrete media type; read as {concrete}, as its schema describes",
    )


def _is_binary_schema(doc: Node, entry: Any) -> bool:
    schema = _resolve(doc, entry.get("schema") if isinstance(entry, dict) else None)
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and (schema.get("format") == "binary")
    )


def _rename(holder: Node, old: str, new: str) -> None:
    holder["content"] = {
        (new if key == old else key): value for key, value in holder["content"].items()
    }


def _resolve(doc: Node, schema: Any) -> Any:
    hops = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 16:
        target = local_pointer(schema["$ref"])
        if target is None:
            break
        try:
            schema = lookup(doc, target)
        except LookupError:
            break
        hops += 1
    return schema


def _is_json_schema(doc: Node, schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if kinds & {"object", "array", "integer", "number", "boolean"}:
        return True
    return bool(
        {"properties", "allOf", "anyOf", "oneOf", "items", "additionalProperties"} & schema.keys()
    )


def _body_schema(
    doc: Node, holder: Node, pointer: str, role: str, overrides: dict[str, str], log: RepairLog
) -> None:
    content = holder.get("content")
    if not isinstance(content, dict) or len(content) != 1:
        return
    media, entry = next(iter(content.items()))
    media = str(media)
    reads = _generator_reads(overrides.get(media) or media)
    if reads == "bytes":
        wanted = BINARY_SCHEMA
    elif reads == "text" and role.startswith("response"):
        wanted = TEXT_SCHEMA
    else:
        return  # JSON, form and multipart bodies keep their schemas
    if not isinstance(entry, dict):
        entry = {}
        content[media] = entry
    declared = entry.get("schema")
    schema = _resolve(doc, declared)
    if isinstance(schema, dict) and _matches(schema, wanted):
        return
    before = _describe(declared) if isinstance(declared, dict) else "no schema"
    entry["schema"] = dict(wanted)
    what = "bytes (File)" if wanted is BINARY_SCHEMA else "a string"
    log.add(
        "body-schema",
        join(pointer, "content", media, "schema"),
        f"{media} is {'text' if wanted is TEXT_SCHEMA else 'not JSON'}; {before} replaced: "
        f"the body is {what}" + (" (an error body too)" if _is_error(role) else ""),
    )


def _matches(schema: Node, wanted: dict[str, Any]) -> bool:
    if schema.get("type") != "string":
        return False
    if wanted is BINARY_SCHEMA:
        return schema.get("format") == "binary"
    return schema.get("format") not in ("binary",)


def _describe(schema: Node) -> str:
    if "$ref" in schema:
        return f"schema {schema['$ref']}"
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind is None:
        return "an untyped schema"
    return f"a {kind} schema" + (f" ({fmt})" if fmt else "")


def _is_error(role: str) -> bool:
    status = role.partition(":")[2]
    return status[:1] in ("4", "5") or status == "default"
