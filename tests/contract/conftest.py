"""The contract suite: every operation of every spec, performed through the facade, with each
exchange checked against the spec (openapi-core, on the client side, so the same check holds
for the real services).

Targets: ``sandbox`` (always) and ``live`` (when credentials are in the environment; otherwise
skipped with the reason). Live runs create records: use test accounts.

* fiskaly: FISKALY_API_KEY, FISKALY_API_SECRET (TEST keys); FISKALY_BASE_URL optional.
* Enlivy: ENLIVY_TOKEN, ENLIVY_ORGANIZATION_ID (a sandbox organization), ENLIVY_RECEIVER_USER_ID,
  ENLIVY_USER_ROLE_ID, ENLIVY_EMAIL, ENLIVY_PASSWORD; ENLIVY_BASE_URL optional.
* Envoice: ENVOICE_AUTH_KEY, ENVOICE_AUTH_SECRET; ENVOICE_BASE_URL optional.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI

import facade
from facade._spec import load_spec
from facade.testing import Sandbox
from tests.support.openapi_httpx import HttpxOpenAPIRequest, HttpxOpenAPIResponse

PACKAGES = {
    "fiskaly": "fiskaly_management_client",
    "enlivy": "enlivy_client",
    "envoice": "envoice_client",
}
LIVE_ENV = {
    "fiskaly": ("FISKALY_API_KEY", "FISKALY_API_SECRET"),
    "enlivy": (
        "ENLIVY_TOKEN",
        "ENLIVY_ORGANIZATION_ID",
        "ENLIVY_RECEIVER_USER_ID",
        "ENLIVY_USER_ROLE_ID",
        "ENLIVY_EMAIL",
        "ENLIVY_PASSWORD",
    ),
    "envoice": ("ENVOICE_AUTH_KEY", "ENVOICE_AUTH_SECRET"),
}


@functools.cache
def openapi(api: str) -> OpenAPI:
    return OpenAPI.from_dict(load_spec(PACKAGES[api]))


class ExchangeChecker:
    """An httpx response hook: validates every request and response against the API's spec."""

    def __init__(self, api: str, base_url: str) -> None:
        self.api = api
        self.base_url = base_url
        self.server_url = load_spec(PACKAGES[api])["servers"][0]["url"]
        self.exchanges = 0
        self.problems: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        request = HttpxOpenAPIRequest(
            response.request, base_url=self.base_url, server_url=self.server_url
        )
        result = openapi(self.api).unmarshal_response(request, HttpxOpenAPIResponse(response))
        request_result = openapi(self.api).unmarshal_request(request)
        with self._lock:
            self.exchanges += 1
            for error in [*request_result.errors, *result.errors]:
                if type(error).__name__.startswith("Security"):
                    continue
                where = f"{response.request.method} {response.request.url.path}"
                problem = f"{where} -> {response.status_code}: {type(error).__name__}: {error}"
                self.problems.append(problem[:400])


@dataclass
class Contract:
    """One API under contract test: a facade client plus what the walk needs."""

    api: str
    target: str
    client: Any
    checker: ExchangeChecker
    ids: dict[str, str]
    sandbox: Sandbox | None = None
    covered: set[str] = field(default_factory=set)

    def call(self, resource: str, verb: str, **arguments: Any) -> Any:
        """Perform one operation through the facade and note it as covered."""
        operation_id = self.client._definition.resources[resource][verb]
        self.covered.add(operation_id)
        result = getattr(getattr(self.client, resource), verb)(**arguments)
        return list(result) if verb in self.client._definition.list_verbs else result

    def raw(self, resource: str, verb: str, **arguments: Any) -> Any:
        operation_id = self.client._definition.resources[resource][verb]
        self.covered.add(operation_id)
        return getattr(getattr(self.client.with_raw_response, resource), verb)(**arguments)

    def uncovered(self) -> set[str]:
        spec = load_spec(PACKAGES[self.api])
        every = {
            op["operationId"]
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        return every - self.covered


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[Sandbox]:
    with Sandbox() as box:
        yield box


def _build(api: str, target: str, sandbox_server: Sandbox) -> Contract:
    if target == "live":
        missing = [name for name in LIVE_ENV[api] if not os.environ.get(name)]
        if missing:
            pytest.skip(
                f"live {api} contract tests need {', '.join(missing)} "
                "(real credentials are not available here)"
            )
        env = os.environ
        kwargs: dict[str, Any] = {}
        ids = {key.lower(): env[key] for key in LIVE_ENV[api]}
        sandbox = None
    else:
        kwargs = sandbox_server.client_kwargs(api)
        sandbox = sandbox_server
        ids = _sandbox_ids(api, sandbox_server)
    cls = {"fiskaly": facade.Fiskaly, "enlivy": facade.Enlivy, "envoice": facade.Envoice}[api]
    base_url = (
        kwargs.get("base_url")
        or os.environ.get(f"{api.upper()}_BASE_URL")
        or cls._definition.default_base_url
    )
    checker = ExchangeChecker(api, base_url)
    client = cls(**kwargs, http_client=httpx.Client(event_hooks={"response": [checker]}))
    return Contract(api, target, client, checker, ids, sandbox)


def _sandbox_ids(api: str, box: Sandbox) -> dict[str, str]:
    if api == "enlivy":
        emulator = box.enlivy
        return {
            "enlivy_organization_id": emulator.organization_id,
            "enlivy_receiver_user_id": emulator.customer_id,
            "enlivy_user_role_id": emulator.customer_role_id,
            "enlivy_email": emulator.email,
            "enlivy_password": emulator.password,
        }
    if api == "fiskaly":
        return {
            "fiskaly_api_key": box.fiskaly.api_key,
            "fiskaly_api_secret": box.fiskaly.api_secret,
        }
    return {}


def contract_fixture(api: str) -> Any:
    @pytest.fixture(scope="module", params=["sandbox", "live"])
    def fixture(request: pytest.FixtureRequest, sandbox_server: Sandbox) -> Iterator[Contract]:
        contract = _build(api, request.param, sandbox_server)
        yield contract
        contract.client.close()

    return fixture


fiskaly_contract = contract_fixture("fiskaly")
enlivy_contract = contract_fixture("enlivy")
envoice_contract = contract_fixture("envoice")


@pytest.fixture(autouse=True)
def _no_spec_violations(request: pytest.FixtureRequest, sandbox_server: Sandbox) -> Iterator[None]:
    """After each test: nothing the client saw, and (on the sandbox) nothing the server saw,
    broke the spec."""
    before = len(sandbox_server.violations)
    yield
    for name in ("fiskaly_contract", "enlivy_contract", "envoice_contract"):
        if name in request.fixturenames:
            contract: Contract = request.getfixturevalue(name)
            assert contract.checker.problems == [], "\n".join(contract.checker.problems)
    assert [str(v) for v in sandbox_server.violations[before:]] == []
