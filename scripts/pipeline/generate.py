"""Run the pinned generators for one API into a directory, and compare generated trees.

* openapi-python-client writes the client package (``generated/<package>/``) from the spec,
  using the API's ``specs/NAME/generator.yaml``; the spec itself is added to the package as
  ``openapi.json`` for the facade to read at runtime.
* datamodel-code-generator writes pydantic v2 models of the spec's ``webhooks`` payloads
  (``generated/<name>_webhooks/``), which openapi-python-client does not cover.

Both run as subprocesses with this interpreter's ``bin`` first on PATH, so the pinned ruff
that formats the output is the one installed next to them.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import yaml

from . import typed
from .documents import Api, Document, PipelineError, dump_yaml, load_yaml
from .repairs.media import content_type_overrides

# The output bytes depend on these versions; they are pinned in pyproject.toml (extra "regen")
# and recorded in specs/lock.json for every API.
SPEC_RESOURCE = "openapi.json"  # the spec, as JSON, inside each generated client package
GENERATOR_DISTRIBUTIONS = ("openapi-python-client", "datamodel-code-generator", "ruff")
IGNORED_NAMES = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache")
_BIN = Path(sys.executable).parent


NEW_API_GENERATOR_CONFIG = """\
# openapi-python-client settings for the {name} client (see scripts/pipeline/generate.py).
project_name_override: {dashed}-client
package_name_override: {name}_client
# --isolated: formatting must not depend on any ruff config found on the machine.
post_hooks:
  - ruff check --isolated --fix-only --extend-select=I .
  - ruff format --isolated .
"""


def new_api_config(api: Api) -> str:
    """``specs/NAME/generator.yaml`` for an API imported for the first time."""
    return NEW_API_GENERATOR_CONFIG.format(name=api.name, dashed=api.name.replace("_", "-"))


def generator_versions() -> dict[str, str]:
    versions = {}
    for name in GENERATOR_DISTRIBUTIONS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def require_generators() -> None:
    missing = [name for name, version in generator_versions().items() if version == "missing"]
    if missing:
        raise PipelineError(
            f"missing {', '.join(missing)}; install the pinned tools with "
            "`pip install -e '.[regen]'` (the README's commands do this)"
        )


def _run(command: list[str], cwd: Path, what: str) -> None:
    env = dict(os.environ, PATH=f"{_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("RUFF_CACHE_DIR", None)
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise PipelineError(f"{what} failed:\n{output[-2000:]}")


def generate_api(api: Api, spec: Document, target: Path) -> list[str]:
    """Write everything generated for ``api`` into ``target``, laid out like the project:
    the client package (``generated/<package>``), the typed facade surface
    (``facade/resources/<api>.py``), its reference (``docs/reference/<api>.md``) and, when the
    spec has webhooks, their models; returns those paths, relative to ``target``. ``spec`` is
    the document to generate from (not necessarily written to ``specs/`` yet)."""
    _put_tools_on_path()
    inputs = target / f".inputs-{api.name}"
    inputs.mkdir(parents=True, exist_ok=True)
    spec_file = inputs / "openapi.json"
    spec_file.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    config = generator_config(api, spec, inputs)
    written = typed.generate(api, spec, spec_file, target, config_path=config)
    package_dir = target / "generated" / api.package
    _mark_typed(package_dir)  # the package is fully typed; the generator writes no py.typed here
    # The spec travels with its client: the facade reads limits from it before sending.
    (package_dir / SPEC_RESOURCE).write_text(
        json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    _format([target / path for path in written[1:] if path.endswith(".py")], target)
    _format([package_dir / "params.py", package_dir / "wire.py"], target)
    if spec.get("webhooks"):
        (inputs / "openapi.yaml").write_text(dump_yaml(spec), encoding="utf-8")
        generate_webhook_models(api, target / "generated" / api.webhooks_package, inputs)
        written.append(f"generated/{api.webhooks_package}")
    shutil.rmtree(inputs)
    return written


def _put_tools_on_path() -> None:
    """The generator's post hooks run ``ruff`` by name: make it the pinned one next to us."""
    path = os.environ.get("PATH", "")
    if not path.startswith(f"{_BIN}{os.pathsep}"):
        os.environ["PATH"] = f"{_BIN}{os.pathsep}{path}"


