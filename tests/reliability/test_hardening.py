"""Issue 12 and its neighbours against the sandbox (and, where an honest sandbox cannot show the
fault, the hostile server), over real loopback sockets, sync and async (``conftest.py``).

* writes and their keys: a bad ``idempotency_key`` is refused before anything is sent, so a
  503 can never replay a POST that carries no real key;
* token requests follow the call: its ``max_retries`` and its clock (skew);
* the server's words: a negative ``Retry-After`` is no wait, Envoice's ``E_DUPLICATE`` is a
  conflict, fault messages given as plain strings keep their text;
* a failed ``Enlivy.login`` leaves no socket open.
"""

from __future__ import annotations

import asyncio
import gc
import time
import uuid
import warnings
from typing import Any

import pytest

import facade
from facade import errors
from facade.testing import sandbox

from .conftest import Rig
from .hostile import Exchange, Received, hostile
from .test_faults import CURRENCIES, TAGS, assert_backoff, tags
from .test_hostile import call, close, make

BAD_KEYS = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("ключ-1", id="non-ascii"),
    pytest.param("key\r\nX-Injected: 1", id="crlf"),
    pytest.param("key\x00", id="nul"),
    pytest.param("k" * 256, id="too-long"),
    pytest.param(12345, id="not-a-str"),
]


@pytest.mark.parametrize("key", BAD_KEYS)
async def test_a_bad_idempotency_key_is_refused_before_anything_is_sent(rig: Rig, key: Any) -> None:
    rule = rig.sandbox.faults.add(api="enlivy", method="POST", path=TAGS, status=503)
    en = rig.client("enlivy", max_retries=2)
    before = tags(rig)
    with pytest.raises(errors.ValidationError) as raised:
        await en.call("tags.create", alias="keyed", idempotency_key=key)
    assert list(raised.value.errors) == ["idempotency_key"]
    assert rule.hits == 0 and en.recorder.attempts == [] and tags(rig) == before
    if isinstance(key, str) and len(key) < 100:
        assert key.strip() == "" or key not in str(raised.value)


@pytest.mark.parametrize("key", ["order-2026-0001", uuid.UUID(int=7)], ids=["str", "uuid"])
async def test_a_good_idempotency_key_is_sent_on_every_attempt(rig: Rig, key: Any) -> None:
    """The control for the test above: the same 503s, a usable key, three attempts."""
    rule = rig.sandbox.faults.add(api="enlivy", method="POST", path=TAGS, status=503, times=2)
    en = rig.client("enlivy", max_retries=2)
    await en.call("tags.create", alias="keyed", idempotency_key=key)
    assert rule.hits == 2
    assert [a.idempotency_key for a in en.recorder.to("/tags")] == [str(key)] * 3


async def test_a_negative_retry_after_is_ignored_not_read_as_now(rig: Rig) -> None:
    rule = rig.sandbox.faults.add(
        api="envoice", path=CURRENCIES, status=503, retry_after="-5", times=1
    )
    ev = rig.client("envoice", max_retries=1)
    assert len(await ev.call("general.currencies")) > 10
    assert rule.hits == 1 and len(ev.recorder.waits) == 1
    assert_backoff(ev.recorder.waits)  # the client's own backoff, not zero


@pytest.mark.parametrize("retries", [0, 1])
async def test_a_per_call_max_retries_reaches_the_token_request(rig: Rig, retries: int) -> None:
    rule = rig.sandbox.faults.add(api="fiskaly", method="POST", path="^/auth$", status=503)
    fk = rig.client("fiskaly", max_retries=3)  # the client's default would try /auth 4 times
    with pytest.raises(errors.ServerError):
        await fk.call(
            "organizations.get",
            organization_id=rig.sandbox.fiskaly.organization_id,
            max_retries=retries,
        )
    assert rule.hits == retries + 1
    assert fk.retry_counts("/auth") == [str(i) for i in range(retries + 1)]


def _reference(ev: Any) -> dict[str, int]:
    return {
        "ui_language_id": ev.general.ui_languages()[0].id,
        "client_currency_id": ev.general.currencies()[0].id,
        "client_country_id": ev.general.countries()[0].id,
    }


