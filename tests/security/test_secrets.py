"""Security evidence: no secret in any log, repr, error or traceback, and no credential over
plain http to a host that is not loopback.

``test_no_secret_reaches_logs_reprs_errors_or_tracebacks`` runs one representative session
against a local sandbox: every client of every API, sync and async, through successes and
failures (401, 404, 422, 429, 5xx, a dropped connection, expired tokens, a refused refresh, bad
credentials, an envelope fault with HTTP 200, a spec violation seen by the sandbox, webhook
verification failures, an insecure URL). It captures every log record at every level from every
logger (facade, httpx, httpcore, uvicorn, the sandbox) and the repr/str of clients, auths,
responses and errors and the formatted traceback of every raised error, then checks the whole
text once against every secret value the session knew or was given.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import secrets
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import facade
from facade import errors
from facade.testing import Sandbox
from facade.webhooks import enlivy_signature, parse_envoice, verify_enlivy

if TYPE_CHECKING:
    from tests.security.conftest import LogCapture

ADDRESS = {"address_line1": "Hauptstrasse 1", "zip": "10115", "town": "Berlin"}
INVOICE = {
    "status": "draft",
    "currency": "EUR",
    "source": "internal",
    "payment_method": "bank_transfer",
    "delivery_method": "email",
    "line_items": [{"name_lang_map": {"en": "Consulting"}, "quantity": 1, "price": 100.0}],
}
ENLIVY_EVENT = {
    "id": "evt_scan_1",
    "type": "invoice.paid",
    "created_at": "2026-06-12T10:30:00Z",
    "data": {"id": "org_inv_scan", "object": "invoice", "status": "paid", "total": 99.99},
    "organization_id": "org_scan",
}
ENVOICE_EVENT = {
    "Signature": "5a3c0e9b",
    "Timestamp": "2023-03-06T10:11:12.1234567Z",
    "Activity": {
        "Message": "Invoice 2023-0042 was paid",
        "Link": "https://www.envoice.in/share/abc",
        "Type": 12,
        "InvoiceNumber": "2023-0042",
        "InvoiceId": 42,
        "OrderNumber": None,
        "OrderId": None,
        "Id": 9001,
        "CreatedOn": "2023-03-06T10:11:11.7654321Z",
    },
}


class Evidence:
    """What the session showed (texts) and what it must never have shown (secrets)."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.secrets: dict[str, str] = {}
        self.fiskaly_access_tokens: set[str] = set()
        self.raised: list[type[BaseException]] = []

    def secret(self, name: str, value: Any) -> None:
        text = str(value)
        # Short values would match by accident; every secret here is long and random.
        assert len(text) >= 12, f"{name} is too short to scan for"
        self.secrets[name] = text

    def show(self, *objects: Any) -> None:
        for item in objects:
            self.texts += [repr(item), str(item)]

    def error(self, error: BaseException) -> None:
        self.raised.append(type(error))
        self.texts += [
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            repr(vars(error)),  # body, code, request id, response: whatever a handler may log
        ]

    @contextlib.contextmanager
    def raises(self, kind: type[BaseException]) -> Iterator[None]:
        """Like ``pytest.raises``, and keeps the error's texts for the scan."""
        with pytest.raises(kind) as caught:
            yield
        self.error(caught.value)

    def fiskaly_tokens(self, client: facade.Fiskaly | facade.AsyncFiskaly) -> None:
        """Record the tokens the client holds now. Called after every call that may have renewed
        them (a call renews at most once); the count is checked against the sandbox's."""
        token = client.auth._token  # private: the facade shows its tokens nowhere else
        if token is None:
            return
        access = token.access.reveal()
        number = len(self.fiskaly_access_tokens) + 1
        if access not in self.fiskaly_access_tokens:
            self.fiskaly_access_tokens.add(access)
            self.secret(f"fiskaly access token #{number}", access)
            self.secret(f"fiskaly access token #{number} signature", access.rsplit(".", 1)[1])
            if token.refresh is not None:
                refresh = token.refresh.reveal()
                self.secret(f"fiskaly refresh token #{number}", refresh)
                self.secret(f"fiskaly refresh token #{number} signature", refresh.rsplit(".", 1)[1])


def _wrong(prefix: str) -> str:
    """A mistyped credential: still a secret, it must not be echoed either."""
    return f"{prefix}-{secrets.token_urlsafe(18)}"


