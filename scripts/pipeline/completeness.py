"""Nothing dropped silently: the generated client package, compared with its document.

``check_package`` is the one place that knows how our endpoint template
(``templates/client/endpoint_module.py.jinja``) lays out a client: one module per operation
under ``<package>/api/<tag>/``, with module-level ``METHOD`` and ``PATH`` constants, and a
``_parse_response`` with one branch per documented status (``if response.status_code == 200:``,
``if 200 <= response.status_code <= 299:``, and the ``default`` response as the code after the
last branch); the public ``parse_response`` the facade uses has the success branches of the
same statuses. It reads those modules with ``ast`` (nothing is imported) and reports, with the
JSON pointer of each operation or response:

* every operation of the document that has no module;
* every documented response that has no branch (a success status: in both functions);
* every response whose body the client does not hand over as the document says: JSON parsed
  (``response.json()``), text as ``str`` (``response.text``), binary as ``File``/``bytes``
  (``response.content``).

``import_modules`` then imports every module of the package in a fresh interpreter, since a
module that does not import is an operation the user cannot call.

When the endpoint template changes, this module is what adapts.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .repairs import walk
from .repairs.media import content_type_overrides, reads_as
from .repairs.structure import status_key

TEMPLATE_PARAM = re.compile(r"{[^{}]*}")


@dataclass(frozen=True)
class Gap:
    pointer: str
    reason: str

    def line(self) -> str:
        return f"{self.pointer}: {self.reason}"


@dataclass
class Completeness:
    """The numbers of the corpus table, and what is missing."""

    operations: int = 0  # in the document
    generated: int = 0  # with a module in the package
    importing: int | None = None  # whose module imports (None: not tried)
    responses: int = 0  # documented (operation x status)
    responses_kept: int = 0  # with a branch that hands the body over as documented
    binary: int = 0  # documented binary responses
    binary_kept: int = 0  # of those, read as File/bytes
    gaps: list[Gap] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "operations": self.operations,
            "generated": self.generated,
            "importing": self.importing,
            "responses": self.responses,
            "responses_kept": self.responses_kept,
            "binary_responses": self.binary,
            "binary_responses_kept": self.binary_kept,
            "gaps": [gap.line() for gap in self.gaps],
        }


@dataclass
class _Generated:
    module: str  # dotted, relative to the package
    branches: dict[str, str]  # "200" / "2XX" / "default" -> json | text | bytes | none


def _path_key(method: str, path: str) -> tuple[str, str]:
    return method.lower(), TEMPLATE_PARAM.sub("{}", path)


def _key(method: str, path: str, operation_id: object) -> tuple[str, str]:
    """How a module is matched with its operation: by operationId (every operation has one
    after normalisation; two operations can share a method and a path shape, as
    ``/genres/{id}/mix`` and ``/genres/{name}/mix`` do), else by method and path."""
    if isinstance(operation_id, str) and operation_id:
        return "operationId", operation_id
    return _path_key(method, path)


def _site_key(site: walk.OperationSite) -> tuple[str, str]:
    return _key(site.method, site.path, site.operation.get("operationId"))


def check_package(spec: dict[str, Any], package_dir: Path) -> Completeness:
    """Compare the generated client in ``package_dir`` with ``spec`` (see the module doc)."""
    generated = _read_package(package_dir)
    overrides = content_type_overrides(spec)
    result = Completeness()
    for site in walk.operations(spec):
        result.operations += 1
        found = generated.get(_site_key(site))
        if found is None:
            result.gaps.append(Gap(site.pointer, f"{site.label}: no module was generated"))
        else:
            result.generated += 1
        for status, response in (site.operation.get("responses") or {}).items():
            status = status_key(status)
            pointer = walk.join(site.pointer, "responses", status)
            expected, schema_any = _expected(spec, response, overrides)
            result.responses += 1
            if expected == "bytes":
                result.binary += 1
            if found is None:
                continue
            got = found.branches.get(status)
            if got is None:
                result.gaps.append(
                    Gap(pointer, f"{site.label} {status}: no branch in {found.module}")
                )
                continue
            if not _agrees(expected, got, schema_any):
                result.gaps.append(
                    Gap(
                        pointer,
                        f"{site.label} {status}: the document has a {expected} body, "
                        f"{found.module} reads {got}",
                    )
                )
                continue
            result.responses_kept += 1
            if expected == "bytes":
                result.binary_kept += 1
    return result


def _expected(spec: dict[str, Any], response: Any, overrides: dict[str, str]) -> tuple[str, bool]:
    """How the client should hand over this response's body: json, text, bytes or none; and
    whether its schema says nothing (any JSON value)."""
    hops = 0
    while isinstance(response, dict) and "$ref" in response and hops < 16:
        target = walk.local_pointer(str(response["$ref"]))
        try:
            response = walk.lookup(spec, target or "")
        except walk.Missing:
            return "none", True
        hops += 1
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict) or not content:
        return "none", True
    media, entry = next(iter(content.items()))
    schema = entry.get("schema") if isinstance(entry, dict) else None
    kind = reads_as(str(media), overrides)
    return kind, not schema or set(schema) <= {"description", "title"}


def _agrees(expected: str, got: str, schema_any: bool) -> bool:
    if expected == got:
        return True
    # A response without a schema (or with an empty one) has nothing to parse: the generator
    # returns None for it and the raw body stays in Response.content.
    return got == "none" and schema_any


# --- reading the generated modules ----------------------------------------------------------


def _read_package(package_dir: Path) -> dict[tuple[str, str], _Generated]:
    found: dict[tuple[str, str], _Generated] = {}
    api = package_dir / "api"
    for path in sorted(api.rglob("*.py")) if api.is_dir() else []:
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        constants = _constants(tree)
        method, url = constants.get("METHOD"), constants.get("PATH")
        if not isinstance(method, str) or not isinstance(url, str):
            continue
        module = ".".join(path.relative_to(package_dir).with_suffix("").parts)
        branches = _branches(functions.get("_parse_response"))
        public = _branches(functions.get("parse_response"))
        for status, kind in list(branches.items()):
            # A success status the facade cannot parse is as lost as one with no branch.
            if _is_success(status) and public.get(status, public.get("2XX")) != kind:
                del branches[status]
        found[_key(method, url, constants.get("OPERATION_ID"))] = _Generated(module, branches)
    return found


def _constants(tree: ast.Module) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        ):
            values[node.targets[0].id] = node.value.value
    return values


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _branches(function: ast.FunctionDef | None) -> dict[str, str]:
    branches: dict[str, str] = {}
    if function is None:
        return branches
    rest: list[ast.stmt] = []
    for statement in function.body:
        status = _status_test(statement.test) if isinstance(statement, ast.If) else None
        if status is not None and isinstance(statement, ast.If):
            branches[status] = _source(statement.body)
        elif isinstance(statement, ast.If) and "raise_on_unexpected_status" in ast.unparse(
            statement.test
        ):
            return branches  # no default response
        else:
            rest.append(statement)
    if rest:
        branches["default"] = _source(rest)
    return branches


def _status_test(test: ast.expr) -> str | None:
    if not isinstance(test, ast.Compare) or "status_code" not in ast.unparse(test):
        return None
    numbers = [
        node.value
        for node in [test.left, *test.comparators]
        if isinstance(node, ast.Constant) and isinstance(node.value, int)
    ]
    if len(numbers) == 1:
        return str(numbers[0])
    if len(numbers) == 2 and numbers[1] - numbers[0] == 99 and numbers[0] % 100 == 0:
        return f"{numbers[0] // 100}XX"
    return None


def _source(body: list[ast.stmt]) -> str:
    text = "\n".join(ast.unparse(statement) for statement in body)
    if "response.json()" in text:
        return "json"
    if "response.text" in text:
        return "text"
    if "response.content" in text:
        return "bytes"
    return "none"


# --- importing ------------------------------------------------------------------------------

_IMPORT_EVERY_MODULE = """
import importlib, json, pathlib, pkgutil, sys, traceback
root, package = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
result = {"imported": [], "failed": {}}
top = importlib.import_module(package)
if not str(pathlib.Path(top.__file__).resolve()).startswith(str(pathlib.Path(root).resolve())):
    raise SystemExit(f"imported {top.__file__}, not the package under {root}")
