"""The direct aiohttp path (``facade/_direct.py``): when it is taken, when httpx's client takes
over instead, and that what it hands back looks like what httpx's path hands back.

The fault suite (``tests/reliability``, flavour ``async-direct``) runs the retry, timeout, size
and hostile-server scenarios on this path; these tests cover what only it decides.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from facade._transport import AsyncRetryTransport
from tests.reliability.hostile import Exchange, Received, hostile

TOKEN = "direct-token-000111222333"
ORG = "org_direct"
COUNTRIES = [{"Id": 1, "Name": "Germany", "IsoCode": "DE"}]


@pytest.fixture
def httpx_sends(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths httpx's client handed to the facade's retry layer (the direct path does not)."""
    sent: list[str] = []
    original = AsyncRetryTransport.handle_async_request

    async def counting(self: AsyncRetryTransport, request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return await original(self, request)

    monkeypatch.setattr(AsyncRetryTransport, "handle_async_request", counting)
    return sent


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with facade.aiohttp_client() as client:
        yield client


def _countries(received: Received, exchange: Exchange) -> None:
    exchange.respond(200, COUNTRIES)


async def test_static_credentials_go_straight_to_aiohttp(
    http: httpx.AsyncClient, httpx_sends: list[str]
) -> None:
    with hostile(_countries) as server:
        ev = facade.AsyncEnvoice(
            "direct-key-0001", "direct-secret-0001", base_url=server.url, http_client=http
        )
        countries = await ev.general.countries()
        await ev.aclose()
    assert [c.name for c in countries] == ["Germany"]
    assert httpx_sends == []  # httpx's client was never asked
    [received] = server.received
    assert received.headers["x-auth-key"] == "direct-key-0001"
    assert received.headers["x-retry-count"] == "0"
    assert received.headers["accept-encoding"] == "gzip, deflate"
    assert received.headers["user-agent"].startswith("python-httpx/")  # httpx's defaults kept


@pytest.mark.parametrize("change", ["option", "hook later", "default header later"])
async def test_a_client_changed_from_what_aiohttp_client_made_goes_through_httpx(
    change: str, httpx_sends: list[str]
) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    if change == "option":
        http = facade.aiohttp_client(event_hooks={"request": [hook]})
    else:
        http = facade.aiohttp_client()
        if change == "hook later":
            http.event_hooks["request"].append(hook)
        else:
            http.headers["X-Trace"] = "abc"
    async with http:
        with hostile(_countries) as server:
            ev = facade.AsyncEnvoice(
                "direct-key-0001", "direct-secret-0001", base_url=server.url, http_client=http
            )
            await ev.general.countries()
            await ev.aclose()
    assert httpx_sends == ["/api/general/countries"]
    if change == "default header later":
        assert server.received[0].headers["x-trace"] == "abc"
    else:
        assert seen == ["/api/general/countries"]


async def test_a_token_flow_goes_through_httpx(
    fiscal_sandbox: Any, http: httpx.AsyncClient, httpx_sends: list[str]
) -> None:
    sb = fiscal_sandbox
    fk = sb.async_client("fiskaly", http_client=http)
    await fk.organizations.get(organization_id=sb.fiskaly.organization_id)
    await fk.aclose()
    assert len(httpx_sends) == 2  # the token request and the call: both through httpx's client


async def test_a_raw_response_carries_its_request_with_credentials_masked(
    http: httpx.AsyncClient,
) -> None:
    with hostile(_countries) as server:
        ev = facade.AsyncEnvoice(
            "direct-key-0001", "direct-secret-0001", base_url=server.url, http_client=http
        )
        raw = await ev.with_raw_response.general.countries()
        await ev.aclose()
    request = raw.http_response.request
    assert request.url == httpx.URL(server.url + "/api/general/countries")
    assert request.headers["x-auth-key"] == "[secure]"
    assert request.headers["x-auth-secret"] == "[secure]"
    assert "direct-secret-0001" not in repr(raw.http_response.headers)


async def test_an_error_body_echoing_the_token_is_redacted(http: httpx.AsyncClient) -> None:
    def echo(received: Received, exchange: Exchange) -> None:
        exchange.respond(400, {"message": f"bad token {received.headers['authorization']}"})

    with hostile(echo) as server:
        en = facade.AsyncEnlivy(TOKEN, ORG, base_url=server.url, http_client=http)
        with pytest.raises(errors.APIError) as raised:
            await en.tags.list().first_page()
        await en.aclose()
    assert TOKEN not in str(raised.value)
    assert TOKEN not in repr(raised.value.body)
    assert raised.value.status_code == 400


async def test_a_cookie_the_server_sets_is_kept_and_sent_back(
    http: httpx.AsyncClient, httpx_sends: list[str]
) -> None:
    def cookie(received: Received, exchange: Exchange) -> None:
        exchange.respond(200, COUNTRIES, {"Set-Cookie": "session=abc; Path=/"})

    with hostile(cookie) as server:
        ev = facade.AsyncEnvoice(
            "direct-key-0001", "direct-secret-0001", base_url=server.url, http_client=http
        )
        await ev.general.countries()  # direct: the answer sets a cookie
        await ev.general.countries()  # httpx's client, which sends it back
        await ev.aclose()
    assert http.cookies.get("session") == "abc"
    first, second = server.received
    assert "cookie" not in first.headers
    assert second.headers["cookie"] == "session=abc"
    assert httpx_sends == ["/api/general/countries"]


async def test_aiohttps_connect_timeout_keeps_its_meaning(http: httpx.AsyncClient) -> None:
    """aiohttp's timeouts are TimeoutErrors; a connect timeout must stay one (the request never
    left, so it may be retried), not become the call's deadline running out."""
    import aiohttp

    from facade._direct import ATTRIBUTE

    calls: list[str] = []

    class Refusing:
        def request(self, method: str, url: str, **rest: Any) -> Any:
            calls.append(method)
            raise aiohttp.ConnectionTimeoutError("connecting took too long")

    route = getattr(http, ATTRIBUTE)
    route._transport.session = Refusing
    ev = facade.AsyncEnvoice(
        "direct-key-0001",
        "direct-secret-0001",
        base_url="http://127.0.0.1:9",
        http_client=http,
        max_retries=1,
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("facade._transport.backoff_delay", lambda *args: 0.0)
        with pytest.raises(errors.APITimeoutError) as raised:
            await ev.general.countries()
    await ev.aclose()
    assert "ConnectTimeout" in str(raised.value)
    assert raised.value.attempts == 2 and calls == ["GET", "GET"]
