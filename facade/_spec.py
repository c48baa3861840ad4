"""The OpenAPI spec of each API, read from its generated package (``openapi.json``)."""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any


@functools.cache
def load_spec(package: str) -> dict[str, Any]:
    """The spec the generated ``package`` was made from (read once, on first use)."""
    text = importlib.resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec
