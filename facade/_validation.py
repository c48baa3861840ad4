"""Check a request against its OpenAPI spec before it is sent.

The limits come from the spec's JSON Schema (OpenAPI 3.1 uses JSON Schema 2020-12), never from
numbers written here, so a spec change moves the checks with it. The whole spec is registered
once as a ``referencing`` resource; each body or parameter schema is then validated through a
``$ref`` to its JSON pointer, so every ``#/components/...`` reference resolves inside the spec.

Problems inside a property named ``metadata`` raise :class:`~facade.errors.MetadataLimitError`;
anything else raises :class:`~facade.errors.ValidationError`. Both list every problem found, not
just the first, and never quote a submitted value (only lengths, counts and numbers). Given the
call's name and its arguments, errors speak the caller's language: ``clients.create()`` and
``ui_language_id``, not the operationId and the wire name ``UiLanguageId``.

An object schema that lists its properties and says nothing about others (no
``additionalProperties``, ``patternProperties`` or ``unevaluatedProperties``) is checked as
closed: a key it does not list is refused, with the nearest listed name as a suggestion. JSON
Schema would let such keys through, but the vendors document every field they read, and an
unknown key is nearly always a typo that the API would ignore (or answer with a confusing 422
about the field that was meant). Objects that are ``allOf`` parts stay open, since their
siblings add properties.
"""

from __future__ import annotations

import copy
import decimal
import difflib
import json
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import MetadataLimitError, ValidationError

__all__ = ["RequestValidator"]

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_METADATA = "metadata"
# Path segments that read well after a dot; anything else is shown as ["..."].
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_\-]+")
# Parameter values whose check results are remembered (immutable, cheap to hash), and how many:
# few, so that walking thousands of pages (a new page number each) keeps memory flat.
_MEMO_TYPES = (str, int, float, bool)
_MEMO_SIZE = 256
# Identifiers that would change which endpoint a URL names.
_NOT_IDENTIFIERS = ("", ".", "..")
# Longer enums are summarised so one bad country code does not print 250 of them.
_ENUM_LISTED = 10

_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}
_FORMAT_MESSAGES = {
    "email": "must be a valid email address",
    "uuid": "must be a valid UUID",
    "date": "must be a date (YYYY-MM-DD)",
    "date-time": "must be a date-time (RFC 3339)",
    "int32": "must fit in a 32-bit integer",
    "int64": "must fit in a 64-bit integer",
}


def _int_range_check(bits: int) -> Callable[[object], bool]:
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1)

    def check(value: object) -> bool:
        # Formats only apply to integers; other types are the "type" keyword's business.
        if isinstance(value, bool) or not isinstance(value, int):
            return True
        return bool(low <= value < high)

    return check


def _format_checker() -> FormatChecker:
    # The 2020-12 checkers (email, uuid, date, ...) plus the OpenAPI integer formats, which the
    # Envoice spec uses for its ids.
    checker = FormatChecker(formats=())
    checker.checkers.update(Draft202012Validator.FORMAT_CHECKER.checkers)
    checker.checks("int32")(_int_range_check(32))
    checker.checks("int64")(_int_range_check(64))
    return checker


_FORMAT_CHECKER = _format_checker()


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    schema_pointer: str | None
    required: bool
    allow_empty: bool  # OpenAPI's allowEmptyValue: may a query parameter be sent as "name="


@dataclass(frozen=True)
class _Operation:
    parameters: Mapping[tuple[str, str], _Parameter]
    body_pointer: str | None
    body_required: bool
    required_query: tuple[str, ...] = ()  # wire names, in the order the spec lists them


@dataclass(frozen=True)
class _Problem:
    segments: tuple[str | int, ...]  # where, below the root (a parameter or the body)
    message: str
    violation: tuple[str | None, str] | None = None  # set when it lies inside metadata


