"""The facade under injected faults, against the sandbox over real loopback sockets.

Every test runs twice, with the sync and with the async client (see ``conftest.py``), and checks
three things:

* how many attempts left the client (``X-Retry-Count`` 0, 1, 2 ... on each) and how many reached
  the sandbox (the fault rule's ``hits``, the sandbox's request log);
* the outcome: the result, or the ``facade.errors`` type raised;
* for writes, the sandbox's own records: a POST without an idempotency key (Envoice, fiskaly)
  takes effect at most once, an Enlivy POST (it always carries an ``Idempotency-Key``) exactly
  once, even when the answer to the first attempt is lost.

Backoff waits are real (0.5 s x 2^n, less up to a quarter by jitter), so retry counts and fault
counts are kept small. Waits are checked by the delay the retry layer asked for, never by a
measured duration.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import os
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from facade import errors

from .conftest import Attempt, Rig, outcome

CURRENCIES = "^/api/general/currencies$"  # Envoice: a read
TAX_NEW = "^/api/tax/new$"  # Envoice: a write without an idempotency key
ORGANIZATION = "^/organizations/[^/]+$"  # fiskaly and Enlivy: a read
TAGS = "^/organizations/[^/]+/tags$"  # Enlivy: create carries an Idempotency-Key
FISKALY_ORGANIZATIONS = "^/organizations$"  # fiskaly: a write without an idempotency key

BACKOFF = [(0.375, 0.5), (0.75, 1.0), (1.5, 2.0)]  # the first waits: base 0.5 s x 2^n, jittered


def taxes(rig: Rig) -> int:
    return rig.sandbox.store.count("envoice.taxes")


def tags(rig: Rig) -> int:
    return rig.sandbox.store.count("enlivy.tags")


def enlivy_org(rig: Rig) -> str:
    return str(rig.sandbox.enlivy.organization_id)


def one_key(attempts: list[Attempt]) -> str:
    """The Idempotency-Key every attempt carried (there must be exactly one)."""
    keys = {a.idempotency_key for a in attempts}
    assert len(keys) == 1, keys
    [key] = keys
    assert key, "no Idempotency-Key was sent"
    return key


def assert_backoff(waits: list[float]) -> None:
    """The waits were the exponential backoff (no Retry-After was given)."""
    assert len(waits) <= len(BACKOFF)
    for wait, (low, high) in zip(waits, BACKOFF, strict=False):
        assert low <= wait <= high, waits


async def eventually(condition: Callable[[], bool], what: str) -> None:
    """Wait until the sandbox caught up (a request still in flight there); fail after 20 s."""
    deadline = time.monotonic() + 20.0
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        await asyncio.sleep(0.05)


def closed_port() -> int:
    """A loopback port nothing listens on (bound for a moment, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- server errors -------------------------------------------------------------------------------


async def test_a_burst_of_500s_then_success(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="envoice", path=CURRENCIES, status=500, times=2)
    ev = rig.client("envoice", max_retries=2)
    currencies = await ev.call("general.currencies")
    assert len(currencies) > 10
    assert rule.hits == 2
    assert ev.retry_counts("/api/general/currencies") == ["0", "1", "2"]
    served = rig.server.to("envoice", "GET", "/api/general/currencies")
    assert [(s.retry_count, outcome(s)) for s in served] == [("0", 500), ("1", 500), ("2", 200)]
    assert len(ev.recorder.waits) == 2
    assert_backoff(ev.recorder.waits)


async def test_500s_outlasting_the_retries_raise_server_error(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="envoice", path=CURRENCIES, status=500)
    ev = rig.client("envoice", max_retries=1)
    with pytest.raises(errors.ServerError) as raised:
        await ev.call("general.currencies")
    assert raised.value.status_code == 500
    assert raised.value.code == "E_SANDBOX_FAULT"  # the last answer's body, mapped
    assert raised.value.request_id is not None
    assert rule.hits == 2
    assert ev.retry_counts("/api/general/currencies") == ["0", "1"]


@pytest.mark.parametrize(
    ("status", "api", "operation", "path"),
    [
        (502, "enlivy", "organizations.get", ORGANIZATION),
        (503, "fiskaly", "organizations.get", ORGANIZATION),
        (504, "envoice", "general.currencies", CURRENCIES),
    ],
)
async def test_gateway_errors_are_retried(
    rig: Rig, status: int, api: str, operation: str, path: str
) -> None:
    rule = rig.sandbox.faults.add(api=api, path=path, status=status, times=1)
    client = rig.client(api, max_retries=1)
    arguments = {"organization_id": rig.sandbox.fiskaly.organization_id} if api == "fiskaly" else {}
    assert await client.call(operation, **arguments) is not None
    assert rule.hits == 1
    assert [a.retry_count for a in client.recorder.attempts if a.method == "GET"] == ["0", "1"]
    assert_backoff(client.recorder.waits)


async def test_a_5xx_on_a_write_without_a_key_is_not_retried(rig: Rig) -> None:
    """The server may have acted before it failed: without a key a replay could double it."""
    rule = rig.sandbox.faults.add(api="envoice", method="POST", path=TAX_NEW, status=500)
    ev = rig.client("envoice", max_retries=2)
    before = taxes(rig)
    with pytest.raises(errors.ServerError):
        await ev.call("taxes.create", name="VAT", percentage=20.0)
    assert rule.hits == 1 and ev.retry_counts("/api/tax/new") == ["0"]
    assert ev.recorder.waits == []
    assert taxes(rig) == before  # at most once: here, not at all


async def test_a_5xx_on_a_fiskaly_create_is_not_retried(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(
        api="fiskaly", method="POST", path=FISKALY_ORGANIZATIONS, status=503
    )
    fk = rig.client("fiskaly", max_retries=2)
    before = rig.sandbox.store.count("fiskaly.organizations")
    with pytest.raises(errors.ServerError):
        await fk.call(
            "organizations.create",
            name="ACME",
            address_line1="Ring 1",
            zip="1010",
            town="Wien",
            country_code="AUT",
        )
    assert rule.hits == 1 and fk.retry_counts("/organizations") == ["0"]
    assert rig.sandbox.store.count("fiskaly.organizations") == before


async def test_a_5xx_on_an_enlivy_create_is_retried_with_the_same_key(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="enlivy", method="POST", path=TAGS, status=500, times=1)
    en = rig.client("enlivy", max_retries=2)
    before = tags(rig)
    tag = await en.call("tags.create", alias="retried-after-500")
    attempts = en.recorder.to("/tags")
    assert rule.hits == 1 and [a.retry_count for a in attempts] == ["0", "1"]
    one_key(attempts)
    assert tags(rig) == before + 1
    assert rig.sandbox.store.get("enlivy.tags", tag.id) is not None


# -- Retry-After ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [503, 429])
async def test_retry_after_in_seconds_is_waited_for(rig: Rig, status: int) -> None:
    rule = rig.sandbox.faults.add(
        api="envoice", path=CURRENCIES, status=status, retry_after="1", times=1
    )
    ev = rig.client("envoice", max_retries=1)
    assert len(await ev.call("general.currencies")) > 10
    assert rule.hits == 1 and ev.retry_counts("/api/general/currencies") == ["0", "1"]
    assert ev.recorder.waits == [1.0]  # the server's wish, not the backoff


@pytest.mark.parametrize("status", [503, 429])
async def test_retry_after_as_an_http_date_is_waited_for(rig: Rig, status: int) -> None:
    due = math.floor(time.time()) + 2  # an HTTP date has whole seconds
    header = email.utils.formatdate(due, usegmt=True)
    rule = rig.sandbox.faults.add(
        api="envoice", path=CURRENCIES, status=status, retry_after=header, times=1
    )
    ev = rig.client("envoice", max_retries=1)
    sent = time.time()
    assert len(await ev.call("general.currencies")) > 10
    assert rule.hits == 1 and ev.retry_counts("/api/general/currencies") == ["0", "1"]
    [wait] = ev.recorder.waits
    [started] = ev.recorder.wait_started
    # The client read the date between sending and starting to wait: the wait is the time
    # left until the date from some moment in between (so above the backoff's 0.5 s).
    assert max(0.0, due - started) <= wait <= max(0.0, due - sent)


async def test_retry_after_in_the_asctime_date_form_is_read_as_gmt(rig: Rig) -> None:
    """RFC 9110 makes recipients accept the obsolete asctime form, which names no zone."""
    due = math.floor(time.time()) + 2
    header = time.asctime(time.gmtime(due))  # e.g. "Sun Nov  6 08:49:37 1994"
    rule = rig.sandbox.faults.add(
        api="envoice", path=CURRENCIES, status=503, retry_after=header, times=1
    )
    ev = rig.client("envoice", max_retries=1)
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "EST+5"  # a machine five hours west of UTC (POSIX form: no tzdata needed)
    time.tzset()
    try:
        assert len(await ev.call("general.currencies")) > 10  # read as 5 h: raised at once
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()
    assert rule.hits == 1 and len(ev.recorder.waits) == 1 and ev.recorder.waits[0] <= 2.0


async def test_429_on_a_write_without_a_key_is_retried_and_applied_once(rig: Rig) -> None:
    """429 means the request was refused unprocessed, so even a keyless POST is sent again."""
    rule = rig.sandbox.faults.add(
        api="envoice", method="POST", path=TAX_NEW, status=429, retry_after="1", times=1
    )
    ev = rig.client("envoice", max_retries=1)
    before = taxes(rig)
    tax_id = await ev.call("taxes.create", name="VAT", percentage=19.0)
    assert rule.hits == 1 and ev.retry_counts("/api/tax/new") == ["0", "1"]
    assert ev.recorder.waits == [1.0]
    assert taxes(rig) == before + 1
    assert rig.sandbox.store.get("envoice.taxes", str(tax_id)) is not None


@pytest.mark.parametrize("form", ["seconds", "date"])
@pytest.mark.parametrize(
    ("status", "error"), [(503, errors.ServerError), (429, errors.RateLimitError)]
)
async def test_retry_after_beyond_the_cap_is_raised_at_once(
    rig: Rig, status: int, error: type[errors.APIError], form: str
) -> None:
    """More than 60 s is not waited for: the caller gets the error at once, after one attempt."""
    value = "120" if form == "seconds" else email.utils.formatdate(time.time() + 3600, usegmt=True)
    rule = rig.sandbox.faults.add(api="envoice", path=CURRENCIES, status=status, retry_after=value)
    ev = rig.client("envoice", max_retries=2)
    with pytest.raises(error) as raised:
        await ev.call("general.currencies")
    assert type(raised.value) is error and raised.value.status_code == status
    assert rule.hits == 1 and ev.retry_counts("/api/general/currencies") == ["0"]
    assert ev.recorder.waits == []
    if isinstance(raised.value, errors.RateLimitError):
        retry_after = raised.value.retry_after
        assert retry_after is not None
        if form == "seconds":
            assert retry_after == 120.0
        else:
            assert 3000.0 < retry_after <= 3600.0


# -- connections ---------------------------------------------------------------------------------


async def test_connection_refused_is_retried_even_for_a_write(rig: Rig) -> None:
    """Nothing was sent, so even a keyless POST may be tried again; then it is reported."""
    port = closed_port()
    ev = rig.client("envoice", base_url=f"http://127.0.0.1:{port}/envoice", max_retries=2)
    with pytest.raises(errors.APIConnectionError) as raised:
        await ev.call("taxes.create", name="VAT", percentage=20.0)
    assert type(raised.value) is errors.APIConnectionError  # refused, not timed out
    assert raised.value.status_code is None and raised.value.api == "envoice"
    assert "ConnectError" in raised.value.message
    assert [(a.method, a.retry_count) for a in ev.recorder.attempts] == [
        ("POST", "0"),
        ("POST", "1"),
        ("POST", "2"),
    ]
    assert_backoff(ev.recorder.waits)
    assert len(ev.recorder.waits) == 2


async def test_a_read_cut_off_mid_response_is_replayed(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="envoice", path=CURRENCIES, drop=True, times=1)
    ev = rig.client("envoice", max_retries=1)
    assert len(await ev.call("general.currencies")) > 10
    assert rule.hits == 1 and ev.retry_counts("/api/general/currencies") == ["0", "1"]
    served = rig.server.to("envoice", "GET", "/api/general/currencies")
    assert [outcome(s) for s in served] == ["broken", 200]


async def test_a_keyless_write_cut_off_mid_response_is_not_replayed(rig: Rig) -> None:
    """The client cannot tell whether the server acted, so it reports instead of repeating.
    (The sandbox's drop fault cuts before the emulator runs: nothing was created.)"""
    rule = rig.sandbox.faults.add(api="envoice", method="POST", path=TAX_NEW, drop=True, times=1)
    ev = rig.client("envoice", max_retries=2)
    before = taxes(rig)
    with pytest.raises(errors.APIConnectionError) as raised:
        await ev.call("taxes.create", name="VAT", percentage=20.0)
    assert type(raised.value) is errors.APIConnectionError
    assert rule.hits == 1 and ev.retry_counts("/api/tax/new") == ["0"]
    assert taxes(rig) == before


async def test_an_enlivy_create_cut_off_mid_response_is_replayed_with_its_key(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="enlivy", method="POST", path=TAGS, drop=True, times=1)
    en = rig.client("enlivy", max_retries=1)
    before = tags(rig)
    tag = await en.call("tags.create", alias="after-a-drop")
    attempts = en.recorder.to("/tags")
    assert rule.hits == 1 and [a.retry_count for a in attempts] == ["0", "1"]
    one_key(attempts)
    assert tags(rig) == before + 1
    assert rig.sandbox.store.get("enlivy.tags", tag.id) is not None


# -- answers lost after the server acted ---------------------------------------------------------


async def test_a_keyless_write_whose_answer_is_lost_took_effect_once(rig: Rig) -> None:
    rule = rig.server.lose_answers(api="envoice", method="POST", path=TAX_NEW)
    ev = rig.client("envoice", max_retries=2)
    before = taxes(rig)
    with pytest.raises(errors.APIConnectionError):
        await ev.call("taxes.create", name="VAT", percentage=20.0)
    assert rule.hits == 1 and rig.server.lost() == [200]  # created; the client never heard
    assert ev.retry_counts("/api/tax/new") == ["0"]
    assert taxes(rig) == before + 1  # not lost, not doubled: the caller must look it up


async def test_an_enlivy_create_whose_answer_is_lost_is_replayed_not_repeated(rig: Rig) -> None:
    rule = rig.server.lose_answers(api="enlivy", method="POST", path=TAGS)
    en = rig.client("enlivy", max_retries=1)
    before = tags(rig)
    response = await en.raw("tags.create", alias="answer-lost")
    assert rule.hits == 1 and rig.server.lost() == [201]
    attempts = en.recorder.to("/tags")
    assert [a.retry_count for a in attempts] == ["0", "1"]
    one_key(attempts)
    assert response.status_code == 201
    assert response.headers.get("Idempotent-Replayed") == "true"  # the first create's answer
    assert tags(rig) == before + 1
    assert rig.sandbox.store.get("enlivy.tags", response.parsed.id) is not None


async def test_a_caller_retrying_with_its_own_key_does_not_double_a_create(rig: Rig) -> None:
    """With retries off, the caller sees the failure and calls again with the same key."""
    lost = rig.server.lose_answers(api="enlivy", method="POST", path=TAGS)
    en = rig.client("enlivy", max_retries=0)
    before = tags(rig)
    key = f"order-4711-{rig.flavour}"
    with pytest.raises(errors.APIConnectionError):
        await en.call("tags.create", alias="caller-retry", idempotency_key=key)
    tag = await en.call("tags.create", alias="caller-retry", idempotency_key=key)
    assert lost.hits == 1
    assert [a.idempotency_key for a in en.recorder.to("/tags")] == [key, key]
    assert tags(rig) == before + 1
    assert rig.sandbox.store.get("enlivy.tags", tag.id) is not None


# -- timeouts ------------------------------------------------------------------------------------

# Half a second for each read, ten for the whole call: a read timeout leaves time to retry. (A
# plain ``timeout=0.5`` would bound the whole call, retries included: see test_hostile.py.)
READ_HALF_A_SECOND = httpx.Timeout(10.0, read=0.5)


async def test_a_read_timeout_is_retried_then_raised(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(api="envoice", path=CURRENCIES, latency=1.5)
    ev = rig.client("envoice", timeout=READ_HALF_A_SECOND, max_retries=1)
    with pytest.raises(errors.APITimeoutError) as raised:
        await ev.call("general.currencies")
    assert raised.value.status_code is None and "ReadTimeout" in raised.value.message
    assert rule.hits == 2 and ev.retry_counts("/api/general/currencies") == ["0", "1"]
    assert_backoff(ev.recorder.waits)


async def test_a_keyless_write_that_times_out_is_applied_once(rig: Rig) -> None:
    """The answer comes after the client gave up: the server still acts, once."""
    rule = rig.sandbox.faults.add(api="envoice", method="POST", path=TAX_NEW, latency=1.5, times=1)
    ev = rig.client("envoice", timeout=READ_HALF_A_SECOND, max_retries=2)
    before = taxes(rig)
    with pytest.raises(errors.APITimeoutError):
        await ev.call("taxes.create", name="VAT", percentage=20.0)
    assert rule.hits == 1 and ev.retry_counts("/api/tax/new") == ["0"]
    served = rig.server.to("envoice", "POST", "/api/tax/new")
    await eventually(lambda: outcome(served[0]) is not None, "the late answer")
    assert outcome(served[0]) == 200 and len(served) == 1
    assert taxes(rig) == before + 1


async def test_an_enlivy_create_that_times_out_is_created_once(rig: Rig) -> None:
    """The retry carries the first attempt's key: whichever of the two the server handles
    first creates the tag, the other gets the stored answer."""
    rule = rig.sandbox.faults.add(api="enlivy", method="POST", path=TAGS, latency=1.5, times=1)
    en = rig.client("enlivy", timeout=READ_HALF_A_SECOND, max_retries=2)
    before = tags(rig)
    tag = await en.call("tags.create", alias="slow-create")
    attempts = en.recorder.to("/tags")
    assert rule.hits == 1 and [a.retry_count for a in attempts] == ["0", "1"]
    one_key(attempts)
    served = rig.server.to("enlivy", "POST", f"/organizations/{enlivy_org(rig)}/tags")
    await eventually(lambda: all(outcome(s) is not None for s in served), "the late answer")
    assert [outcome(s) for s in served] == [201, 201]
    assert tags(rig) == before + 1
    assert rig.sandbox.store.get("enlivy.tags", tag.id) is not None


# -- bodies that are not what they claim ---------------------------------------------------------


@pytest.mark.parametrize(
    ("api", "operation", "path", "body", "kept"),
    [
        ("envoice", "general.currencies", CURRENCIES, '[{"Id": 1, "Name": ', '[{"Id": 1, "Name": '),
        ("enlivy", "organizations.get", ORGANIZATION, '{"data": [', '{"data": ['),
        ("enlivy", "organizations.get", ORGANIZATION, '{"data": "?"}', {"data": "?"}),
        ("enlivy", "organizations.get", ORGANIZATION, "<p>Welcome</p>", "<p>Welcome</p>"),
    ],
    ids=["truncated-list", "truncated-object", "wrong-shape", "html"],
)
async def test_a_malformed_body_with_200_is_an_api_error(
    rig: Rig, api: str, operation: str, path: str, body: str, kept: Any
) -> None:
    """Truncated or malformed JSON under a success status: an error, not a half-parsed model.
    It is not retried: 200 says the server finished."""
    rule = rig.sandbox.faults.add(api=api, path=path, status=200, body=body)
    client = rig.client(api, max_retries=2)
    with pytest.raises(errors.APIError) as raised:
        await client.call(operation)
    assert type(raised.value) is errors.UnexpectedResponseError
    assert raised.value.status_code == 200
    assert "does not fit the documented model" in raised.value.message
    assert raised.value.body == kept  # the raw text, or the JSON when it parses
    assert rule.hits == 1 and len(client.recorder.attempts) == 1


async def test_an_html_error_page_is_a_server_error_with_the_page_as_body(rig: Rig) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    rule = rig.sandbox.faults.add(api="enlivy", path=ORGANIZATION, status=502, body=page)
    en = rig.client("enlivy", max_retries=1)
    with pytest.raises(errors.ServerError) as raised:
        await en.call("organizations.get")
    assert raised.value.status_code == 502
    assert raised.value.body == page  # kept as text, for the logs
    assert "502 Bad Gateway" in raised.value.message and len(raised.value.message) <= 300
    assert rule.hits == 2 and en.retry_counts(f"/organizations/{enlivy_org(rig)}") == ["0", "1"]


# -- fiskaly tokens ------------------------------------------------------------------------------


async def fiskaly_ready(rig: Rig, **overrides: Any) -> Any:
    """A fiskaly client that already holds a token (one key login)."""
    fk = rig.client("fiskaly", **overrides)
    await fk.call("organizations.get", organization_id=rig.sandbox.fiskaly.organization_id)
    assert fk.client.auth.stats.key_logins == 1
    return fk


async def test_an_expired_token_is_renewed_once_and_the_request_replayed(rig: Rig) -> None:
    fk = await fiskaly_ready(rig)
    issued = rig.sandbox.fiskaly.tokens_issued
    rig.sandbox.expire_tokens()  # the server refuses the token the client still thinks fresh
    organization_id = rig.sandbox.fiskaly.organization_id
    organization = await fk.call("organizations.get", organization_id=organization_id)
    assert str(organization.field_id) == organization_id
    stats = fk.client.auth.stats
    assert (stats.token_requests, stats.key_logins, stats.refreshes, stats.replays) == (2, 2, 0, 1)
    assert rig.sandbox.fiskaly.tokens_issued == issued + 1
    served = [
        outcome(s) for s in rig.server.to("fiskaly", "GET", f"/organizations/{organization_id}")
    ]
    assert served == [200, 401, 200]  # the first call, then refused and replayed once
    # A replay after 401 is a new request to the retry layer, not a retry: both count from 0.
    assert fk.retry_counts(f"/organizations/{organization_id}") == ["0", "0", "0"]


async def test_a_second_401_is_raised_not_looped(rig: Rig) -> None:
    fk = await fiskaly_ready(rig, max_retries=2)
    organization_id = rig.sandbox.fiskaly.organization_id
    rule = rig.sandbox.faults.add(
        api="fiskaly", path=f"^/organizations/{organization_id}$", status=401
    )
    with pytest.raises(errors.AuthenticationError) as raised:
        await fk.call("organizations.get", organization_id=organization_id)
    assert raised.value.status_code == 401
    assert rule.hits == 2  # the request and its one replay with a new token
    assert fk.client.auth.stats.replays == 1 and fk.client.auth.stats.key_logins == 2


async def test_a_refused_refresh_token_falls_back_to_key_and_secret(rig: Rig) -> None:
    fk = await fiskaly_ready(rig)
    fk.client.auth.expire_now()  # the client renews before its next request
    rig.sandbox.fiskaly.expire_refresh_tokens()  # ... and the server refuses the refresh token
    organization_id = rig.sandbox.fiskaly.organization_id
    await fk.call("organizations.get", organization_id=organization_id)
    stats = fk.client.auth.stats
    assert (stats.token_requests, stats.key_logins, stats.refreshes, stats.replays) == (3, 2, 0, 0)
    assert [outcome(s) for s in rig.server.to("fiskaly", "POST", "/auth")] == [200, 401, 200]


async def test_a_valid_refresh_token_renews_without_the_secret(rig: Rig) -> None:
    """The baseline for the test above: the refresh alone is enough when it is accepted."""
    fk = await fiskaly_ready(rig)
    fk.client.auth.expire_now()
    await fk.call("organizations.get", organization_id=rig.sandbox.fiskaly.organization_id)
    stats = fk.client.auth.stats
    assert (stats.token_requests, stats.key_logins, stats.refreshes) == (2, 1, 1)


async def test_a_failing_token_request_is_retried(rig: Rig) -> None:
    """A token request changes nothing on the server, so it is retried like a read."""
    rule = rig.sandbox.faults.add(api="fiskaly", method="POST", path="^/auth$", status=503, times=1)
    fk = rig.client("fiskaly", max_retries=1)
    await fk.call("organizations.get", organization_id=rig.sandbox.fiskaly.organization_id)
    assert rule.hits == 1 and fk.retry_counts("/auth") == ["0", "1"]
    assert fk.client.auth.stats.key_logins == 1


# -- Envoice: faults reported with HTTP 200 ------------------------------------------------------


async def test_envoice_is_faulted_with_200_is_raised_not_retried(rig: Rig) -> None:
    ev = rig.client("envoice", max_retries=2)
    with pytest.raises(errors.APIError) as raised:
        await ev.call("invoices.get", id=987654)
    assert type(raised.value) is errors.APIError  # a fault envelope, not an HTTP error status
    assert raised.value.status_code == 200 and raised.value.code == "E_NOT_FOUND"
    assert "987654" in raised.value.message
    assert ev.retry_counts("/api/invoice/details") == ["0"]


async def test_envoice_is_faulted_on_a_write_creates_nothing(rig: Rig) -> None:
    ev = rig.client("envoice", max_retries=2)
    before = rig.sandbox.store.count("envoice.invoices")
    with pytest.raises(errors.APIError) as raised:
        await ev.call(
            "invoices.create",
            client_id=424242,  # no such client: Envoice answers 200 with IsFaulted
            number="F-1",
            status="Draft",
            currency_id=1,
            issued_on="2026-11-21T00:00:00Z",
            duedate="2026-12-21T00:00:00Z",
            items=[],
        )
    assert raised.value.status_code == 200 and raised.value.code == "E_INVALID_REFERENCE"
    assert ev.retry_counts("/api/invoice/new") == ["0"]
    assert rig.sandbox.store.count("envoice.invoices") == before
