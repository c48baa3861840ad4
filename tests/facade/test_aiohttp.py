"""``facade.aiohttp_client()``: the async clients over aiohttp's connection pool.

The fault suite (tests/reliability/) runs every scenario over this transport as well; here are
the error mapping the retry rules depend on, and the ordinary surface over a real socket."""

from __future__ import annotations

import sys

import aiohttp
import httpx
import pytest

import facade
from facade import errors
from facade._aiohttp import _remapped
from facade._transport import RequestOptions, RetryPolicy, _Plan
from facade.testing import Sandbox

REQUEST = httpx.Request("POST", "https://api.example/things")


def failure(cause: BaseException) -> httpx.TransportError:
    """What httpx-aiohttp raises: some httpx error caused by the aiohttp one."""
    error = httpx.ConnectTimeout(str(cause), request=REQUEST)
    error.__cause__ = cause
    return error


def connector_error() -> aiohttp.ClientConnectorError:
    key = aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None)
    return aiohttp.ClientConnectorError(key, ConnectionRefusedError(111, "refused"))


@pytest.mark.parametrize(
    ("cause", "expected", "replays_a_keyless_post"),
    [
        (connector_error(), httpx.ConnectError, True),
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout, True),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout, False),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, False),
        (aiohttp.ClientPayloadError("cut"), httpx.ReadError, False),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError, False),
    ],
)
def test_aiohttp_failures_map_to_what_they_were(
    cause: BaseException, expected: type[Exception], replays_a_keyless_post: bool
) -> None:
    mapped = _remapped(failure(cause), REQUEST)
    assert type(mapped) is expected
    # What that means for a POST without an idempotency key: only a request that never left
    # may be sent again (httpx-aiohttp alone reports a server disconnect as ConnectTimeout).
    REQUEST.extensions["facade"] = RequestOptions(api="test", max_retries=2)
    plan = _Plan(REQUEST, RetryPolicy(), lambda: 0.0, lambda: 0.0)
    assert (plan.delay_after_error(mapped, 0) is not None) is replays_a_keyless_post


async def test_the_async_clients_work_over_aiohttp(fiscal_sandbox: Sandbox) -> None:
    async with (
        facade.aiohttp_client() as http,
        fiscal_sandbox.async_client("enlivy", http_client=http) as en,
    ):
        tags = [
            await en.tags.create(alias=f"tag-{n}", rgba_color_code="#336699ff") for n in range(3)
        ]
        listed = [tag.id async for tag in en.tags.list(per_page=2)]  # two pages
        assert {tag.id for tag in tags} <= set(listed)
        raw = await en.with_raw_response.tags.get(tag_id=tags[0].id)
        assert raw.status_code == 200 and raw.request_id and raw.parsed.alias == "tag-0"
        with pytest.raises(errors.NotFoundError):
            await en.tags.get(tag_id="org_tag_missing")
        assert type(http._transport).__name__ == "AsyncRetryTransport"  # our retries on top
    assert http.is_closed


def test_without_the_extra_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)
    with pytest.raises(ImportError, match=r"pip install 'fiscal-facade\[aiohttp\]'"):
        facade.aiohttp_client()
