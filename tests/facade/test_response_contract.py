"""The strict response contract: a success status the spec does not document for an operation,
or a body that does not fit the documented model, is an UnexpectedResponseError (with status,
body and request id), sync and async, for every API; never None, never a model of another kind.
Values the spec does not list yet (a new field) are kept, not refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facade import errors
from tests.support.mock_api import MockAPI, call_arguments, make_client, success_example
from tests.support.specs import operations

# (api, operation, resource, verb): a read, and a write, of each API.
CALLS = [
    ("fiskaly_management", "retrieveOrganization", "organizations", "get"),
    ("fiskaly_management", "createOrganization", "organizations", "create"),
    ("enlivy", "getInvoice", "invoices", "get"),
    ("enlivy", "createInvoice", "invoices", "create"),
    ("envoice", "ClientApi_Details", "clients", "get"),
    ("envoice", "InvoiceApi_New", "invoices", "create"),
]
# Statuses none of these operations documents (Enlivy's create documents 201 only, so its 200
# is undocumented too).
UNDOCUMENTED = [201, 202, 203]


def answering(status: int, body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"X-Request-ID": "req-odd"}
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return answer


def documented(api: str, operation: str) -> set[int]:
    spec = MockAPI(api).spec
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation:
                return {int(s) for s in op["responses"] if s.isdigit() and s.startswith("2")}
    raise KeyError(operation)


def call(api: str, mock: MockAPI, resource: str, verb: str, operation: str) -> Any:
    with make_client(api, mock) as client:
        return getattr(getattr(client, resource), verb)(**call_arguments(api, operation))


async def call_async(api: str, mock: MockAPI, resource: str, verb: str, operation: str) -> Any:
    async with make_client(api, mock, use_async=True) as client:
        method = getattr(getattr(client, resource), verb)
        return await method(**call_arguments(api, operation))


@pytest.mark.parametrize("status", UNDOCUMENTED)
@pytest.mark.parametrize(("api", "operation", "resource", "verb"), CALLS)
def test_an_undocumented_success_status_is_refused(
    api: str, operation: str, resource: str, verb: str, status: int
) -> None:
    if status in documented(api, operation):
        pytest.skip(f"{operation} documents {status}")
    mock = MockAPI(api)
    mock.answers[operation] = answering(status, {"unexpected": True})
    with pytest.raises(errors.UnexpectedResponseError) as raised:
        call(api, mock, resource, verb, operation)
    error = raised.value
    assert isinstance(error, errors.APIError)
    assert error.status_code == status and error.request_id == "req-odd"
    assert error.body == {"unexpected": True}
    assert f"{resource}.{verb}()" in error.message and str(status) in error.message


@pytest.mark.parametrize(("api", "operation", "resource", "verb"), CALLS)
async def test_an_undocumented_success_status_is_refused_async(
    api: str, operation: str, resource: str, verb: str
) -> None:
    status = next(s for s in UNDOCUMENTED if s not in documented(api, operation))
    mock = MockAPI(api)
    mock.answers[operation] = answering(status, None)
    with pytest.raises(errors.UnexpectedResponseError) as raised:
        await call_async(api, mock, resource, verb, operation)
    assert raised.value.status_code == status


# Bodies no operation here can read. Envoice's models make every field optional, so only the
# first two are wrong for it; an object without the required fields is wrong for the others.
WRONG_SHAPES = [
    pytest.param(call, body, id=f"{call[1]}-{name}")
    for call in CALLS
    for name, body in [
        ("a-list", [1, 2, 3]),
        ("a-string", "just text"),
        ("an-empty-object", {}),
        ("data-of-the-wrong-kind", {"data": [1]}),
    ]
    if call[0] != "envoice" or isinstance(body, list | str)
]


@pytest.mark.parametrize(("call_", "body"), WRONG_SHAPES)
def test_a_body_that_does_not_fit_the_model_is_refused(
    call_: tuple[str, str, str, str], body: Any
) -> None:
    api, operation, resource, verb = call_
    _check_wrong_shape(api, operation, resource, verb, body)


def _check_wrong_shape(api: str, operation: str, resource: str, verb: str, body: Any) -> None:
    mock = MockAPI(api)
    status = min(documented(api, operation))
    mock.answers[operation] = answering(status, body)
    with pytest.raises(errors.UnexpectedResponseError) as raised:
        call(api, mock, resource, verb, operation)
    assert raised.value.status_code == status
    assert raised.value.body == body
    assert "does not fit the documented model" in raised.value.message


@pytest.mark.parametrize(("api", "operation", "resource", "verb"), CALLS)
async def test_a_body_that_does_not_fit_the_model_is_refused_async(
    api: str, operation: str, resource: str, verb: str
) -> None:
    mock = MockAPI(api)
    mock.answers[operation] = answering(min(documented(api, operation)), [1, 2, 3])
    with pytest.raises(errors.UnexpectedResponseError):
        await call_async(api, mock, resource, verb, operation)


def test_a_field_the_spec_does_not_list_yet_is_kept() -> None:
    mock = MockAPI("fiskaly_management")
    operation = next(
        op for _, _, op in operations(mock.spec) if op["operationId"] == "retrieveOrganization"
    )
    _, example = success_example(mock.spec, operation)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**example, "loyalty_tier": "gold"})

    mock.answers["retrieveOrganization"] = answer
    organization = call("fiskaly_management", mock, "organizations", "get", "retrieveOrganization")
    assert organization.additional_properties["loyalty_tier"] == "gold"
