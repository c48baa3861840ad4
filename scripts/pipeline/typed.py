"""The typed surface: what the facade's users call, generated from the same parse as the client.

openapi-python-client is driven as a library (its ``Project``) with our own templates
(``scripts/pipeline/templates/``), so one parse of the spec gives:

* in each generated endpoint module, public ``build_request`` and ``parse_response`` functions:
  the only place that knows where each argument travels (path, query, body) under which wire
  name, and which statuses an operation documents;
* ``<package>/params.py``: a ``TypedDict`` for every object a request can carry, and
  ``<package>/wire.py``: the helpers those modules share;
* ``facade/resources/<api>.py``: typed sync and async resource classes and the client classes
  that expose them, from the resource map in ``specs/NAME/generator.yaml`` (section ``facade``);
* ``docs/reference/<api>.md``: every ``client.resource.verb(...) -> Result`` with its summary.

The views below turn the generator's parsed properties into the strings the templates print
(argument names, annotations, docstrings); the templates hold the code shapes.
"""

from __future__ import annotations

import contextlib
import io
import keyword
import re
import textwrap
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
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

from . import generator_patch, models
from .documents import Api, Document, PipelineError

# Parameters whose generator names clash are kept (our templates name arguments themselves).
generator_patch.install()

TEMPLATES = Path(__file__).resolve().parent / "templates"
_BUILD_LOCK = threading.Lock()
# Names no argument can take: the facade methods' per-call options and ``self``, and the names
# the generated endpoint functions use beside their arguments (an argument named ``client`` or
# ``wire`` would repeat a parameter, or hide the module the function body calls).
RESERVED = frozenset(
    {"self", "timeout", "max_retries", "idempotency_key", "extra_headers"}
    | {"client", "wire", "errors", "httpx", "cast", "build_request", "enum_member"}
)
AUTH_SCHEMES = ("key_secret_token", "bearer", "api_key_headers", "none")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LIMIT_WORDS = {
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "minimum": ">= {}",
    "maximum": "<= {}",
    "exclusiveMinimum": "> {}",
    "exclusiveMaximum": "< {}",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
    "minProperties": "at least {} keys",
    "maxProperties": "at most {} keys",
    "pattern": "matches {}",
    "format": "format {}",
}


# --- configuration --------------------------------------------------------------------------


@dataclass
class FacadeConfig:
    """The ``facade`` section of ``specs/NAME/generator.yaml``: how the API is exposed."""

    name: str  # how errors and logs name the API
    class_name: str
    title: str
    default_base_url: str
    base_url_env: str
    auth: dict[str, Any]
    resources: dict[str, dict[str, str]]
    idempotency_header: str | None = None
    unwrap_data: bool = False
    fault_envelopes: bool = False
    path_defaults: dict[str, str] = field(default_factory=dict)  # python name -> env variable
    list_verbs: tuple[str, ...] = ("list",)
    mixins: dict[str, str] = field(default_factory=dict)  # "sync"/"async" -> module:Class

    @classmethod
    def from_section(cls, api: Api, section: Mapping[str, Any]) -> FacadeConfig:
        try:
            config = cls(
                name=str(section.get("name", api.name)),
                class_name=str(section["class_name"]),
                title=str(section.get("title", section["class_name"])),
                default_base_url=str(section["default_base_url"]).rstrip("/"),
                base_url_env=str(section.get("base_url_env", f"{api.name.upper()}_BASE_URL")),
                auth=dict(section.get("auth") or {"scheme": "none"}),
                resources={str(k): dict(v) for k, v in (section.get("resources") or {}).items()},
                idempotency_header=section.get("idempotency_header"),
                unwrap_data=bool(section.get("unwrap_data", False)),
                fault_envelopes=bool(section.get("fault_envelopes", False)),
                path_defaults=dict(section.get("path_defaults") or {}),
                list_verbs=tuple(section.get("list_verbs", ["list"]) or ()),
                mixins=dict(section.get("mixins") or {}),
            )
        except KeyError as missing:
            raise PipelineError(
                f"{api.generator_config}: the facade section needs {missing.args[0]!r}"
            ) from None
        if config.auth.get("scheme") not in AUTH_SCHEMES:
            raise PipelineError(
                f"{api.generator_config}: facade.auth.scheme must be one of "
                f"{', '.join(AUTH_SCHEMES)} (got {config.auth.get('scheme')!r})"
            )
        if not config.class_name.isidentifier():
            raise PipelineError(f"{api.generator_config}: facade.class_name must be a identifier")
        return config