names = []
# The models package imports each model on first use: every model module is imported here.
for sub in ("models", "api"):
    found = importlib.import_module(package + "." + sub)
    names += [found.__name__] + [
        m.name for m in pkgutil.walk_packages(found.__path__, found.__name__ + ".")
    ]
for name in names:
    try:
        importlib.import_module(name)
        result["imported"].append(name)
    except Exception:
        result["failed"][name] = traceback.format_exc(limit=1).strip().splitlines()[-1]
if len(sys.argv) > 3:  # the typed facade module, loaded as facade.resources.<api>
    import importlib.util
    surface = pathlib.Path(sys.argv[3])
    name = "facade.resources." + surface.stem
    try:
        spec = importlib.util.spec_from_file_location(name, surface)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        result["imported"].append(package + ".<surface>")
    except Exception:
        error = traceback.format_exc(limit=1).strip().splitlines()[-1]
        result["failed"][package + ".<surface>"] = error
print(json.dumps(result))
"""


def import_modules(
    root: Path, package: str, surface: Path | None = None
) -> tuple[set[str], dict[str, str]]:
    """Import ``package`` (found in ``root``) and every module of its ``api`` and ``models``
    in a fresh interpreter, then the typed facade module ``surface`` if given (reported as
    ``<surface>``); returns the modules that imported (relative to the package) and the ones
    that failed, with the error."""
    extra = [str(surface)] if surface is not None else []
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERY_MODULE, str(root), package, *extra],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        error = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return set(), {package: error}
    data = json.loads(result.stdout.strip().splitlines()[-1])
    strip = len(package) + 1
    imported = {name[strip:] for name in data["imported"]}
    failed = {name[strip:]: error for name, error in data["failed"].items()}
    return imported, failed


def check_imports(
    result: Completeness,
    spec: dict[str, Any],
    root: Path,
    package: str,
    surface: Path | None = None,
) -> None:
    """Fill ``result.importing`` and add a gap for each operation whose module fails (and for
    the typed facade module ``surface``, when given, if it does not import)."""
    generated = _read_package(root / package)
    imported, failed = import_modules(root, package, surface)
    by_module = {entry.module: key for key, entry in generated.items()}
    result.importing = sum(1 for module in by_module if module in imported)
    pointers = {_site_key(s): s.pointer for s in walk.operations(spec)}
    for module, error in sorted(failed.items()):
        if module == "<surface>":
            result.gaps.append(Gap(f"({surface})", f"the facade module does not import: {error}"))
            continue
        key = by_module.get(module)
        pointer = pointers.get(key, "") if key else ""
        result.gaps.append(Gap(pointer or f"({package}.{module})", f"does not import: {error}"))


def document_counts(document: dict[str, Any]) -> tuple[int, int]:
    """Operations and documented responses of a vendor document as published (OpenAPI 3.x
    or Swagger 2.0): what the corpus table compares against."""
    operations = responses = 0
    for item in (document.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in walk.HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                operations += 1
                statuses = {status_key(key) for key in (operation.get("responses") or {})}
                responses += len(statuses)
    return operations, responses