# -- fiskaly ----------------------------------------------------------------------------------


def _fiskaly_sync(sb: Sandbox, ev: Evidence) -> None:
    org_id = sb.fiskaly.organization_id
    with sb.client("fiskaly") as fk:
        ev.show(fk, fk.auth)
        ev.show(fk.with_raw_response.organizations.get(organization_id=org_id))
        ev.fiskaly_tokens(fk)
        ev.show(fk.organizations.list(limit=2).first_page().response)
        org = fk.organizations.create(name="Secret Scan GmbH", country_code="DEU", **ADDRESS)
        key = fk.api_keys.create(organization_id=org.field_id, name="scan-key", status="enabled")
        ev.secret("created API key", key.key)
        ev.secret("created API secret", key.secret)

        fk.auth.expire_now()  # renewed with the refresh token
        fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)
        sb.expire_tokens()  # 401, login again, replay
        fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)
        sb.fiskaly.expire_refresh_tokens()  # the refresh is refused, key and secret used
        fk.auth.expire_now()
        fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)

        with ev.raises(errors.NotFoundError):
            fk.organizations.get(organization_id=str(uuid.uuid4()))
        sb.faults.add(api="fiskaly", path="^/organizations$", status=503, times=1)
        fk.organizations.list(limit=1).first_page()  # retried through the fault
        sb.faults.add(api="fiskaly", path="^/organizations$", status=500, times=1)
        with ev.raises(errors.ServerError):
            fk.organizations.list(limit=1, max_retries=0).first_page()
        sb.faults.add(api="fiskaly", path="^/organizations$", drop=True, times=1)
        with ev.raises(errors.APIConnectionError):
            fk.organizations.list(limit=1, max_retries=0).first_page()

        with sb.client("fiskaly", api_key=key.key, api_secret=key.secret) as pos:
            pos.organizations.get(organization_id=org.field_id)
            ev.fiskaly_tokens(pos)
            fk.api_keys.update(organization_id=org.field_id, key_id=key.field_id, status="disabled")
            pos.auth.expire_now()  # refresh refused (key disabled), then login refused
            with ev.raises(errors.AuthenticationError):
                pos.organizations.get(organization_id=org.field_id)
            ev.show(pos, pos.auth, pos.auth.stats)
        ev.show(fk.auth.stats)

    wrong = _wrong("fiskaly-secret")
    ev.secret("wrong fiskaly secret", wrong)
    with sb.client("fiskaly", api_secret=wrong) as bad, ev.raises(errors.AuthenticationError):
        bad.organizations.list().first_page()

    # The sandbox's own check of a request the spec forbids: its log must not quote the body.
    with sb.expect_violations() as violations:
        httpx.post(
            f"{sb.fiskaly_url}/auth",
            json={"api_key": sb.fiskaly.api_key, "api_secret": [sb.fiskaly.api_secret]},
        )
    assert violations
    ev.show(*violations)


async def _fiskaly_async(sb: Sandbox, ev: Evidence) -> None:
    org_id = sb.fiskaly.organization_id
    async with sb.async_client("fiskaly") as fk:
        ev.show(fk, fk.auth)
        ev.show(await fk.with_raw_response.organizations.get(organization_id=org_id))
        ev.fiskaly_tokens(fk)
        fk.auth.expire_now()
        await fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)
        sb.expire_tokens()
        await fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)
        sb.fiskaly.expire_refresh_tokens()
        fk.auth.expire_now()
        await fk.organizations.get(organization_id=org_id)
        ev.fiskaly_tokens(fk)
        with ev.raises(errors.NotFoundError):
            await fk.organizations.get(organization_id=str(uuid.uuid4()))
        sb.faults.add(api="fiskaly", path="^/organizations$", status=502, times=1)
        with ev.raises(errors.ServerError):
            await fk.organizations.list(limit=1, max_retries=0).first_page()
        ev.show(fk.auth.stats)
    wrong = _wrong("fiskaly-async-secret")
    ev.secret("wrong fiskaly secret (async)", wrong)
    async with sb.async_client("fiskaly", api_secret=wrong) as bad:
        with ev.raises(errors.AuthenticationError):
            await bad.organizations.list().first_page()


# -- Enlivy -----------------------------------------------------------------------------------


