"""Secret hygiene against servers that echo secrets back, issue tokens that cannot travel in a
header, or answer with broken HTTP quoting what they received; and callers whose credentials
carry a newline or sit in a URL. Over real loopback sockets (the hostile server of the
reliability suite, and the sandbox), sync and async.

Each test scans everything a caller or a log could show: ``str``/``repr``/``vars`` of the error,
its formatted traceback (every link of its chain), ``error.response.request`` (headers and
body), and every log record of every logger at every level.
"""

from __future__ import annotations

import inspect
import json
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from facade._redact import remember, scrub_exception_chain
from facade._responses import connection_error
from facade._secrets import Secret
from facade.testing import Sandbox, sandbox
from tests.reliability.hostile import Exchange, Received, hostile

from .conftest import LogCapture, capture_all_logs

API_KEY = "fk-key-Wombat-4412"
API_SECRET = "fk-secret-Platypus-8830"
EV_KEY = "ev-key-Numbat-1290"
EV_SECRET = "ev-secret-Bilby-5521"
EN_TOKEN = "9|en-token-Quoll-6604"
PASSWORD = "pw-Dingo-Koala-3379"
ISSUED = "issued.jwt.Echidna-2207"
ALL = [API_KEY, API_SECRET, EV_KEY, EV_SECRET, EN_TOKEN, PASSWORD, ISSUED]
ORG_ID = "24e79b9d-e6e7-48fa-9c79-14f1845948a8"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def logs() -> Iterator[LogCapture]:
    with capture_all_logs() as capture:
        yield capture


async def run(action: Callable[[], Any]) -> Any:
    result = action()
    return await result if inspect.isawaitable(result) else result


def shown(error: BaseException) -> str:
    """Everything an error can show: message, repr, attributes, traceback with its chain, and
    the request kept on its response."""
    parts = [str(error), repr(error), repr(vars(error)), "".join(traceback.format_exception(error))]
    response = getattr(error, "response", None)
    if response is not None:
        request = response.request
        parts += [repr(dict(request.headers)), repr(request.headers), request.content.decode()]
        parts += [str(request.url), response.text]
    return "\n".join(parts)


def assert_clean(text: str, secrets: list[str] = ALL) -> None:
    leaked = [s for s in secrets if s in text]
    assert leaked == [], f"secrets shown: {leaked}"


def fiskaly(flavour: str, url: str, **options: Any) -> Any:
    cls: Any = facade.Fiskaly if flavour == "sync" else facade.AsyncFiskaly
    return cls(API_KEY, API_SECRET, base_url=url, **options)


def envoice(flavour: str, url: str, **options: Any) -> Any:
    cls: Any = facade.Envoice if flavour == "sync" else facade.AsyncEnvoice
    return cls(EV_KEY, EV_SECRET, base_url=url, **options)


def enlivy(flavour: str, url: str, **options: Any) -> Any:
    cls: Any = facade.Enlivy if flavour == "sync" else facade.AsyncEnlivy
    return cls(EN_TOKEN, "org_hygiene", base_url=url, **options)


async def close(client: Any) -> None:
    await run(client.aclose if hasattr(client, "aclose") else client.close)


# -- servers that echo what they were sent ---------------------------------------------------------


async def test_a_token_endpoint_that_echoes_key_and_secret(flavour: str, logs: LogCapture) -> None:
    def echo(request: Received, exchange: Exchange) -> None:
        sent = request.json()
        message = f"no account for key {sent['api_key']} with secret {sent['api_secret']}"
        body = {"status_code": 401, "error": "Unauthorized", "code": "E_AUTH", "message": message}
        exchange.respond(401, body)

    with hostile(echo) as server:
        fk = fiskaly(flavour, server.url)
        with pytest.raises(errors.AuthenticationError) as raised:
            await run(lambda: fk.organizations.get(organization_id=ORG_ID))
        await close(fk)
    error = raised.value
    assert error.message == "no account for key *** with secret ***"
    assert error.body["message"] == error.message
    assert error.response.request.content == b""  # the token request's body is not kept
    assert_clean(shown(error) + logs.text)


