"""The httpx clients the facade builds for itself (``facade/_http.py``) skip the cookie jar's
work for responses that set no cookie, and otherwise keep and send cookies as httpx does."""

from __future__ import annotations

import asyncio
import http.cookiejar

import httpx
import pytest

import facade
from facade import _http


def _server(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/login":
            return httpx.Response(200, headers={"Set-Cookie": "session=abc; Path=/"}, json={})
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(answer)


@pytest.fixture
def jar_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How often http.cookiejar was asked to read cookies from a response."""
    reads: list[str] = []
    original = http.cookiejar.CookieJar.extract_cookies

    def counting(self: http.cookiejar.CookieJar, response: object, request: object) -> None:
        reads.append("read")
        original(self, response, request)  # type: ignore[arg-type]

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counting)
    return reads


def test_a_response_without_cookies_never_reaches_the_jar(jar_reads: list[str]) -> None:
    seen: list[httpx.Request] = []
    with _http.Client(transport=_server(seen)) as client:
        for _ in range(3):
            client.get("https://api.example.test/things")
    assert jar_reads == []
    # The stock client reads every response, which is the cost these clients remove.
    with httpx.Client(transport=_server(seen)) as stock:
        stock.get("https://api.example.test/things")
    assert jar_reads == ["read"]


def test_cookies_a_server_sets_are_kept_and_sent_back(jar_reads: list[str]) -> None:
    seen: list[httpx.Request] = []
    with _http.Client(transport=_server(seen)) as client:
        client.get("https://api.example.test/login")
        client.get("https://api.example.test/things")
        assert client.cookies.get("session") == "abc"
    assert jar_reads == ["read"]  # the login's answer; the second one sets nothing
    assert "cookie" not in seen[0].headers
    assert seen[1].headers["cookie"] == "session=abc"


def test_the_async_client_keeps_cookies_too(jar_reads: list[str]) -> None:
    seen: list[httpx.Request] = []

    async def run() -> httpx.Cookies:
        async with _http.AsyncClient(transport=_server(seen)) as client:
            await client.get("https://api.example.test/things")
            await client.get("https://api.example.test/login")
            await client.get("https://api.example.test/things")
            return client.cookies

    cookies = asyncio.run(run())
    assert jar_reads == ["read"]  # only the answer that set one
    assert cookies.get("session") == "abc"
    assert "cookie" not in seen[0].headers
    assert seen[2].headers["cookie"] == "session=abc"


def test_cookies_given_or_assigned_are_sent_and_keep_the_cheap_store() -> None:
    seen: list[httpx.Request] = []
    client = _http.Client(transport=_server(seen), cookies={"a": "1"})
    client.get("https://api.example.test/things")
    client.cookies = {"b": "2"}
    assert isinstance(client.cookies, _http._Cookies)
    client.get("https://api.example.test/things")
    client.close()
    assert seen[0].headers["cookie"] == "a=1"
    assert seen[1].headers["cookie"] == "b=2"


def test_the_facade_builds_its_own_clients_from_these() -> None:
    with facade.Enlivy(token="t", organization_id="org_1") as en:
        assert isinstance(en._http, _http.Client)

    async def build() -> object:
        async with facade.AsyncEnlivy(token="t", organization_id="org_1") as en:
            return type(en._http)

    assert asyncio.run(build()) is _http.AsyncClient


def test_a_callers_client_is_used_as_it_is() -> None:
    mine = httpx.Client(transport=_server([]))
    with facade.Enlivy(token="t", organization_id="org_1", http_client=mine) as en:
        assert en._http is mine
        assert type(mine.cookies) is httpx.Cookies
    mine.close()


def test_aiohttp_client_is_one_of_them() -> None:
    async def build() -> object:
        async with facade.aiohttp_client() as http:
            return type(http)

    assert asyncio.run(build()) is _http.AsyncClient