def default_facade_section(api: Api, spec: Document, data: GeneratorData) -> dict[str, Any]:
    """The facade section a newly imported API starts with: one resource per tag, one verb per
    operation, auth read from the spec's security schemes. The user may edit it."""
    resources: dict[str, dict[str, str]] = {}
    list_verbs: set[str] = set()
    not_lists: set[str] = set()  # verb names some operation uses without returning a list
    for tag, collection in data.endpoint_collections_by_tag.items():
        verbs = resources.setdefault(str(tag), {})
        for endpoint in collection.endpoints:
            verb = _verb(str(endpoint.name), str(tag), verbs)
            verbs[verb] = _operation_id(spec, endpoint)
            if not _returns_list(endpoint):
                not_lists.add(verb)
            elif verb.split("_")[0] in ("list", "all") and endpoint.method.lower() == "get":
                list_verbs.add(verb)
    servers = spec.get("servers") or [{}]
    base_url = str(servers[0].get("url") or "https://example.invalid")
    class_name = "".join(part.capitalize() for part in api.name.split("_"))
    return {
        "class_name": class_name,
        "title": str(spec.get("info", {}).get("title") or class_name),
        "default_base_url": base_url,
        "base_url_env": f"{api.name.upper()}_BASE_URL",
        "auth": _default_auth(api, spec),
        "list_verbs": sorted(list_verbs - not_lists),
        "resources": resources,
    }


def _returns_list(endpoint: Endpoint) -> bool:
    """Whether the operation's success response is a list (or an object wrapping one), which
    the facade can page through; the rule ``_Builder.method`` applies to list verbs."""
    success = _success_responses(endpoint)
    shapes = {r.prop.get_type_string(no_optional=True).as_unembedded_code() for r in success}
    return len(shapes) == 1 and _items_of(success[0].prop)[0] is not None


def _verb(name: str, tag: str, taken: Mapping[str, str]) -> str:
    """A short verb from an operation's name: the tag's words and ``api`` dropped
    (``widget_api_list`` under tag ``widget`` -> ``list``), the full name if that is taken."""
    drop = set(tag.split("_")) | {"api"}
    words = [w for w in name.split("_") if w not in drop]
    verb = "_".join(words) or name
    if not verb.isidentifier() or keyword.iskeyword(verb) or verb in taken:
        verb = name
    # The full name can be taken too: another operation's short verb (``get_programs`` under
    # tag ``live_tv`` beside an operation named ``get_programs``). Never overwrite one.
    candidate, n = verb, 2
    while candidate in taken:
        candidate, n = f"{verb}_{n}", n + 1
    return candidate


def default_facade_section_for(api: Api, spec: Document, config_path: Path) -> dict[str, Any]:
    """:func:`default_facade_section` for a spec not yet generated (parses it first, with the
    generator settings in ``config_path``)."""
    config_file, _ = load_config(config_path)
    config = Config.from_sources(
        config_file, MetaType.NONE, api.spec_path, "utf-8", overwrite=True, output_path=None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise PipelineError(f"openapi-python-client for {api.name}: {data.header}: {data.detail}")
    return default_facade_section(api, spec, data)


def _default_auth(api: Api, spec: Document) -> dict[str, Any]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    prefix = api.name.upper()
    headers: dict[str, dict[str, str]] = {}
    for scheme in schemes.values():
        kind = scheme.get("type")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return {"scheme": "bearer", "token_env": f"{prefix}_TOKEN"}
        if kind == "oauth2" or kind == "openIdConnect":
            return {"scheme": "bearer", "token_env": f"{prefix}_TOKEN"}
        if kind == "apiKey" and scheme.get("in") == "header":
            argument = _snake(str(scheme.get("name", "api_key")))
            argument = argument.removeprefix("x_") or argument  # x-auth-key -> auth_key
            headers[argument] = {
                "header": str(scheme["name"]),
                "env": f"{prefix}_{argument.upper()}",
            }
    if headers:
        return {"scheme": "api_key_headers", "headers": headers}
    return {"scheme": "none"}


# --- views ----------------------------------------------------------------------------------


@dataclass
class Names:
    """What an annotation needs imported: (module inside the package, name) pairs and stdlib."""

    package: set[tuple[str, str]] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)
    stdlib: set[str] = field(default_factory=set)  # "datetime", "UUID"

    def absorb(self, other: Names) -> None:
        self.package |= other.package
        self.typing |= other.typing
        self.stdlib |= other.stdlib


@dataclass
class Arg:
    python_name: str
    wire_name: str
    location: str  # path, query, header, field (one field of an object body), body (whole)
    required: bool
    annotation: str
    doc: str
    integer: bool = False
    client_default: str | None = None  # env variable of a client-level default (path only)

    @property
    def signature(self) -> str:
        if self.client_default:
            return f"{self.python_name}: {_union([self.annotation, 'None'])} = None"
        return self.plain_signature

    @property
    def plain_signature(self) -> str:
        """The signature in the generated package, which knows no client defaults."""
        if self.required:
            return f"{self.python_name}: {self.annotation}"
        return f"{self.python_name}: {_union([self.annotation, 'Unset'])} = UNSET"

    @property
    def wire_value(self) -> str:
        return (
            f"wire.integer({self.python_name})"
            if self.integer
            else (f"wire.to_wire({self.python_name})")
        )