def _enlivy_sync(sb: Sandbox, ev: Evidence) -> None:
    with sb.client("enlivy") as en:
        ev.show(en, en.auth)
        en.organizations.get()
        tag = en.tags.create(alias="secret-scan")
        ev.show(en.with_raw_response.tags.get(tag_id=tag.id))
        ev.show(en.tags.list(per_page=2).first_page().response)
        with ev.raises(errors.ValidationError):  # 422 with field errors from the server
            en.invoices.create(organization_receiver_user_id="org_user_missing", **INVOICE)
        with ev.raises(errors.NotFoundError):
            en.tags.get(tag_id="org_tag_missing")
        sb.faults.add(api="enlivy", path="/tags$", status=429, retry_after="0", times=1)
        with ev.raises(errors.RateLimitError):
            en.tags.list(max_retries=0).first_page()

    logged = facade.Enlivy.login(
        email=sb.enlivy.email,
        password=sb.enlivy.password,
        organization_id=sb.enlivy.organization_id,
        base_url=sb.enlivy_url,
    )
    assert logged.login_response is not None
    ev.secret("Enlivy login token", logged.login_response.parsed.token)
    ev.secret("Enlivy login token secret", logged.login_response.parsed.token.split("|")[-1])
    ev.show(logged, logged.auth, logged.login_response)
    logged.tags.list().first_page()
    logged.close()

    wrong = _wrong("enlivy-password")
    ev.secret("wrong Enlivy password", wrong)
    with ev.raises(errors.AuthenticationError):
        facade.Enlivy.login(email=sb.enlivy.email, password=wrong, base_url=sb.enlivy_url)
    forged = f"1|{secrets.token_hex(20)}"
    ev.secret("forged Enlivy token", forged)
    with sb.client("enlivy", token=forged) as bad, ev.raises(errors.AuthenticationError):
        bad.tags.list().first_page()


async def _enlivy_async(sb: Sandbox, ev: Evidence) -> None:
    async with sb.async_client("enlivy") as en:
        ev.show(en, en.auth)
        await en.organizations.get()
        with ev.raises(errors.ValidationError):
            await en.invoices.create(organization_receiver_user_id="org_user_missing", **INVOICE)
        sb.faults.add(api="enlivy", path="/tags$", status=503, times=1)
        with ev.raises(errors.ServerError):
            await en.tags.list(max_retries=0).first_page()
    logged = await facade.AsyncEnlivy.login(
        email=sb.enlivy.email, password=sb.enlivy.password, base_url=sb.enlivy_url
    )
    assert logged.login_response is not None
    ev.secret("Enlivy async login token", logged.login_response.parsed.token)
    ev.show(logged, logged.auth, logged.login_response)
    await logged.aclose()
    wrong = _wrong("enlivy-async-password")
    ev.secret("wrong Enlivy password (async)", wrong)
    with ev.raises(errors.AuthenticationError):
        await facade.AsyncEnlivy.login(
            email=sb.enlivy.email, password=wrong, base_url=sb.enlivy_url
        )


# -- Envoice ----------------------------------------------------------------------------------


def _envoice_sync(sb: Sandbox, ev: Evidence) -> None:
    with sb.client("envoice") as client:
        ev.show(client, client.auth)
        client.general.countries()
        ev.show(client.with_raw_response.general.currencies())
        list(client.clients.list())
        with ev.raises(errors.APIError):  # a fault reported with HTTP 200 and IsFaulted
            client.clients.get(id=404)
        sb.faults.add(api="envoice", status=500, times=1)
        with ev.raises(errors.ServerError):
            client.general.countries(max_retries=0)
        sb.faults.add(api="envoice", drop=True, times=1)
        with ev.raises(errors.APIConnectionError):
            client.general.countries(max_retries=0)
    wrong = _wrong("envoice-secret")
    ev.secret("wrong Envoice secret", wrong)
    with sb.client("envoice", auth_secret=wrong) as bad, ev.raises(errors.AuthenticationError):
        bad.general.countries()


async def _envoice_async(sb: Sandbox, ev: Evidence) -> None:
    async with sb.async_client("envoice") as client:
        ev.show(client, client.auth)
        await client.general.countries()
        with ev.raises(errors.APIError):
            await client.clients.get(id=404)
    async with sb.async_client("envoice", auth_key=_wrong("envoice-key")) as bad:
        with ev.raises(errors.AuthenticationError):
            await bad.general.countries()


