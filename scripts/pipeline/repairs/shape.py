"""The shape of an OpenAPI 3.x document, checked before anything else reads it.

Every later step walks mappings and lists where OpenAPI puts them. A document that has a string
where OpenAPI has a mapping cannot be represented at all: the import stops here with the JSON
pointer of each such place, instead of failing somewhere later without one. Two shapes that
real documents use are mended instead:

* ``null`` where OpenAPI expects an optional list or mapping (``parameters: null``,
  ``tags: null``) is the same as leaving it out: it is dropped;
* ``true`` and ``false`` as schemas (valid JSON Schema, which openapi-python-client does not
  read) become ``{}`` and ``{"not": {}}``;
* one schema where a list of schemas belongs (``allOf: {...}``) is the list of that one schema,
  which means the same;
* a discriminator keeps only the fields OpenAPI gives it (``propertyName``, ``mapping``).
"""

from __future__ import annotations

from typing import Any

from ..documents import PipelineError
from . import RepairLog
from .walk import HTTP_METHODS, join

MAPPING, LIST, SCHEMA, SCHEMAS, SCHEMA_LIST = "mapping", "list", "schema", "schemas", "schema list"
MEDIA_FIELDS = {"content": "contents", "schema": SCHEMA}
OPERATION_FIELDS: dict[str, str] = {
    "parameters": "parameters",
    "responses": "responses",
    "requestBody": "body",
    "tags": LIST,
    "security": LIST,
    "callbacks": MAPPING,
    "servers": LIST,
}
SCHEMA_FIELDS = {
    "properties": SCHEMAS,
    "patternProperties": SCHEMAS,
    "$defs": SCHEMAS,
    "dependentSchemas": SCHEMAS,
    "allOf": SCHEMA_LIST,
    "anyOf": SCHEMA_LIST,
    "oneOf": SCHEMA_LIST,
    "prefixItems": SCHEMA_LIST,
    "not": SCHEMA,
    "if": SCHEMA,
    "then": SCHEMA,
    "else": SCHEMA,
    "contains": SCHEMA,
    "propertyNames": SCHEMA,
    "required": LIST,
    "enum": LIST,
}
LIMIT = 30
DISCRIMINATOR_KEYS = ("propertyName", "mapping")