@dataclass
class Call:
    """One operation: its arguments, in the order of the signature, and its result."""

    operation_id: str
    module: str  # inside the package, e.g. "api.organizations.create_organization"
    method: str
    path: str
    summary: str
    description: str
    args: list[Arg]
    body: str  # "none", "fields" (an object flattened into arguments) or "whole"
    body_required: bool
    body_content_type: str | None
    result: str  # the success type
    secured: bool
    names: Names
    result_names: Names
    success: list[Any]  # the generator's Response objects for 2xx statuses
    endpoint: Endpoint
    body_models: list[str] = field(default_factory=list)  # the body's generated model classes

    @property
    def path_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "path"]

    @property
    def query_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "query"]

    @property
    def header_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "header"]

    @property
    def cookie_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "cookie"]

    @property
    def field_args(self) -> list[Arg]:
        return [a for a in self.args if a.location == "field"]

    @property
    def whole_body(self) -> Arg | None:
        return next((a for a in self.args if a.location == "body"), None)

    def ordered_args(self) -> list[Arg]:
        """Required arguments first (Python needs that only for positional ones, but it reads
        better), then the optional ones, each group in spec order."""
        return [a for a in self.args if a.required and not a.client_default] + [
            a for a in self.args if not a.required or a.client_default
        ]


@dataclass
class Method:
    """``client.<resource>.<verb>``: one operation as the facade exposes it."""

    resource: str
    verb: str
    call: Call
    is_list: bool
    result: str  # what the method returns (the model, None, bytes...); for lists, the item
    page: str  # for lists: the page model
    unwrap: str | None  # the inner model class when the body is {"data": inner}
    paging: str  # a facade._pagination expression
    items: str | None  # attribute of the page model holding the items (None: the body is a list)
    idempotent: bool  # takes idempotency_key=
    names: Names

    @property
    def call_name(self) -> str:
        return f"{self.resource}.{self.verb}"


@dataclass
class Surface:
    """Everything the templates need for one API."""

    api: Api
    package: str
    facade: FacadeConfig
    calls: dict[str, Call]  # by operationId
    resources: dict[str, list[Method]]
    params: dict[str, ParamsClass]  # TypedDicts by class name
    literals: dict[str, str]  # Literal aliases of the enums, by name
    header: str

    def call_for(self, endpoint: Endpoint) -> Call:
        """The call of a generator endpoint (the endpoint template's way in)."""
        for call in self.calls.values():
            if call.endpoint is endpoint:
                return call
        raise KeyError(str(endpoint.name))

    def imports(self) -> Names:
        names = Names()
        for methods in self.resources.values():
            for method in methods:
                names.absorb(method.names)
        return names


@dataclass
class ParamsClass:
    name: str
    model: str
    module: str
    fields: list[tuple[str, str, bool]]  # wire name, annotation, required
    functional: bool  # keys that are not identifiers need the functional syntax
    doc: str


