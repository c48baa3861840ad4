"""The command line: ``fiscal-facade`` (or ``python -m facade``).

::

    fiscal-facade call fiskaly organizations create --name "ACME GmbH" --zip 10115 ...
    fiscal-facade call enlivy invoices list --all --table
    fiscal-facade list envoice
    fiscal-facade demo
    fiscal-facade sandbox --fixed-credentials

Everything ``call`` and ``list`` know comes from the generated typed surface: each module in
``facade/resources/`` is one API (its ``DEFINITION`` names the resources and verbs), and each
verb's arguments, types and summaries are read from the typed method's signature and docstring.
A newly imported API is therefore on the command line as soon as it is generated.

Credentials and base URLs come from the environment, as the clients read them
(``FISKALY_API_KEY``, ``ENLIVY_TOKEN``, ``ENVOICE_BASE_URL``, ...).

Exit codes: 0 success; 1 the request was sent and failed (an API error, a connection that
failed, an answer the spec does not document); 2 the command line or an argument is wrong
(nothing was sent); 3 configuration (credentials or base URL missing or refused); 130
interrupted.
"""

from __future__ import annotations

import argparse
import collections.abc
import datetime
import difflib
import enum
import functools
import importlib
import inspect
import json
import os
import pkgutil
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from . import errors

__all__ = ["main"]

PROG = "fiscal-facade"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONFIGURATION = 3
EXIT_INTERRUPTED = 130

# Keyword arguments every typed method takes that are options of ours, not the API's.
_CALL_OPTIONS = ("timeout", "max_retries")
# Types whose values are text on the command line: never parsed as JSON (a zip code "10115"
# stays a string).
_TEXT_KINDS = frozenset({"str", "uuid", "date", "date-time"})
# Widest table cell; longer values are cut (the JSON output has them whole).
_CELL = 40
_COMMANDS = {
    "call": "call one operation: call API RESOURCE VERB --argument value ...",
    "list": "list an API's resources, verbs and their arguments",
    "demo": "run the offline demo of the three APIs (python -m facade demo)",
    "sandbox": "serve the local stand-in of the three APIs (needs the 'testing' extra)",
}


class Failure(Exception):
    """Ends the command with a message on stderr and an exit code."""

    code = EXIT_FAILED

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class UsageError(Failure):
    """The command line is wrong; the message says how (exit code 2)."""

    code = EXIT_USAGE


# --- what the typed surface offers -----------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a typed method, as the command line offers it."""

    name: str  # the Python name; the option is --name
    required: bool
    kinds: tuple[str, ...]  # "str", "int", "number", "bool", "object", "list", "uuid", ...
    nullable: bool
    help: str  # from the method's docstring

    @property
    def type_label(self) -> str:
        label = " | ".join(self.kinds) or "json"
        # Text arguments are taken as given, so there is no way to say null for them.
        return f"{label} or null" if self.nullable and not self.text_only else label

    @property
    def text_only(self) -> bool:
        return bool(self.kinds) and set(self.kinds) <= _TEXT_KINDS

    def parse(self, text: str) -> Any:
        """The value given on the command line: JSON when it parses, else the text itself;
        always the text for string-like arguments."""
        if self.text_only:
            return text
        try:
            return json.loads(text)
        except ValueError:
            return text


@dataclass(frozen=True)
class Verb:
    api: str
    resource: str
    name: str
    method: Callable[..., Any]  # the typed method on the sync resource class
    paged: bool  # returns a Paginator

    @functools.cached_property
    def doc(self) -> str:
        return inspect.getdoc(self.method) or ""

    @property
    def summary(self) -> str:
        first = self.doc.split("\n\n", 1)[0]
        return " ".join(first.split()).rstrip(".")

    @functools.cached_property
    def arguments(self) -> tuple[Argument, ...]:
        hints = typing.get_type_hints(self.method)
        described = _argument_docs(self.doc)
        found = []
        for parameter in inspect.signature(self.method).parameters.values():
            if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
                continue
            if parameter.name in _CALL_OPTIONS:
                continue
            kinds, nullable = _kinds(hints.get(parameter.name, Any))
            found.append(
                Argument(
                    name=parameter.name,
                    required=parameter.default is inspect.Parameter.empty,
                    kinds=kinds,
                    nullable=nullable,
                    help=described.get(parameter.name, ""),
                )
            )
        return tuple(found)


