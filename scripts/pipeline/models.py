"""The code of our generated models: ``from_dict`` and ``to_dict`` written out per field.

The generator's own model template defines and calls a nested ``_parse_<field>`` function for
every nullable field, imports related models inside ``from_dict`` on every call and converts
enums through ``Enum.__call__``. A page of 20 Enlivy invoices then costs about three times its
``json.loads``. This module turns the generator's parsed properties into straight-line Python
that ``templates/client/model.py.jinja`` prints: a nullable string is one dictionary lookup, an
enum is a lookup in a table built once per module, related models are imported once.

What the code does is what the generator's templates do, value for value (the round-trip fuzz
tests in ``tests/fuzz/test_models.py`` hold it to that; ``tests/test_generated_models.py`` checks
the shape of the code), with one deliberate difference: an enum value the spec does not list is kept
as received, and logged once, instead of raising (a vendor that adds a status must not make
every page that carries it unreadable). Inside a union the old rule stays: a member that does
not fit makes way for the next, and the raw value is kept when none fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties import (
    AnyProperty,
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from .documents import PipelineError

# What a union member's failed conversion may raise; the next member is tried then (as the
# generator's templates do).
CAUGHT = "(TypeError, ValueError, AttributeError, KeyError)"
PLAIN = (StringProperty, IntProperty, FloatProperty, BooleanProperty, AnyProperty, NoneProperty)


def code(value: Any) -> str:
    """The text of a generator ``PythonCode``."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def wire_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def properties(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def declared_order(model: ModelProperty) -> list[Any]:
    """The fields in the order the model class declares them, which is the order of its
    ``__init__`` parameters: required ones without a default first (attrs needs that)."""
    props = properties(model)
    first = [p for p in props if p.default is None and p.required]
    return first + [p for p in props if not (p.default is None and p.required)]


def is_free_form(model: ModelProperty) -> bool:
    """A model with no declared fields, only additional properties: a mapping."""
    return not properties(model) and model.additional_properties is not None


def enum_table(prop: EnumProperty) -> str:
    """The module-level name of an enum's value -> member table."""
    return f"_{prop.class_info.name}_BY_VALUE"


# --- what a model refers to ----------------------------------------------------------------


@dataclass
class Refs:
    models: dict[str, str] = field(default_factory=dict)  # class -> module
    enums: dict[str, str] = field(default_factory=dict)
    stdlib: set[str] = field(default_factory=set)  # "datetime", "UUID", "File"


def collect(prop: Any, refs: Refs) -> None:
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            collect(inner, refs)
    elif isinstance(prop, ListProperty):
        collect(prop.inner_property, refs)
    elif isinstance(prop, ModelProperty):
        refs.models[str(prop.class_info.name)] = str(prop.class_info.module_name)
    elif isinstance(prop, EnumProperty):
        refs.enums[str(prop.class_info.name)] = str(prop.class_info.module_name)
    elif isinstance(prop, DateTimeProperty | DateProperty):
        refs.stdlib.add("datetime")
    elif isinstance(prop, UuidProperty):
        refs.stdlib.add("UUID")
    elif isinstance(prop, FileProperty):
        refs.stdlib.add("File")
    elif isinstance(prop, LiteralEnumProperty):
        raise PipelineError(
            f"{type(prop).__name__} ({prop.python_name}) is not supported by our model template "
            "(scripts/pipeline/templates/client/model.py.jinja)"
        )


def refs_of(model: ModelProperty) -> Refs:
    refs = Refs()
    for prop in properties(model):
        collect(prop, refs)
    if model.additional_properties is not None:
        collect(model.additional_properties, refs)
    return refs


