"""Concurrency against the sandbox over loopback: many threads (or tasks) sharing ONE client.

* 32 threads share one ``facade.Fiskaly`` and 500 tasks share one ``facade.AsyncFiskaly`` while
  the token expires in the middle of the run, either on the server (``sb.expire_tokens()``: the
  next requests get 401) or on the client (``fk.auth.expire_now()``: renewal with the refresh
  token). Each expiry must cost exactly one token request, counted both by the client
  (``fk.auth.stats``) and by the sandbox (``sb.fiskaly.tokens_issued``), and no request may fail.
* Lists are walked while other threads or tasks create records. With every new record sorting
  after the existing ones (fiskaly: same name, ties in creation order), offset paging guarantees
  each walk sees every existing record exactly once and no record twice. Enlivy's default order
  (newest first) only shifts records to later pages, so nothing is skipped (repeats are allowed).

Counts only, never durations: the machines running this are shared and noisy. The sandbox is
the ``fiscal_sandbox`` fixture, so every exchange under load is also checked against the specs.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import Any

import pytest

import facade
from facade.testing import Sandbox

THREADS = 32
REQUESTS_PER_THREAD = 4
SYNC_ROUNDS = 2  # one expiry per round: the count must grow by exactly one each time
TASKS = 500
# Generous: 500 tasks queue for 100 pooled connections to a sandbox that validates every
# exchange; a slow machine must not turn waiting into a failure. Never asserted on.
TIMEOUT = 120.0
JOIN_TIMEOUT = 300.0  # a hung worker fails the test instead of hanging the run

ADDRESS = {"address_line1": "Hauptstrasse 1", "zip": "10115", "town": "Berlin"}
# Sorts after every existing organization; equal names keep creation order, so concurrent
# creates always land at the end of the list and cannot shift records already walked past.
LATE_NAME = "zzzz concurrent write"


def _create_org(fk: facade.Fiskaly, name: str) -> str:
    return str(fk.organizations.create(name=name, country_code="DEU", **ADDRESS).field_id)


async def _acreate_org(fk: facade.AsyncFiskaly, name: str) -> str:
    org = await fk.organizations.create(name=name, country_code="DEU", **ADDRESS)
    return str(org.field_id)


def _run_threads(targets: list[Callable[[], None]]) -> list[BaseException]:
    """Run each target in its own thread; returns what they raised."""
    failures: list[BaseException] = []
    lock = threading.Lock()

    def guarded(target: Callable[[], None]) -> None:
        try:
            target()
        except BaseException as error:  # collected: the test asserts there are none
            with lock:
                failures.append(error)

    threads = [threading.Thread(target=guarded, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a worker thread hung"
    return failures


def _expire(sb: Sandbox, fk: facade.Fiskaly | facade.AsyncFiskaly, where: str) -> None:
    if where == "server":
        sb.expire_tokens()  # the server refuses the cached token: 401, log in again
    else:
        fk.auth.expire_now()  # the client sees it as expired: renew with the refresh token


def _expected_stats(where: str, expiries: int) -> dict[str, int]:
    """What the client should have done after the first login plus ``expiries`` expiries."""
    if where == "server":
        return {"key_logins": 1 + expiries, "refreshes": 0, "token_requests": 1 + expiries}
    return {"key_logins": 1, "refreshes": expiries, "token_requests": 1 + expiries}


def _stats(fk: facade.Fiskaly | facade.AsyncFiskaly) -> dict[str, int]:
    stats = fk.auth.stats
    return {
        "key_logins": stats.key_logins,
        "refreshes": stats.refreshes,
        "token_requests": stats.token_requests,
    }


# -- token renewal under load ---------------------------------------------------------------------


def _sync_round(sb: Sandbox, fk: facade.Fiskaly, where: str) -> list[str]:
    """32 threads send requests through ``fk``; one more thread expires the token halfway.
    Returns the organization ids the requests got back; raises if any thread failed."""
    org_id = sb.fiskaly.organization_id
    lock = threading.Lock()
    completed: list[str] = []
    attempts = [0]
    threshold = THREADS * (REQUESTS_PER_THREAD - 1) // 2
    halfway = threading.Event()
    expired = threading.Event()

    def worker() -> None:
        for index in range(REQUESTS_PER_THREAD):
            if index == REQUESTS_PER_THREAD - 1:
                # Every thread sends at least one request after the expiry, so each round is
                # sure to need a renewal.
                expired.wait(JOIN_TIMEOUT)
            try:
                org = fk.organizations.get(organization_id=org_id)
                with lock:
                    completed.append(str(org.field_id))
            finally:  # counted even when it failed, so the expirer never waits forever
                with lock:
                    attempts[0] += 1
                    if attempts[0] >= threshold:
                        halfway.set()

    def expirer() -> None:
        try:
            halfway.wait(JOIN_TIMEOUT)  # mid-run: other requests are in flight
            _expire(sb, fk, where)
        finally:
            expired.set()

    failures = _run_threads([worker] * THREADS + [expirer])
    assert failures == []
    return completed


@pytest.mark.parametrize("where", ["server", "client"])
def test_threads_sharing_one_client_renew_once_per_expiry(
    fiscal_sandbox: Sandbox, where: str
) -> None:
    sb = fiscal_sandbox
    org_id = sb.fiskaly.organization_id
    with sb.client("fiskaly", timeout=TIMEOUT) as fk:
        fk.organizations.get(organization_id=org_id)  # the first login, before any thread
        for _ in range(SYNC_ROUNDS):
            assert _sync_round(sb, fk, where) == [org_id] * (THREADS * REQUESTS_PER_THREAD)
        stats = fk.auth.stats
        assert _stats(fk) == _expected_stats(where, SYNC_ROUNDS)
        # A server-side expiry is noticed through 401s, answered by replaying the request.
        assert (stats.replays >= SYNC_ROUNDS) if where == "server" else (stats.replays == 0)
    assert sb.fiskaly.tokens_issued == 1 + SYNC_ROUNDS


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
@pytest.mark.parametrize("where", ["server", "client"])
async def test_tasks_sharing_one_async_client_renew_once_per_expiry(
    fiscal_sandbox: Sandbox, where: str, transport: str
) -> None:
    sb = fiscal_sandbox
    org_id = sb.fiskaly.organization_id
    http = facade.aiohttp_client() if transport == "aiohttp" else None
    async with (
        sb.async_client("fiskaly", timeout=TIMEOUT, http_client=http) as fk,
        http if http is not None else contextlib.nullcontext(),
    ):
        await fk.organizations.get(organization_id=org_id)
        halfway = asyncio.Event()
        expired = asyncio.Event()
        done = 0

        async def task() -> list[str]:
            nonlocal done
            try:
                first = await fk.organizations.get(organization_id=org_id)
            finally:  # counted even when it failed, so the expirer never waits forever
                done += 1
                if done >= TASKS // 2:
                    halfway.set()
            await expired.wait()  # every task sends once more after the expiry
            second = await fk.organizations.get(organization_id=org_id)
            return [str(first.field_id), str(second.field_id)]

        async def expirer() -> None:
            try:
                await halfway.wait()
                _expire(sb, fk, where)
            finally:
                expired.set()

        results = await asyncio.gather(
            *(task() for _ in range(TASKS)), expirer(), return_exceptions=True
        )

        failures = [r for r in results if isinstance(r, BaseException)]
        assert failures == []
        assert results[:TASKS] == [[org_id, org_id]] * TASKS
        assert _stats(fk) == _expected_stats(where, 1)
        assert (fk.auth.stats.replays >= 1) if where == "server" else (fk.auth.stats.replays == 0)
    assert sb.fiskaly.tokens_issued == 2


# -- pagination while others write ----------------------------------------------------------------


def _existing_ids(fk: facade.Fiskaly) -> list[str]:
    return [str(org.field_id) for org in fk.organizations.list(limit=100)]


def _check_walk(walk: list[str], existing: list[str], created: set[str]) -> None:
    assert len(walk) == len(set(walk)), "a record came twice in one walk"
    assert walk[: len(existing)] == existing  # every existing record, once, in order
    assert set(walk[len(existing) :]) <= created  # and then only records created meanwhile


def test_fiskaly_walks_while_threads_create(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    writers, creates_per_writer, readers = 4, 8, 6
    with sb.client("fiskaly", timeout=TIMEOUT) as fk:
        for n in range(10):
            _create_org(fk, f"Existing {n:02d}")
        existing = _existing_ids(fk)
        lock = threading.Lock()
        created: list[str] = []
        walks: list[list[str]] = []
        writers_done = threading.Event()
        remaining = [writers]

        def writer() -> None:
            try:
                for _ in range(creates_per_writer):
                    org_id = _create_org(fk, LATE_NAME)
                    with lock:
                        created.append(org_id)
            finally:
                with lock:
                    remaining[0] -= 1
                    if remaining[0] == 0:
                        writers_done.set()

        def reader() -> None:
            while True:
                last = writers_done.is_set()  # one more full walk after the last write
                walk = [str(org.field_id) for org in fk.organizations.list(limit=5)]
                with lock:
                    walks.append(walk)
                if last:
                    return

        failures = _run_threads([writer] * writers + [reader] * readers)

        assert failures == []
        assert len(created) == writers * creates_per_writer
        for walk in walks:
            _check_walk(walk, existing, set(created))
        final = _existing_ids(fk)
    assert len(walks) >= readers
    assert sorted(final) == sorted(existing + created)


def test_fiskaly_walk_with_a_write_between_every_page(fiscal_sandbox: Sandbox) -> None:
    """Deterministic interleaving: another thread creates records while the walk is paused
    between two pages; the walk goes on to include them, each once."""
    sb = fiscal_sandbox
    with sb.client("fiskaly", timeout=TIMEOUT) as fk:
        for n in range(6):
            _create_org(fk, f"Existing {n:02d}")
        existing = _existing_ids(fk)
        created: list[str] = []
        walk: list[str] = []
        pages = 0
        for page in fk.organizations.list(limit=4).pages():
            pages += 1
            walk += [str(org.field_id) for org in page]
            if page.has_next:

                def write() -> None:
                    created.extend(_create_org(fk, LATE_NAME) for _ in range(2))

                assert _run_threads([write]) == []
    assert walk == existing + created
    assert len(created) == 2 * (pages - 1) > 0


async def test_async_fiskaly_walks_while_tasks_create(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    writers, creates_per_writer, readers = 5, 6, 10
    async with sb.async_client("fiskaly", timeout=TIMEOUT) as fk:
        for n in range(10):
            await _acreate_org(fk, f"Existing {n:02d}")
        existing = [str(org.field_id) async for org in fk.organizations.list(limit=100)]
        created: list[str] = []
        remaining = writers

        async def writer() -> None:
            nonlocal remaining
            try:
                for _ in range(creates_per_writer):
                    created.append(await _acreate_org(fk, LATE_NAME))
            finally:
                remaining -= 1

        async def reader() -> list[list[str]]:
            walks = []
            while True:
                last = remaining == 0
                walks.append([str(org.field_id) async for org in fk.organizations.list(limit=5)])
                if last:
                    return walks

        results: list[Any] = await asyncio.gather(
            *(writer() for _ in range(writers)),
            *(reader() for _ in range(readers)),
            return_exceptions=True,
        )

        assert [r for r in results if isinstance(r, BaseException)] == []
        assert len(created) == writers * creates_per_writer
        walks = [walk for walks in results[writers:] for walk in walks]
        for walk in walks:
            _check_walk(walk, existing, set(created))
        final = [str(org.field_id) async for org in fk.organizations.list(limit=100)]
    assert sorted(final) == sorted(existing + created)


def test_enlivy_newest_first_walks_skip_nothing_while_threads_create(
    fiscal_sandbox: Sandbox,
) -> None:
    sb = fiscal_sandbox
    writers, creates_per_writer, readers = 3, 6, 4
    with sb.client("enlivy", timeout=TIMEOUT) as en:
        for n in range(8):
            en.tags.create(alias=f"existing-{n}")
        existing = {tag.id for tag in en.tags.list(per_page=50)}
        lock = threading.Lock()
        created: list[str] = []
        walks: list[list[str]] = []
        remaining = [writers]

        def writer() -> None:
            try:
                for n in range(creates_per_writer):
                    tag = en.tags.create(alias=f"concurrent-{threading.get_ident()}-{n}")
                    with lock:
                        created.append(tag.id)
            finally:
                with lock:
                    remaining[0] -= 1

        def reader() -> None:
            while True:
                last = remaining[0] == 0
                walk = [tag.id for tag in en.tags.list(per_page=3)]  # newest first
                with lock:
                    walks.append(walk)
                if last:
                    return

        failures = _run_threads([writer] * writers + [reader] * readers)

        assert failures == []
        assert len(created) == len(set(created)) == writers * creates_per_writer
        for walk in walks:
            # New records enter at the front and only push others to later pages: a walk may
            # meet a record twice, but never misses one that existed before it started.
            assert existing <= set(walk) <= existing | set(created)
        final = [tag.id for tag in en.tags.list(per_page=50)]
    assert sorted(final) == sorted(existing | set(created))