class Shape:
    def __init__(self, log: RepairLog) -> None:
        self.log = log
        self.problems: list[str] = []
        self.seen: set[int] = set()

    def wrong(self, pointer: str, expected: str, value: Any) -> None:
        found = type(value).__name__.replace("str", "string").replace("dict", "mapping")
        self.problems.append(f"{pointer or '/'}: expected a {expected}, found a {found}")

    def optional(self, holder: dict[str, Any], key: str, pointer: str, expected: type) -> bool:
        """Whether ``holder[key]`` is there with the expected type (a null is dropped)."""
        if key not in holder:
            return False
        value = holder[key]
        if value is None:
            del holder[key]
            self.log.add(
                "malformed", join(pointer, key), "null where OpenAPI has an optional value; dropped"
            )
            return False
        if not isinstance(value, expected):
            self.wrong(join(pointer, key), "mapping" if expected is dict else "list", value)
            return False
        return True

    # --- document parts ---------------------------------------------------------------------

    def document(self, doc: dict[str, Any]) -> None:
        for key, kind in (("paths", dict), ("webhooks", dict), ("components", dict)):
            self.optional(doc, key, "", kind)
        for key in ("security", "tags", "servers"):
            self.optional(doc, key, "", list)
        if not isinstance(doc.get("info"), dict):
            self.wrong("/info", "mapping", doc.get("info"))
        for i, tag in enumerate(doc.get("tags") or []):
            if not isinstance(tag, dict):
                self.wrong(join("/tags", i), "mapping", tag)
        for section in ("paths", "webhooks"):
            items = doc.get(section)
            for path, item in items.items() if isinstance(items, dict) else ():
                self.path_item(item, join("", section, path))
        components = doc.get("components")
        if not isinstance(components, dict):
            return
        for section, entries in list(components.items()):
            if not self.optional(components, section, "/components", dict):
                continue
            for name, entry in entries.items():
                where = join("/components", section, name)
                if section == "schemas":
                    entries[name] = self.schema(entry, where)
                elif not isinstance(entry, dict):
                    self.wrong(where, "mapping", entry)
                elif section == "parameters":
                    self.parameter(entry, where)
                elif section in ("responses", "requestBodies", "headers"):
                    self.holder(entry, where)
                elif section == "pathItems":
                    self.path_item(entry, where)

    def path_item(self, item: Any, pointer: str) -> None:
        if not isinstance(item, dict):
            self.wrong(pointer, "mapping", item)
            return
        self.parameters(item, pointer)
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            where = join(pointer, method)
            if not isinstance(operation, dict):
                self.wrong(where, "mapping", operation)
                continue
            if "operationId" in operation and not isinstance(operation["operationId"], str):
                value = operation.pop("operationId")
                if value is not None:
                    operation["operationId"] = str(value)
                self.log.add(
                    "malformed",
                    join(where, "operationId"),
                    f"operationId {value!r} is not a string; "
                    + ("dropped" if value is None else "read as text"),
                )
            for key, kind in OPERATION_FIELDS.items():
                if kind == "parameters":
                    self.parameters(operation, where)
                elif kind == "responses":
                    if self.optional(operation, key, where, dict):
                        for status, response in operation[key].items():
                            at = join(where, key, status)
                            if isinstance(response, dict):
                                self.holder(response, at)
                            else:
                                self.wrong(at, "mapping", response)
                elif kind == "body":
                    if self.optional(operation, key, where, dict):
                        self.holder(operation[key], join(where, key))
                else:
                    self.optional(operation, key, where, dict if kind == MAPPING else list)

    def parameters(self, holder: dict[str, Any], pointer: str) -> None:
        if not self.optional(holder, "parameters", pointer, list):
            return
        for i, param in enumerate(holder["parameters"]):
            where = join(pointer, "parameters", i)
            if isinstance(param, dict):
                self.parameter(param, where)
            else:
                self.wrong(where, "mapping", param)

    def parameter(self, param: dict[str, Any], pointer: str) -> None:
        for key in ("name", "in"):
            if "$ref" not in param and not isinstance(param.get(key), str):
                self.wrong(join(pointer, key), "string", param.get(key))
        self.holder(param, pointer)

    def holder(self, holder: dict[str, Any], pointer: str) -> None:
        """A parameter, header, request body or response: its schema, content and headers."""
        if "schema" in holder:
            holder["schema"] = self.schema(holder["schema"], join(pointer, "schema"))
        if self.optional(holder, "content", pointer, dict):
            for media, entry in list(holder["content"].items()):
                where = join(pointer, "content", media)
                if entry is None:
                    holder["content"][media] = {}
                elif not isinstance(entry, dict):
                    self.wrong(where, "mapping", entry)
                elif "schema" in entry:
                    entry["schema"] = self.schema(entry["schema"], join(where, "schema"))
        if self.optional(holder, "headers", pointer, dict):
            for name, header in holder["headers"].items():
                where = join(pointer, "headers", name)
                if isinstance(header, dict):
                    self.holder(header, where)
                else:
                    self.wrong(where, "mapping", header)

    def schema(self, schema: Any, pointer: str) -> Any:
        """``schema`` as a mapping (booleans mended); reports other shapes."""
        if isinstance(schema, bool):
            self.log.add(
                "malformed",
                pointer,
                f"the schema {str(schema).lower()} (valid JSON Schema, not read by the "
                "generator) is written " + ("{}" if schema else '{"not": {}}'),
            )
            return {} if schema else {"not": {}}
        if not isinstance(schema, dict):
            self.wrong(pointer, "schema (a mapping)", schema)
            return schema
        if id(schema) in self.seen:
            return schema
        self.seen.add(id(schema))
        if "discriminator" in schema:
            self.discriminator(schema, join(pointer, "discriminator"))
        for key, kind in SCHEMA_FIELDS.items():
            if key not in schema:
                continue
            value = schema[key]
            where = join(pointer, key)
            if kind == SCHEMAS:
                if self.optional(schema, key, pointer, dict):
                    for name, sub in value.items():
                        value[name] = self.schema(sub, join(where, name))
            elif kind == SCHEMA_LIST:
                if isinstance(value, dict | bool):
                    value = schema[key] = [value]
                    self.log.add(
                        "malformed", where, "one schema where a list belongs; made a list of it"
                    )
                if self.optional(schema, key, pointer, list):
                    value[:] = [self.schema(sub, join(where, i)) for i, sub in enumerate(value)]
            elif kind == SCHEMA:
                if value is None:
                    del schema[key]
                else:
                    schema[key] = self.schema(value, where)
            else:
                self.optional(schema, key, pointer, list)
        for key in ("items", "additionalProperties", "unevaluatedProperties"):
            value = schema.get(key)
            if key == "items" and isinstance(value, list):  # a tuple, in old documents
                schema[key] = [
                    self.schema(sub, join(pointer, key, i)) for i, sub in enumerate(value)
                ]
            elif isinstance(value, dict) or (key == "items" and isinstance(value, bool)):
                schema[key] = self.schema(value, join(pointer, key))
            elif value is None and key in schema:
                del schema[key]
            elif key in schema and not isinstance(value, bool):
                self.wrong(join(pointer, key), "schema (a mapping)", value)
        return schema

    def discriminator(self, schema: dict[str, Any], pointer: str) -> None:
        """Keys a discriminator object does not have are dropped (``type: string`` beside
        ``propertyName``); one without a usable ``propertyName`` is dropped whole (it only
        helps a reader pick a branch, which the generated union does by trying each)."""
        value = schema["discriminator"]
        if not isinstance(value, dict) or not isinstance(value.get("propertyName"), str):
            del schema["discriminator"]
            self.log.add("malformed", pointer, "a discriminator without propertyName; dropped")
            return
        extra = sorted(k for k in value if k not in DISCRIMINATOR_KEYS and not k.startswith("x-"))
        if extra:
            for key in extra:
                del value[key]
            self.log.add(
                "malformed",
                pointer,
                f"{', '.join(extra)} in a discriminator, which has no such field; dropped",
            )


def check(doc: dict[str, Any], log: RepairLog) -> None:
    """Mend nulls and boolean schemas; stop with every misshapen place (JSON pointers)."""
    shape = Shape(log)
    shape.document(doc)
    if shape.problems:
        shown = [f"  - {problem}" for problem in shape.problems[:LIMIT]]
        if len(shape.problems) > LIMIT:
            shown.append(f"  ... and {len(shape.problems) - LIMIT} more")
        raise PipelineError(
            "the document is not shaped like OpenAPI at these places, which cannot be "
            "represented (JSON pointer: problem):\n" + "\n".join(shown)
        )
