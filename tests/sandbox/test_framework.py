"""The sandbox framework: fault injection, spec validation of every exchange, controls, CLI."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest
from starlette.responses import JSONResponse

import facade
from facade import errors
from facade.testing import Sandbox, sandbox


def fiskaly_token(sb: Sandbox) -> str:
    response = httpx.post(
        f"{sb.fiskaly_url}/auth",
        json={"api_key": sb.fiskaly.api_key, "api_secret": sb.fiskaly.api_secret},
    )
    assert response.status_code == 200
    return str(response.json()["access_token"])


def test_every_response_carries_a_request_id(fiscal_sandbox: Sandbox) -> None:
    for url in (
        f"{fiscal_sandbox.fiskaly_url}/organizations",
        f"{fiscal_sandbox.enlivy_url}/organizations",
        f"{fiscal_sandbox.envoice_url}/api/tax/all",
    ):
        assert len(httpx.get(url).headers["X-Request-ID"]) == 32  # even the 401s


def test_error_status_for_the_next_n_requests_then_success(fiscal_sandbox: Sandbox) -> None:
    rule = fiscal_sandbox.faults.add(api="envoice", path="^/api/tax/all$", status=503, times=2)
    with fiscal_sandbox.client("envoice") as ev, pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", lambda seconds: None)
        assert ev.taxes.list().first_page().response.status_code == 200  # two 503s, then the answer
    assert rule.hits == 2


def test_429_with_retry_after_and_an_html_page(fiscal_sandbox: Sandbox) -> None:
    fiscal_sandbox.faults.add(api="enlivy", path="/tags$", status=429, retry_after="120")
    fiscal_sandbox.faults.add(
        api="envoice", path="/api/client/all$", status=502, body="<html><h1>Bad gateway</h1></html>"
    )
    with fiscal_sandbox.client("enlivy") as en, pytest.raises(errors.RateLimitError) as limited:
        en.tags.list().first_page()
    assert limited.value.retry_after == 120.0
    with (
        fiscal_sandbox.client("envoice", max_retries=0) as ev,
        pytest.raises(errors.ServerError) as html,
    ):
        ev.clients.list().first_page()
    assert html.value.body == "<html><h1>Bad gateway</h1></html>"


def test_a_rate_applies_to_a_share_of_requests(fiscal_sandbox: Sandbox) -> None:
    rule = fiscal_sandbox.faults.add(
        api="envoice", path="/api/general/countries$", status=500, rate=0.5
    )
    statuses = [
        httpx.get(
            f"{fiscal_sandbox.envoice_url}/api/general/countries",
            headers=envoice_headers(fiscal_sandbox),
        ).status_code
        for _ in range(40)
    ]
    assert 5 < statuses.count(500) < 35 and rule.hits == statuses.count(500)


def envoice_headers(sb: Sandbox) -> dict[str, str]:
    return {"x-auth-key": sb.envoice.auth_key, "x-auth-secret": sb.envoice.auth_secret}


def test_a_dropped_connection_mid_response(fiscal_sandbox: Sandbox) -> None:
    fiscal_sandbox.faults.add(api="envoice", path="/api/general/currencies$", drop=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(
            f"{fiscal_sandbox.envoice_url}/api/general/currencies",
            headers=envoice_headers(fiscal_sandbox),
        )
    fiscal_sandbox.faults.add(api="envoice", path="/api/general/currencies$", drop=True, times=1)
    with fiscal_sandbox.client("envoice") as ev, pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", lambda seconds: None)
        assert len(ev.general.currencies()) > 10  # a GET is replayed after the break


def test_after_faults_let_the_emulator_act_first(fiscal_sandbox: Sandbox) -> None:
    headers = envoice_headers(fiscal_sandbox)
    new_tax = f"{fiscal_sandbox.envoice_url}/api/tax/new"
    count = len(httpx.get(f"{fiscal_sandbox.envoice_url}/api/tax/all", headers=headers).json())
    # Cut off after the write: the tax exists, the client saw the connection break.
    fiscal_sandbox.faults.add(api="envoice", path="/api/tax/new$", drop=True, after=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(new_tax, headers=headers, json={"Name": "VAT", "Percentage": 20.0})
    # Replaced after the write: the client sees a 502, the tax exists all the same.
    fiscal_sandbox.faults.add(api="envoice", path="/api/tax/new$", status=502, after=True)
    assert (
        httpx.post(new_tax, headers=headers, json={"Name": "VAT", "Percentage": 7.0}).status_code
        == 502
    )
    # Before (the default): nothing happens on the server.
    fiscal_sandbox.faults.clear()
    fiscal_sandbox.faults.add(api="envoice", path="/api/tax/new$", status=502, times=1)
    assert (
        httpx.post(new_tax, headers=headers, json={"Name": "VAT", "Percentage": 9.0}).status_code
        == 502
    )
    after = httpx.get(f"{fiscal_sandbox.envoice_url}/api/tax/all", headers=headers).json()
    assert len(after) == count + 2
    served = [r for r in fiscal_sandbox.requests if r.path == "/api/tax/new"]
    assert [(r.emulator_status, r.status, r.delivered) for r in served] == [
        (200, 200, False),
        (200, 502, True),
        (None, 502, True),
    ]


def test_an_after_fault_needs_something_to_do(fiscal_sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="after=True needs status or drop"):
        fiscal_sandbox.faults.add(api="envoice", after=True)


def test_the_request_log_says_what_arrived_and_what_became_of_it(fiscal_sandbox: Sandbox) -> None:
    fiscal_sandbox.clear_requests()
    fiscal_sandbox.faults.add(api="envoice", path="/api/general/currencies$", status=503, times=1)
    with fiscal_sandbox.client("envoice") as ev, pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.sleep", lambda seconds: None)
        ev.general.currencies()
    served = fiscal_sandbox.requests
    assert [(r.api, r.method, r.path) for r in served] == [
        ("envoice", "GET", "/api/general/currencies")
    ] * 2
    assert [(r.retry_count, r.emulator_status, r.status) for r in served] == [
        ("0", None, 503),
        ("1", 200, 200),
    ]
    assert all(len(r.request_id) == 32 and r.delivered for r in served)
    logged = httpx.get(f"{fiscal_sandbox.url}/_sandbox/requests").json()
    assert [entry["status"] for entry in logged] == [503, 200]
    assert "x-auth-secret" not in json.dumps(logged).lower()  # no headers, so no credentials
    assert httpx.delete(f"{fiscal_sandbox.url}/_sandbox/requests").status_code == 204
    assert fiscal_sandbox.requests == []


def test_latency_is_added(fiscal_sandbox: Sandbox) -> None:
    with fiscal_sandbox.client("envoice") as ev:
        ev.general.date_formats()  # the first call also builds the spec validator: not timed
    rule = fiscal_sandbox.faults.add(api="envoice", path="/api/general/dateformats$", latency=2.0)
    with (
        fiscal_sandbox.client("envoice", timeout=0.5, max_retries=0) as ev,
        pytest.raises(errors.APITimeoutError),
    ):
        ev.general.date_formats()
    assert rule.hits == 1


def test_a_request_the_spec_forbids_is_refused_and_recorded(fiscal_sandbox: Sandbox) -> None:
    token = fiskaly_token(fiscal_sandbox)
    body = {
        "name": "ACME",
        "address_line1": "Ring 1",
        "zip": "1010",
        "town": "Wien",
        "country_code": "XXX",
    }
    with fiscal_sandbox.expect_violations() as seen:
        response = httpx.post(
            f"{fiscal_sandbox.fiskaly_url}/organizations",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 400
    assert response.json()["code"] == "E_FAILED_SCHEMA_VALIDATION"
    assert [v.kind for v in seen] == ["request"] and "country_code" in str(seen[0])


def test_violation_messages_never_quote_the_rejected_values(fiscal_sandbox: Sandbox) -> None:
    with fiscal_sandbox.expect_violations() as seen:
        httpx.post(
            f"{fiscal_sandbox.fiskaly_url}/auth", json={"api_key": 7, "api_secret": "s3cr3t-VALUE"}
        )
    assert seen and all("s3cr3t-VALUE" not in str(v) for v in seen)


def test_a_response_that_breaks_the_spec_is_a_violation(
    fiscal_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = fiscal_sandbox.envoice
    route = next(r for r in emulator.app.routes if getattr(r, "path", "") == "/api/tax/all")

    async def broken(scope: Any, receive: Any, send: Any) -> None:
        await JSONResponse({"not": "a list"})(scope, receive, send)

    monkeypatch.setattr(route, "app", broken)
    response = httpx.get(
        f"{fiscal_sandbox.envoice_url}/api/tax/all", headers=envoice_headers(fiscal_sandbox)
    )
    assert response.status_code == 200
    assert [v.kind for v in fiscal_sandbox.violations] == ["response"]
    with pytest.raises(AssertionError, match="spec violations"):
        fiscal_sandbox.assert_no_violations()
    fiscal_sandbox.app.violations.clear()  # the fixture would fail this test otherwise


def test_unknown_operations_get_404_or_405_without_a_violation(fiscal_sandbox: Sandbox) -> None:
    assert (
        httpx.get(
            f"{fiscal_sandbox.envoice_url}/api/nothing-here",
            headers=envoice_headers(fiscal_sandbox),
        ).status_code
        == 404
    )
    assert (
        httpx.delete(
            f"{fiscal_sandbox.envoice_url}/api/tax/all", headers=envoice_headers(fiscal_sandbox)
        ).status_code
        == 405
    )
    assert fiscal_sandbox.violations == []


def test_controls_over_http(fiscal_sandbox: Sandbox) -> None:
    added = httpx.post(
        f"{fiscal_sandbox.url}/_sandbox/faults",
        json={"api": "envoice", "path": "/api/tax/all$", "status": 500, "times": 1},
    )
    assert added.status_code == 201
    assert (
        httpx.get(
            f"{fiscal_sandbox.envoice_url}/api/tax/all", headers=envoice_headers(fiscal_sandbox)
        ).status_code
        == 500
    )
    assert httpx.delete(f"{fiscal_sandbox.url}/_sandbox/faults").status_code == 204
    assert len(fiscal_sandbox.faults) == 0
    token = fiskaly_token(fiscal_sandbox)
    assert httpx.post(f"{fiscal_sandbox.url}/_sandbox/expire-tokens").status_code == 204
    expired = httpx.get(
        f"{fiscal_sandbox.fiskaly_url}/organizations", headers={"Authorization": f"Bearer {token}"}
    )
    assert expired.status_code == 401
    assert httpx.get(f"{fiscal_sandbox.url}/_sandbox/violations").json() == []


def test_state_survives_a_restart_with_a_database_file(tmp_path: Any) -> None:
    database = tmp_path / "sandbox.db"
    with sandbox(database=database) as first, first.client("envoice") as ev:
        tax_id = ev.taxes.create(name="VAT", percentage=20.0)
        key, secret = first.envoice.auth_key, first.envoice.auth_secret
    with sandbox(database=database) as second:
        assert (second.envoice.auth_key, second.envoice.auth_secret) == (key, secret)
        with second.client("envoice") as ev:
            assert [t.id for t in ev.taxes.list()] == [tax_id]


def test_the_command_line_serves_the_sandbox() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "facade.testing.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # A reader thread and a deadline per line: a silent child fails the test instead of hanging it.
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout or []], daemon=True
    ).start()
    try:
        url = lines.get(timeout=30).rsplit(" ", 1)[1].strip()
        printed = [lines.get(timeout=30) for _ in range(3)]
        envoice = next(line for line in printed if line.strip().startswith("envoice"))
        settings = dict(
            part.split("=", 1) for part in envoice.split("credentials: ")[1].strip().split(", ")
        )
        headers = {"x-auth-key": settings["auth_key"], "x-auth-secret": settings["auth_secret"]}
        response = httpx.get(f"{url}/envoice/api/tax/all", headers=headers, timeout=10)
        assert response.status_code == 200 and json.loads(response.content) == []
    finally:
        process.terminate()
        _, errors_printed = process.communicate(timeout=10)
    assert "Warning" not in errors_printed  # e.g. runpy's double-import warning


def test_facade_clients_from_the_sandbox_need_no_other_setup() -> None:
    with sandbox() as sb:
        assert isinstance(sb.client("fiskaly"), facade.Fiskaly)
        assert sb.client_kwargs("enlivy")["base_url"] == sb.enlivy_url
        with pytest.raises(ValueError, match="unknown API"):
            sb.client_kwargs("stripe")