@dataclass(frozen=True)
class Api:
    name: str  # as on the command line and in errors: "fiskaly", "enlivy", "envoice"
    module: types.ModuleType  # facade.resources.<module>
    client: type[Any]  # the sync client class

    @property
    def summary(self) -> str:
        first = (inspect.getdoc(self.client) or self.name).splitlines()[0].rstrip(".")
        return re.sub(r"\s*\(sync\)$", "", first)

    @functools.cached_property
    def resources(self) -> dict[str, dict[str, Verb]]:
        definition = self.module.DEFINITION
        found: dict[str, dict[str, Verb]] = {}
        for resource, verbs in definition.resources.items():
            holder = inspect.getattr_static(self.client, resource)
            resource_class = typing.get_type_hints(holder.func)["return"]
            found[resource] = {
                verb: Verb(
                    self.name,
                    resource,
                    verb,
                    getattr(resource_class, verb),
                    paged=verb in definition.list_verbs,
                )
                for verb in verbs
            }
        return found


@functools.cache
def apis() -> dict[str, Api]:
    """Every API with a module in ``facade/resources/``, by its name."""
    from . import resources
    from ._client import SyncAPIClient

    found = {}
    for info in sorted(pkgutil.iter_modules(resources.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        definition = getattr(module, "DEFINITION", None)
        if definition is None:
            continue
        clients = [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, SyncAPIClient)
            and value.__module__ == module.__name__
            and getattr(value, "_definition", None) is definition
        ]
        if clients:
            found[definition.name] = Api(definition.name, module, clients[0])
    return found


def _kinds(hint: Any) -> tuple[tuple[str, ...], bool]:
    """A short name for each type an argument takes (Unset left out), and whether None is
    one of them."""
    kinds: list[str] = []
    nullable = False
    for member in _union_members(hint):
        if member is type(None):
            nullable = True
            continue
        kind = _kind(member)
        if kind and kind not in kinds:
            kinds.append(kind)
    if "str" in kinds and any(kind in kinds for kind in ("uuid", "date", "date-time")):
        kinds.remove("str")  # UUID | str: the str is the same UUID as text
    return tuple(kinds), nullable


def _union_members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [m for arg in typing.get_args(hint) for m in _union_members(arg)]
    return [hint]


def _kind(hint: Any) -> str | None:
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return _value_kind(typing.get_args(hint))
    if origin is not None:
        if isinstance(origin, type) and issubclass(origin, collections.abc.Mapping):
            return "object"
        if isinstance(origin, type) and issubclass(origin, collections.abc.Sequence):
            return "list"
        return "json"
    if not isinstance(hint, type):
        return "json"
    if hint.__name__ == "Unset":  # each generated package has its own
        return None
    if issubclass(hint, enum.Enum):
        return _value_kind([member.value for member in hint])
    for kind, types_ in (
        ("bool", (bool,)),
        ("int", (int,)),
        ("number", (float,)),
        ("str", (str,)),
        ("date-time", (datetime.datetime,)),
        ("date", (datetime.date,)),
        ("uuid", (uuid.UUID,)),
        ("object", (collections.abc.Mapping,)),
        ("list", (list, tuple)),
    ):
        if issubclass(hint, types_):
            return kind
    if typing.is_typeddict(hint) or hasattr(hint, "to_dict"):  # params or a generated model
        return "object"
    return "json"


def _value_kind(values: Iterable[Any]) -> str:
    kinds = {type(value) for value in values}
    if kinds <= {str}:
        return "str"
    if kinds <= {int}:
        return "int"
    return "json"


def _argument_docs(doc: str) -> dict[str, str]:
    """The ``Args:`` section of a generated docstring: name -> its text on one line."""
    section = re.search(r"^Args:\n(.*?)(?:\n\n|\Z)", doc, re.S | re.M)
    if section is None:
        return {}
    found: dict[str, str] = {}
    current = None
    for line in section.group(1).splitlines():
        match = re.match(r"\s+([A-Za-z_][A-Za-z0-9_]*): (.*)", line)
        if match:
            current = match.group(1)
            found[current] = match.group(2).strip()
        elif current is not None:
            found[current] += " " + line.strip()
    return found


# --- the command line -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args, prog)
    except Failure as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): say nothing more, and keep Python's exit quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _main(args: list[str], prog: str) -> int:
    if not args:
        print(_top_help(prog), file=sys.stderr)
        return EXIT_USAGE
    command, rest = args[0], args[1:]
    if command in ("-h", "--help"):
        print(_top_help(prog))
        return EXIT_OK
    if command in ("-V", "--version"):
        from . import __version__

        print(f"{PROG} {__version__}")
        return EXIT_OK
    command = _pick("command", command, _COMMANDS)
    if command == "call":
        return _call(rest, f"{prog} call")
    if command == "list":
        return _list(rest, f"{prog} list")
    if command == "demo":
        from .demo import main as demo

        return _delegate(demo, rest)
    return _sandbox(rest)