async def test_an_envoice_server_that_echoes_its_credentials(
    flavour: str, logs: LogCapture
) -> None:
    def echo(request: Received, exchange: Exchange) -> None:
        text = f"key {request.headers['x-auth-key']} / {request.headers['x-auth-secret']} refused"
        entry = {"Code": "E_AUTH", "FaultMessage": text, "Group": "Authentication"}
        exchange.respond(200, {"IsFaulted": True, "ErrorMessages": [entry]})

    with hostile(echo) as server:
        ev = envoice(flavour, server.url)
        with pytest.raises(errors.APIError) as raised:
            await run(lambda: ev.clients.get(id=1))
        await close(ev)
    error = raised.value
    assert error.message == "key *** / *** refused"
    headers = error.response.request.headers
    assert headers["x-auth-key"] == headers["x-auth-secret"] == "[secure]"
    assert_clean(shown(error) + logs.text)


async def test_an_enlivy_server_that_echoes_the_bearer_token(
    flavour: str, logs: LogCapture
) -> None:
    def echo(request: Received, exchange: Exchange) -> None:
        token = request.headers["authorization"].removeprefix("Bearer ")
        exchange.respond(404, {"message": f"nothing here for {token}", "errors": {token: [token]}})

    with hostile(echo) as server:
        en = enlivy(flavour, server.url, max_retries=0)
        with pytest.raises(errors.NotFoundError) as raised:
            await run(lambda: en.tags.get(tag_id="org_tag_1"))
        await close(en)
    assert raised.value.message == "nothing here for ***"
    assert raised.value.response.request.headers["authorization"] == "[secure]"
    assert_clean(shown(raised.value) + logs.text)


async def test_a_login_endpoint_that_echoes_the_password(flavour: str, logs: LogCapture) -> None:
    def echo(request: Received, exchange: Exchange) -> None:
        sent = request.json()
        exchange.respond(
            422,
            {
                "message": f"password {sent['password']} is wrong",
                "errors": {"password": [f"{sent['password']} is not it"]},
            },
        )

    with hostile(echo) as server:
        cls: Any = facade.Enlivy if flavour == "sync" else facade.AsyncEnlivy
        with pytest.raises(errors.ValidationError) as raised:
            await run(
                lambda: cls.login(email="me@example.com", password=PASSWORD, base_url=server.url)
            )
    error = raised.value
    assert error.message == "password *** is wrong"
    assert error.errors == {"password": ["*** is not it"]}
    assert error.response.request.content == b""
    assert_clean(shown(error) + logs.text)


async def test_a_successful_login_keeps_no_password(flavour: str, logs: LogCapture) -> None:
    def login(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, {"token": "3|fresh-login-token-0001"})

    with hostile(login) as server:
        cls: Any = facade.Enlivy if flavour == "sync" else facade.AsyncEnlivy
        client = await run(
            lambda: cls.login(email="me@example.com", password=PASSWORD, base_url=server.url)
        )
        await close(client)
    assert client.login_response.http_response.request.content == b""
    assert client.login_response.http_response.elapsed.total_seconds() >= 0  # kept on the copy
    assert json.loads(server.received[0].body)["password"] == PASSWORD  # it was sent, once
    assert_clean(repr(vars(client.login_response)) + logs.text)


# -- tokens that cannot travel in a header ---------------------------------------------------------


