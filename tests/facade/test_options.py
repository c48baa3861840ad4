"""What a caller hands a client is checked before anything is built or sent: base URLs,
credentials, timeouts, retries, size limits, ``http_client``, per-call options and the shape of
arguments; and a closed client says so. Every refusal names the field and the rule, and never
quotes a credential. (Over real sockets: ``tests/reliability/test_hardening.py``.)"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from tests.support.mock_api import MockAPI, make_client

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SECRET = "ev-secret-Quokka-7731"


def recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    return sent, httpx.MockTransport(answer)


# -- base_url --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "rule"),
    [
        ("https://api.example.com/v0?token=abc", "must not have a query or fragment"),
        ("https://api.example.com/v0#frag", "must not have a query or fragment"),
        ("https://api.example.com/v 0", "whitespace or a control character"),
        ("https://api.example.com/\x00", "whitespace or a control character"),
        ("ftp://api.example.com", "must be an https:// URL with a host"),
        ("https://", "must be an https:// URL with a host"),
        ("api.example.com", "must be an https:// URL with a host"),
        ("https://api.example.com:99999", "is not a valid URL"),
        ("https://user:pw-Lemur-55@api.example.com", "must not carry credentials"),
        ("http://user:pw-Lemur-55@127.0.0.1:8000", "must not carry credentials"),
        ("   ", "is empty"),
    ],
)
@pytest.mark.parametrize("cls", [facade.Fiskaly, facade.AsyncEnlivy, facade.Envoice])
def test_a_bad_base_url_is_refused_at_construction(cls: Any, url: str, rule: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="base_url") as raised:
        cls("key-000001", "secret-000001", base_url=url)
    assert rule in str(raised.value)
    assert "pw-Lemur-55" not in str(raised.value) and "token=abc" not in str(raised.value)


def test_a_base_url_from_the_environment_is_checked_and_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ENVOICE_BASE_URL", "https://api.example.com/?x=1")
    with pytest.raises(errors.ConfigurationError, match="ENVOICE_BASE_URL must not have a query"):
        facade.Envoice("key-000001", "secret-000001")


@pytest.mark.parametrize("url", ["https://api.example.com/v0\n", " https://api.example.com/v0/ "])
def test_surrounding_whitespace_in_a_base_url_is_dropped(url: str) -> None:
    sent, transport = recording()
    with facade.Envoice(
        "key-000001", "secret-000001", base_url=url, http_client=httpx.Client(transport=transport)
    ) as ev:
        ev.general.countries()
        assert repr(ev) == "Envoice(base_url='https://api.example.com/v0')"
    assert str(sent[0].url) == "https://api.example.com/v0/api/general/countries"


# -- credentials -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "header", "sent_as"),
    [
        (
            lambda value, http: facade.Envoice("key-000001", value, http_client=http),
            "x-auth-secret",
            SECRET,
        ),
        (
            lambda value, http: facade.Enlivy(value, "org_1", http_client=http),
            "authorization",
            f"Bearer {SECRET}",
        ),
    ],
    ids=["envoice-secret", "enlivy-token"],
)
def test_a_credential_read_with_its_newline_is_stripped(
    build: Any, header: str, sent_as: str
) -> None:
    sent, transport = recording()
    with build(f"  {SECRET}\n", httpx.Client(transport=transport)) as client:
        raw = client.with_raw_response.general.countries() if header == "x-auth-secret" else None
    if raw is None:
        with (
            build(f"  {SECRET}\n", httpx.Client(transport=transport)) as client,
            pytest.raises(errors.APIError),  # the recorder's [] is not a tag list
        ):
            client.tags.list().first_page()
    assert sent[0].headers[header] == sent_as  # what went on the wire: stripped
    if raw is not None:
        # ... and once the exchange is over, the response's request no longer holds it.
        assert raw.http_response.request.headers[header] == "[secure]"
        assert SECRET not in repr(raw.http_response.request.headers)


def test_the_stripped_credential_is_what_goes_on_the_wire() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-auth-secret"])  # read before the flow masks it
        return httpx.Response(200, json=[])

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with facade.Envoice("key-000001", f"{SECRET}\r\n", http_client=http) as ev:
        ev.general.countries()
    assert seen == [SECRET]


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (f"{SECRET[:8]}\r\n{SECRET[8:]}", "control character"),
        (f"{SECRET}\x00", "control character"),
        (f"{SECRET}\x7f", "control character"),
        ("\n\t ", "is empty"),
        (12345, "must be a str"),
        ("sécret-Quokka-7731", "must be plain ASCII"),
    ],
    ids=["inner-crlf", "nul", "del", "blank", "int", "non-ascii"],
)
@pytest.mark.parametrize("api", ["envoice", "enlivy", "fiskaly"])
def test_an_unusable_credential_is_refused_without_showing_it(
    api: str, value: Any, rule: str
) -> None:
    if api == "fiskaly" and rule == "must be plain ASCII":
        pytest.skip("fiskaly's key and secret travel in a JSON body: any text is fine")
    with pytest.raises(errors.ConfigurationError) as raised:
        if api == "envoice":
            facade.Envoice("key-000001", value)
        elif api == "enlivy":
            facade.Enlivy(value, "org_1")
        else:
            facade.Fiskaly("key-000001", value)
    assert rule in str(raised.value)
    if isinstance(value, str) and value.strip():
        assert "Quokka" not in str(raised.value) and "Quokka" not in repr(raised.value)


def test_a_credential_from_the_environment_names_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ENVOICE_AUTH_SECRET", "abc\ndef-ghi")
    with pytest.raises(errors.ConfigurationError, match="ENVOICE_AUTH_SECRET"):
        facade.Envoice("key-000001")


# -- timeout, max_retries, max_response_bytes ------------------------------------------------------


BAD_TIMEOUTS = [0, -1, math.nan, math.inf, "30", True, httpx.Timeout(5.0, read=-1.0)]
BAD_RETRIES = [-1, 1.5, "2", True, None]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS)
def test_a_bad_timeout_is_refused_at_construction(timeout: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        facade.Envoice("key-000001", "secret-000001", timeout=timeout)


@pytest.mark.parametrize("retries", BAD_RETRIES)
def test_bad_max_retries_is_refused_at_construction(retries: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        facade.Envoice("key-000001", "secret-000001", max_retries=retries)


@pytest.mark.parametrize("limit", [0, -5, 1.5, "64", True])
def test_a_bad_max_response_bytes_is_refused(limit: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="max_response_bytes"):
        facade.AsyncEnvoice("key-000001", "secret-000001", max_response_bytes=limit)


@pytest.mark.parametrize(
    ("option", "value"),
    # (None per call means "the client's own", as the typed methods declare it.)
    [
        *[("timeout", t) for t in BAD_TIMEOUTS],
        *[("max_retries", r) for r in BAD_RETRIES if r is not None],
    ],
)
async def test_bad_per_call_options_are_refused_before_sending(option: str, value: Any) -> None:
    for use_async in (False, True):
        mock = MockAPI("envoice")
        client = make_client("envoice", mock, use_async=use_async)
        with pytest.raises(errors.ValidationError) as raised:
            result = client.general.countries(**{option: value})
            if use_async:
                await result
        assert list(raised.value.errors) == [option]
        assert mock.requests == []


# -- http_client -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "http", "hint"),
    [
        (facade.AsyncEnvoice, httpx.Client, "or use Envoice with it"),
        (facade.Envoice, httpx.AsyncClient, "or use AsyncEnvoice with it"),
        (facade.AsyncFiskaly, httpx.Client, "or use Fiskaly with it"),
        (facade.Enlivy, object, ""),
    ],
)
def test_an_http_client_of_the_wrong_kind_is_refused_at_construction(
    cls: Any, http: Any, hint: str
) -> None:
    with pytest.raises(errors.ConfigurationError, match="as http_client") as raised:
        cls("key-000001", "secret-000001", http_client=http())
    assert hint in str(raised.value)


def test_a_closed_http_client_is_refused_at_construction() -> None:
    http = httpx.Client()
    http.close()
    with pytest.raises(errors.ConfigurationError, match="already closed"):
        facade.Envoice("key-000001", "secret-000001", http_client=http)


# -- closed clients --------------------------------------------------------------------------------


def test_a_call_after_close_is_a_facade_error() -> None:
    sent, transport = recording()
    http = httpx.Client(transport=transport)
    client = facade.Envoice("key-000001", "secret-000001", http_client=http)
    client.general.countries()
    client.close()  # the caller's http_client stays open: it is theirs
    client.general.countries()
    http.close()
    with pytest.raises(errors.ClientClosedError, match="the http_client given to this Envoice"):
        client.general.countries()
    own = facade.Envoice("key-000001", "secret-000001")
    own.close()
    with pytest.raises(errors.ClientClosedError, match="this Envoice is closed"):
        own.general.countries()
    with pytest.raises(RuntimeError):  # still what httpx users catch
        own.general.countries()
    assert len(sent) == 2


async def test_a_call_after_aclose_is_a_facade_error() -> None:
    own = facade.AsyncEnvoice("key-000001", "secret-000001")
    await own.aclose()
    with pytest.raises(errors.ClientClosedError, match="this AsyncEnvoice is closed"):
        await own.general.countries()
    with pytest.raises(errors.ClientClosedError):  # a list is checked when it is asked for
        own.invoices.list()


def test_an_async_client_closed_then_used_on_a_new_loop_stays_closed() -> None:
    own = facade.AsyncEnvoice("key-000001", "secret-000001")
    asyncio.run(own.aclose())
    with pytest.raises(errors.ClientClosedError):
        asyncio.run(own.general.countries())


# -- the shape of arguments ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "where"),
    [
        ({1: "a", "1": "b"}, "metadata"),
        ({None: "a"}, "metadata"),
        ({"ok": {("t", "u"): "x"}}, "metadata.ok"),
    ],
)
async def test_mapping_keys_must_be_strings(metadata: Any, where: str) -> None:
    for use_async in (False, True):
        mock = MockAPI("fiskaly_management")
        client = make_client("fiskaly_management", mock, use_async=use_async)
        with pytest.raises(errors.ValidationError) as raised:
            result = client.organizations.update(organization_id=ORG, metadata=metadata)
            if use_async:
                await result
        assert "key names must be str" in raised.value.errors[where][0]
        assert mock.requests == []


def _nested(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"k": value}
    return value


@pytest.mark.parametrize("value", ["deep", "cycle", "deep-list"])
def test_nesting_past_the_limit_or_a_cycle_is_refused(value: str) -> None:
    if value == "deep":
        metadata: Any = _nested(5000)
    elif value == "cycle":
        metadata = {}
        metadata["self"] = metadata
    else:
        metadata = {"k": [[[[[[[[[[_nested(100)]]]]]]]]]]}
    mock = MockAPI("fiskaly_management")
    with (
        make_client("fiskaly_management", mock) as client,
        pytest.raises(errors.ValidationError) as raised,
    ):
        client.organizations.update(organization_id=ORG, metadata=metadata)
    assert "nested more than 64 levels" in raised.value.errors["metadata"][0]
    assert mock.requests == []


def test_ordinary_nesting_is_not_affected() -> None:
    mock = MockAPI("enlivy")
    with make_client("enlivy", mock) as en:
        en.invoices.create(
            organization_receiver_user_id="org_user_1",
            status="draft",
            currency="EUR",
            source="internal",
            payment_method="bank_transfer",
            delivery_method="email",
            line_items=[{"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 150.0}],
        )
    assert len(mock.requests) == 1