def _format(files: list[Path], cwd: Path) -> None:
    """Our templates' output gets the same pinned ruff as the generator's, with the project's
    line length (the facade modules are linted with the project's rules)."""
    if not files:
        return
    names = [str(f) for f in files]
    common = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    _run(
        [str(_BIN / "ruff"), "check", *common, "--fix-only", "--select", "I,F401,UP", *names],
        cwd=cwd,
        what="ruff check on the typed surface",
    )
    _run([str(_BIN / "ruff"), "format", *common, *names], cwd=cwd, what="ruff format")


def generator_config(api: Api, spec: Document, folder: Path) -> Path:
    """The API's ``generator.yaml``, plus the ``content_type_overrides`` this spec needs (media
    types the generator cannot read or send as declared; see ``repairs.media``). Without any,
    the API's file is used as it is."""
    overrides = content_type_overrides(spec)
    if not overrides and api.generator_config.exists():
        return api.generator_config
    if api.generator_config.exists():
        config = dict(load_yaml(api.generator_config) or {})
    else:  # a new API: the file is written with the spec, once every check passed
        config = dict(yaml.safe_load(new_api_config(api)))
    if not overrides:
        path = folder / "generator.yaml"
        path.write_text(new_api_config(api), encoding="utf-8")
        return path
    config["content_type_overrides"] = {**overrides, **(config.get("content_type_overrides") or {})}
    path = folder / "generator.yaml"
    path.write_text(dump_yaml(config), encoding="utf-8")
    return path


def generate_webhook_models(api: Api, package_dir: Path, inputs: Path) -> None:
    package_dir.mkdir(parents=True, exist_ok=True)
    _run(
        [
            str(_BIN / "datamodel-codegen"),
            # A relative input path keeps the header comment the same on every machine.
            "--input", "openapi.yaml",
            "--input-file-type", "openapi",
            "--openapi-scopes", "webhooks",
            "--output-model-type", "pydantic_v2.BaseModel",
            "--output", str(package_dir / "__init__.py"),
            "--target-python-version", "3.11",
            "--formatters", "builtin",
            "--disable-timestamp",
            "--use-annotated",
            "--field-constraints",
            "--use-union-operator",
            "--use-standard-collections",
            # Keep fields a vendor adds later instead of dropping them.
            "--extra-fields", "allow",
        ],
        cwd=inputs,
        what=f"datamodel-codegen for {api.name} webhooks",
    )  # fmt: skip
    _mark_typed(package_dir)


def _mark_typed(package_dir: Path) -> None:
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")


def tree_differences(expected: Path, actual: Path, prefix: str = "") -> list[str]:
    """Readable differences between two generated trees or files (caches ignored)."""
    if expected.is_file() or actual.is_file():
        same = expected.is_file() and actual.is_file() and filecmp.cmp(expected, actual, False)
        return [] if same else [f"differs from the spec's output: {prefix.rstrip('/')}"]
    differences: list[str] = []
    ignore = ["__pycache__", ".ruff_cache"]
    _compare(filecmp.dircmp(expected, actual, ignore=ignore), prefix, differences)
    return differences


def _compare(cmp: filecmp.dircmp[str], prefix: str, out: list[str]) -> None:
    out += [f"missing from generated/: {prefix}{name}" for name in sorted(cmp.left_only)]
    out += [f"not produced by the spec: {prefix}{name}" for name in sorted(cmp.right_only)]
    # dircmp compares shallowly (size and mtime); compare the bytes of every common file.
    for name in sorted(cmp.common_files):
        if not filecmp.cmp(Path(cmp.left, name), Path(cmp.right, name), shallow=False):
            out.append(f"differs from the spec's output: {prefix}{name}")
    for name, sub in sorted(cmp.subdirs.items()):
        _compare(sub, f"{prefix}{name}/", out)


def install_tree(source: Path, destination: Path) -> None:
    """Replace ``destination`` (a tree or a file) with a copy of ``source``."""
    if source.is_file():
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        return
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(source, destination, ignore=IGNORED_NAMES)