class RequestValidator:
    """Checks path and query parameters and JSON bodies against one API's spec.

    Cheap to create: the spec is indexed on the first :meth:`check`, and each operation's
    schemas are looked up on its first check and kept (one validator per schema).
    """

    def __init__(self, spec: Mapping[str, Any], *, api: str) -> None:
        self._spec = spec
        self._api = api
        self._uri = f"urn:fiscal-facade:spec:{api or 'api'}"
        self._registry: Registry[Any] | None = None
        self._locations: dict[str, tuple[str, str]] | None = None
        self._operations: dict[str, _Operation] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._memo: dict[tuple[str, type, Any], tuple[_Problem, ...]] = {}
        self._memo_lock = threading.Lock()

    def check(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        call: str | None = None,
        arguments: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        """Raise if the request breaks the spec; return None when it may be sent.

        ``path`` and ``query`` hold only the parameters the caller supplied, by wire name
        (None values count as not supplied, as the generated clients drop them); ``body`` is
        the JSON-ready body, or None when there is none.

        ``call`` (``"organizations.create"``) and ``arguments`` (Python name -> (where, wire
        name), the generated ``ARGUMENTS``) name the problems as the caller wrote them: the
        call instead of the operationId, Python argument names instead of wire names. Inside
        a dict argument the keys stay as given (they are the API's field names).

        Raises:
            KeyError: ``operation_id`` is not in the spec.
            MetadataLimitError: a problem lies inside a ``metadata`` property. Its
                ``violations`` list every metadata problem; its ``errors`` list every problem.
            ValidationError: anything else; ``errors`` maps each field path to its messages.
        """
        operation = self._operation(operation_id)
        label = f"{call}()" if call else operation_id
        problems: list[tuple[str, str, _Problem]] = []  # (location, wire name, problem)
        for location, values in (("path", path), ("query", query)):
            given = {name: value for name, value in (values or {}).items() if value is not None}
            for name, value in given.items():
                parameter = operation.parameters.get((location, name))
                if parameter is None:
                    message = f"is not a {location} parameter of {label}"
                    problems.append((location, name, _Problem((), message)))
                    continue
                found = list(_unsendable(value))
                found.extend(_wire_shape(parameter, value))
                if not found and parameter.schema_pointer is not None:
                    found = self._scalar_problems(parameter.schema_pointer, value)
                problems.extend((location, name, problem) for problem in found)
            # (A required path parameter left out is bind()'s TypeError, before any check.)
            if location == "query":
                problems.extend(
                    (location, name, _Problem((), "is required"))
                    for name in operation.required_query
                    if name not in given
                )
        if body is None:
            if operation.body_required:
                problems.append(("body", "body", _Problem((), "is required")))
        elif operation.body_pointer is None:
            problems.append(("body", "body", _Problem((), f"is not accepted by {label}")))
        else:
            problems.extend(("body", "", problem) for problem in _unsendable(body))
            problems.extend(
                ("body", "", problem) for problem in self._problems(operation.body_pointer, body)
            )
        if problems:
            naming = _Naming(arguments)
            raise self._error(
                label, [(naming.path(where, root, p.segments), p) for where, root, p in problems]
            )

    def _scalar_problems(self, pointer: str, value: Any) -> list[_Problem]:
        """Problems of one parameter value, remembered for plain values: the same page size or
        identifier is checked on every call, and jsonschema is the slow part of a small GET."""
        if not isinstance(value, _MEMO_TYPES):
            return list(self._problems(pointer, value))
        key = (pointer, type(value), value)  # the type too: 1, 1.0 and True are equal keys
        with self._memo_lock:  # a client, and so its validator, may serve many threads
            found = self._memo.pop(key, None)
            if found is not None:
                self._memo[key] = found  # now the most recent: dicts keep insertion order
                return list(found)
        found = tuple(self._problems(pointer, value))
        with self._memo_lock:
            self._memo.pop(key, None)
            if len(self._memo) >= _MEMO_SIZE:
                del self._memo[next(iter(self._memo))]  # the least recently used
            self._memo[key] = found
        return list(found)

    # -- building the error ------------------------------------------------------------------

    def _error(self, label: str, problems: Sequence[tuple[str, _Problem]]) -> ValidationError:
        """One error for every problem; ``problems`` pairs each with its field path."""
        errors: dict[str, list[str]] = {}
        violations: list[tuple[str | None, str]] = []
        for field_path, problem in problems:
            messages = errors.setdefault(field_path, [])
            if problem.message not in messages:
                messages.append(problem.message)
            if problem.violation is not None and problem.violation not in violations:
                violations.append(problem.violation)
        if violations:
            return MetadataLimitError(
                f"metadata over the limits of {label}; nothing was sent",
                violations=violations,
                errors=errors,
                api=self._api,
            )
        return ValidationError(
            f"invalid {label} request; nothing was sent", errors=errors, api=self._api
        )

    def _problems(self, pointer: str, instance: Any) -> Iterator[_Problem]:
        for error in self._validator(pointer).iter_errors(instance):
            yield from _describe(error)

    # -- the spec, indexed and compiled lazily -----------------------------------------------

    def _validator(self, pointer: str) -> Draft202012Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            if self._registry is None:
                resource: Resource[Any] = Resource.from_contents(
                    _closed(self._spec), default_specification=DRAFT202012
                )
                self._registry = Registry().with_resource(self._uri, resource)
            # referencing unquotes the fragment, so quote what a URI fragment cannot hold.
            ref = f"{self._uri}#{quote(pointer, safe='/~')}"
            validator = Draft202012Validator(
                {"$ref": ref}, registry=self._registry, format_checker=_FORMAT_CHECKER
            )
            self._validators[pointer] = validator
        return validator

    def _operation(self, operation_id: str) -> _Operation:
        operation = self._operations.get(operation_id)
        if operation is None:
            if self._locations is None:
                self._locations = self._index()
            if operation_id not in self._locations:
                raise KeyError(operation_id)
            operation = self._build(*self._locations[operation_id])
            self._operations[operation_id] = operation
        return operation

    def _index(self) -> dict[str, tuple[str, str]]:
        """operationId -> (JSON pointer of its path item, method)."""
        locations: dict[str, tuple[str, str]] = {}
        for route, raw_item in self._spec.get("paths", {}).items():
            item_pointer, item = self._follow(f"/paths/{_escape(route)}", raw_item)
            for method in _HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping) and "operationId" in operation:
                    locations[operation["operationId"]] = (item_pointer, method)
        return locations

    def _build(self, item_pointer: str, method: str) -> _Operation:
        item = self._at(item_pointer)
        operation = item[method]
        parameters: dict[tuple[str, str], _Parameter] = {}
        # Path-level parameters first; the operation's own override them (same name and place).
        for base, declared in (
            (f"{item_pointer}/parameters", item.get("parameters", [])),
            (f"{item_pointer}/{method}/parameters", operation.get("parameters", [])),
        ):
            for index, raw in enumerate(declared):
                pointer, parameter = self._follow(f"{base}/{index}", raw)
                key = (parameter["in"], parameter["name"])
                parameters[key] = _Parameter(
                    parameter["name"],
                    parameter["in"],
                    _schema_pointer(pointer, parameter),
                    required=bool(parameter.get("required", False)),
                    allow_empty=bool(parameter.get("allowEmptyValue", False)),
                )
        body_pointer, body_required = None, False
        if "requestBody" in operation:
            pointer, request_body = self._follow(
                f"{item_pointer}/{method}/requestBody", operation["requestBody"]
            )
            body_pointer = _schema_pointer(pointer, request_body)
            body_required = bool(request_body.get("required", False))
        required_query = tuple(
            name for (where, name), p in parameters.items() if where == "query" and p.required
        )
        return _Operation(parameters, body_pointer, body_required, required_query)

    def _follow(self, pointer: str, node: Any) -> tuple[str, Mapping[str, Any]]:
        """Follow local ``$ref``s (parameters, request bodies, path items) to the object."""
        seen = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                break
            seen.add(ref)
            pointer = ref[1:]
            node = self._at(pointer)
        if not isinstance(node, Mapping):
            raise TypeError(f"{pointer} in the {self._api} spec is not an object")
        return pointer, node

    def _at(self, pointer: str) -> Any:
        node: Any = self._spec
        for part in pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node