def _delegate(run: Callable[[list[str]], int], args: list[str]) -> int:
    """Run another command line (its argparse exits through SystemExit on --help)."""
    try:
        return run(args)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE


def _sandbox(args: list[str]) -> int:
    from .testing import INSTALL_HINT

    try:
        from .testing._sandbox import main as serve
    except ModuleNotFoundError as missing:
        if missing.name and missing.name.split(".")[0] == "facade":
            raise
        print(f"{PROG}: {INSTALL_HINT} (missing: {missing.name})", file=sys.stderr)
        return EXIT_CONFIGURATION
    return _delegate(serve, args)


def _pick(kind: str, name: str, choices: Iterable[str]) -> str:
    """``name`` if it is one of ``choices``, else a usage error suggesting the nearest."""
    options = list(choices)
    if name in options:
        return name
    if name.startswith("-"):
        raise UsageError(f"expected a {kind} before {name} (one of: {', '.join(options)})")
    near = difflib.get_close_matches(name, options, n=1)
    hint = f"; did you mean {near[0]}?" if near else ""
    raise UsageError(f"unknown {kind} {name!r}{hint} (one of: {', '.join(options)})")


def _wants_help(args: Sequence[str]) -> bool:
    return bool(args) and args[0] in ("-h", "--help")


def _listing(usage: str, text: str, entries: Iterable[tuple[str, str]], title: str) -> str:
    rows = list(entries)
    width = max((len(name) for name, _ in rows), default=0)
    lines = [f"usage: {usage}", "", text, "", f"{title}:"]
    lines += [f"  {name.ljust(width)}  {summary}".rstrip() for name, summary in rows]
    return "\n".join(lines)


def _top_help(prog: str) -> str:
    text = (
        "One client for the fiskaly management API, Enlivy and Envoice. Credentials and base "
        "URLs come from the environment, as the Python clients read them; see COMMAND --help."
    )
    return _listing(f"{prog} [-h] [--version] COMMAND ...", text, _COMMANDS.items(), "commands")


# --- call ------------------------------------------------------------------------------------


def _call(args: list[str], prog: str) -> int:
    known = apis()
    if not args or _wants_help(args):
        text = "Call one operation of an API and print its result (JSON unless --table)."
        entries = [(name, api.summary) for name, api in known.items()]
        print(_listing(f"{prog} API RESOURCE VERB [--argument value ...]", text, entries, "APIs"))
        return EXIT_OK if args else EXIT_USAGE
    api = known[_pick("API", args[0], known)]
    prog = f"{prog} {api.name}"
    if len(args) == 1 or _wants_help(args[1:]):
        entries = [(name, ", ".join(verbs)) for name, verbs in api.resources.items()]
        print(_listing(f"{prog} RESOURCE VERB ...", api.summary, entries, "resources"))
        return EXIT_OK if len(args) > 1 else EXIT_USAGE
    resource = _pick("resource", args[1], api.resources)
    verbs = api.resources[resource]
    prog = f"{prog} {resource}"
    if len(args) == 2 or _wants_help(args[2:]):
        entries = [(name, verb.summary) for name, verb in verbs.items()]
        text = f"The {resource} of {api.name}."
        print(_listing(f"{prog} VERB [--argument value ...]", text, entries, "verbs"))
        return EXIT_OK if len(args) > 2 else EXIT_USAGE
    verb = verbs[_pick(f"verb of {resource}", args[2], verbs)]
    return _run(api, verb, args[3:], f"{prog} {verb.name}")


