"""Fuzzing: property tests over every request model, every limit and every operation of the
three specs, and stateful runs against the sandbox.

What the three files share lives here: the APIs, their operations, and schemathesis' view of
each spec (it generates the valid requests every property starts from).
"""

from __future__ import annotations

import functools
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from facade._client import ApiDefinition
from facade._spec import load_spec
from facade._validation import _closed
from facade.enlivy import DEFINITION as ENLIVY
from facade.envoice import DEFINITION as ENVOICE
from facade.fiskaly import DEFINITION as FISKALY
from tests.fuzz.operations import Operation, operations

DEFINITIONS: dict[str, ApiDefinition] = {"fiskaly": FISKALY, "enlivy": ENLIVY, "envoice": ENVOICE}
PACKAGES = {api: definition.package for api, definition in DEFINITIONS.items()}


def fuzz_settings(max_examples: int, **extra: Any) -> settings:
    """Bounded and repeatable: the same examples on every run, no example database."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        **extra,
    )


def spec(api: str) -> dict[str, Any]:
    return load_spec(PACKAGES[api])


def all_operations(api: str) -> dict[str, Operation]:
    return operations(PACKAGES[api])


def resource_and_verb(api: str, operation_id: str) -> tuple[str, str]:
    """Where the facade exposes an operation: ``client.<resource>.<verb>``."""
    for resource, verbs in DEFINITIONS[api].resources.items():
        for verb, target in verbs.items():
            if target == operation_id:
                return resource, verb
    raise KeyError(operation_id)


def schemathesis_schema(api: str, *, closed: bool = False) -> Any:
    """A new schemathesis view of the spec (state machines change theirs: they add links).

    ``closed``: the spec as the facade checks requests, where an object that lists its
    properties takes no others (facade/_validation.py); the valid requests the facade's
    properties start from then hold no unlisted keys. Responses are checked against the spec
    as written, so state machines use the plain view."""
    schema = schemathesis.openapi.from_dict(_closed(spec(api)) if closed else spec(api))
    # Only requests the spec allows: every property here starts from a valid request.
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


@functools.cache
def _schemas(api: str) -> Any:
    return schemathesis_schema(api, closed=True)


@functools.cache
def valid_requests(api: str, operation_id: str) -> st.SearchStrategy[Any]:
    """schemathesis ``Case``s for one operation: path, query and body the spec allows."""
    operation = all_operations(api)[operation_id]
    strategy: st.SearchStrategy[Any] = _schemas(api)[operation.path][operation.method].as_strategy()
    return strategy