class _Naming:
    """Field paths as the caller wrote them: a path or query parameter, or a field of a JSON
    object body, goes by its Python argument name; a ``body=`` argument is ``body``. Without
    the arguments, paths keep the wire names."""

    def __init__(self, arguments: Mapping[str, tuple[str, str]] | None) -> None:
        self._by_wire = {(where, wire): name for name, (where, wire) in (arguments or {}).items()}
        self._whole_body = ("body", "") in self._by_wire  # the method takes body=

    def path(self, where: str, root: str, segments: Sequence[str | int]) -> str:
        if not self._by_wire:
            return _field_path(root, segments)
        if where != "body":
            return _field_path(self._by_wire.get((where, root), root), segments)
        if self._whole_body or root == "body":
            return _field_path("body", segments)
        if segments and isinstance(segments[0], str):
            name = self._by_wire.get(("field", segments[0]))
            if name is not None:
                return _field_path(name, segments[1:])
        return _field_path(root, segments)


def _unsendable(value: Any, segments: tuple[str | int, ...] = ()) -> Iterator[_Problem]:
    """What JSON Schema cannot see but the encoder would trip on: values with no JSON form,
    NaN and infinities, and text that is not valid Unicode (a lone surrogate)."""
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, str):
        if not _is_unicode(value):
            yield _Problem(segments, "must be valid Unicode text (it holds a lone surrogate)")
    elif isinstance(value, float):
        if not math.isfinite(value):
            yield _Problem(segments, "must be a finite number (not NaN or infinity)")
    elif isinstance(value, decimal.Decimal):  # to_json turned every exact one into a number
        if value.is_finite():
            message = "has more digits than a JSON number can carry exactly; round it"
        else:
            message = "must be a finite number (not NaN or infinity)"
        yield _Problem(segments, message)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str) or not _is_unicode(key):
                # The key itself is not shown: it cannot be printed safely.
                yield _Problem(segments, "key names must be valid Unicode text")
                continue
            yield from _unsendable(item, (*segments, key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _unsendable(item, (*segments, index))
    else:
        yield _Problem(segments, f"cannot be sent as JSON (got a {type(value).__name__})")


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _wire_shape(parameter: _Parameter, value: Any) -> Iterator[_Problem]:
    """Parameter values the schema may allow but the URL cannot carry as meant."""
    if parameter.location == "path" and str(value) in _NOT_IDENTIFIERS:
        yield _Problem((), "must be an identifier (not empty, '.' or '..')")
    if parameter.location == "query" and not parameter.allow_empty:
        if value == "":
            yield _Problem((), "must not be empty (leave it out, or pass None)")
        elif isinstance(value, list) and "" in value:
            yield _Problem((), "must not hold empty strings")


# Keywords through which a schema holds other schemas (a value, a list or a mapping of them).
_SCHEMA_VALUE = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
    "contains",
    "not",
    "if",
    "then",
    "else",
)
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAP = ("properties", "patternProperties", "dependentSchemas", "$defs")
_OPEN_KEYWORDS = ("additionalProperties", "patternProperties", "unevaluatedProperties")


def _closed(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which every object schema that lists its properties and says
    nothing about others refuses unknown keys (see the module's docstring). ``allOf`` parts,
    and schemas beside an ``allOf``, ``$ref`` or alternatives, are left as they are."""
    closed: dict[str, Any] = copy.deepcopy(dict(spec))
    roots: list[tuple[str | None, Any]] = []
    components = closed.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        roots.append((f"#/components/schemas/{_escape(name)}", schema))
    for holder in _request_holders(closed):
        if isinstance(holder, Mapping):
            roots.append((None, holder.get("schema")))
            for media in (holder.get("content") or {}).values():
                if isinstance(media, Mapping):
                    roots.append((None, media.get("schema")))
    schemas: list[tuple[str | None, dict[str, Any]]] = []
    seen: set[int] = set()
    for ref, root in roots:
        for index, node in enumerate(_walk_schema(root, seen)):
            schemas.append((ref if index == 0 else None, node))
    parts: set[int] = set()
    part_refs: set[str] = set()
    for _, node in schemas:
        for part in node.get("allOf") or []:
            if isinstance(part, Mapping):
                parts.add(id(part))
                if isinstance(part.get("$ref"), str):
                    part_refs.add(part["$ref"])
    for ref, node in schemas:
        if (
            isinstance(node.get("properties"), Mapping)
            and not any(key in node for key in (*_OPEN_KEYWORDS, "$ref", *_SCHEMA_LIST[:3]))
            and id(node) not in parts
            and ref not in part_refs
        ):
            node["additionalProperties"] = False
    return closed


def _request_holders(spec: Mapping[str, Any]) -> Iterator[Any]:
    """Parameters and request bodies: the places a request's schemas hang from."""
    components = spec.get("components") or {}
    yield from (components.get("parameters") or {}).values()
    yield from (components.get("requestBodies") or {}).values()
    for item in (spec.get("paths") or {}).values():
        if not isinstance(item, Mapping):
            continue
        yield from item.get("parameters") or []
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                yield from operation.get("parameters") or []
                yield operation.get("requestBody")


def _walk_schema(node: Any, seen: set[int]) -> Iterator[dict[str, Any]]:
    """Every schema object in ``node``, itself first (each one once across calls)."""
    if not isinstance(node, dict) or id(node) in seen:
        return
    seen.add(id(node))
    yield node
    for key in _SCHEMA_VALUE:
        yield from _walk_schema(node.get(key), seen)
    for key in _SCHEMA_LIST:
        for part in node.get(key) or []:
            yield from _walk_schema(part, seen)
    for key in _SCHEMA_MAP:
        members = node.get(key)
        if isinstance(members, Mapping):
            for member in members.values():
                yield from _walk_schema(member, seen)


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _schema_pointer(pointer: str, holder: Mapping[str, Any]) -> str | None:
    """Where the schema of a parameter or request body lives (its JSON media type's schema)."""
    if "schema" in holder:
        return f"{pointer}/schema"
    content = holder.get("content") or {}
    json_types = [t for t in content if t.split(";")[0].strip().endswith("json")]
    for media_type in json_types or list(content)[:1]:
        if "schema" in content[media_type]:
            return f"{pointer}/content/{_escape(media_type)}/schema"
    return None


def _field_path(root: str, segments: Sequence[str | int]) -> str:
    text = root
    for segment in segments:
        if isinstance(segment, int):
            text += f"[{segment}]"
        elif _PLAIN_SEGMENT.fullmatch(segment):
            text += f".{segment}" if text else segment
        else:
            text += f"[{json.dumps(segment, ensure_ascii=False)}]"
    return text or "body"


# -- turning jsonschema's errors into short messages ----------------------------------------


def _describe(error: SchemaError) -> Iterator[_Problem]:
    """The problems one jsonschema error stands for (several for ``required``)."""
    where = tuple(error.absolute_path)
    keyword = error.validator
    instance: Any = error.instance
    expected: Any = error.validator_value
    if keyword == "required" and isinstance(instance, Mapping):
        for name in expected:
            if name not in instance:
                yield _classify(error, (*where, name), "is required")
    elif keyword == "dependentRequired" and isinstance(instance, Mapping):
        for trigger, needed in expected.items():
            if trigger in instance:
                for name in needed:
                    if name not in instance:
                        message = f"is required when {trigger} is given"
                        yield _classify(error, (*where, name), message)
    elif keyword == "additionalProperties" and isinstance(instance, Mapping):
        # Only a false additionalProperties fails here; a schema reports through its keywords.
        known = _schema_of(error).get("properties", {})
        patterns = list(_schema_of(error).get("patternProperties", {}))
        for name in instance:
            if name not in known and not any(re.search(p, name) for p in patterns):
                message = "is not an allowed field"
                near = difflib.get_close_matches(str(name), [str(k) for k in known], n=1)
                if near:
                    message += f" (did you mean {near[0]}?)"
                yield _classify(error, (*where, name), message)
    elif keyword in ("anyOf", "oneOf"):
        yield from _describe_alternatives(error, where)
    elif _checks_key_name(error):
        # propertyNames checks the key itself: error.instance is the key, the path its object.
        yield _classify(error, (*where, instance), "key names " + _message(error), key=instance)
    else:
        yield _classify(error, where, _message(error))


def _describe_alternatives(error: SchemaError, where: tuple[str | int, ...]) -> Iterator[_Problem]:
    branches: dict[int, list[SchemaError]] = {}
    for sub in error.context or []:
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    if not branches:
        # oneOf that several alternatives accept.
        yield _classify(error, where, "must match exactly one of the allowed shapes")
        return

    def wrong_type(errors: list[SchemaError]) -> bool:
        return any(e.validator == "type" and tuple(e.absolute_path) == where for e in errors)

    fitting = {index: errors for index, errors in branches.items() if not wrong_type(errors)}
    if not fitting:
        # Every alternative wants another type: name them all ("must be an object or null").
        kinds: list[str] = []
        for errors in branches.values():
            for e in errors:
                if e.validator == "type" and tuple(e.absolute_path) == where:
                    kinds.extend(k for k in _as_list(e.validator_value) if k not in kinds)
        yield _classify(error, where, _must_be_types(kinds))
        return
    # The alternative the value fits best: right type, fewest problems, first on ties.
    best = min(fitting, key=lambda index: (len(fitting[index]), index))
    for sub in fitting[best]:
        yield from _describe(sub)


def _checks_key_name(error: SchemaError) -> bool:
    path = list(error.absolute_schema_path)
    return any(
        part == "propertyNames" and (index == 0 or path[index - 1] != "properties")
        for index, part in enumerate(path)
    )


def _classify(
    error: SchemaError,
    segments: tuple[str | int, ...],
    message: str,
    *,
    key: Any = None,
) -> _Problem:
    """Attach the metadata rule when the problem lies inside a ``metadata`` property."""
    # For a key-name problem the last segment is the key, not a place in the document.
    places = segments[:-1] if key is not None else segments
    if _METADATA not in places:
        return _Problem(segments, message)
    rest = segments[places.index(_METADATA) + 1 :]
    if not rest:
        rule = _mapping_rule(error) or message
        return _Problem(segments, rule, (None, rule))
    name = str(rest[0])
    if key is not None and len(rest) == 1:
        rule = _key_rule(_schema_of(error)) or message
    elif len(rest) == 1 and len(error.absolute_path) == len(segments):
        # The value itself broke its schema: state the whole rule for values.
        rule = _value_rule(_schema_of(error)) or "values " + message
    else:
        rule = message
    return _Problem(segments, rule, (name, rule))


def _schema_of(error: SchemaError) -> Mapping[str, Any]:
    """The schema holding the failed keyword ({} for a boolean schema)."""
    return error.schema if isinstance(error.schema, Mapping) else {}


def _mapping_rule(error: SchemaError) -> str | None:
    if not isinstance(error.instance, Mapping):
        return None
    count = len(error.instance)
    if error.validator == "maxProperties":
        return f"at most {error.validator_value} keys (got {count})"
    if error.validator == "minProperties":
        return f"at least {error.validator_value} keys (got {count})"
    return None


def _key_rule(schema: Mapping[str, Any]) -> str | None:
    parts = []
    length = _length_phrase(schema)
    if length:
        parts.append(f"must be {length}")
    if "pattern" in schema:
        parts.append(f"must match {schema['pattern']}")
    return "key names " + " and ".join(parts) if parts else None


def _value_rule(schema: Mapping[str, Any]) -> str | None:
    length = _length_phrase(schema)
    if "string" in _as_list(schema.get("type")) and len(_as_list(schema.get("type"))) == 1:
        return f"values must be strings of {length}" if length else "values must be strings"
    if length and "type" not in schema:
        return f"values must be {length}"
    return None


def _length_phrase(schema: Mapping[str, Any]) -> str | None:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and high is not None:
        return f"{low} characters" if low == high else f"{low}-{high} characters"
    if high is not None:
        return f"at most {high} characters"
    if low is not None:
        return f"at least {low} characters"
    return None


def _message(error: SchemaError) -> str:
    """A short message naming the rule and the spec's number; never the submitted value."""
    keyword = error.validator
    expected: Any = error.validator_value
    value: Any = error.instance
    size = len(value) if isinstance(value, (str, list, dict)) else None
    if keyword == "type":
        return _must_be_types(_as_list(expected))
    if keyword == "enum":
        return _one_of(expected)
    if keyword == "const":
        return f"must be {_show(expected)}"
    if keyword == "pattern":
        return f"must match {expected}"
    if keyword == "format":
        return _FORMAT_MESSAGES.get(expected, f"must be a valid {expected}")
    if keyword == "minLength":
        return f"must be at least {expected} characters (got {size})"
    if keyword == "maxLength":
        return f"must be at most {expected} characters (got {size})"
    if keyword == "minimum":
        return f"must be at least {_show(expected)} (got {_show(value)})"
    if keyword == "maximum":
        return f"must be at most {_show(expected)} (got {_show(value)})"
    if keyword == "exclusiveMinimum":
        return f"must be greater than {_show(expected)} (got {_show(value)})"
    if keyword == "exclusiveMaximum":
        return f"must be less than {_show(expected)} (got {_show(value)})"
    if keyword == "multipleOf":
        return f"must be a multiple of {_show(expected)}"
    if keyword == "minItems":
        return f"must have at least {expected} items (got {size})"
    if keyword == "maxItems":
        return f"must have at most {expected} items (got {size})"
    if keyword == "uniqueItems":
        return "must not repeat items"
    if keyword == "minProperties":
        return f"must have at least {expected} keys (got {size})"
    if keyword == "maxProperties":
        return f"must have at most {expected} keys (got {size})"
    if keyword in ("contains", "minContains", "maxContains"):
        return "does not have the required items"
    if keyword in ("not", None, False):  # None/False: a ``false`` schema
        return "is not allowed"
    if keyword in ("unevaluatedProperties", "unevaluatedItems"):
        return "has entries that are not allowed"
    return f"breaks the {keyword} rule"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _must_be_types(kinds: Sequence[str]) -> str:
    return "must be " + " or ".join(_TYPE_NAMES.get(kind, kind) for kind in kinds)


def _one_of(values: Sequence[Any]) -> str:
    shown = [_show(value) for value in values]
    if len(shown) <= _ENUM_LISTED:
        return "must be one of: " + ", ".join(shown)
    listed = ", ".join(shown[:_ENUM_LISTED])
    return f"must be one of the {len(shown)} allowed values ({listed}, ...)"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)
