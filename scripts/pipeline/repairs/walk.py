"""JSON pointers (RFC 6901) and exact walks over an OpenAPI 3.x document.

The walks know where OpenAPI puts schemas, parameters and bodies, so a repair never mistakes
a property that happens to be called ``type`` or ``nullable`` for a keyword. Every mapping is
visited once even when YAML anchors share it between places; its pointer is the first place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords whose value is one schema, a mapping of schemas or a list of schemas.
SCHEMA_SINGLE = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
)  # fmt: skip
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
COMPONENT_SECTIONS = (
    "schemas", "responses", "parameters", "examples", "requestBodies", "headers",
    "securitySchemes", "links", "callbacks", "pathItems",
)  # fmt: skip

Node = dict[str, Any]


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: object) -> str:
    return pointer + "".join(f"/{escape(token)}" for token in tokens)


class Missing(LookupError):
    pass


def lookup(doc: Any, pointer: str) -> Any:
    """The value at ``pointer`` (``""`` is the whole document); raises ``Missing``."""
    node = doc
    if not pointer:
        return node
    if not pointer.startswith("/"):
        raise Missing(pointer)
    for raw in pointer[1:].split("/"):
        token = unescape(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise Missing(pointer)
    return node


def local_pointer(ref: str) -> str | None:
    """The pointer of a same-document reference (``#/components/...``), else None."""
    if not ref.startswith("#"):
        return None
    from urllib.parse import unquote

    return unquote(ref[1:])


def every_mapping(node: Any, pointer: str = "") -> Iterator[tuple[Node, str]]:
    """Every mapping in ``node`` with its pointer, depth first, each once."""
    seen: set[int] = set()
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        current, where = stack.pop()
        if isinstance(current, dict):
            if id(current) in seen:
                continue
            seen.add(id(current))
            yield current, where
            items = list(current.items())
            stack.extend((value, join(where, key)) for key, value in reversed(items))
        elif isinstance(current, list):
            stack.extend((value, join(where, i)) for i, value in reversed(list(enumerate(current))))


def references(doc: Any) -> Iterator[tuple[Node, str]]:
    """Every mapping that holds a string ``$ref``."""
    for node, pointer in every_mapping(doc):
        if isinstance(node.get("$ref"), str):
            yield node, pointer


# --- operations and the places that hold schemas --------------------------------------------


def path_items(doc: Node) -> Iterator[tuple[Node, str]]:
    """Path items under ``paths``, ``webhooks``, ``components.pathItems`` and callbacks."""
    stack: list[tuple[Any, str]] = []
    for section in ("paths", "webhooks"):
        for key, item in (doc.get(section) or {}).items():
            stack.append((item, join("", section, key)))
    for key, item in (_components(doc).get("pathItems") or {}).items():
        stack.append((item, join("/components/pathItems", key)))
    for key, callback in (_components(doc).get("callbacks") or {}).items():
        if isinstance(callback, dict):
            for expression, item in callback.items():
                stack.append((item, join("/components/callbacks", key, expression)))
    seen: set[int] = set()
    while stack:
        item, pointer = stack.pop(0)
        if not isinstance(item, dict) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item, pointer
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for name, callback in (operation.get("callbacks") or {}).items():
                if isinstance(callback, dict):
                    for expression, inner in callback.items():
                        stack.append((inner, join(pointer, method, "callbacks", name, expression)))


def operations(doc: Node, *, sections: tuple[str, ...] = ("paths",)) -> Iterator[OperationSite]:
    """Every operation under ``sections`` (``paths`` by default), in document order."""
    for section in sections:
        for path, item in (doc.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield OperationSite(str(path), method, operation, item, join("", section, path))


class OperationSite:
    __slots__ = ("item", "item_pointer", "method", "operation", "path")

    def __init__(self, path: str, method: str, operation: Node, item: Node, item_ptr: str) -> None:
        self.path, self.method, self.operation, self.item = path, method, operation, item
        self.item_pointer = item_ptr

    @property
    def pointer(self) -> str:
        return join(self.item_pointer, self.method)

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _components(doc: Node) -> Node:
    components = doc.get("components")
    return components if isinstance(components, dict) else {}


def parameters(doc: Node) -> Iterator[tuple[Node, str]]:
    """Every parameter object (not references) with its pointer."""
    for key, param in (_components(doc).get("parameters") or {}).items():
        if isinstance(param, dict) and "$ref" not in param:
            yield param, join("/components/parameters", key)
    for item, pointer in path_items(doc):
        holders = [(item, pointer)] + [
            (item[m], join(pointer, m)) for m in HTTP_METHODS if isinstance(item.get(m), dict)
        ]
        for holder, where in holders:
            for i, param in enumerate(holder.get("parameters") or []):
                if isinstance(param, dict) and "$ref" not in param:
                    yield param, join(where, "parameters", i)


def bodies(doc: Node) -> Iterator[tuple[Node, str, str]]:
    """Every request body and response (not references): (object, pointer, "request" or
    "response:<status>")."""
    components = _components(doc)
    for key, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict) and "$ref" not in body:
            yield body, join("/components/requestBodies", key), "request"
    for key, response in (components.get("responses") or {}).items():
        if isinstance(response, dict) and "$ref" not in response:
            yield response, join("/components/responses", key), "response:component"
    for item, pointer in path_items(doc):
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = join(pointer, method)
            body = operation.get("requestBody")
            if isinstance(body, dict) and "$ref" not in body:
                yield body, join(where, "requestBody"), "request"
            responses = operation.get("responses")
            if isinstance(responses, dict):
                for status, response in responses.items():
                    if isinstance(response, dict) and "$ref" not in response:
                        yield response, join(where, "responses", status), f"response:{status}"


def headers(doc: Node) -> Iterator[tuple[Node, str]]:
    for key, header in (_components(doc).get("headers") or {}).items():
        if isinstance(header, dict) and "$ref" not in header:
            yield header, join("/components/headers", key)
    for body, pointer, role in bodies(doc):
        if role.startswith("response"):
            for key, header in (body.get("headers") or {}).items():
                if isinstance(header, dict) and "$ref" not in header:
                    yield header, join(pointer, "headers", key)


def schema_roots(doc: Node) -> Iterator[tuple[Node, str]]:
    """Every schema that is not inside another schema."""
    for key, schema in (_components(doc).get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield schema, join("/components/schemas", key)
    holders = [*parameters(doc), *headers(doc)]
    holders += [(body, pointer) for body, pointer, _ in bodies(doc)]
    for holder, pointer in holders:
        if isinstance(holder.get("schema"), dict):
            yield holder["schema"], join(pointer, "schema")
        content = holder.get("content")
        if isinstance(content, dict):
            for media, entry in content.items():
                if isinstance(entry, dict) and isinstance(entry.get("schema"), dict):
                    yield entry["schema"], join(pointer, "content", media, "schema")


def subschemas(schema: Node, pointer: str) -> Iterator[tuple[Node, str]]:
    """The schemas directly inside ``schema``."""
    for key in SCHEMA_SINGLE:
        value = schema.get(key)
        if isinstance(value, dict):
            yield value, join(pointer, key)
    for key in SCHEMA_MAPS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, sub in value.items():
                if isinstance(sub, dict):
                    yield sub, join(pointer, key, name)
    for key in SCHEMA_LISTS:
        value = schema.get(key)
        if isinstance(value, list):
            for i, sub in enumerate(value):
                if isinstance(sub, dict):
                    yield sub, join(pointer, key, i)


def schemas(doc: Node) -> Iterator[tuple[Node, str]]:
    """Every schema in the document, nested ones included, each once (parents first)."""
    seen: set[int] = set()
    stack = list(schema_roots(doc))
    stack.reverse()
    while stack:
        schema, pointer = stack.pop()
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        yield schema, pointer
        children = list(subschemas(schema, pointer))
        children.reverse()
        stack.extend(children)