async def test_envoice_duplicate_invoice_number_is_a_conflict(rig: Rig) -> None:
    ev = rig.client("envoice")
    plain = rig.sandbox.client("envoice")  # setup through a plain sync client
    work_type = plain.work_types.create(title="Hardening")
    client_id = plain.clients.create(name="Dup Ltd", email="dup@example.com", **_reference(plain))
    plain.close()
    invoice = {
        "client_id": client_id,
        "number": f"DUP-{uuid.uuid4().hex[:8]}",
        "status": "Draft",
        "issued_on": "2026-11-21T00:00:00Z",
        "duedate": "2099-12-21T00:00:00Z",
        "items": [{"WorkTypeId": work_type, "Cost": 10.0, "Quantity": 1}],
    }
    await ev.call("invoices.create", **invoice)
    with pytest.raises(errors.ConflictError) as raised:
        await ev.call("invoices.create", **invoice)
    assert raised.value.code == "E_DUPLICATE" and "is taken" in raised.value.message


@pytest.mark.parametrize("status", [200, 400])
async def test_envoice_faults_as_plain_strings_keep_their_text(status: int, rig: Rig) -> None:
    def faulted(request: Received, exchange: Exchange) -> None:
        body = {"IsFaulted": True, "ErrorMessages": ["Client name is taken", "and one more"]}
        exchange.respond(status, body)

    with hostile(faulted) as server:
        ev = make("envoice", rig.flavour, server.url)
        with pytest.raises(errors.APIError) as raised:
            await call(lambda: ev.clients.get(id=1))
        await close(ev)
    assert raised.value.message == "Client name is taken; and one more"


@pytest.mark.parametrize("answer", ["E_DUPLICATE", "E_VALIDATION"])
async def test_envoice_duplicate_in_an_http_200_fault_is_a_conflict(rig: Rig, answer: str) -> None:
    def faulted(request: Received, exchange: Exchange) -> None:
        entry = {"Code": answer, "FaultMessage": "already there", "Group": "General"}
        exchange.respond(200, {"IsFaulted": True, "ErrorMessages": [entry]})

    with hostile(faulted) as server:
        ev = make("envoice", rig.flavour, server.url)
        with pytest.raises(errors.APIError) as raised:
            await call(lambda: ev.clients.get(id=1))
        await close(ev)
    assert isinstance(raised.value, errors.ConflictError) == (answer == "E_DUPLICATE")


# -- the server's clock 2 h behind -----------------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_server_clock_two_hours_behind_does_not_renew_on_every_call(
    flavour: str,
) -> None:
    """Its tokens say ``expires_at`` = two hours ago by our clock, and ``expires_in`` = 300:
    counted from expires_in, one token serves every call."""
    with sandbox() as sb:
        sb.fiskaly.ctx.clock = lambda: time.time() - 7200
        client = sb.client("fiskaly") if flavour == "sync" else sb.async_client("fiskaly")
        for _ in range(5):
            await call(lambda: client.organizations.get(organization_id=sb.fiskaly.organization_id))
        await close(client)
        assert client.auth.stats.token_requests == 1
        assert sb.fiskaly.tokens_issued == 1


# -- a failed login closes what it opened ----------------------------------------------------------


def _unclosed(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_a_failed_login_leaves_no_socket_open() -> None:
    with sandbox() as sb, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            with pytest.raises(errors.AuthenticationError):
                facade.Enlivy.login(
                    email=sb.enlivy.email, password="wrong-password-123", base_url=sb.enlivy_url
                )
        gc.collect()
    assert _unclosed(caught) == []


def test_a_failed_async_login_leaves_no_socket_open() -> None:
    with sandbox() as sb, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        async def attempt() -> None:
            with pytest.raises(errors.AuthenticationError):
                await facade.AsyncEnlivy.login(
                    email=sb.enlivy.email, password="wrong-password-123", base_url=sb.enlivy_url
                )

        for _ in range(3):
            asyncio.run(attempt())
        gc.collect()
    assert _unclosed(caught) == []


@pytest.mark.parametrize("token", ["7|abc\r\ndef", "7|abc def", "", None, "7|ключ"])
async def test_a_login_that_issues_an_unusable_token_fails_and_closes(rig: Rig, token: Any) -> None:
    def login(request: Received, exchange: Exchange) -> None:
        exchange.respond(200, {"token": token})

    with hostile(login) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cls: Any = facade.Enlivy if rig.flavour == "sync" else facade.AsyncEnlivy
        with pytest.raises(errors.APIError) as raised:
            await call(
                lambda: cls.login(
                    email="me@example.com", password="pw-12345678", base_url=server.url
                )
            )
        gc.collect()
    assert not isinstance(raised.value, errors.ValidationError)
    assert "usable token" in str(raised.value)
    assert _unclosed(caught) == []
    assert len(server.received) == 1  # the login; the token was never sent anywhere
