"""schemathesis drives each spec against the sandbox with generated data (a bounded number of
examples per operation): the sandbox must never answer with a server error, an undocumented
status, or a body, header or content type the spec does not allow."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from facade._spec import load_spec
from facade.testing import Sandbox

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
EXAMPLES = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,  # the same cases on every run
    suppress_health_check=list(HealthCheck),
)

fiskaly = schemathesis.openapi.from_dict(load_spec("fiskaly_management_client"))
enlivy = schemathesis.openapi.from_dict(load_spec("enlivy_client"))
envoice = schemathesis.openapi.from_dict(load_spec("envoice_client"))


def headers(sandbox: Sandbox, api: str) -> dict[str, str]:
    if api == "fiskaly":
        client = sandbox.client("fiskaly")
        client.billing_addresses.list().first_page()  # obtains a token
        token = client.auth._usable_token()
        return {"Authorization": f"Bearer {token.access.reveal()}"} if token else {}
    if api == "enlivy":
        return {"Authorization": f"Bearer {sandbox.enlivy.token}"}
    return {"x-auth-key": sandbox.envoice.auth_key, "x-auth-secret": sandbox.envoice.auth_secret}


@pytest.fixture(scope="module")
def auth_headers(sandbox_server: Sandbox) -> dict[str, dict[str, str]]:
    return {api: headers(sandbox_server, api) for api in ("fiskaly", "enlivy", "envoice")}


def run(case: Any, sandbox: Sandbox, api: str, auth: dict[str, dict[str, str]]) -> None:
    base = {
        "fiskaly": sandbox.fiskaly_url,
        "enlivy": sandbox.enlivy_url,
        "envoice": sandbox.envoice_url,
    }[api]
    with sandbox.expect_violations():  # generated requests may be ones the spec forbids on purpose
        case.call_and_validate(base_url=base, headers=auth[api], checks=CHECKS)


@fiskaly.parametrize()
@EXAMPLES
def test_fiskaly_sandbox_conforms(
    case: Any, sandbox_server: Sandbox, auth_headers: dict[str, dict[str, str]]
) -> None:
    run(case, sandbox_server, "fiskaly", auth_headers)


@enlivy.parametrize()
@EXAMPLES
def test_enlivy_sandbox_conforms(
    case: Any, sandbox_server: Sandbox, auth_headers: dict[str, dict[str, str]]
) -> None:
    run(case, sandbox_server, "enlivy", auth_headers)


@envoice.parametrize()
@EXAMPLES
def test_envoice_sandbox_conforms(
    case: Any, sandbox_server: Sandbox, auth_headers: dict[str, dict[str, str]]
) -> None:
    run(case, sandbox_server, "envoice", auth_headers)
