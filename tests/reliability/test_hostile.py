"""The facade against hostile servers over real loopback sockets (``hostile.py``): servers that
drip, inflate, lie about pages, answer with bodies Python cannot decode, or speak broken HTTP.

Each test runs with the sync and the async client. Nothing here asserts a duration (the machine
is shared and noisy): a bounded call is shown by what the server managed to send before the
client hung up, and by how many attempts were made.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import os
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import facade
from facade import errors

from .hostile import Exchange, Received, gzip_bomb, hostile, nested_json

ROOT = Path(__file__).resolve().parents[2]
KEY, SECRET = "hostile-key-0001", "hostile-secret-0001"
ENLIVY_TOKEN, ORG = "5|hostile-enlivy-token-0001", "org_hostile"
COUNTRIES = [{"Id": i, "Name": f"Country {i}", "Value": f"C{i}"} for i in range(20)]
ORGANIZATION = {
    "_id": "24e79b9d-e6e7-48fa-9c79-14f1845948a8",
    "_type": "ORGANIZATION",
    "_envs": ["TEST"],
    "name": "Hostile GmbH",
    "address_line1": "Hauptstrasse 1",
    "zip": "10115",
    "town": "Berlin",
    "country_code": "DEU",
    "metadata": {},
}
ORG_ID = ORGANIZATION["_id"]


@pytest.fixture(params=["sync", "async", "async-direct"])
def flavour(request: pytest.FixtureRequest) -> str:
    """Sync clients, async clients over httpx's transport, and async clients over
    ``facade.aiohttp_client()`` (Enlivy and Envoice: the direct aiohttp path)."""
    return str(request.param)


def make(api: str, flavour: str, url: str, **options: Any) -> Any:
    """A facade client of ``api`` against a hostile server (closed with :func:`close`)."""
    sync = flavour == "sync"
    if flavour == "async-direct":
        options.setdefault("http_client", facade.aiohttp_client())
    if api == "envoice":
        cls: Any = facade.Envoice if sync else facade.AsyncEnvoice
        return cls(KEY, SECRET, base_url=url, **options)
    if api == "enlivy":
        cls = facade.Enlivy if sync else facade.AsyncEnlivy
        return cls(ENLIVY_TOKEN, ORG, base_url=url, **options)
    cls = facade.Fiskaly if sync else facade.AsyncFiskaly
    return cls(KEY, SECRET, base_url=url, **options)


async def call(action: Callable[[], Any]) -> Any:
    result = action()
    return await result if inspect.isawaitable(result) else result


async def close(client: Any) -> None:
    await call(client.aclose if hasattr(client, "aclose") else client.close)
    if not client._owns_http:  # an http_client made by make() (closing one twice is harmless)
        await call(client._http.aclose if hasattr(client._http, "aclose") else client._http.close)


async def collect(listing: Any) -> tuple[list[Any], BaseException | None]:
    """Every item of a list call (sync or async), and the error that ended it, if any."""
    items: list[Any] = []
    try:
        if hasattr(listing, "__aiter__"):
            async for item in listing:
                items.append(item)
        else:
            for item in listing:
                items.append(item)
    except errors.FacadeError as error:
        return items, error
    return items, None


def token_answer(request: Received, exchange: Exchange, **fields: Any) -> None:
    body = {
        "access_token": "hostile.access.token",
        "access_token_expires_in": 300,
        "refresh_token": "hostile.refresh.token",
        "refresh_token_expires_in": 3600,
        **fields,
    }
    exchange.respond(200, body)


# -- a server that drips: timeout= bounds the whole call -------------------------------------------


def dripping(where: str, interval: float = 0.05) -> Callable[[Received, Exchange], None]:
    """Answers every request by dripping, one byte each ``interval`` s, either its headers
    (endless padding) or a 1,600-byte body: 80 s at that pace."""
    body = json.dumps(COUNTRIES * 2).encode()[:1600]

    def handler(request: Received, exchange: Exchange) -> None:
        if where == "headers":
            exchange.send(b"HTTP/1.1 200 OK\r\nX-Pad: ")
            exchange.drip(b"a" * 1600, interval)
        else:
            exchange.send(exchange.head(200, {"Content-Type": "application/json"}, length=1600))
            exchange.drip(body, interval)

    return handler


@pytest.mark.parametrize("own_http_client", [False, True], ids=["owned", "callers-httpx"])
@pytest.mark.parametrize("where", ["body", "headers"])
async def test_a_dripping_server_cannot_stretch_a_call_past_its_timeout(
    flavour: str, where: str, own_http_client: bool
) -> None:
    options: dict[str, Any] = {"timeout": 1.0, "max_retries": 3}
    if own_http_client:
        options["http_client"] = httpx.Client() if flavour == "sync" else httpx.AsyncClient()
    with hostile(dripping(where)) as server:
        ev = make("envoice", flavour, server.url, **options)
        with pytest.raises(errors.APITimeoutError) as raised:
            await call(ev.general.countries)
        await close(ev)
        if own_http_client:
            await call(
                options["http_client"].close if flavour == "sync" else options["http_client"].aclose
            )
    # One attempt used the whole second: no time was left for the three retries.
    assert raised.value.attempts == 1 and len(server.received) == 1
    assert "the call's timeout ran out" in str(raised.value)
    [exchange] = server.exchanges
    assert exchange.hung_up and exchange.sent < 1600  # the client left long before the end


async def test_retries_and_their_waits_stay_within_the_timeout(flavour: str) -> None:
    """Retry-After 3 s does not fit in a 1 s call: the 503 is the answer, after one attempt."""

    def busy(request: Received, exchange: Exchange) -> None:
        exchange.respond(503, {"IsFaulted": True}, {"Retry-After": "3"})

    with hostile(busy) as server:
        ev = make("envoice", flavour, server.url, timeout=1.0, max_retries=5)
        with pytest.raises(errors.ServerError):
            await call(ev.general.countries)
        await close(ev)
    assert len(server.received) == 1


async def test_short_waits_are_retried_until_the_deadline(flavour: str) -> None:
    """Retry-After 0.2 s with 10 retries would take 2 s; a 1 s call stops retrying earlier."""

    def busy(request: Received, exchange: Exchange) -> None:
        exchange.respond(503, {"IsFaulted": True}, {"Retry-After": "0.2"})

    with hostile(busy) as server:
        ev = make("envoice", flavour, server.url, timeout=1.0, max_retries=10)
        with pytest.raises(errors.ServerError):
            await call(ev.general.countries)
        await close(ev)
    assert 2 <= len(server.received) < 11


# -- resource exhaustion ---------------------------------------------------------------------------


@functools.cache
def gigabyte_bomb() -> bytes:
    return gzip_bomb(1 << 30)  # about 1 MB that inflates to 1 GiB


def bombing(request: Received, exchange: Exchange) -> None:
    exchange.respond(200, gigabyte_bomb(), {"Content-Encoding": "gzip"}, close=True)


async def test_a_gzip_bomb_stops_at_the_default_size_limit(flavour: str) -> None:
    with hostile(bombing) as server:
        ev = make("envoice", flavour, server.url)
        with pytest.raises(errors.ResponseTooLargeError) as raised:
            await call(ev.general.countries)
        await close(ev)
    assert raised.value.limit == 64 * 1024 * 1024 and raised.value.status_code == 200
    assert "max_response_bytes" in str(raised.value)
    assert len(server.received) == 1  # never retried: the next answer would be as big


@pytest.mark.parametrize("encoding", ["identity", "gzip", "deflate"])
async def test_max_response_bytes_is_a_client_option(flavour: str, encoding: str) -> None:
    body = json.dumps(COUNTRIES).encode()  # about 1 KiB

    def answer(request: Received, exchange: Exchange) -> None:
        if encoding == "identity":
            exchange.respond(200, body)
        else:
            wbits = 31 if encoding == "gzip" else 15
            packed = zlib_compress(body, wbits)
            exchange.respond(200, packed, {"Content-Encoding": encoding})

    with hostile(answer) as server:
        small = make("envoice", flavour, server.url, max_response_bytes=len(body) - 1)
        with pytest.raises(errors.ResponseTooLargeError) as raised:
            await call(small.general.countries)
        assert raised.value.limit == len(body) - 1
        exact = make("envoice", flavour, server.url, max_response_bytes=len(body))
        countries = await call(exact.general.countries)
        await close(small)
        await close(exact)
    assert [c.id for c in countries] == list(range(20))


def zlib_compress(data: bytes, wbits: int) -> bytes:
    import zlib

    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


MEMORY_PROBE = textwrap.dedent(
    """
    import json, resource, sys
    sys.path.insert(0, sys.argv[3])
    import facade
    from facade import errors
    from tests.reliability.hostile import gzip_bomb, hostile

    def kib(field):
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        raise LookupError(field)

    def reset_peak():
        # Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS, so what
        # imports and warm-up took before does not hide what the call takes.
        try:
            with open("/proc/self/clear_refs", "w") as refs:
                refs.write("5")
            return True
        except OSError:
            return False

    size, limit = int(sys.argv[1]), int(sys.argv[2])
    bomb = gzip_bomb(size)
    seen = []

    def handler(request, exchange):
        seen.append(request)
        if len(seen) == 1:  # a normal answer first: imports and caches warm up before measuring
            exchange.respond(200, [{"Id": 1, "Name": "A", "Value": "AA"}])
        else:
            exchange.respond(200, bomb, {"Content-Encoding": "gzip"}, close=True)

    with hostile(handler) as server:
        ev = facade.Envoice(
            "probe-key-0001", "probe-secret-0001", base_url=server.url, max_retries=0,
            max_response_bytes=limit,
        )
        ev.general.countries()
        detail = ""
        if reset_peak():
            before, peak = kib("VmRSS"), lambda: kib("VmHWM")
        else:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            ev.general.countries()
            outcome = "ok"
        except errors.FacadeError as error:
            outcome = type(error).__name__
            detail = str(error)[:200]
        after = peak()
        ev.close()
    print(json.dumps({"outcome": outcome, "grew_mib": (after - before) / 1024, "detail": detail}))
    """
)


def _peak_growth(decoded: int, limit: int) -> dict[str, Any]:
    """Run one call against a bomb in a fresh interpreter; its peak RSS growth (MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(decoded), str(limit), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_memory_stays_bounded_while_a_bomb_arrives() -> None:
    """Peak RSS growth of one call, measured in a fresh process: a 1 GiB bomb with an 8 MiB
    limit grows the process by well under 48 MiB; the control, a 96 MiB bomb under a 128 MiB
    limit (decoded whole), shows the measure does see an inflated body."""
    bounded = _peak_growth(1 << 30, 8 << 20)
    assert bounded["outcome"] == "ResponseTooLargeError"
    assert bounded["grew_mib"] < 48, bounded
    control = _peak_growth(96 << 20, 128 << 20)
    assert control["outcome"] == "UnexpectedResponseError"  # decoded whole: zeros are not JSON
    assert control["grew_mib"] >= 96, control


# -- raw exceptions that must be facade errors -----------------------------------------------------


async def test_a_corrupt_gzip_body_is_a_connection_error_retried_like_one(flavour: str) -> None:
    def corrupt(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, b"\x1f\x8b\x08\x00not really gzip", {"Content-Encoding": "gzip"})

    with hostile(corrupt) as server:
        ev = make("envoice", flavour, server.url, max_retries=1)
        with pytest.raises(errors.APIConnectionError) as raised:
            await call(ev.general.countries)
        await close(ev)
    assert "gzip body is corrupt" in str(raised.value)
    assert raised.value.attempts == 2 and len(server.received) == 2  # a GET: replayable


async def test_an_encoding_that_was_not_asked_for_is_refused(flavour: str) -> None:
    def brotli(request: Received, exchange: Exchange) -> None:
        assert request.headers["accept-encoding"] == "gzip, deflate"
        exchange.respond(200, b"\x0b\x02\x80[]\x03", {"Content-Encoding": "br"})

    with hostile(brotli) as server:
        ev = make("envoice", flavour, server.url, max_retries=0)
        with pytest.raises(errors.APIConnectionError, match="'br', which was not asked for"):
            await call(ev.general.countries)
        await close(ev)


@pytest.mark.parametrize("status", [200, 500])
async def test_json_nested_past_pythons_limit_is_an_api_error(flavour: str, status: int) -> None:
    deep = nested_json(100_000)

    def answer(request: Received, exchange: Exchange) -> None:
        exchange.respond(status, deep)

    with hostile(answer) as server:
        ev = make("envoice", flavour, server.url, max_retries=0)
        with pytest.raises(errors.APIError) as raised:
            await call(ev.general.countries)
        await close(ev)
    if status == 200:
        assert "does not fit the documented model" in str(raised.value)
    else:
        assert isinstance(raised.value, errors.ServerError)
        assert isinstance(raised.value.body, str)  # kept as text, not decoded


async def test_json_nested_past_pythons_limit_from_the_token_endpoint(flavour: str) -> None:
    def answer(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, nested_json(100_000))

    with hostile(answer) as server:
        fk = make("fiskaly", flavour, server.url, max_retries=0)
        with pytest.raises(errors.APIError, match="without a usable access token"):
            await call(lambda: fk.organizations.get(organization_id=ORG_ID))
        await close(fk)
    assert [r.path for r in server.received] == ["/auth"]


@pytest.mark.parametrize(
    "expiry",
    [
        '"access_token_expires_in": 1' + "0" * 400,
        '"access_token_expires_at": 1' + "0" * 400,
        '"access_token_expires_in": 1e400',
        '"access_token_expires_in": -1' + "0" * 400,
    ],
    ids=["in-10**400", "at-10**400", "in-1e400", "in-minus-10**400"],
)
async def test_absurd_token_expiries_do_not_overflow(flavour: str, expiry: str) -> None:
    def answer(request: Received, exchange: Exchange) -> None:
        if request.path == "/auth":
            body = '{"access_token": "hostile.access.token", ' + expiry + "}"
            exchange.respond(200, body)
        else:
            exchange.respond(200, ORGANIZATION)

    with hostile(answer) as server:
        fk = make("fiskaly", flavour, server.url)
        for _ in range(3):
            organization = await call(lambda: fk.organizations.get(organization_id=ORG_ID))
            assert organization.name == "Hostile GmbH"
        await close(fk)
    # An expiry that is no usable time counts as "not given": the token is kept until a 401.
    assert len(server.to("/auth")) == 1


async def test_an_overlong_id_is_refused_before_sending(flavour: str) -> None:
    with hostile(lambda request, exchange: exchange.respond(200, ORGANIZATION)) as server:
        fk = make("fiskaly", flavour, server.url)
        with pytest.raises(errors.ValidationError) as raised:
            await call(lambda: fk.organizations.get(organization_id="a" * 100_000))
        await close(fk)
    assert list(raised.value.errors) == ["organization_id"]
    assert server.received == []


async def test_broken_http_is_a_connection_error_without_the_servers_bytes(flavour: str) -> None:
    def garbage(request: Received, exchange: Exchange) -> None:
        exchange.send(b"NOT-HTTP secret-looking-bytes-from-the-server\r\n\r\n")
        exchange.close_after = True

    with hostile(garbage) as server:
        ev = make("envoice", flavour, server.url, max_retries=1)
        with pytest.raises(errors.APIConnectionError) as raised:
            await call(ev.general.countries)
        await close(ev)
    assert "RemoteProtocolError" in str(raised.value)
    assert "secret-looking" not in str(raised.value)
    assert raised.value.attempts == 2


async def test_connection_errors_say_where_and_after_how_many_attempts(flavour: str) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ev = make("envoice", flavour, f"http://127.0.0.1:{port}/base", max_retries=2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("facade._transport.backoff_delay", lambda *args: 0.0)
        with pytest.raises(errors.APIConnectionError) as raised:
            await call(lambda: ev.invoices.list(query_options_page_size=5).first_page())
    await close(ev)
    error = raised.value
    assert error.url == f"http://127.0.0.1:{port}/base/api/invoice/all"  # no query string
    assert error.attempts == 3
    assert str(error).startswith(
        f"envoice: ConnectError while talking to http://127.0.0.1:{port}/base/api/invoice/all "
        "(3 attempts)"
    )
    assert "pageSize" not in str(error)


# -- servers that lie about pages ------------------------------------------------------------------


def enlivy_tags(page: int, *, ids: list[str], current_page: int, total_pages: int) -> Any:
    data = [
        {"id": tag_id, "object": "tag", "organization_id": ORG, "alias": tag_id} for tag_id in ids
    ]
    pagination = {
        "total": total_pages * len(ids),
        "count": len(ids),
        "per_page": len(ids),
        "current_page": current_page,
        "total_pages": total_pages,
    }
    return {"data": data, "meta": {"pagination": pagination}}


async def test_enlivy_paging_stops_when_the_server_stays_on_page_one(flavour: str) -> None:
    """The server answers "page 1 of 3" to every request, with page 1's items."""

    def liar(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, enlivy_tags(1, ids=["tag_a", "tag_b"], current_page=1, total_pages=3))

    with hostile(liar) as server:
        en = make("enlivy", flavour, server.url)
        items, error = await collect(en.tags.list(per_page=2))
        await close(en)
    assert isinstance(error, errors.PaginationError)
    assert "answered page 1 when page 2 was asked for" in str(error)
    assert [t.id for t in items] == ["tag_a", "tag_b"]  # nothing repeated
    assert [r.query.get("page") for r in server.received] == [None, "2"]


async def test_fiskaly_paging_stops_when_the_server_ignores_the_offset(flavour: str) -> None:
    second = {**ORGANIZATION, "_id": "0c3e9d8a-5b1f-4f5e-9a43-2f7d3c6b1a90"}

    def liar(request: Received, exchange: Exchange) -> None:
        if request.path == "/auth":
            token_answer(request, exchange)
        else:
            exchange.respond(200, {"data": [ORGANIZATION, second], "count": 1000})

    with hostile(liar) as server:
        fk = make("fiskaly", flavour, server.url)
        items, error = await collect(fk.organizations.list(limit=2))
        await close(fk)
    assert isinstance(error, errors.PaginationError) and error.api == "fiskaly"
    assert "same items as on the page before" in str(error)
    assert len(items) == 2
    assert [r.query.get("offset") for r in server.to("/organizations")] == [None, "2"]


async def test_envoice_paging_stops_when_the_server_ignores_the_page(flavour: str) -> None:
    def liar(request: Received, exchange: Exchange) -> None:
        result = [{"Id": 1, "Number": "A-1"}, {"Id": 2, "Number": "A-2"}]
        exchange.respond(200, {"Result": result, "Count": 2, "TotalCount": 1000})

    with hostile(liar) as server:
        ev = make("envoice", flavour, server.url)
        items, error = await collect(ev.invoices.list(query_options_page_size=2))
        await close(ev)
    assert isinstance(error, errors.PaginationError)
    assert [i.id for i in items] == [1, 2]
    assert len(server.received) == 2


async def test_a_page_that_repeats_while_the_total_grows_is_not_a_loop(flavour: str) -> None:
    """Items added while a newest-first list is walked shift it: a page may repeat the one
    before. The total grew, so the walk goes on (the concurrency suite does this for real)."""
    answers = iter(
        [
            {"Result": [{"Id": 9}, {"Id": 8}], "Count": 2, "TotalCount": 4},
            {"Result": [{"Id": 9}, {"Id": 8}], "Count": 2, "TotalCount": 6},  # two were added
            {"Result": [{"Id": 7}], "Count": 1, "TotalCount": 6},
        ]
    )

    def shifting(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, next(answers))

    with hostile(shifting) as server:
        ev = make("envoice", flavour, server.url)
        items, error = await collect(ev.invoices.list(query_options_page_size=2))
        await close(ev)
    assert error is None
    assert [i.id for i in items] == [9, 8, 9, 8, 7]


# -- async clients across event loops --------------------------------------------------------------


def test_an_async_client_works_across_event_loops() -> None:
    with hostile(lambda request, exchange: exchange.respond(200, COUNTRIES)) as server:
        ev = facade.AsyncEnvoice(KEY, SECRET, base_url=server.url)

        async def countries() -> int:
            return len(await ev.general.countries())

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert asyncio.run(countries()) == 20
            assert asyncio.run(countries()) == 20  # used to fail: "Event loop is closed"
            asyncio.run(ev.aclose())
            import gc

            gc.collect()
    # The first loop's connections were closed on that loop, not left to the collector.
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert len(server.received) == 2


def test_a_callers_async_http_client_on_a_second_loop_is_refused_with_the_fix() -> None:
    with hostile(lambda request, exchange: exchange.respond(200, COUNTRIES)) as server:
        http = httpx.AsyncClient()
        ev = facade.AsyncEnvoice(KEY, SECRET, base_url=server.url, http_client=http)
        asyncio.run(ev.general.countries())
        with pytest.raises(errors.EventLoopError) as raised:
            asyncio.run(ev.general.countries())
    assert "leave http_client out" in str(raised.value)
    assert len(server.received) == 1


def test_an_async_client_busy_on_another_running_loop_is_refused() -> None:
    release = threading.Event()
    entered = threading.Event()

    def slow(request: Received, exchange: Exchange) -> None:
        entered.set()
        release.wait(30)
        exchange.respond(200, COUNTRIES)

    with hostile(slow) as server:
        ev = facade.AsyncEnvoice(KEY, SECRET, base_url=server.url)
        results: list[Any] = []
        first = threading.Thread(target=lambda: results.append(asyncio.run(ev.general.countries())))
        first.start()
        assert entered.wait(30)
        try:
            with pytest.raises(errors.EventLoopError, match="one client per loop"):
                asyncio.run(ev.general.countries())
        finally:
            release.set()
            first.join(30)
    assert len(results) == 1 and len(results[0]) == 20
