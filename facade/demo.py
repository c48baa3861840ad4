"""``python -m facade demo``: walk the real workflows of the three APIs through the facade.

By default a local sandbox is started and everything runs offline. ``--live`` runs the same walk
against the real services, for each API whose credentials are in the environment (it creates
records there: use test accounts). The exit status is 0 only when every step behaved as
expected (and, on the sandbox, no exchange broke the specs).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import facade
from facade import errors

if TYPE_CHECKING:
    from enlivy_client.params import InvoiceLineItemInputParams

T = TypeVar("T")

EXPECTED_FAILURES: tuple[type[Exception], ...] = (errors.FacadeError,)


@dataclass
class Step:
    name: str
    operation: str
    status: str = ""
    request_id: str = ""
    millis: float = 0.0
    result: str = ""
    ok: bool = False


@dataclass
class Walk:
    """The steps of one API, printed as a table."""

    title: str
    steps: list[Step] = field(default_factory=list)

    @contextmanager
    def step(self, name: str, operation: str) -> Iterator[Step]:
        record = Step(name, operation)
        started = time.perf_counter()
        try:
            yield record
        except Exception as error:  # a failed step is reported, and the walk goes on
            record.ok = False
            record.status = record.status or _status_of(error)
            record.request_id = record.request_id or (getattr(error, "request_id", None) or "")
            record.result = f"UNEXPECTED {type(error).__name__}: {error}"[:160]
        finally:
            # A step may report the duration of an exchange that happened before it.
            record.millis = record.millis or (time.perf_counter() - started) * 1000
            self.steps.append(record)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    def print(self, out: TextIO) -> None:
        headers = ("step", "operation", "status", "request id", "ms", "result")
        rows = [
            (
                ("ok   " if s.ok else "FAIL ") + s.name,
                s.operation,
                s.status,
                s.request_id[:16],
                f"{s.millis:.1f}",
                s.result,
            )
            for s in self.steps
        ]
        widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers) - 1)]
        out.write(f"\n{self.title}\n")
        for row in [headers, *rows]:
            cells = [str(c).ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
            out.write("  " + "  ".join(cells) + "  " + str(row[-1]) + "\n")


def _status_of(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return str(status) if status is not None else "not sent"


def _given(value: T | Any) -> T:
    """A field the demo relies on; the spec marks it optional, the sandbox always sends it."""
    if type(value).__name__ == "Unset":
        raise AssertionError("the sandbox left out a field the demo needs")
    result: T = value
    return result


def record(step: Step, raw: Any, result: str) -> Any:
    """Fill a step from a raw response; returns the parsed result."""
    step.status = str(raw.status_code)
    step.request_id = raw.request_id or ""
    step.result = result
    step.ok = raw.status_code < 300
    return raw.parsed


def expect_error(
    step: Step, error_type: type[Exception], call: Callable[[], Any], describe: Callable[[Any], str]
) -> None:
    """The step succeeds when ``call`` raises ``error_type``."""
    try:
        call()
    except error_type as error:
        step.status = _status_of(error)
        step.request_id = getattr(error, "request_id", None) or ""
        step.result = f"{type(error).__name__}: {describe(error)}"
        step.ok = True
        return
    step.result = f"expected {error_type.__name__}, but the call succeeded"


# --- the walks ---------------------------------------------------------------------------------


@dataclass
class Controls:
    """What differs between the sandbox and the live services."""

    expire_token: Callable[[Any], None]
    fiskaly_credentials: tuple[str, str]
    enlivy_login: tuple[str, str] | None
    enlivy_organization_id: str | None
    enlivy_receiver_id: str
    envoice_missing_invoice_id: int = 987654321


def walk_fiskaly(fk: facade.Fiskaly, controls: Controls) -> Walk:
    walk = Walk(f"fiskaly management API ({fk.base_url})")
    run = uuid.uuid4().hex[:6]
    key, secret = controls.fiskaly_credentials
    with walk.step("authenticate", "POST /auth") as step:
        login = fk.with_raw_response.tokens.create(body={"api_key": key, "api_secret": secret})
        token = record(step, login, "")
        claims = token.access_token_claims
        owner = getattr(claims, "organization_id", "?")
        step.result = f"token for {owner}, expires in {token.access_token_expires_in} s"
    organization_id = ""
    with walk.step("create organization", "POST /organizations") as step:
        raw = fk.with_raw_response.organizations.create(
            name=f"Demo Shop {run}",
            address_line1="Hauptstrasse 1",
            zip="10115",
            town="Berlin",
            country_code="DEU",
            metadata={"crm_id": f"C-{run}", "source": "fiscal-facade demo"},
        )
        org = record(step, raw, "")
        organization_id = str(org.field_id)
        step.result = f"{org.name} with metadata {dict(org.metadata.additional_properties)}"
    with walk.step("create API key", "POST /organizations/{id}/api-keys") as step:
        api_key = record(
            step,
            fk.with_raw_response.api_keys.create(
                organization_id=organization_id, name=f"pos-{run}", status="enabled"
            ),
            "",
        )
        step.result = f"key {api_key.key[:8]}..., secret returned once"
    with walk.step("list organizations (paged)", "GET /organizations?limit=2") as step:
        for index in range(3):  # enough for several pages
            fk.organizations.create(
                name=f"Demo Branch {run}-{index}",
                address_line1="Nebenweg 2",
                zip="10115",
                town="Berlin",
                country_code="DEU",
            )
        pages = list(fk.organizations.list(limit=2).pages())
        items = sum(len(page) for page in pages)
        last = pages[-1].response
        step.status, step.request_id = str(last.status_code), last.request_id or ""
        step.result = f"{items} organizations over {len(pages)} pages, fetched one page at a time"
        step.ok = len(pages) >= 2 and items >= 4
    with walk.step("metadata over the limit", "PATCH /organizations/{id}") as step:
        too_many = {f"key_{i}": "v" for i in range(21)}
        expect_error(
            step,
            errors.MetadataLimitError,
            lambda: fk.organizations.update(organization_id=organization_id, metadata=too_many),
            lambda e: f"{e.violations[0][1]}; nothing was sent",
        )
    with walk.step("token expires: one renewal", "GET /organizations/{id}") as step:
        auth = fk.auth
        before = auth.stats.refreshes + auth.stats.key_logins
        controls.expire_token(fk)
        for _ in range(3):  # several calls after the expiry ...
            raw = fk.with_raw_response.organizations.get(organization_id=organization_id)
        renewals = auth.stats.refreshes + auth.stats.key_logins - before
        record(step, raw, f"{renewals} renewal for 3 calls after the expiry")
        step.ok = step.ok and renewals == 1  # ... share one renewal
    return walk


def walk_enlivy(en: facade.Enlivy, controls: Controls) -> Walk:
    walk = Walk(f"Enlivy ({en.base_url})")
    with walk.step("log in", "POST /authentication/login") as step:
        if en.login_response is None:
            step.status, step.result, step.ok = "-", "using a token from ENLIVY_TOKEN", True
        else:
            record(step, en.login_response, "bearer token issued")
            step.millis = en.login_response.http_response.elapsed.total_seconds() * 1000
    with walk.step("read the organization", "GET /organizations/{id}") as step:
        org = record(step, en.with_raw_response.organizations.get(), "")
        step.result = f"{org.name} ({org.id})"
    invoice_id = ""
    line_items: list[InvoiceLineItemInputParams] = [
        {"name_lang_map": {"en": "Consulting"}, "quantity": 2, "price": 150.0, "type": "service"},
        {"name_lang_map": {"en": "Travel"}, "quantity": 1, "price": 80.5, "type": "service"},
    ]
    with walk.step("create an invoice", "POST /organizations/{id}/invoices") as step:
        invoice = record(
            step,
            en.with_raw_response.invoices.create(
                organization_receiver_user_id=controls.enlivy_receiver_id,
                status="draft",
                currency="EUR",
                source="internal",
                payment_method="bank_transfer",
                delivery_method="email",
                line_items=line_items,
            ),
            "",
        )
        invoice_id = invoice.id
        step.result = (
            f"{invoice_id}: {len(line_items)} line items, total {invoice.total} {invoice.currency}"
        )
    with walk.step("list invoices with line items", "GET .../invoices?include=line_items") as step:
        for _ in range(2):
            en.invoices.create(
                organization_receiver_user_id=controls.enlivy_receiver_id,
                status="draft",
                currency="EUR",
                source="internal",
                payment_method="cash",
                delivery_method="email",
                line_items=line_items[:1],
            )
        pages = list(en.invoices.list(include="line_items", per_page=2).pages())
        items = [item for page in pages for item in page.items]
        with_lines = sum(1 for item in items if item.line_items)
        last = pages[-1].response
        step.status, step.request_id = str(last.status_code), last.request_id or ""
        step.result = f"{len(items)} invoices over {len(pages)} pages, {with_lines} with line items"
        step.ok = len(pages) >= 2 and with_lines == len(items)
    with walk.step("mark it paid", "PUT .../invoices/{id}") as step:
        paid = record(
            step,
            en.with_raw_response.invoices.update(
                invoice_id=invoice_id, status="paid", paid_at="2026-11-21 10:00:00"
            ),
            "",
        )
        step.result = f"status {paid.status}"
        step.ok = step.ok and str(paid.status) == "paid"
    with walk.step("invalid invoice: 422", "POST .../invoices") as step:
        expect_error(
            step,
            errors.ValidationError,
            lambda: en.invoices.create(
                organization_receiver_user_id="org_user_does_not_exist",
                status="draft",
                currency="EUR",
                source="internal",
                payment_method="cash",
                delivery_method="email",
                line_items=line_items[:1],
            ),
            lambda e: f"{e.errors}",
        )
        step.ok = step.ok and step.status == "422"
    return walk


def walk_envoice(ev: facade.Envoice, controls: Controls) -> Walk:
    walk = Walk(f"Envoice ({ev.base_url})")
    with walk.step("create a work type", "POST /api/worktype/new") as step:
        work_type_id = record(
            step, ev.with_raw_response.work_types.create(title="API Integration"), ""
        )
        step.result = f"work type {work_type_id}"
    with walk.step("countries and currencies", "GET /api/general/countries, /currencies") as step:
        countries = ev.general.countries()
        currencies = record(step, ev.with_raw_response.general.currencies(), "")
        languages = ev.general.ui_languages()
        step.result = (
            f"{len(countries)} countries, {len(currencies)} currencies, {len(languages)} languages"
        )
    with walk.step("create a client", "POST /api/client/new") as step:
        client_id = record(
            step,
            ev.with_raw_response.clients.create(
                name="ACME Ltd",
                email="billing@acme.example",
                ui_language_id=_given(languages[0].id),
                client_currency_id=_given(currencies[0].id),
                client_country_id=_given(countries[0].id),
            ),
            "",
        )
        step.result = f"client {client_id}"
    with walk.step("payment gateways", "GET /api/payment/supported") as step:
        gateways = record(step, ev.with_raw_response.payments.supported(), "")
        currency = currencies[0]
        usable = [
            g.name
            for g in gateways
            if any(c.value == currency.value for c in (g.supported_currencies or []))
        ]
        step.result = f"{len(gateways)} gateways, {len(usable)} accept {currency.value}"
        step.ok = step.ok and bool(usable)
    invoice_id = 0
    with walk.step("create an invoice", "POST /api/invoice/new") as step:
        invoice = record(
            step,
            ev.with_raw_response.invoices.create(
                client_id=client_id,
                number=f"DEMO-{uuid.uuid4().hex[:6]}",
                status="Draft",
                currency_id=currencies[0].id,
                issued_on="2026-11-21T00:00:00Z",
                duedate="2026-12-21T00:00:00Z",
                payment_gateways=[{"Name": usable[0]}],
                items=[{"WorkTypeId": work_type_id, "Cost": 150.0, "Quantity": 2}],
            ),
            "",
        )
        invoice_id = invoice.id
        step.result = f"invoice {invoice_id} ({invoice.number})"
    with walk.step("send it to the client", "POST /api/invoice/sendtoclient") as step:
        record(
            step,
            ev.with_raw_response.invoices.send_to_client(
                invoice_id=invoice_id, subject="Your invoice", attach_pdf=True
            ),
            "sent",
        )
    with walk.step("read its status", "GET /api/invoice/status") as step:
        status = record(step, ev.with_raw_response.invoices.status(id=invoice_id), "")
        step.result = f"status {getattr(status, 'value', status)}"
    with walk.step("fault with HTTP 200", "GET /api/invoice/details") as step:
        expect_error(
            step,
            errors.APIError,
            lambda: ev.invoices.get(id=controls.envoice_missing_invoice_id),
            lambda e: f"IsFaulted, code {e.code}: {e.message}",
        )
        step.ok = step.ok and step.status == "200"
    return walk


# --- running -----------------------------------------------------------------------------------


def run_sandbox(out: TextIO) -> int:
    from facade.testing import sandbox

    with sandbox() as sb:
        out.write(f"fiscal-facade demo: a local sandbox of the three APIs on {sb.url}\n")
        controls = Controls(
            expire_token=lambda client: sb.expire_tokens(),
            fiskaly_credentials=(sb.fiskaly.api_key, sb.fiskaly.api_secret),
            enlivy_login=(sb.enlivy.email, sb.enlivy.password),
            enlivy_organization_id=sb.enlivy.organization_id,
            enlivy_receiver_id=sb.enlivy.customer_id,
        )
        with sb.client("fiskaly") as fk, sb.client("envoice") as ev:
            email, password = sb.enlivy.email, sb.enlivy.password
            en = facade.Enlivy.login(
                email=email,
                password=password,
                organization_id=sb.enlivy.organization_id,
                base_url=sb.enlivy_url,
            )
            walks = [
                walk_fiskaly(fk, controls),
                walk_enlivy(en, controls),
                walk_envoice(ev, controls),
            ]
            en.close()
        violations = sb.violations
    return report(walks, out, violations=[str(v) for v in violations])


def run_live(out: TextIO) -> int:
    out.write("fiscal-facade demo against the live services (records are created there)\n")
    walks = []
    env = os.environ
    if env.get("FISKALY_API_KEY") and env.get("FISKALY_API_SECRET"):
        with facade.Fiskaly() as fk:
            controls = _live_controls()
            walks.append(walk_fiskaly(fk, controls))
    else:
        out.write("  fiskaly: skipped (set FISKALY_API_KEY and FISKALY_API_SECRET, TEST keys)\n")
    if (
        env.get("ENLIVY_TOKEN")
        and env.get("ENLIVY_ORGANIZATION_ID")
        and env.get("ENLIVY_RECEIVER_USER_ID")
    ):
        with facade.Enlivy() as en:
            walks.append(walk_enlivy(en, _live_controls()))
    else:
        out.write(
            "  enlivy: skipped (set ENLIVY_TOKEN, ENLIVY_ORGANIZATION_ID of a sandbox "
            "organization and ENLIVY_RECEIVER_USER_ID)\n"
        )
    if env.get("ENVOICE_AUTH_KEY") and env.get("ENVOICE_AUTH_SECRET"):
        with facade.Envoice() as ev:
            walks.append(walk_envoice(ev, _live_controls()))
    else:
        out.write("  envoice: skipped (set ENVOICE_AUTH_KEY and ENVOICE_AUTH_SECRET)\n")
    if not walks:
        out.write("no credentials found: nothing to run\n")
        return 2
    return report(walks, out, violations=[])


def _live_controls() -> Controls:
    env = os.environ
    return Controls(
        expire_token=lambda client: client.auth.expire_now(),
        fiskaly_credentials=(env.get("FISKALY_API_KEY", ""), env.get("FISKALY_API_SECRET", "")),
        enlivy_login=None,
        enlivy_organization_id=env.get("ENLIVY_ORGANIZATION_ID"),
        enlivy_receiver_id=env.get("ENLIVY_RECEIVER_USER_ID", ""),
    )


def report(walks: list[Walk], out: TextIO, *, violations: list[str]) -> int:
    for walk in walks:
        walk.print(out)
    steps = [step for walk in walks for step in walk.steps]
    failed = [step for step in steps if not step.ok]
    out.write("\n")
    for violation in violations:
        out.write(f"spec violation: {violation}\n")
    if failed or violations:
        out.write(
            f"{len(failed)} of {len(steps)} steps did not behave as expected; "
            f"{len(violations)} spec violations\n"
        )
        return 1
    out.write(f"all {len(steps)} steps behaved as expected; every exchange matched the specs\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m facade demo", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="run against the real services (credentials from the environment)",
    )
    args = parser.parse_args(argv)
    return run_live(sys.stdout) if args.live else run_sandbox(sys.stdout)