class ModelGraph:
    """Which models refer to which, to import the ones in an import cycle by module."""

    def __init__(self, models: Iterable[ModelProperty]) -> None:
        self.edges = {str(m.class_info.name): set(refs_of(m).models) for m in models}

    def reaches(self, start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            current = todo.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(self.edges.get(current, ()))
        return False


@dataclass
class ModelCode:
    """What ``model.py.jinja`` prints for one model."""

    imports: list[str]
    type_checking_imports: list[str]
    tables: list[str]  # enum tables, one line each
    names: dict[str, str]  # class -> the expression that reaches it at run time
    from_dict: list[str]
    to_dict: list[str]
    to_multipart: list[str] | None  # for a multipart/form-data request body only


def model_code(model: ModelProperty, graph: ModelGraph) -> ModelCode:
    refs = refs_of(model)
    me = str(model.class_info.name)
    imports: list[str] = []
    checking: list[str] = []
    names: dict[str, str] = {}
    if "datetime" in refs.stdlib:
        imports.append("import datetime")
    if "UUID" in refs.stdlib:
        imports.append("from uuid import UUID")
    if "File" in refs.stdlib:
        imports += ["from io import BytesIO", "from ..types import File"]
    if model.is_multipart_body:
        imports += ["import json", "from enum import Enum", "from ..types import RequestFiles"]
    for name, module in sorted(refs.models.items()):
        if name == me:
            names[name] = name  # defined by the time from_dict or to_dict runs
            continue
        if graph.reaches(name, me):
            # An import cycle: reach the class through its module at call time (the module
            # object exists while the cycle is being imported; its class may not yet).
            imports.append(f"from . import {module} as _{module}")
            checking.append(f"from .{module} import {name}")
            names[name] = f"_{module}.{name}"
        else:
            imports.append(f"from .{module} import {name}")
            names[name] = name
    for name, module in sorted(refs.enums.items()):
        imports.append(f"from .{module} import {name}")
        names[name] = name
    tables = [
        f"{enum_table_name(name)}: dict[Any, {name}] = {{m.value: m for m in {name}}}"
        for name in sorted(refs.enums)
    ]
    writer = _Writer(names)
    return ModelCode(
        imports=imports,
        type_checking_imports=checking,
        tables=tables,
        names=names,
        from_dict=writer.from_dict(model),
        to_dict=writer.to_dict(model),
        to_multipart=writer.to_multipart(model) if model.is_multipart_body else None,
    )


def enum_table_name(class_name: str) -> str:
    return f"_{class_name}_BY_VALUE"


# --- from_dict / to_dict ---------------------------------------------------------------------


def response_lines(response: Any) -> list[str]:
    """``parse_response``'s statements for one documented response of an endpoint module
    (which imports every class it names): the value returned for that status."""
    prop = response.prop
    source = str(response.source["attribute"])
    if source == "None":
        return ["return None"]
    if not has_parse(prop):
        return [f"return {source}"]
    refs = Refs()
    collect(prop, refs)
    names = {name: name for name in [*refs.models, *refs.enums]}
    writer = _Writer(names, enum_tables=False)
    parse = writer.parse(prop, "_data", "_result", tolerant=True)
    return [f"_data = {source}", *parse, "return _result"]


class _Writer:
    def __init__(self, names: dict[str, str], *, enum_tables: bool = True) -> None:
        self.names = names
        self.counter = 0
        # Endpoint modules convert enums by calling them (once per response); models use
        # module-level tables (once per value of every item of a page).
        self.enum_tables = enum_tables

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"_{stem}{self.counter}"

    def cls(self, prop: Any) -> str:
        return self.names[str(prop.class_info.name)]

    # -- reading --------------------------------------------------------------------------

    def from_dict(self, model: ModelProperty) -> list[str]:
        # Any mapping (or pairs) is read as the generator's code reads it: through dict().
        lines = ["if type(src_dict) is not dict:", "    src_dict = dict(src_dict)"]
        props = properties(model)
        if props:
            lines.append("get = src_dict.get")
        for prop in props:
            key = repr(wire_name(prop))
            target = str(prop.python_name)
            source = f"src_dict[{key}]" if prop.required else f"get({key}, UNSET)"
            if not has_parse(prop):
                lines.append(f"{target} = {source}")
                continue
            raw = f"_{target}"
            lines.append(f"{raw} = {source}")
            if prop.required:
                lines += self.parse(prop, raw, target, tolerant=True)
            else:
                lines.append(f"if {raw} is UNSET:")
                lines.append(f"    {target} = UNSET")
                lines.append("else:")
                lines += indent(self.parse(prop, raw, target, tolerant=True))
        # Positional, in the order the class declares its fields (see declared_order): a call
        # with sixty keywords costs more than the reads above.
        arguments = ", ".join(str(p.python_name) for p in declared_order(model))
        lines.append(f"obj = cls({arguments})")
        extra = model.additional_properties
        if extra is not None:
            if props:
                known = "_FIELDS"
                lines.append(
                    f"if len(src_dict) > {len(props)} or not {known}.issuperset(src_dict):"
                )
                lines.append(
                    "    rest = {k: v for k, v in src_dict.items() if k not in " + known + "}"
                )
                lines += indent(self.additional(extra, "rest", copy=False))
            else:
                lines += self.additional(extra, "src_dict", copy=True)
        return lines

    def additional(self, extra: Any, source: str, *, copy: bool) -> list[str]:
        if not has_parse(extra):
            value = f"dict({source})" if copy else source
            return [f"obj.additional_properties = {value}"]
        lines = ["additional_properties = {}", f"for prop_name, prop_value in {source}.items():"]
        lines += indent(self.parse(extra, "prop_value", "prop_parsed", tolerant=True))
        lines.append("    additional_properties[prop_name] = prop_parsed")
        lines.append("obj.additional_properties = additional_properties")
        return lines

    def parse(self, prop: Any, source: str, target: str, *, tolerant: bool) -> list[str]:
        """Statements that set ``target`` from the JSON value in ``source`` (a plain name).
        ``tolerant``: an enum value the spec does not list is kept (outside unions)."""
        if isinstance(prop, UnionProperty):
            return self.parse_union(prop, source, target)
        if isinstance(prop, EnumProperty) and not self.enum_tables:
            if tolerant:
                return [f"{target} = enum_member({self.cls(prop)}, {source})"]
            return [f"{target} = {self.cls(prop)}({source})"]
        if isinstance(prop, EnumProperty):
            table = enum_table_name(str(prop.class_info.name))
            if tolerant:
                return [
                    f"if {source} in {table}:",
                    f"    {target} = {table}[{source}]",
                    "else:",
                    f"    {target} = unknown_enum_value({self.cls(prop)}, {source})",
                ]
            return [f"{target} = {table}[{source}]"]
        if isinstance(prop, ListProperty):
            inner = prop.inner_property
            if not has_parse(inner):
                return [f"{target} = {source}"]
            item = self.fresh("item")
            expression = self.expression(inner, item)
            if expression is not None:
                return [f"{target} = [{expression} for {item} in {source}]"]
            parsed = self.fresh("parsed")
            lines = [f"{target} = []", f"for {item} in {source}:"]
            lines += indent(self.parse(inner, item, parsed, tolerant=tolerant))
            lines.append(f"    {target}.append({parsed})")
            return lines
        if isinstance(prop, ConstProperty):
            value = code(prop.value.python_code)
            message = f"{wire_name(prop)} must match const {value}, got "
            return [
                f"{target} = {source}",
                f"if {target} != {value}:",
                f"    raise ValueError({message!r} + repr({target}))",
            ]
        expression = self.expression(prop, source)
        if expression is None:
            return [f"{target} = {source}"]
        return [f"{target} = {expression}"]

    def expression(self, prop: Any, source: str) -> str | None:
        """A single expression converting ``source``, or None when it needs statements."""
        if isinstance(prop, ModelProperty):
            return f"{self.cls(prop)}.from_dict({source})"
        if isinstance(prop, DateTimeProperty):
            return f"datetime.datetime.fromisoformat({source})"
        if isinstance(prop, DateProperty):
            return f"datetime.date.fromisoformat({source})"
        if isinstance(prop, UuidProperty):
            return f"UUID({source})"
        if isinstance(prop, FileProperty):
            return f"File(payload=BytesIO({source}))"
        if isinstance(prop, ListProperty) and not has_parse(prop.inner_property):
            return source
        if isinstance(prop, ListProperty):
            item = self.fresh("item")
            inner = self.expression(prop.inner_property, item)
            return None if inner is None else f"[{inner} for {item} in {source}]"
        if isinstance(prop, PLAIN):
            return source
        return None

    def parse_union(self, prop: UnionProperty, source: str, target: str) -> list[str]:
        """The generator's rule: None (and Unset) pass through; each member that converts is
        tried in order and the first that fits wins; when none fits, the raw value is kept if
        some member takes values as they are, otherwise the last member's error propagates."""
        inners = list(prop.inner_properties)
        attempts: list[tuple[Any, bool]] = []  # (member, guarded by try)
        seen_plain = False
        for index, inner in enumerate(inners):
            if not has_parse(inner):
                seen_plain = True
                continue
            attempts.append((inner, index < len(inners) - 1 or seen_plain))
        if not attempts:
            return [f"{target} = {source}"]
        # Only enums (and null): a value none of them lists is noted in the log, once.
        enums_only = all(isinstance(i, EnumProperty | NoneProperty) for i in inners)
        single = len(attempts) == 1 and not enums_only
        done = self.fresh("done")
        body = [f"{target} = {source}"] if single else [f"{target} = {source}", f"{done} = False"]
        for inner, guarded in attempts:
            check = type_check(inner, source)
            converted = self.fresh("converted")
            # Into a temporary first: a conversion that fails half-way leaves the raw value.
            conversion = self.parse(inner, source, converted, tolerant=False)
            conversion.append(f"{target} = {converted}")
            if not single:
                conversion.append(f"{done} = True")
            if guarded:
                steps = ["try:", *indent(conversion), f"except {CAUGHT}:", "    pass"]
                condition = check
            else:
                steps = conversion
                if check != "True":
                    steps = [f"if not ({check}):", "    raise TypeError()", *steps]
                condition = "True"
            if not single:
                condition = f"not {done}" if condition == "True" else f"not {done} and {check}"
            if condition == "True":
                body += steps
            else:
                body += [f"if {condition}:", *indent(steps)]
        if enums_only:
            first = next(i for i in inners if isinstance(i, EnumProperty))
            body += [f"if not {done}:", f"    note_unknown_enum_value({self.cls(first)}, {source})"]
        if not any(isinstance(inner, NoneProperty) for inner in inners):
            return body
        return [f"if {source} is None:", f"    {target} = None", "else:", *indent(body)]

    # -- writing --------------------------------------------------------------------------

    def to_dict(self, model: ModelProperty) -> list[str]:
        props = properties(model)
        extra = model.additional_properties
        lines: list[str] = []
        if extra is None:
            lines.append("field_dict: dict[str, Any] = {}")
        elif has_dump(extra):
            lines.append("field_dict: dict[str, Any] = {}")
            lines.append("for prop_name, prop_value in self.additional_properties.items():")
            lines += indent(self.dump(extra, "prop_value", "field_dict[prop_name]"))
        else:
            lines.append("field_dict: dict[str, Any] = dict(self.additional_properties)")
        for prop in props:
            if prop.required:
                lines += self.dump(prop, f"self.{prop.python_name}", f"field_dict[{wire(prop)}]")
        for prop in props:
            if prop.required:
                continue
            local = f"_{prop.python_name}"
            lines.append(f"{local} = self.{prop.python_name}")
            lines.append(f"if not isinstance({local}, Unset):")
            lines += indent(self.dump(prop, local, f"field_dict[{wire(prop)}]"))
        lines.append("return field_dict")
        return lines

    def dump(self, prop: Any, source: str, target: str) -> list[str]:
        expression = self.dump_expression(prop, source)
        if expression is not None:
            return [f"{target} = {expression}"]
        if isinstance(prop, ListProperty):
            # A list of unions: each item converted by the union's statements.
            item, items = self.fresh("item"), self.fresh("items")
            converted = self.fresh("converted")
            lines = [f"{items} = []", f"for {item} in {source}:"]
            lines += indent(self.dump(prop.inner_property, item, converted))
            lines += [f"    {items}.append({converted})", f"{target} = {items}"]
            return lines
        # A union: the first member whose type matches converts the value; others go as they are.
        local = self.fresh("value")
        lines = [f"{local} = {source}"]
        branches = [i for i in prop.inner_properties if has_dump(i)]
        plain = any(not has_dump(i) for i in prop.inner_properties)
        keyword = "if"
        for index, inner in enumerate(branches):
            last = index == len(branches) - 1
            if last and not plain:
                lines += [f"{keyword} True:" if keyword == "if" else "else:"]
            else:
                lines.append(f"{keyword} isinstance({local}, {self.instance_type(inner)}):")
            lines += indent(self.dump(inner, local, target))
            keyword = "elif"
        if plain:
            lines += ["else:", f"    {target} = {local}"] if branches else [f"{target} = {local}"]
        return lines

    def dump_expression(self, prop: Any, source: str) -> str | None:
        if isinstance(prop, UnionProperty):
            return None if any(has_dump(i) for i in prop.inner_properties) else source
        if isinstance(prop, ModelProperty):
            return f"{source}.to_dict()"
        if isinstance(prop, EnumProperty):
            # An unknown value was kept as received (see unknown_enum_value): it goes back as is.
            return f"{source}.value if isinstance({source}, {self.cls(prop)}) else {source}"
        if isinstance(prop, DateTimeProperty | DateProperty):
            return f"{source}.isoformat()"
        if isinstance(prop, UuidProperty):
            return f"str({source})"
        if isinstance(prop, FileProperty):
            return f"{source}.to_tuple()"
        if isinstance(prop, ListProperty):
            inner = prop.inner_property
            if not has_dump(inner):
                return source
            item = self.fresh("item")
            converted = self.dump_expression(inner, item)
            return None if converted is None else f"[{converted} for {item} in {source}]"
        return source

    def instance_type(self, prop: Any) -> str:
        if isinstance(prop, ModelProperty | EnumProperty):
            return self.cls(prop)
        if isinstance(prop, DateTimeProperty):
            return "datetime.datetime"
        if isinstance(prop, DateProperty):
            return "datetime.date"
        if isinstance(prop, UuidProperty):
            return "UUID"
        if isinstance(prop, FileProperty):
            return "File"
        if isinstance(prop, ListProperty):
            return "list"
        return code(prop.get_instance_type_string())

    # -- multipart/form-data --------------------------------------------------------------

    def to_multipart(self, model: ModelProperty) -> list[str]:
        """``to_multipart``'s statements: one part per field that is set, under its wire name;
        a list sends one part per item (the form convention for repeated fields)."""
        lines = ["files: RequestFiles = []"]
        for prop in properties(model):
            source = f"self.{prop.python_name}"
            part = self.part(prop, source, wire(prop))
            if prop.required:
                lines += part
            else:
                lines += [f"if not isinstance({source}, Unset):", *indent(part)]
        extra = model.additional_properties
        if extra is not None:
            lines.append("for prop_name, prop_value in self.additional_properties.items():")
            lines += indent(self.part(extra, "prop_value", "prop_name"))
        lines.append("return files")
        return lines

    def part(self, prop: Any, source: str, name: str) -> list[str]:
        """Statements that append the form part(s) of the value in ``source``."""
        if isinstance(prop, FileProperty):
            return [f"files.append(({name}, {source}.to_tuple()))"]
        if isinstance(prop, ListProperty):
            item = self.fresh("item")
            return [f"for {item} in {source}:", *indent(self.part(prop.inner_property, item, name))]
        if isinstance(prop, UnionProperty):
            # The first member whose type matches converts the value; a plain value goes as
            # text; None is left out of the form.
            members = list(prop.inner_properties)
            lines: list[str] = []
            keyword = "if"
            if any(isinstance(inner, NoneProperty) for inner in members):
                lines += [f"if {source} is None:", "    pass"]
                keyword = "elif"
            for inner in members:
                if has_dump(inner):
                    lines.append(f"{keyword} isinstance({source}, {self.instance_type(inner)}):")
                    lines += indent(self.part(inner, source, name))
                    keyword = "elif"
            plain = [i for i in members if not has_dump(i) and not isinstance(i, NoneProperty)]
            if plain:
                text = self.part(plain[0], source, name)
                lines += text if keyword == "if" else ["else:", *indent(text)]
            return lines
        return [
            f"files.append(({name}, (None, {self.part_text(prop, source)}, {_part_type(prop)})))"
        ]

    def part_text(self, prop: Any, source: str) -> str:
        if isinstance(prop, ModelProperty):
            return f"json.dumps({source}.to_dict()).encode()"
        if isinstance(prop, EnumProperty):
            # An unknown value kept as received goes back as it came.
            return f"str({source}.value if isinstance({source}, Enum) else {source}).encode()"
        if isinstance(prop, DateTimeProperty | DateProperty):
            return f"{source}.isoformat().encode()"
        return f"str({source}).encode()"


def _part_type(prop: Any) -> str:
    return '"application/json"' if isinstance(prop, ModelProperty) else '"text/plain"'


def has_parse(prop: Any) -> bool:
    """Whether reading ``prop`` from JSON converts anything (or only passes the value on)."""
    if isinstance(prop, UnionProperty):
        return any(has_parse(inner) for inner in prop.inner_properties)
    if isinstance(prop, ListProperty):
        return has_parse(prop.inner_property)
    return not isinstance(prop, PLAIN)


def has_dump(prop: Any) -> bool:
    if isinstance(prop, UnionProperty):
        return any(has_dump(inner) for inner in prop.inner_properties)
    if isinstance(prop, ListProperty):
        return has_dump(prop.inner_property)
    return not isinstance(prop, (*PLAIN, ConstProperty))


def type_check(prop: Any, source: str) -> str:
    """The generator's check before converting a union member."""
    if isinstance(prop, ModelProperty):
        return f"isinstance({source}, dict)"
    if isinstance(prop, ListProperty):
        return f"isinstance({source}, list)"
    if isinstance(prop, EnumProperty):
        return f"isinstance({source}, {prop.value_type.__name__})"
    if isinstance(prop, DateTimeProperty | DateProperty | UuidProperty):
        return f"isinstance({source}, str)"
    return "True"


def wire(prop: Any) -> str:
    return repr(wire_name(prop))


def indent(lines: list[str], by: int = 4) -> list[str]:
    pad = " " * by
    return [pad + line if line else line for line in lines]


def extra_type_of(model: ModelProperty) -> str:
    """The value type of a model's additional properties."""
    extra = model.additional_properties
    return "Any" if extra is None else code(extra.get_type_string())


def runtime_annotation(annotation: str, model_code: ModelCode) -> str:
    """``annotation`` where Python evaluates it when the class is created (a base class's
    subscript): quoted when it names a class imported only for type checking (an import
    cycle: ``BackendRule`` holding a map of ``BackendRule``s)."""
    lazy = {line.rsplit(" ", 1)[-1] for line in model_code.type_checking_imports}
    if lazy & set(re.findall(r"\w+", annotation)):
        return f'"{annotation}"'
    return annotation


def _plain_text(value: Any) -> str:
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
    return " ".join(str(raw).split())


def model_doc(model: ModelProperty) -> str:
    """The class docstring's text: what the model is, then each field with its type."""
    title = _plain_text(getattr(model.data, "title", None))
    description = _plain_text(model.description)
    lines = [description or title or f"The {model.class_info.name} object."]
    props = properties(model)
    if props:
        lines += ["", "Attributes:"]
        for prop in props:
            about = _plain_text(prop.description)
            kind = code(prop.get_type_string())
            lines.append(f"    {prop.python_name} ({kind}){': ' + about if about else ''}")
    elif model.additional_properties is not None:
        lines += ["", "Read it like a dict: ``m[key]``, ``len(m)``, iteration, ``dict(m)``."]
    return "\n".join(lines)


def block(lines: list[str], by: int) -> str:
    """Lines joined for a template, indented to sit inside a method body."""
    return "\n".join(indent(lines, by)).lstrip()