# -- webhooks and insecure URLs ---------------------------------------------------------------


def _webhooks(ev: Evidence) -> None:
    signing = "whsec_" + secrets.token_urlsafe(24)
    wrong = "whsec_" + secrets.token_urlsafe(24)
    ev.secret("webhook signing secret", signing)
    ev.secret("wrong webhook signing secret", wrong)
    body = json.dumps(ENLIVY_EVENT, separators=(",", ":")).encode()
    signature = enlivy_signature(body, signing)
    ev.show(verify_enlivy(body, signature, signing))  # the sandbox-style signer, then verified

    tampered = body.replace(b"99.99", b"0.01")
    # What the verifier computes internally: a message quoting it would help forge deliveries.
    ev.secret("signature expected for the tampered body", enlivy_signature(tampered, signing))
    with ev.raises(errors.WebhookVerificationError):
        verify_enlivy(tampered, signature, signing)
    with ev.raises(errors.WebhookVerificationError):
        verify_enlivy(body, signature, wrong)
    stale = int(time.time()) - 3600
    with ev.raises(errors.WebhookVerificationError):
        verify_enlivy(body, enlivy_signature(body, signing, timestamp=stale), signing)
    with ev.raises(errors.WebhookVerificationError):
        verify_enlivy(body, None, signing)

    def verifier(raw: bytes, event: Any) -> bool:
        return hmac.compare_digest(event.Signature, enlivy_signature(raw, signing))

    with ev.raises(errors.WebhookVerificationError):
        parse_envoice(json.dumps(ENVOICE_EVENT).encode(), verifier=verifier)


def _insecure_urls(sb: Sandbox, ev: Evidence) -> None:
    userinfo = "pw-" + secrets.token_urlsafe(16)
    ev.secret("password in a URL's userinfo", userinfo)
    url = f"http://scan:{userinfo}@api.example.com"
    with ev.raises(errors.InsecureTransportError):
        facade.Fiskaly(sb.fiskaly.api_key, sb.fiskaly.api_secret, base_url=url)
    with ev.raises(errors.InsecureTransportError):
        facade.Envoice(sb.envoice.auth_key, sb.envoice.auth_secret, base_url=url)
    with ev.raises(errors.InsecureTransportError):
        facade.Enlivy.login(email=sb.enlivy.email, password=sb.enlivy.password, base_url=url)


async def test_no_secret_reaches_logs_reprs_errors_or_tracebacks(
    logged_sandbox: tuple[Sandbox, LogCapture],
) -> None:
    sb, logs = logged_sandbox
    ev = Evidence()
    ev.secret("fiskaly API key", sb.fiskaly.api_key)
    ev.secret("fiskaly API secret", sb.fiskaly.api_secret)
    ev.secret("Enlivy API token", sb.enlivy.token)
    ev.secret("Enlivy API token secret", sb.enlivy.token.split("|")[-1])
    ev.secret("Enlivy password", sb.enlivy.password)
    ev.secret("Envoice auth key", sb.envoice.auth_key)
    ev.secret("Envoice auth secret", sb.envoice.auth_secret)

    _fiskaly_sync(sb, ev)
    await _fiskaly_async(sb, ev)
    _enlivy_sync(sb, ev)
    await _enlivy_async(sb, ev)
    _envoice_sync(sb, ev)
    await _envoice_async(sb, ev)
    _webhooks(ev)
    _insecure_urls(sb, ev)
    sb.assert_no_violations()  # only the one expected above, already taken out

    # The capture must hold what the scan relies on, or the scan proves nothing.
    assert logs.saw("facade", logging.DEBUG) and logs.saw("facade.auth", logging.DEBUG)
    assert logs.saw("httpx") and logs.saw("httpcore", logging.DEBUG)
    assert logs.saw("uvicorn") and logs.saw("facade.testing")
    # Every token the sandbox issued was recorded as a secret to look for.
    assert len(ev.fiskaly_access_tokens) == sb.fiskaly.tokens_issued

    text = "\n".join([*ev.texts, logs.text])
    leaked = sorted(name for name, value in ev.secrets.items() if value in text)
    assert leaked == [], f"secrets found in logs, reprs, errors or tracebacks: {leaked}"


# -- plain http to a remote host --------------------------------------------------------------

