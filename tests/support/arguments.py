"""Turning wire-form request values (as the specs and schemathesis name them) into the keyword
arguments of a generated method, through the ``ARGUMENTS`` table of each endpoint module."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import types
from collections.abc import Mapping
from typing import Any


@functools.cache
def endpoint_modules(package: str) -> dict[str, types.ModuleType]:
    """Every generated endpoint module of ``package``, by operationId."""
    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[module.OPERATION_ID] = module
    return found


def endpoint_module(package: str, operation_id: str) -> types.ModuleType:
    return endpoint_modules(package)[operation_id]


def python_arguments(
    module: types.ModuleType,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Any = None,
) -> dict[str, Any]:
    """Keyword arguments for ``module``'s operation from values under their wire names. An
    object body is spread into its fields; any other body goes in ``body=``."""
    by_wire = {(where, wire): python for python, (where, wire) in module.ARGUMENTS.items()}
    arguments: dict[str, Any] = {}
    for where, values in (("path", path), ("query", query)):
        for wire, value in (values or {}).items():
            arguments[by_wire[(where, wire)]] = value
    if body is not None:
        if ("body", "") in by_wire:
            arguments["body"] = body
        else:
            unknown = [key for key in body if ("field", key) not in by_wire]
            assert not unknown, f"{module.OPERATION_ID}: no argument for body fields {unknown}"
            for key, value in body.items():
                arguments[by_wire[("field", key)]] = value
    return arguments