class _Builder:
    """Turns the generator's parse into a :class:`Surface`."""

    def __init__(self, api: Api, spec: Document, data: GeneratorData, facade: FacadeConfig):
        self.api = api
        self.spec = spec
        self.data = data
        self.facade = facade
        self.package = api.package
        self.params: dict[str, ParamsClass] = {}
        self.literals: dict[str, str] = {}  # alias -> Literal[...]
        self._params_pending: list[ModelProperty] = []

    # -- annotations -------------------------------------------------------------------------

    def input_type(self, prop: Any, names: Names) -> str:
        """What a caller may pass for ``prop`` (never including Unset)."""
        if isinstance(prop, UnionProperty):
            return _union(self.input_type(inner, names) for inner in prop.inner_properties)
        if isinstance(prop, ListProperty):
            names.typing.add("Sequence")
            return f"Sequence[{self.input_type(prop.inner_property, names)}]"
        if isinstance(prop, EnumProperty | LiteralEnumProperty):
            alias = self._literal_for(prop)
            names.package.add(("params", alias))
            if isinstance(prop, EnumProperty):
                names.package.add((f"models.{prop.class_info.module_name}", prop.class_info.name))
                return f"{alias} | {prop.class_info.name}"
            return alias
        if isinstance(prop, ModelProperty):
            names.package.add((f"models.{prop.class_info.module_name}", prop.class_info.name))
            if not (prop.required_properties or prop.optional_properties):
                names.typing.add("Mapping")
                extra = prop.additional_properties
                value = self.input_type(extra, names) if extra is not None else "Any"
                if value == "Any":
                    names.typing.add("Any")
                return f"Mapping[str, {value}] | {prop.class_info.name}"
            params = self._params_for(prop)
            names.package.add(("params", params))
            return f"{params} | {prop.class_info.name}"
        if isinstance(prop, UuidProperty):
            names.stdlib.add("UUID")
            return "UUID | str"
        if isinstance(prop, DateTimeProperty):
            names.stdlib.add("datetime")
            return "datetime.datetime | str"
        if isinstance(prop, DateProperty):
            names.stdlib.add("datetime")
            return "datetime.date | str"
        if isinstance(prop, FileProperty):
            names.package.add(("types", "File"))
            return "File"
        if isinstance(prop, ConstProperty):
            names.typing.add("Literal")
            return f"Literal[{prop.value.python_code.as_unembedded_code()}]"
        return self._primitive(prop, names)

    def output_type(self, prop: Any, names: Names) -> str:
        """What the generated parser returns for ``prop`` (never including Unset)."""
        if isinstance(prop, UnionProperty):
            return _union(self.output_type(inner, names) for inner in prop.inner_properties)
        if isinstance(prop, ListProperty):
            return f"list[{self.output_type(prop.inner_property, names)}]"
        if isinstance(prop, EnumProperty | ModelProperty):
            names.package.add((f"models.{prop.class_info.module_name}", prop.class_info.name))
            return str(prop.class_info.name)
        if isinstance(prop, LiteralEnumProperty):
            names.typing.add("Literal")
            return _literal(prop)
        if isinstance(prop, UuidProperty):
            names.stdlib.add("UUID")
            return "UUID"
        if isinstance(prop, DateTimeProperty):
            names.stdlib.add("datetime")
            return "datetime.datetime"
        if isinstance(prop, DateProperty):
            names.stdlib.add("datetime")
            return "datetime.date"
        if isinstance(prop, FileProperty):
            names.package.add(("types", "File"))
            return "File"
        if isinstance(prop, ConstProperty):
            return self._primitive(prop, names)
        return self._primitive(prop, names)

    @staticmethod
    def _primitive(prop: Any, names: Names) -> str:
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, StringProperty):
            return "str"
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, AnyProperty):
            names.typing.add("Any")
            return "Any"
        text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
        if "Any" in text:
            names.typing.add("Any")
        return text

    def _literal_for(self, prop: EnumProperty | LiteralEnumProperty) -> str:
        """A ``Literal`` alias in params.py naming the enum's values (one per enum class)."""
        alias = f"{prop.class_info.name}Value"
        self.literals[alias] = _literal(prop)
        return alias

    def _params_for(self, model: ModelProperty) -> str:
        name = f"{model.class_info.name}Params"
        if name not in self.params:
            self.params[name] = ParamsClass(
                name, str(model.class_info.name), str(model.class_info.module_name), [], False, ""
            )
            self._params_pending.append(model)
        return name

    def finish_params(self) -> None:
        """Fill the TypedDicts requested while building the calls (and the ones they need)."""
        while self._params_pending:
            model = self._params_pending.pop()
            entry = self.params[f"{model.class_info.name}Params"]
            names = Names()
            fields = []
            for prop in (model.required_properties or []) + (model.optional_properties or []):
                wire = str(prop.name.get_untrusted_value())
                fields.append((wire, self.input_type(prop, names), bool(prop.required)))
            entry.fields = fields
            entry.functional = any(
                not w.isidentifier() or keyword.iskeyword(w) for w, _, _ in fields
            )
            described = _text(model.description) or f"The fields of {model.class_info.name}."
            entry.doc = _first_paragraph(described)

    # -- calls -------------------------------------------------------------------------------

    def call(self, endpoint: Endpoint, tag: str) -> Call:
        operation = _raw_operation(self.spec, endpoint)
        operation_id = str(operation.get("operationId") or endpoint.name)
        raw_params = _raw_parameters(self.spec, endpoint)
        names = Names()
        args: list[Arg] = []
        taken: set[str] = set()
        path_defaults = self.facade.path_defaults
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
            ("cookie", endpoint.cookie_parameters),
        ):
            for prop in props:
                wire = str(prop.name.get_untrusted_value())
                raw = raw_params.get((wire, location), {})
                python = _free_argument_name(wire, location, taken)
                args.append(
                    Arg(
                        python_name=python,
                        wire_name=wire,
                        location=location,
                        required=bool(prop.required),
                        annotation=self.input_type(prop, names),
                        doc=_argument_doc(self.spec, raw.get("description"), raw.get("schema")),
                        integer=_is_integer(prop),
                        client_default=path_defaults.get(python) if location == "path" else None,
                    )
                )
                taken.add(python)
        body = "none"
        body_required = False
        content_type: str | None = None
        if len(endpoint.bodies) > 1:
            raise PipelineError(
                f"{self.api.name}: {operation_id} accepts several body media types; the facade "
                "needs one"
            )
        body_models: list[str] = []
        if endpoint.bodies:
            prop = endpoint.bodies[0].prop
            for member in prop.inner_properties if isinstance(prop, UnionProperty) else [prop]:
                if isinstance(member, ModelProperty):
                    body_models.append(str(member.class_info.name))
                    names.package.add(
                        (f"models.{member.class_info.module_name}", member.class_info.name)
                    )
            content_type = _text(endpoint.bodies[0].content_type)
            body_required = bool(prop.required)
            raw_body = _raw_body_schema(self.spec, operation)
            if (
                isinstance(prop, ModelProperty)
                and endpoint.bodies[0].body_type == "json"
                and (prop.required_properties or prop.optional_properties)
            ):
                body = "fields"
                properties = _schema_properties(self.spec, raw_body)
                for field_prop in (prop.required_properties or []) + (
                    prop.optional_properties or []
                ):
                    wire = str(field_prop.name.get_untrusted_value())
                    python = _free_argument_name(wire, "body", taken)
                    raw = properties.get(wire, {})
                    args.append(
                        Arg(
                            python_name=python,
                            wire_name=wire,
                            location="field",
                            required=bool(field_prop.required),
                            annotation=self.input_type(field_prop, names),
                            doc=_argument_doc(self.spec, _raw_description(self.spec, raw), raw),
                        )
                    )
                    taken.add(python)
            else:
                body = "whole"
                args.append(
                    Arg(
                        python_name="body",
                        wire_name="",
                        location="body",
                        required=body_required,
                        annotation=self.input_type(prop, names),
                        doc=_argument_doc(
                            self.spec, _raw_description(self.spec, raw_body), raw_body
                        ),
                    )
                )
        success = _success_responses(endpoint)
        result_names = Names()
        result = _union(self.output_type(r.prop, result_names) for r in success) or "None"
        names.absorb(result_names)
        module = f"api.{tag}.{endpoint.name}"
        security = operation.get("security", self.spec.get("security", []))
        return Call(
            operation_id=operation_id,
            module=module,
            method=endpoint.method.upper(),
            path=raw_path(self.spec, endpoint),
            summary=_text(endpoint.summary),
            description=_text(endpoint.description),
            args=args,
            body=body,
            body_required=body_required,
            body_content_type=content_type,
            result=result,
            secured=bool(security) and security != [{}],
            names=names,
            result_names=result_names,
            success=success,
            endpoint=endpoint,
            body_models=body_models,
        )

    # -- methods -----------------------------------------------------------------------------

    def method(self, resource: str, verb: str, call: Call) -> Method:
        names = Names()
        names.absorb(call.names)
        is_list = verb in self.facade.list_verbs
        result = call.result
        page = call.result
        unwrap = None
        items = None
        paging = ""  # only list methods page
        # Several success statuses with one shape (Enlivy's 200 and 201) count as one.
        shapes = {
            r.prop.get_type_string(no_optional=True).as_unembedded_code() for r in call.success
        }
        success = call.success[0].prop if len(shapes) == 1 else None
        if is_list:
            item_prop, items = _items_of(success)
            if item_prop is None:
                raise PipelineError(
                    f"{self.api.name}: {resource}.{verb} is a list verb, but {call.operation_id} "
                    "returns no list"
                )
            result = self.output_type(item_prop, names)
            paging = _paging(call, items)
        elif self.facade.unwrap_data and isinstance(success, ModelProperty):
            data = _property(success, "data")
            inner = _without_none(data) if data is not None else None
            if isinstance(inner, ModelProperty):
                unwrap = str(inner.class_info.name)
                result = self.output_type(inner, names)
        idempotent = bool(self.facade.idempotency_header) and call.method in ("POST", "PATCH")
        return Method(
            resource=resource,
            verb=verb,
            call=call,
            is_list=is_list,
            result=result,
            page=page,
            unwrap=unwrap,
            paging=paging,
            items=items,
            idempotent=idempotent,
            names=names,
        )


