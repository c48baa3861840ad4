"""Reading, writing and hashing OpenAPI documents; the list of APIs under ``specs/``."""

from __future__ import annotations

import hashlib
import json
import re
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
    """One API under ``specs/NAME/``: its spec, generator config and optional overlay.
    ``specs`` is another folder for imports into a scratch copy (the corpus run)."""

    name: str
    specs: Path = SPECS

    @property
    def folder(self) -> Path:
        return self.specs / self.name

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
    def repairs_path(self) -> Path:
        """The repair report of the last import (vendor documents only)."""
        return self.folder / "repairs.json"

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


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class VendorLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """Reads vendor documents the way YAML 1.2 (what OpenAPI asks for) reads them, not PyYAML's
    YAML 1.1: ``2024-04-31T12:50:14Z`` and ``12:30`` stay strings, ``no``, ``on`` and ``yes``
    stay strings, and only ``true``/``false`` are booleans. Integer keys (``200:``) stay
    integers, as YAML 1.2 reads them; the repairs turn status codes back into strings."""


# YAML 1.2 core schema: (tag, pattern, first characters a match can start with).
_YAML_12_RESOLVERS = (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", [*"tTfF"]),
    ("null", r"^(?:~|null|Null|NULL|)$", [*"~nN", ""]),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", [*"-+0123456789"]),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        [*"-+0123456789."],
    ),
    ("merge", r"^(?:<<)$", ["<"]),
)
VendorLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in _YAML_12_RESOLVERS:
    VendorLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), _first)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    return int(text, 0) if text[:2] in ("0o", "0x") else int(text, 10)


VendorLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _load_yaml_12(text: str) -> Any:
    return yaml.load(text, Loader=VendorLoader)  # noqa: S506 - VendorLoader is a safe loader


def parse_vendor_document(text: str) -> Document:
    """Parse a vendor's JSON or YAML document (YAML read as 1.2, see ``VendorLoader``)."""
    stripped = text.lstrip()
    data = json.loads(text) if stripped.startswith("{") else _load_yaml_12(text)
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
    try:
        return raw, parse_vendor_document(raw.decode("utf-8-sig"))
    except (ValueError, yaml.YAMLError) as error:
        raise PipelineError(f"cannot read {source}: {error}") from None


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
