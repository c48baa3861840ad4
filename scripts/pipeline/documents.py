"""Reading, writing and hashing OpenAPI documents; the list of APIs under ``specs/``."""

from __future__ import annotations

import hashlib
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"

Document = dict[str, Any]


class PipelineError(Exception):
    """A problem the user has to fix; printed without a traceback."""


@dataclass(frozen=True)
class Api:
    """One API under ``specs/NAME/``: its spec, generator config and optional overlay."""

    name: str

    @property
    def folder(self) -> Path:
        return SPECS / self.name

    @property
    def spec_path(self) -> Path:
        return self.folder / "openapi.yaml"

    @property
    def generator_config(self) -> Path:
        return self.folder / "generator.yaml"

    @property
    def overlay_path(self) -> Path:
        return self.folder / "overlay.yaml"

    @property
    def package(self) -> str:
        """Import name of the generated client (``package_name_override`` in generator.yaml)."""
        config = load_yaml(self.generator_config) if self.generator_config.exists() else {}
        name = config.get("package_name_override")
        return str(name) if name else f"{self.name}_client"

    @property
    def webhooks_package(self) -> str:
        return f"{self.name}_webhooks"


def discover_apis() -> list[Api]:
    """Every folder of ``specs/`` that holds an ``openapi.yaml``, sorted by name."""
    return [Api(p.parent.name) for p in sorted(SPECS.glob("*/openapi.yaml"))]


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def parse_document(text: str) -> Document:
    """Parse JSON or YAML text into a document (JSON is valid YAML, but JSON is faster)."""
    stripped = text.lstrip()
    data = json.loads(text) if stripped.startswith("{") else yaml.safe_load(text)
    if not isinstance(data, dict):
        raise PipelineError("the document is not a mapping at its top level")
    return data


def read_source(source: str) -> tuple[bytes, Document]:
    """Read a vendor document from a path or an http(s) URL; returns its bytes and its content."""
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 - explicit URL
            raw: bytes = response.read()
    else:
        path = Path(source)
        if not path.is_file():
            raise PipelineError(f"source document not found: {source}")
        raw = path.read_bytes()
    return raw, parse_document(raw.decode("utf-8"))


class _SpecDumper(yaml.SafeDumper):
    """YAML writer for specs: block style, key order kept, every string that could be misread
    as another type is quoted by PyYAML itself."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as hand-written OpenAPI documents do.
        super().increase_indent(flow, False)


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SpecDumper.add_representer(str, _str_representer)


def dump_yaml(document: Any) -> str:
    return yaml.dump(document, Dumper=_SpecDumper, sort_keys=False, allow_unicode=True, width=100)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(path.read_bytes())