def _items_of(prop: Any) -> tuple[Any, str | None]:
    """The item property of a list response and the attribute holding the list."""
    if isinstance(prop, ListProperty):
        return prop.inner_property, None
    if isinstance(prop, ModelProperty):
        for candidate in ("data", "Result", "result", "items"):
            inner = _property(prop, candidate)
            inner = _without_none(inner) if inner is not None else None
            if isinstance(inner, ListProperty):
                return inner.inner_property, str(_property(prop, candidate).python_name)
    return None, None


def _paging(call: Call, items: str | None) -> str:
    names = {_normal(a.wire_name) for a in call.query_args}
    attribute = repr(items)
    if {"limit", "offset"} <= names:
        return f"OffsetPaging({attribute})"
    if {"page", "perpage"} <= names:
        return f"PageNumberPaging({attribute})"
    if {"queryoptionspage", "queryoptionspagesize"} <= names:
        wire = {_normal(a.wire_name): a.wire_name for a in call.query_args}
        page, size = wire["queryoptionspage"], wire["queryoptionspagesize"]
        return f"QueryOptionsPaging({attribute}, page_key={page!r}, size_key={size!r})"
    return f"SinglePage({attribute})"


def _literal(prop: EnumProperty | LiteralEnumProperty) -> str:
    values = prop.values
    listed = list(values.values()) if isinstance(values, dict) else sorted(values, key=str)
    return "Literal[" + ", ".join(repr(v) for v in listed) + "]"


def _property(model: ModelProperty, wire: str) -> Any:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if str(prop.name.get_untrusted_value()) == wire:
            return prop
    return None