def _verb_parser(verb: Verb, prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=verb.doc.split("\nArgs:", 1)[0].strip().replace("%", "%%"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # --na must not quietly mean --name
        add_help=True,
    )
    group = parser.add_argument_group(
        "arguments",
        "JSON where the type is not text (numbers, objects, lists, true/false, null); "
        "dashes and underscores in names are the same.",
    )
    for argument in verb.arguments:
        status = "required" if argument.required else "optional"
        text = f"{argument.type_label}, {status}. {_after_location(argument.help)}".strip()
        group.add_argument(
            f"--{argument.name}",
            dest=f"argument:{argument.name}",
            metavar=argument.type_label.split(" ")[0].upper(),
            required=argument.required,
            help=text.replace("%", "%%"),
        )
    output = parser.add_argument_group("output")
    output.add_argument("--table", action="store_true", help="print a table instead of JSON")
    output.add_argument(
        "--raw",
        action="store_true",
        help="print the HTTP status, headers and request id with the body",
    )
    if verb.paged:
        output.add_argument(
            "--all",
            action="store_true",
            help="every page (progress on stderr), not only the first",
        )
    options = parser.add_argument_group("request options")
    options.add_argument("--timeout", type=float, metavar="SECONDS", help="default 30")
    options.add_argument("--max_retries", type=int, metavar="N", help="default 2")
    return parser


def _after_location(text: str) -> str:
    """The docstring text without what the command line shows itself (required/optional),
    and without reStructuredText's literal quotes."""
    return re.sub(r"^(required|optional), ", "", text).replace("``", "")


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for action in parser._actions for o in action.option_strings if o.startswith("--")]


def _normalise(args: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """Accept --a-b for --a_b; refuse unknown options with the nearest known one."""
    known = _options(parser)
    spelled = {option.replace("_", "-"): option for option in known}
    result: list[str] = []
    for index, word in enumerate(args):
        if word == "--":
            return result + args[index:]
        if not word.startswith("--"):
            result.append(word)
            continue
        name, equals, value = word.partition("=")
        option = spelled.get(name.replace("_", "-"))
        if option is None:
            near = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {near[0]}?" if near else ""
            raise UsageError(f"unknown option {name}{hint} (see {parser.prog} --help)")
        result.append(option + equals + value)
    return result


def _run(api: Api, verb: Verb, args: list[str], prog: str) -> int:
    parser = _verb_parser(verb, prog)
    try:
        options = parser.parse_args(_normalise(args, parser))
    except SystemExit as stop:  # argparse printed the help, or the error with the usage
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    values = vars(options)
    arguments = {
        argument.name: argument.parse(values[f"argument:{argument.name}"])
        for argument in verb.arguments
        if values[f"argument:{argument.name}"] is not None
    }
    if values["timeout"] is not None:
        arguments["timeout"] = values["timeout"]
    if values["max_retries"] is not None:
        arguments["max_retries"] = values["max_retries"]
    every = bool(values.get("all"))
    if every and options.raw:
        raise UsageError("--raw shows one response; leave out --all (it fetches several)")
    printer = _Printer(sys.stdout, table=options.table)
    try:
        with api.client() as client:
            if options.raw:
                resource = getattr(client.with_raw_response, verb.resource)
                printer.raw(getattr(resource, verb.name)(**arguments))
                return EXIT_OK
            result = getattr(getattr(client, verb.resource), verb.name)(**arguments)
            if verb.paged:
                result = _pages(result, every, sys.stderr)
            printer.result(result)
    except errors.ValidationError as error:
        # Refused before sending is the caller's to fix (2); a 400/422 from the API is not.
        raise Failure(str(error), EXIT_USAGE if error.status_code is None else None) from None
    except TypeError as error:  # a path argument the client cannot fill in
        raise UsageError(str(error)) from None
    except (errors.ConfigurationError, errors.InsecureTransportError) as error:
        raise Failure(f"{api.name}: {error}", EXIT_CONFIGURATION) from None
    except errors.FacadeError as error:
        raise Failure(str(error)) from None
    return EXIT_OK


def _pages(paginator: Any, every: bool, progress: TextIO) -> list[Any]:
    """The first page's items, or with ``every`` all of them, showing progress."""
    if not every:
        page = paginator.first_page()
        if page.has_next:
            print(f"{PROG}: more pages follow; --all fetches them", file=progress)
        return list(page.items)
    items: list[Any] = []
    live = progress.isatty()
    for number, page in enumerate(paginator.pages(), 1):
        items.extend(page.items)
        line = f"page {number}: {len(items)} items"
        print(f"\r{line}" if live else line, end="" if live else "\n", file=progress, flush=True)
    if live:
        print(file=progress)
    return items


# --- output ----------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A result in JSON form: generated models by their wire names, enums by value, dates as
    ISO 8601 text."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and hasattr(type(value), "__attrs_attrs__"):
        return plain(to_dict())
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if type(value).__name__ == "Unset":
        return None
    return value


class _Printer:
    def __init__(self, out: TextIO, *, table: bool) -> None:
        self._out = out
        self._table = table

    def result(self, value: Any) -> None:
        data = plain(value)
        text = table(data) if self._table else json.dumps(data, indent=2, ensure_ascii=False)
        print(text, file=self._out)

    def raw(self, response: Any) -> None:
        headers = dict(response.headers)
        if self._table:
            print(f"HTTP {response.status_code}", file=self._out)
            print(f"request id: {response.request_id or '-'}", file=self._out)
            for name, value in headers.items():
                print(f"{name}: {value}", file=self._out)
            print(file=self._out)
            print(table(response.json()), file=self._out)
            return
        data = {
            "status_code": response.status_code,
            "request_id": response.request_id,
            "headers": headers,
            "body": response.json(),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False), file=self._out)


