"""The client layer: every operation of every spec through the facade (sync and async), error
mapping per API, pagination in each style, idempotency keys, raw responses, configuration."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from tests.support.mock_api import DEFINITIONS, SECRETS, MockAPI, call_arguments, make_client
from tests.support.specs import load_spec, operations

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

ALL_OPERATIONS = [
    pytest.param(api, resource, verb, operation_id, id=f"{api}:{resource}.{verb}")
    for api, definition in DEFINITIONS.items()
    for resource, verbs in definition.resources.items()
    for verb, operation_id in verbs.items()
]


def test_every_operation_in_the_specs_is_reachable() -> None:
    for api, definition in DEFINITIONS.items():
        in_spec = {op["operationId"] for _, _, op in operations(load_spec(api))}
        reachable = [op for verbs in definition.resources.values() for op in verbs.values()]
        assert sorted(reachable) == sorted(in_spec), api


@pytest.mark.parametrize(("api", "resource", "verb", "operation_id"), ALL_OPERATIONS)
def test_every_operation_works_sync(api: str, resource: str, verb: str, operation_id: str) -> None:
    mock = MockAPI(api)
    with make_client(api, mock) as client:
        method = getattr(getattr(client, resource), verb)
        result = method(**call_arguments(api, operation_id))
        if verb in DEFINITIONS[api].list_verbs:
            page = result.first_page()
            assert isinstance(page.items, list)
            assert page.response.status_code < 300
        raw = getattr(getattr(client.with_raw_response, resource), verb)(
            **call_arguments(api, operation_id)
        )
    assert raw.status_code < 300 and raw.request_id == f"req-{operation_id}"
    assert all(r.url.scheme == "https" for r in mock.requests)


@pytest.mark.parametrize(("api", "resource", "verb", "operation_id"), ALL_OPERATIONS)
async def test_every_operation_works_async(
    api: str, resource: str, verb: str, operation_id: str
) -> None:
    mock = MockAPI(api)
    async with make_client(api, mock, use_async=True) as client:
        method = getattr(getattr(client, resource), verb)
        result = method(**call_arguments(api, operation_id))
        if verb in DEFINITIONS[api].list_verbs:
            page = await result.first_page()
            assert isinstance(page.items, list)
        else:
            await result
        raw = await getattr(getattr(client.with_raw_response, resource), verb)(
            **call_arguments(api, operation_id)
        )
    assert raw.request_id == f"req-{operation_id}"


def test_results_are_the_generated_models() -> None:
    from enlivy_client.models import Invoice
    from fiskaly_management_client.models import Organization

    fk_mock, en_mock = MockAPI("fiskaly_management"), MockAPI("enlivy")
    with make_client("fiskaly_management", fk_mock) as fk:
        assert isinstance(
            fk.organizations.get(organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            Organization,
        )
    with make_client("enlivy", en_mock) as en:
        invoice = en.invoices.get(invoice_id="org_inv_1")  # {"data": {...}} is unwrapped
        assert isinstance(invoice, Invoice)
    assert en_mock.requests[0].url.path == "/organizations/org_default/invoices/org_inv_1"


def test_arguments_accept_plain_values_or_generated_models() -> None:
    from fiskaly_management_client.models import ApiKeyStatus

    mock = MockAPI("fiskaly_management")
    org = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    with make_client("fiskaly_management", mock) as fk:
        fk.api_keys.create(
            organization_id=org, name="pos-1", status="enabled", metadata={"shop": "7"}
        )
        fk.api_keys.create(organization_id=org, name="pos-2", status=ApiKeyStatus.ENABLED)
        fk.organizations.list(limit=10, order="desc").first_page()
    bodies = [
        json.loads(r.content)
        for r in mock.requests
        if r.method == "POST" and "api-keys" in r.url.path
    ]
    assert bodies == [
        {"name": "pos-1", "status": "enabled", "metadata": {"shop": "7"}},
        {"name": "pos-2", "status": "enabled"},
    ]
    listing = next(r for r in mock.requests if r.method == "GET")
    assert dict(listing.url.params) == {"limit": "10", "order": "desc"}


def test_python_numbers_go_out_in_the_form_the_spec_wants() -> None:
    mock = MockAPI("enlivy")
    with make_client("enlivy", mock) as en:
        en.products.create(
            type="service", name_lang_map={"en": "Tea"}, price_map={"EUR": Decimal("1.50")}
        )
        en.invoices.list(per_page=5.0).first_page()  # 5.0 is an integer to JSON Schema
    (created,) = [r for r in mock.requests if r.method == "POST"]
    assert json.loads(created.content)["price_map"] == {"EUR": 1.5}
    (listing,) = [r for r in mock.requests if r.method == "GET"]
    assert listing.url.params["per_page"] == "5"


def test_unknown_argument_is_a_type_error_naming_it() -> None:
    with (
        make_client("fiskaly_management", MockAPI("fiskaly_management")) as fk,
        pytest.raises(TypeError, match="colour"),
    ):
        fk.organizations.get(organization_id="x", colour="red")


# --- limits are checked before sending ------------------------------------------------------


def test_metadata_over_the_limit_is_refused_before_anything_is_sent() -> None:
    mock = MockAPI("fiskaly_management")
    metadata = {f"key{i}": "v" for i in range(21)}
    with (
        make_client("fiskaly_management", mock) as fk,
        pytest.raises(errors.MetadataLimitError) as caught,
    ):
        fk.organizations.create(
            name="ACME",
            address_line1="Main 1",
            zip="1010",
            town="Wien",
            country_code="AUT",
            metadata=metadata,
        )
    assert mock.requests == []  # not even the token request
    assert caught.value.violations and caught.value.status_code is None


def test_other_constraints_are_checked_before_sending() -> None:
    mock = MockAPI("fiskaly_management")
    with make_client("fiskaly_management", mock) as fk:
        with pytest.raises(errors.ValidationError) as caught:
            fk.api_keys.create(
                organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6",
                name="Bad Name!",
                status="enabled",
            )
        assert "name" in caught.value.errors
        with pytest.raises(errors.ValidationError):
            list(fk.organizations.list(limit=5001))
    assert mock.requests == []


# --- errors -----------------------------------------------------------------------------------


def failing(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers or {})
        return httpx.Response(status, json=body, headers=headers or {})

    return answer


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.ValidationError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
    ],
)
def test_fiskaly_errors_are_mapped(status: int, cls: type[errors.APIError]) -> None:
    mock = MockAPI("fiskaly_management")
    body = {
        "status_code": status,
        "error": "Some Reason",
        "code": "E_SOMETHING",
        "message": "It went wrong",
    }
    mock.answers["retrieveOrganization"] = failing(
        status, body, headers={"X-Request-ID": "req-err", "Retry-After": "120"}
    )
    with make_client("fiskaly_management", mock, max_retries=0) as fk, pytest.raises(cls) as caught:
        fk.organizations.get(organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    error = caught.value
    assert (error.status_code, error.code, error.message, error.request_id, error.api) == (
        status,
        "E_SOMETHING",
        "It went wrong",
        "req-err",
        "fiskaly",
    )
    assert error.body == body and error.response is not None


def test_enlivy_422_carries_field_messages() -> None:
    mock = MockAPI("enlivy")
    body = {
        "message": "The given data was invalid.",
        "errors": {"currency": ["The currency field is required."]},
    }
    mock.answers["createInvoice"] = failing(422, body, headers={"request-id": "req-422"})
    arguments = call_arguments("enlivy", "createInvoice")
    with make_client("enlivy", mock) as en, pytest.raises(errors.ValidationError) as caught:
        en.invoices.create(**arguments)
    assert caught.value.errors == {"currency": ["The currency field is required."]}
    assert caught.value.request_id == "req-422"


def test_enlivy_429_has_retry_after() -> None:
    mock = MockAPI("enlivy")
    mock.answers["listTags"] = failing(429, {"message": "Too many"}, headers={"Retry-After": "120"})
    with make_client("enlivy", mock) as en, pytest.raises(errors.RateLimitError) as caught:
        list(en.tags.list())
    assert caught.value.retry_after == 120.0
    assert len(mock.requests) == 1  # 120 s is above the 60 s cap: raised at once


def test_envoice_fault_with_http_200_is_an_error() -> None:
    mock = MockAPI("envoice")
    fault = {
        "IsFaulted": True,
        "ErrorMessages": [{"Code": "InvoiceNotFound", "UserVisibleMessage": "No such invoice"}],
        "Result": None,
    }
    mock.answers["InvoiceApi_All"] = failing(200, fault)
    with make_client("envoice", mock) as ev, pytest.raises(errors.APIError) as caught:
        list(ev.invoices.list())
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (
        200,
        "InvoiceNotFound",
        "No such invoice",
    )


def test_html_error_page_keeps_its_text() -> None:
    mock = MockAPI("envoice")
    mock.answers["ClientApi_Details"] = failing(502, text="<html><body>Bad gateway</body></html>")
    with (
        make_client("envoice", mock, max_retries=0) as ev,
        pytest.raises(errors.ServerError) as caught,
    ):
        ev.clients.get(id=1)
    assert caught.value.body == "<html><body>Bad gateway</body></html>"


def test_connection_failure_and_timeout_are_mapped() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    for handler, cls in ((refuse, errors.APIConnectionError), (slow, errors.APITimeoutError)):
        client = facade.Envoice(
            auth_key="k",
            auth_secret="s",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
        with pytest.raises(cls):
            client.clients.get(id=1)


# --- retries and idempotency -------------------------------------------------------------------


def test_enlivy_post_carries_one_idempotency_key_across_retries() -> None:
    mock = MockAPI("enlivy")
    attempts: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) < 3:
            return httpx.Response(503, json={"message": "busy"})
        return httpx.Response(201, json={"data": {"id": "org_tag_1"}})

    mock.answers["createTag"] = flaky
    with make_client("enlivy", mock) as en, pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", lambda seconds: None)
        en.tags.create(alias="vip")
        en.tags.create(alias="vip", idempotency_key="my-key")
    keys = [r.headers["Idempotency-Key"] for r in attempts]
    assert len(set(keys[:3])) == 1 and keys[3] == "my-key"
    assert [r.headers["X-Retry-Count"] for r in attempts[:3]] == ["0", "1", "2"]


def test_keyless_post_is_not_retried_after_a_server_error() -> None:
    mock = MockAPI("envoice")
    mock.answers["ClientApi_New"] = failing(500, {"IsFaulted": True})
    with make_client("envoice", mock) as ev, pytest.raises(errors.ServerError):
        ev.clients.create(**call_arguments("envoice", "ClientApi_New"))
    assert len(mock.requests) == 1
    with (
        make_client("fiskaly_management", MockAPI("fiskaly_management")) as fk,
        pytest.raises(TypeError, match="idempotency_key"),
    ):
        # Only the calls of an API that honours keys take one (mypy and pyright say so too).
        fk.organizations.get(  # type: ignore[call-arg]
            organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6", idempotency_key="k"
        )


def test_per_call_max_retries_and_timeout() -> None:
    mock = MockAPI("envoice")
    mock.answers["ClientApi_Details"] = failing(503, {"IsFaulted": True})
    with make_client("envoice", mock) as ev, pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", lambda seconds: None)
        with pytest.raises(errors.ServerError):
            ev.clients.get(id=1, max_retries=0, timeout=2.5)
    assert len(mock.requests) == 1
    # 2.5 s is the whole call's: the attempt's read limit is what was left of it when it began.
    assert 2.0 < mock.requests[0].extensions["timeout"]["read"] <= 2.5


# --- pagination ---------------------------------------------------------------------------------


def paged_answers(total: int) -> dict[str, Callable[[httpx.Request], httpx.Response]]:
    def fiskaly(request: httpx.Request) -> httpx.Response:
        offset, limit = (
            int(request.url.params.get("offset", 0)),
            int(request.url.params.get("limit", 100)),
        )
        items = [
            {"_id": f"3fa85f64-5717-4562-b3fc-{i:012d}", "_type": "ORGANIZATION"}
            for i in range(offset, min(offset + limit, total))
        ]
        return httpx.Response(200, json={"data": items, "count": total})

    def enlivy(request: httpx.Request) -> httpx.Response:
        page, per_page = (
            int(request.url.params.get("page", 1)),
            int(request.url.params.get("per_page", 30)),
        )
        start = (page - 1) * per_page
        items = [{"id": f"org_inv_{i}"} for i in range(start, min(start + per_page, total))]
        pages = -(-total // per_page)
        meta = {
            "pagination": {
                "total": total,
                "count": len(items),
                "per_page": per_page,
                "current_page": page,
                "total_pages": pages,
            },
            "navigation": {"active": total, "trash": 0},
        }
        return httpx.Response(200, json={"data": items, "meta": meta})

    def envoice(request: httpx.Request) -> httpx.Response:
        page, size = (
            int(request.url.params.get("queryOptions.page", 1)),
            int(request.url.params.get("queryOptions.pageSize", 10)),
        )
        start = (page - 1) * size
        items = [{"Id": i} for i in range(start, min(start + size, total))]
        return httpx.Response(
            200,
            json={"Result": items, "TotalCount": total, "Count": len(items), "IsFaulted": False},
        )

    return {"listOrganizations": fiskaly, "listInvoices": enlivy, "InvoiceApi_All": envoice}


PAGING = [
    ("fiskaly_management", "organizations", {"limit": 4}, "_id"),
    ("enlivy", "invoices", {"per_page": 4}, "id"),
    ("envoice", "invoices", {"query_options_page_size": 4}, "id"),
]


@pytest.mark.parametrize(("api", "resource", "arguments", "key"), PAGING)
def test_list_walks_every_page_lazily(
    api: str, resource: str, arguments: dict[str, Any], key: str
) -> None:
    mock = MockAPI(api)
    mock.answers.update(paged_answers(10))
    with make_client(api, mock) as client:
        paginator = getattr(client, resource).list(**arguments)
        assert [r for r in mock.requests if "auth" not in r.url.path] == []  # lazy: nothing yet
        items = list(paginator)
        pages = list(getattr(client, resource).list(**arguments).pages())
    assert (
        len(items) == 10
        and len(
            {str(getattr(i, key.lstrip("_"), None) or getattr(i, "field_id", None)) for i in items}
        )
        == 10
    )
    assert [len(p) for p in pages] == [4, 4, 2]


@pytest.mark.parametrize(("api", "resource", "arguments", "key"), PAGING)
async def test_async_for_walks_every_page(
    api: str, resource: str, arguments: dict[str, Any], key: str
) -> None:
    mock = MockAPI(api)
    mock.answers.update(paged_answers(9))
    async with make_client(api, mock, use_async=True) as client:
        items = [item async for item in getattr(client, resource).list(**arguments)]
        pages = [page async for page in getattr(client, resource).list(**arguments).pages()]
    assert len(items) == 9 and [len(p) for p in pages] == [4, 4, 1]


# --- configuration and safety -------------------------------------------------------------------


def test_credentials_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FISKALY_API_KEY", "env-key")
    monkeypatch.setenv("FISKALY_API_SECRET", "env-secret")
    monkeypatch.setenv("FISKALY_BASE_URL", "http://127.0.0.1:9/api/v0")
    assert facade.Fiskaly().base_url == "http://127.0.0.1:9/api/v0"
    monkeypatch.delenv("FISKALY_API_SECRET")
    with pytest.raises(errors.ConfigurationError, match="FISKALY_API_SECRET"):
        facade.Fiskaly()
    monkeypatch.delenv("ENLIVY_TOKEN", raising=False)
    with pytest.raises(errors.ConfigurationError, match="ENLIVY_TOKEN"):
        facade.Enlivy()


def test_plain_http_to_a_remote_host_is_refused_before_sending() -> None:
    with pytest.raises(errors.InsecureTransportError):
        facade.Envoice(auth_key="k", auth_secret="s", base_url="http://envoice.example.com")
    facade.Envoice(auth_key="k", auth_secret="s", base_url="http://localhost:8080")


def test_clients_never_show_credentials() -> None:
    clients = [make_client(api, MockAPI(api)) for api in DEFINITIONS]
    text = " ".join(f"{c!r} {c} {c.auth!r} {c.auth}" for c in clients)
    for secret in SECRETS.values():
        assert secret not in text


def test_enlivy_login_issues_a_token_client() -> None:
    mock = MockAPI("enlivy")
    mock.answers["login"] = lambda request: httpx.Response(200, json={"token": "pat_1|issued"})
    http = httpx.Client(transport=httpx.MockTransport(mock.handler))
    client = facade.Enlivy.login(
        email="me@example.com", password="pw-VALUE-1", organization_id="org_9", http_client=http
    )
    client.organizations.get()
    assert "authorization" not in mock.requests[0].headers
    assert mock.requests[1].headers["authorization"] == "Bearer pat_1|issued"
    assert mock.requests[1].url.path == "/organizations/org_9"


async def test_async_enlivy_login() -> None:
    mock = MockAPI("enlivy")
    mock.answers["login"] = lambda request: httpx.Response(200, json={"token": "pat_2|issued"})
    http = httpx.AsyncClient(transport=httpx.MockTransport(mock.handler))
    client = await facade.AsyncEnlivy.login(
        email="me@example.com", password="pw", organization_id="org_9", http_client=http
    )
    await client.organizations.get()
    assert mock.requests[1].headers["authorization"] == "Bearer pat_2|issued"


def test_fiskaly_token_is_fetched_once_and_reused() -> None:
    mock = MockAPI("fiskaly_management")
    with make_client("fiskaly_management", mock) as fk:
        for _ in range(3):
            fk.billing_addresses.list().first_page()
    assert [r.url.path.rsplit("/", 1)[1] for r in mock.requests] == [
        "auth",
        "billing-addresses",
        "billing-addresses",
        "billing-addresses",
    ]
    assert mock.requests[1].headers["authorization"] == "Bearer jwt-access-1"


async def test_async_clients_share_a_token_across_tasks() -> None:
    mock = MockAPI("fiskaly_management")
    async with make_client("fiskaly_management", mock, use_async=True) as fk:
        await asyncio.gather(
            *(
                fk.organizations.get(organization_id="3fa85f64-5717-4562-b3fc-2c963f66afa6")
                for _ in range(20)
            )
        )
    assert sum(r.url.path.endswith("/auth") for r in mock.requests) == 1


def test_no_secret_in_logs_reprs_errors_or_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    import logging
    import traceback

    caplog.set_level(logging.DEBUG)  # every logger, facade and httpx included
    shown: list[str] = []
    for api in DEFINITIONS:
        mock = MockAPI(api)
        mock.answers.update(
            {
                op: failing(401, {"message": "token rejected"})
                for op in ("retrieveOrganization", "getTag", "ClientApi_Details")
            }
        )
        client = make_client(api, mock)
        shown += [repr(client), str(client), repr(client.auth), str(client.auth)]
        call = {
            "fiskaly_management": lambda c: c.organizations.get(organization_id=ORG),
            "enlivy": lambda c: c.tags.get(tag_id="org_tag_1"),
            "envoice": lambda c: c.clients.get(id=1),
        }[api]
        with pytest.raises(errors.AuthenticationError) as caught:
            call(client)
        shown += [
            str(caught.value),
            repr(caught.value),
            "".join(traceback.format_exception(caught.value)),
        ]
    shown.append(caplog.text)
    shown += [repr(record.__dict__) for record in caplog.records]
    assert caplog.records, "nothing was logged, so the scan proves nothing"
    text = "\n".join(shown)
    for secret in SECRETS.values():
        assert secret not in text
    assert "jwt-access-1" not in text and "jwt-refresh-1" not in text  # issued tokens too