def _without_none(prop: Any) -> Any:
    if isinstance(prop, UnionProperty):
        rest = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        return rest[0] if len(rest) == 1 else prop
    return prop


def _is_integer(prop: Any) -> bool:
    if isinstance(prop, ListProperty):
        return _is_integer(prop.inner_property)
    return isinstance(_without_none(prop), IntProperty)


def _success_responses(endpoint: Endpoint) -> list[Any]:
    """The responses of 2xx statuses; an operation that documents none accepts any 2xx with the
    ``default`` response's shape."""
    success = [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range is not None and 200 <= r.status_code.range[0] <= 299
    ]
    if not success and endpoint.responses.default is not None:
        success = [endpoint.responses.default]
    return success


def _union(parts: Iterable[str]) -> str:
    seen: list[str] = []
    for part in parts:
        for piece in _split_union(part):
            if piece not in seen:
                seen.append(piece)
    if "None" in seen:  # None last reads best
        seen.remove("None")
        seen.append("None")
    return " | ".join(seen)


def _split_union(text: str) -> list[str]:
    """Top-level ``|`` pieces of an annotation (not those inside brackets)."""
    pieces, depth, current = [], 0, ""
    for char in text:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            pieces.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        pieces.append(current.strip())
    return pieces


# --- the raw spec (descriptions and limits the generator does not keep) ----------------------


def _resolve(spec: Document, node: Any) -> Any:
    for _ in range(32):
        if not (isinstance(node, Mapping) and "$ref" in node):
            return node
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_TEMPLATE_PARAMETER = re.compile(r"{[^{}]*}")


def raw_path(spec: Document, endpoint: Endpoint) -> str:
    """The endpoint's path as the spec writes it. The generator renames path parameters to
    Python names (``{transferId}`` -> ``{transfer_id}``); the wire keeps the spec's names."""
    path = str(endpoint.path.get_untrusted_value())
    paths = spec["paths"]
    if path in paths and endpoint.method.lower() in paths[path]:
        return path
    method = endpoint.method.lower()
    shape = _TEMPLATE_PARAMETER.sub("{}", path)
    matches = [
        str(candidate)
        for candidate, item in paths.items()
        if _TEMPLATE_PARAMETER.sub("{}", candidate) == shape and method in item
    ]
    if len(matches) > 1:
        # One shape, several paths (``/{sourceDataset}:deidentify`` and
        # ``/{sourceStore}:deidentify``): the operation's own is the one whose operationId the
        # generator named the endpoint after.
        named = [
            candidate
            for candidate in matches
            if python_name(str(paths[candidate][method].get("operationId") or ""))
            == python_name(str(endpoint.name))
        ]
        matches = named or matches
    if matches:
        return matches[0]
    raise PipelineError(f"no path of the spec matches {endpoint.method.upper()} {path}")


def _raw_operation(spec: Document, endpoint: Endpoint) -> dict[str, Any]:
    item = spec["paths"][raw_path(spec, endpoint)]
    operation: dict[str, Any] = item[endpoint.method.lower()]
    return operation


def _operation_id(spec: Document, endpoint: Endpoint) -> str:
    return str(_raw_operation(spec, endpoint).get("operationId") or endpoint.name)


def _raw_parameters(spec: Document, endpoint: Endpoint) -> dict[tuple[str, str], Any]:
    item = spec["paths"][raw_path(spec, endpoint)]
    operation = item[endpoint.method.lower()]
    found = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = _resolve(spec, raw)
        found[(parameter["name"], parameter["in"])] = parameter
    return found


def _raw_body_schema(spec: Document, operation: Mapping[str, Any]) -> Any:
    body = _resolve(spec, operation.get("requestBody", {}))
    for media in (body.get("content") or {}).values():
        return _resolve(spec, media.get("schema", {}))
    return {}


def _schema_properties(spec: Document, schema: Any) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return {}
    found = {name: _resolve(spec, value) for name, value in schema.get("properties", {}).items()}
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            for name, value in _schema_properties(spec, part).items():
                found.setdefault(name, value)
    return found


def _raw_description(spec: Document, schema: Any) -> str | None:
    schema = _resolve(spec, schema)
    return schema.get("description") if isinstance(schema, Mapping) else None


def _argument_doc(spec: Document, description: Any, schema: Any) -> str:
    text = _first_paragraph(str(description or "")).rstrip(".")
    limits = _limits(spec, schema)
    if limits:
        text = f"{text} ({limits})" if text else limits
    return text