def table(data: Any) -> str:
    """A plain-text table: a list of objects gets a column per field, an object a row per
    field, anything else its JSON."""
    if isinstance(data, list) and data and all(isinstance(row, Mapping) for row in data):
        columns: list[str] = []
        for row in data:
            columns += [key for key in row if key not in columns]
        return _grid(columns, [[_cell(row.get(c)) for c in columns] for row in data])
    if isinstance(data, list):
        return _grid(["value"], [[_cell(item)] for item in data]) if data else "(no items)"
    if isinstance(data, Mapping):
        return _grid(["field", "value"], [[str(k), _cell(v)] for k, v in data.items()])
    return _cell(data) if data is not None else "(no content)"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _CELL else text[: _CELL - 3] + "..."


def _grid(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


# --- list ------------------------------------------------------------------------------------


def _list(args: list[str], prog: str) -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="The resources, verbs and arguments of an API (every operation of its "
        "spec), with their types and one-line summaries.",
        allow_abbrev=False,
    )
    known = apis()
    parser.add_argument("api", metavar="API", help=f"one of: {', '.join(known)}")
    parser.add_argument("resource", nargs="?", metavar="RESOURCE", help="only this resource")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    try:
        options = parser.parse_args(args)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    api = known[_pick("API", options.api, known)]
    resources = api.resources
    if options.resource is not None:
        name = _pick("resource", options.resource, resources)
        resources = {name: resources[name]}
    if options.json:
        data = {
            resource: {
                name: {
                    "summary": verb.summary,
                    "paged": verb.paged,
                    "arguments": {
                        a.name: {"type": a.type_label, "required": a.required, "help": a.help}
                        for a in verb.arguments
                    },
                }
                for name, verb in verbs.items()
            }
            for resource, verbs in resources.items()
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    lines = [f"{api.name}: {api.summary}"]
    for resource, verbs in resources.items():
        lines.append("")
        for name, verb in verbs.items():
            paged = " (pages: --all)" if verb.paged else ""
            lines.append(f"{resource} {name}  {verb.summary}{paged}")
            for argument in verb.arguments:
                status = "required" if argument.required else "optional"
                lines.append(f"    --{argument.name}  {argument.type_label}, {status}")
    print("\n".join(lines))
    return EXIT_OK