@pytest.mark.parametrize("bad", [f"{ISSUED}\r\n", f"{ISSUED}\r\nX-Injected: 1", f"x {ISSUED}"])
async def test_an_issued_token_with_control_characters_is_never_sent(
    flavour: str, logs: LogCapture, bad: str
) -> None:
    def issue(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, {"access_token": bad, "access_token_expires_in": 300})

    with hostile(issue) as server:
        fk = fiskaly(flavour, server.url, max_retries=0)
        with pytest.raises(errors.APIError, match="without a usable access token") as raised:
            await run(lambda: fk.organizations.get(organization_id=ORG_ID))
        await close(fk)
    assert [r.path for r in server.received] == ["/auth"]  # nothing was sent with it
    assert_clean(shown(raised.value) + logs.text)


# -- broken HTTP that quotes what it received ------------------------------------------------------


async def test_a_server_echoing_the_token_in_broken_http(flavour: str, logs: LogCapture) -> None:
    """h11 quotes an illegal status line in its error: the token must not survive into the
    error's chain (the traceback prints every link)."""

    def broken(request: Received, exchange: Exchange) -> None:
        exchange.send(f"HTTP/1.1 2OO {request.headers['authorization']}\r\n\r\n".encode())
        exchange.close_after = True

    with hostile(broken) as server:
        en = enlivy(flavour, server.url, max_retries=0)
        with pytest.raises(errors.APIConnectionError) as raised:
            await run(lambda: en.tags.get(tag_id="org_tag_1"))
        await close(en)
    assert raised.value.__cause__ is not None  # the httpx error is kept, scrubbed
    assert "***" in "".join(traceback.format_exception(raised.value))
    assert_clean(shown(raised.value))


def test_connection_errors_scrub_secrets_from_the_whole_chain() -> None:
    request = httpx.Request(
        "GET", "https://api.example.com/x", headers={"x-auth-secret": EV_SECRET}
    )
    remember(request, Secret(EV_SECRET))
    try:
        try:
            raise ValueError(f"Illegal header value b'{EV_SECRET}\\r\\n'")
        except ValueError as inner:
            raise httpx.LocalProtocolError(f"refused {EV_SECRET}", request=request) from inner
    except httpx.LocalProtocolError as error:
        mapped = connection_error("envoice", error)
        chain = error
    assert_clean(str(mapped) + "".join(traceback.format_exception(chain)))
    assert request.headers["x-auth-secret"] == "[secure]"
    scrub_exception_chain(chain, ())  # nothing to blank: a no-op


# -- credentials the caller gives ------------------------------------------------------------------


@pytest.mark.parametrize("api", ["fiskaly", "enlivy", "envoice"])
async def test_credentials_with_a_trailing_newline_work_against_the_sandbox(
    api: str, flavour: str
) -> None:
    with sandbox() as sb:
        overrides = _newline_credentials(sb, api)
        client = (
            sb.client(api, **overrides) if flavour == "sync" else sb.async_client(api, **overrides)
        )
        if api == "fiskaly":
            result = await run(
                lambda: client.organizations.get(organization_id=sb.fiskaly.organization_id)
            )
        elif api == "enlivy":
            result = await run(client.organizations.get)
        else:
            result = await run(client.general.countries)
        await close(client)
    assert result


def _newline_credentials(sb: Sandbox, api: str) -> dict[str, str]:
    if api == "fiskaly":
        return {"api_key": sb.fiskaly.api_key + "\n", "api_secret": sb.fiskaly.api_secret + "\r\n"}
    if api == "enlivy":
        return {"token": sb.enlivy.token + "\n"}
    return {"auth_key": " " + sb.envoice.auth_key, "auth_secret": sb.envoice.auth_secret + "\n"}


@pytest.mark.parametrize("cls", [facade.Fiskaly, facade.AsyncEnvoice])
def test_userinfo_in_a_base_url_is_refused_without_being_shown(cls: Any, logs: LogCapture) -> None:
    for url in (f"https://scan:{PASSWORD}@api.example.com", f"http://scan:{PASSWORD}@127.0.0.1"):
        with pytest.raises(errors.ConfigurationError, match="must not carry credentials") as raised:
            cls("key-000001", "secret-000001", base_url=url)
        assert_clean(shown(raised.value) + logs.text)