def _limits(spec: Document, schema: Any, depth: int = 0) -> str:
    """The constraints of a schema, in words: what a caller must respect."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > 2:
        return ""
    parts = []
    for variant in schema.get("anyOf", []) + schema.get("oneOf", []):
        inner = _limits(spec, variant, depth + 1)
        if inner:
            parts.append(inner)
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        shown = ", ".join(repr(v) for v in values[:12]) + (", ..." if len(values) > 12 else "")
        parts.append(f"one of {shown}")
    for key, words in LIMIT_WORDS.items():
        if key in schema and not (key == "format" and schema[key] in ("int32", "int64")):
            parts.append(words.format(schema[key]))
    names = _resolve(spec, schema.get("propertyNames"))
    if isinstance(names, Mapping) and "maxLength" in names:
        parts.append(f"key names up to {names['maxLength']} characters")
    extra = _resolve(spec, schema.get("additionalProperties"))
    if isinstance(extra, Mapping) and "maxLength" in extra:
        parts.append(f"values up to {extra['maxLength']} characters")
    items = _resolve(spec, schema.get("items"))
    if isinstance(items, Mapping) and "enum" in items:
        parts.append(f"items {_limits(spec, items, depth + 1)}")
    return "; ".join(dict.fromkeys(parts))


def _text(value: Any) -> str:
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
    return " ".join(str(raw).split()) if "\n\n" not in str(raw) else str(raw).strip()


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n")[0].split())


def _normal(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def python_name(wire: str) -> str:
    """The one Python name of a wire name: snake_case, a keyword gets a trailing underscore."""
    name = strings.snake_case(wire) or "value"
    if not name.isidentifier():
        name = f"field_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


# Symbols that tell filters of one field apart (Twilio's ``StartTime<``, ``StartTime>``) and
# vanish from a Python name: spelled out when the plain name is taken.
SYMBOL_WORDS = {"<": "lt", ">": "gt", "=": "eq", "!": "not", "~": "like", "*": "any", "+": "plus"}
# Beside RESERVED: ``body``, which the generated endpoint functions take for a whole body.


def _free_argument_name(wire: str, location: str, taken: set[str]) -> str:
    """A Python name for an argument that no other argument of the call has: the plain
    ``python_name``, else with its symbols spelled out, else prefixed with where it travels
    (``query_``, ``body_``), else numbered."""
    plain = python_name(wire)
    reserved = RESERVED | ({"body"} if location != "body" else set())
    spelled = python_name(re.sub(r"[<>=!~*+]", lambda m: f"_{SYMBOL_WORDS[m[0]]}_", wire))
    for candidate in (plain, spelled, f"{location}_{plain}"):
        if candidate not in taken and candidate not in reserved:
            return candidate
    n = 2
    while f"{location}_{plain}_{n}" in taken:
        n += 1
    return f"{location}_{plain}_{n}"


def _snake(name: str) -> str:
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", snake).strip("_").lower() or "value"


# --- rendering ------------------------------------------------------------------------------


def _docstring(text: str, indent: int) -> str:
    """Lines safe inside a triple-quoted docstring, wrapped to fit line length 100."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    width = 100 - indent - 3  # room for the opening or closing quotes
    out: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            out.append("")
            continue
        lead = len(paragraph) - len(paragraph.lstrip())
        wrapped = textwrap.wrap(
            paragraph.strip(),
            width=width - lead,
            break_long_words=False,
            break_on_hyphens=False,
        )
        out += [" " * lead + line for line in wrapped] or [""]
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in out)


def method_doc(method: Method) -> str:
    call = method.call
    lines = [call.summary or f"The {call.operation_id} operation.", ""]
    lines.append(f"``{call.method} {call.path}`` (operation ``{call.operation_id}``).")
    if call.description and call.description != call.summary:
        lines += ["", _first_paragraph(call.description)]
    arguments = call.ordered_args()
    if arguments:
        lines += ["", "Args:"]
        for arg in arguments:
            where = {
                "path": "path",
                "query": f"query ``{arg.wire_name}``",
                "header": f"header ``{arg.wire_name}``",
                "cookie": f"cookie ``{arg.wire_name}``",
                "field": f"body field ``{arg.wire_name}``",
                "body": "the request body",
            }[arg.location]
            need = "required" if arg.required and not arg.client_default else "optional"
            if arg.client_default:
                need = f"optional, defaults to the client's {arg.python_name}"
            doc = f"; {arg.doc}" if arg.doc else ""
            lines.append(f"    {arg.python_name}: {need}, {where}{doc}.")
    lines += ["", "Returns:"]
    if method.is_list:
        lines.append(f"    every {method.result}, fetched page by page as you iterate.")
    else:
        lines.append(f"    {method.result}.")
    return "\n".join(lines)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES / "surface")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - Python and Markdown, never HTML
    )
    env.filters["docstring"] = _docstring
    env.globals["method_doc"] = method_doc
    return env


def import_lines(names: Names, package: str | None) -> list[str]:
    """Import statements for ``names``: absolute (``package``) or relative from an endpoint
    module (``package=None``, three dots up)."""
    lines = []
    if "datetime" in names.stdlib:
        lines.append("import datetime")
    if "UUID" in names.stdlib:
        lines.append("from uuid import UUID")
    plain = sorted(names.typing - {"Sequence", "Mapping"})
    if plain:
        lines.append(f"from typing import {', '.join(plain)}")
    abc = sorted(names.typing & {"Sequence", "Mapping"})
    if abc:
        lines.append(f"from collections.abc import {', '.join(abc)}")
    by_module: dict[str, set[str]] = {}
    for module, name in names.package:
        by_module.setdefault(module, set()).add(name)
    for module, members in sorted(by_module.items()):
        source = f"{package}.{module}" if package else f"...{module}"
        lines.append(f"from {source} import {', '.join(sorted(members))}")
    return lines