INSECURE_URLS = [
    "http://api.example.com",
    "http://10.0.0.8:8000/api/v0",
    "http://127.0.0.1.nip.io",
    "HTTP://API.EXAMPLE.COM",
]
USERINFO = "pw-Zr8Kq2Lm5Xv9"

Factory = Callable[[str, httpx.Client | httpx.AsyncClient], Any]


class Recorder:
    """A transport that answers everything and remembers what reached it."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        # 400: an error that is not retried, so a call ends after its first request.
        self._answer = answer or (lambda request: httpx.Response(400, json={}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._answer(request)

    def client(self, mode: str, **options: Any) -> httpx.Client | httpx.AsyncClient:
        transport = httpx.MockTransport(self)
        if mode == "sync":
            return httpx.Client(transport=transport, **options)
        return httpx.AsyncClient(transport=transport, **options)


async def _use(api: str, mode: str, base_url: str, http: Any) -> None:
    """Build a client of ``api`` against ``base_url`` and make one call with credentials."""
    sync = mode == "sync"
    if api == "fiskaly":
        cls: Any = facade.Fiskaly if sync else facade.AsyncFiskaly
        client = cls("test_key_1", "fk-secret-1", base_url=base_url, http_client=http)
        result = client.organizations.list().first_page()
    elif api == "enlivy":
        cls = facade.Enlivy if sync else facade.AsyncEnlivy
        client = cls("7|enlivy-token-1", "org_1", base_url=base_url, http_client=http)
        result = client.tags.list().first_page()
    elif api == "enlivy-login":
        cls = facade.Enlivy if sync else facade.AsyncEnlivy
        result = cls.login(
            email="me@example.com", password="enlivy-pw-1", base_url=base_url, http_client=http
        )
    else:
        cls = facade.Envoice if sync else facade.AsyncEnvoice
        client = cls("ev-key-1", "ev-secret-1", base_url=base_url, http_client=http)
        result = client.general.countries()
    if not sync:
        await result


APIS = ["fiskaly", "enlivy", "enlivy-login", "envoice"]
CREDENTIALS = ("fk-secret-1", "enlivy-token-1", "enlivy-pw-1", "ev-secret-1")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("url", INSECURE_URLS)
async def test_credentials_are_refused_over_plain_http_before_sending(
    api: str, mode: str, url: str
) -> None:
    recorder = Recorder()
    with pytest.raises(errors.InsecureTransportError) as caught:
        await _use(api, mode, url, recorder.client(mode))
    assert recorder.requests == []
    assert "http" in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS)
async def test_insecure_base_url_from_the_environment_is_refused(
    api: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FISKALY_BASE_URL", "ENLIVY_BASE_URL", "ENVOICE_BASE_URL"):
        monkeypatch.setenv(name, f"http://user:{USERINFO}@api.example.com")
    recorder = Recorder()
    with pytest.raises(errors.InsecureTransportError) as caught:
        await _use(api, mode, "", recorder.client(mode))  # "": the environment decides
    assert recorder.requests == []
    assert USERINFO not in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("url", ["https://api.example.com", "http://127.0.0.1:9"])
async def test_secure_or_loopback_urls_do_reach_the_transport(
    api: str, mode: str, url: str
) -> None:
    """The control for the tests above: the same calls, allowed, do get sent with credentials."""
    recorder = Recorder()
    with contextlib.suppress(errors.APIError):
        await _use(api, mode, url, recorder.client(mode))
    assert recorder.requests
    sent = recorder.requests[0]
    carried = sent.content.decode() + " ".join(sent.headers.values())
    assert any(credential in carried for credential in CREDENTIALS)


def _redirect_to(target: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == httpx.URL(target).host:
            return httpx.Response(200, json={})
        return httpx.Response(307, headers={"Location": target})  # 307 keeps method and body

    return answer


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", ["fiskaly", "enlivy-login", "envoice"])
async def test_a_redirect_cannot_carry_credentials_to_plain_http(api: str, mode: str) -> None:
    recorder = Recorder(_redirect_to("http://collector.example/steal"))
    http = recorder.client(mode, follow_redirects=True)
    with contextlib.suppress(errors.FacadeError):
        await _use(api, mode, "https://api.example.com", http)
    assert recorder.requests, "the first request must have been sent"
    assert [str(r.url) for r in recorder.requests if r.url.scheme == "http"] == []
