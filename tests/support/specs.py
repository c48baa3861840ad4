"""The project's specs and where things live, for tests."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
FIXTURES = ROOT / "tests" / "fixtures"
# Envoice's public document is reference data beside the project, never committed.
UPSTREAM_ENVOICE = ROOT.parent / "shared" / "reference" / "upstream" / "envoice.in" / "openapi.yaml"

# The operation counts each spec must have (issue 2).
EXPECTED_OPERATIONS = {"fiskaly_management": 18, "envoice": 46, "enlivy": 43}
PACKAGES = {
    "fiskaly_management": "fiskaly_management_client",
    "envoice": "envoice_client",
    "enlivy": "enlivy_client",
}
WEBHOOK_PACKAGES = {"envoice": "envoice_webhooks", "enlivy": "enlivy_webhooks"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec(api: str) -> dict[str, Any]:
    with (SPECS / api / "openapi.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation under ``paths``."""
    return [
        (path, method, item[method])
        for path, item in spec.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node