# --- driving the generator ------------------------------------------------------------------


def load_config(path: Path) -> tuple[ConfigFile, dict[str, Any] | None]:
    """The generator settings and the ``facade`` section of a ``generator.yaml``."""
    import yaml

    raw = yaml.safe_load(path.read_text("utf-8")) or {}
    section = raw.pop("facade", None)
    return ConfigFile(**raw), section


def generate(
    api: Api, spec: Document, spec_path: Path, root: Path, *, config_path: Path | None = None
) -> list[str]:
    """Generate ``api`` into ``root`` (laid out like the project: ``generated/<package>``,
    ``facade/resources/<api>.py``, ``docs/reference/<api>.md``); returns those paths.
    ``config_path`` is the ``generator.yaml`` to use (default: the API's own)."""
    config_file, section = load_config(config_path or api.generator_config)
    package_dir = root / "generated" / api.package
    config = Config.from_sources(
        config_file, MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=package_dir
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise PipelineError(f"openapi-python-client for {api.name}: {data.header}: {data.detail}")
    if section is None:
        section = default_facade_section(api, spec, data)
    facade = FacadeConfig.from_section(api, section)
    surface = build_surface(api, spec, data, facade)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES / "client")
    project.env.globals["surface"] = surface
    graph = models.ModelGraph(data.models)
    project.env.globals["model_code"] = lambda model: models.model_code(model, graph)
    project.env.globals.update(
        block=models.block,
        wire_name=models.wire_name,
        model_doc=models.model_doc,
        extra_type_of=models.extra_type_of,
        runtime_annotation=models.runtime_annotation,
        response_lines=models.response_lines,
        declared_order=models.declared_order,
    )
    project.env.filters["docstring"] = _docstring
    project.env.globals["import_lines"] = import_lines
    # build() prints a line we do not need. redirect_stdout swaps the process-wide sys.stdout,
    # so APIs generated in parallel threads take turns here: unserialised, two overlapping
    # swaps leave sys.stdout pointing at a buffer and the run's own output vanishes.
    with _BUILD_LOCK, contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        details = "\n".join(f"{e.header}: {e.detail}" for e in errors)
        raise PipelineError(f"openapi-python-client for {api.name} warned:\n{details}")
    env = _environment()
    context = {"surface": surface, "import_lines": import_lines}
    (package_dir / "wire.py").write_text(env.get_template("wire.py.jinja").render(context))
    (package_dir / "params.py").write_text(env.get_template("params.py.jinja").render(context))
    facade_file = root / "facade" / "resources" / f"{api.name}.py"
    facade_file.parent.mkdir(parents=True, exist_ok=True)
    facade_file.write_text(env.get_template("resources.py.jinja").render(context))
    reference = root / "docs" / "reference" / f"{api.name}.md"
    reference.parent.mkdir(parents=True, exist_ok=True)
    reference.write_text(env.get_template("reference.md.jinja").render(context))
    return [
        f"generated/{api.package}",
        f"facade/resources/{api.name}.py",
        f"docs/reference/{api.name}.md",
    ]


def build_surface(api: Api, spec: Document, data: GeneratorData, facade: FacadeConfig) -> Surface:
    builder = _Builder(api, spec, data, facade)
    calls: dict[str, Call] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            call = builder.call(endpoint, str(tag))
            calls[call.operation_id] = call
    resources: dict[str, list[Method]] = {}
    listed = set()
    for resource, verbs in facade.resources.items():
        if not resource.isidentifier() or keyword.iskeyword(resource):
            raise PipelineError(f"{api.name}: resource name {resource!r} is not an identifier")
        for verb, operation_id in verbs.items():
            if operation_id not in calls:
                raise PipelineError(
                    f"{api.generator_config}: facade.resources.{resource}.{verb} names "
                    f"{operation_id!r}, which the spec does not have"
                )
            resources.setdefault(resource, []).append(
                builder.method(resource, verb, calls[operation_id])
            )
            listed.add(operation_id)
    missing = sorted(set(calls) - listed)
    if missing:
        raise PipelineError(
            f"{api.generator_config}: facade.resources leaves out {', '.join(missing)}; every "
            "operation needs a resource and verb"
        )
    builder.finish_params()
    header = (
        f"Generated by scripts/regenerate.py from specs/{api.name}/openapi.yaml and "
        f"specs/{api.name}/generator.yaml; do not edit."
    )
    return Surface(
        api, api.package, facade, calls, resources, builder.params, builder.literals, header
    )
