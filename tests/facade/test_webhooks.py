"""facade.webhooks: Enlivy signature checks (both header forms) and Envoice parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import traceback
from typing import Any

import enlivy_webhooks
import envoice_webhooks
import pytest

from facade._secrets import Secret
from facade.errors import WebhookVerificationError
from facade.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    enlivy_signature,
    parse_envoice,
    verify_enlivy,
)

SECRET = "whsec_9Kq2LmZx7TtR4vBn"
NOW = 1_781_260_200.0  # a fixed clock for the timestamped form

ENLIVY_EVENT = {
    "id": "evt_2bT1kPq7",
    "type": "invoice.paid",
    "created_at": "2026-06-12T10:30:00Z",
    "data": {"id": "org_inv_2bT0y4", "object": "invoice", "status": "paid", "total": 99.99},
    "organization_id": "org_2bSz1aLm",
}
BODY = json.dumps(ENLIVY_EVENT, separators=(",", ":")).encode()

ENVOICE_DELIVERY = {
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
ENVOICE_BODY = json.dumps(ENVOICE_DELIVERY).encode()


def hex_hmac(secret: str, message: bytes) -> str:
    """Independent of the module under test: the digest Enlivy documents."""
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def timestamped(t: int, *digests: str) -> str:
    return ",".join([f"t={t}", *(f"v1={d}" for d in digests)])


def full_text(exc: BaseException) -> str:
    """Everything a log line or traceback could show about the error."""
    return str(exc) + repr(exc) + "".join(traceback.format_exception(exc))


# --- constants and the signer ------------------------------------------------------------


def test_constants() -> None:
    assert SIGNATURE_HEADER == "Signature"
    assert DEFAULT_TOLERANCE == 300.0


def test_enlivy_signature_matches_a_published_hmac_sha256_vector() -> None:
    # The well-known RFC-style example: HMAC-SHA256("key", "The quick brown fox ...").
    value = enlivy_signature(b"The quick brown fox jumps over the lazy dog", "key")
    assert value == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"


def test_enlivy_signature_timestamped_form_signs_timestamp_dot_body() -> None:
    value = enlivy_signature(BODY, SECRET, timestamp=1700000000)
    assert value == f"t=1700000000,v1={hex_hmac(SECRET, b'1700000000.' + BODY)}"


def test_enlivy_signature_accepts_a_secret_object() -> None:
    assert enlivy_signature(BODY, Secret(SECRET)) == hex_hmac(SECRET, BODY)


@pytest.mark.parametrize("bad", [True, -1, 1.5, "1700000000"])
def test_enlivy_signature_refuses_a_bad_timestamp(bad: Any) -> None:
    with pytest.raises(TypeError, match="timestamp"):
        enlivy_signature(BODY, SECRET, timestamp=bad)


# --- current form: plain hex of HMAC-SHA256(body) ----------------------------------------


def test_valid_plain_signature_is_accepted_and_the_event_parsed() -> None:
    event = verify_enlivy(BODY, hex_hmac(SECRET, BODY), SECRET)
    assert isinstance(event, enlivy_webhooks.WebhookEvent)
    assert event.id == "evt_2bT1kPq7"
    assert event.type == "invoice.paid"
    assert event.organization_id == "org_2bSz1aLm"
    assert event.created_at.year == 2026
    assert event.data.model_dump()["status"] == "paid"


def test_plain_form_needs_no_clock() -> None:
    # No timestamp in the current scheme: an arbitrary "now" must not matter.
    assert verify_enlivy(BODY, hex_hmac(SECRET, BODY), SECRET, now=0.0).id == "evt_2bT1kPq7"


def test_secret_may_be_a_secret_object() -> None:
    event = verify_enlivy(BODY, hex_hmac(SECRET, BODY), Secret(SECRET))
    assert event.type == "invoice.paid"


def test_surrounding_whitespace_in_the_header_is_ignored() -> None:
    assert verify_enlivy(BODY, f"  {hex_hmac(SECRET, BODY)}\t", SECRET).id == "evt_2bT1kPq7"


def test_tampered_body_is_rejected() -> None:
    signature = hex_hmac(SECRET, BODY)
    tampered = BODY.replace(b"99.99", b"0.01")
    assert tampered != BODY
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(tampered, signature, SECRET)


def test_reserialised_json_is_rejected() -> None:
    # Same data, different bytes: the raw body is what is signed.
    signature = hex_hmac(SECRET, BODY)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(json.dumps(ENLIVY_EVENT, indent=2).encode(), signature, SECRET)


def test_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, hex_hmac("whsec_someone_else", BODY), SECRET)


def test_missing_header_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        verify_enlivy(BODY, None, SECRET)


@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_empty_header_is_rejected(value: str) -> None:
    with pytest.raises(WebhookVerificationError, match="empty"):
        verify_enlivy(BODY, value, SECRET)


def test_uppercase_hex_is_accepted_case_insensitively() -> None:
    # Decision: hex case does not change the digest, so both cases are accepted (Enlivy sends
    # lowercase). The same rule holds for v1 entries of the timestamped form.
    upper = hex_hmac(SECRET, BODY).upper()
    assert verify_enlivy(BODY, upper, SECRET).id == "evt_2bT1kPq7"
    digest = hex_hmac(SECRET, b"1781260200." + BODY).upper()
    header = timestamped(1781260200, digest)
    assert verify_enlivy(BODY, header, SECRET, now=NOW).id == "evt_2bT1kPq7"


def test_uppercase_hex_of_a_wrong_digest_is_still_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, hex_hmac("other", BODY).upper(), SECRET)


@pytest.mark.parametrize(
    "value",
    [
        "not-a-signature",
        "deadbeef",  # too short
        "0" * 63,
        "0" * 65,
        "g" * 64,  # not hex
        "ab " * 21 + "a",  # bytes.fromhex would accept spaces; we do not
        "sha256=" + "0" * 64,  # a prefix Enlivy does not send
        "0" * 32 + "," + "0" * 31,
        "\uff10" * 64,  # full-width digits are not ASCII hex
    ],
)
def test_garbage_header_is_rejected_as_malformed(value: str) -> None:
    with pytest.raises(WebhookVerificationError, match="malformed"):
        verify_enlivy(BODY, value, SECRET)


def test_header_value_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="header"):
        verify_enlivy(BODY, hex_hmac(SECRET, BODY).encode(), SECRET)  # type: ignore[arg-type]


# --- older form: t=<unix>,v1=<hex> over "<t>.<body>" ---------------------------------------


def test_timestamped_form_within_tolerance_is_accepted() -> None:
    t = int(NOW) - 120
    header = enlivy_signature(BODY, SECRET, timestamp=t)
    event = verify_enlivy(BODY, header, SECRET, now=NOW)
    assert isinstance(event, enlivy_webhooks.WebhookEvent)
    assert event.type == "invoice.paid"


@pytest.mark.parametrize("offset", [-300, 300, 0])
def test_timestamp_exactly_at_the_tolerance_edge_is_accepted(offset: int) -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW) + offset)
    assert verify_enlivy(BODY, header, SECRET, now=NOW).id == "evt_2bT1kPq7"


def test_stale_timestamp_is_rejected() -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW) - 301)
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify_enlivy(BODY, header, SECRET, now=NOW)


def test_future_timestamp_is_rejected() -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW) + 301)
    with pytest.raises(WebhookVerificationError, match="future"):
        verify_enlivy(BODY, header, SECRET, now=NOW)


def test_custom_tolerance_is_honoured() -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW) - 1000)
    assert verify_enlivy(BODY, header, SECRET, tolerance=1000, now=NOW).id == "evt_2bT1kPq7"
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify_enlivy(BODY, header, SECRET, tolerance=999, now=NOW)


def test_default_clock_is_time_time(monkeypatch: pytest.MonkeyPatch) -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW))
    monkeypatch.setattr(time, "time", lambda: NOW + 301)
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify_enlivy(BODY, header, SECRET)
    monkeypatch.setattr(time, "time", lambda: NOW + 10)
    assert verify_enlivy(BODY, header, SECRET).id == "evt_2bT1kPq7"


@pytest.mark.parametrize("tolerance", [-1.0, float("nan")])
def test_negative_or_nan_tolerance_is_refused(tolerance: float) -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW))
    with pytest.raises(ValueError, match="tolerance"):
        verify_enlivy(BODY, header, SECRET, tolerance=tolerance, now=NOW)


def test_multiple_v1_entries_pass_when_one_matches() -> None:
    t = int(NOW)
    good = hex_hmac(SECRET, f"{t}.".encode() + BODY)
    stale_secret = hex_hmac("whsec_rotated_out", f"{t}.".encode() + BODY)
    for header in (
        timestamped(t, stale_secret, good),
        timestamped(t, good, stale_secret),
        f"v1={stale_secret}, t={t}, v1={good}",  # order and spaces do not matter
    ):
        assert verify_enlivy(BODY, header, SECRET, now=NOW).id == "evt_2bT1kPq7"


def test_multiple_v1_entries_fail_when_none_matches() -> None:
    t = int(NOW)
    header = timestamped(t, hex_hmac("a", b"x"), hex_hmac("b", b"y"))
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, header, SECRET, now=NOW)


def test_timestamp_is_bound_into_the_signature() -> None:
    # Replaying an old v1 with a fresh t must fail, and so must a body-only digest as v1.
    old = int(NOW) - 3600
    old_digest = hex_hmac(SECRET, f"{old}.".encode() + BODY)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, timestamped(int(NOW), old_digest), SECRET, now=NOW)
    body_only = hex_hmac(SECRET, BODY)
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, timestamped(int(NOW), body_only), SECRET, now=NOW)


def test_tampered_body_is_rejected_in_the_timestamped_form() -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW))
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY.replace(b"paid", b"void"), header, SECRET, now=NOW)


def test_unknown_schemes_beside_v1_are_ignored() -> None:
    header = enlivy_signature(BODY, SECRET, timestamp=int(NOW)) + ",v0=whatever"
    assert verify_enlivy(BODY, header, SECRET, now=NOW).id == "evt_2bT1kPq7"


@pytest.mark.parametrize(
    "header",
    [
        "v1=" + "0" * 64,  # no t
        "t=1781260200",  # no v1
        "t=1781260200,v0=" + "0" * 64,  # no v1 either
        "t=soon,v1=" + "0" * 64,
        "t=-5,v1=" + "0" * 64,
        "t=1.5,v1=" + "0" * 64,
        "t=" + "9" * 40 + ",v1=" + "0" * 64,  # absurd timestamp
        "t=1781260200,t=1781260201,v1=" + "0" * 64,  # two timestamps
        "t=1781260200,v1=nothex",
        "t=1781260200,v1=" + "0" * 64 + ",",  # dangling separator
        "t=1781260200;v1=" + "0" * 64,
    ],
)
def test_malformed_timestamped_header_is_rejected(header: str) -> None:
    with pytest.raises(WebhookVerificationError, match="malformed"):
        verify_enlivy(BODY, header, SECRET, now=NOW)


# --- constant-time comparison --------------------------------------------------------------


class CompareSpy:
    def __init__(self, result: bool | None = None) -> None:
        self.calls: list[tuple[Any, Any]] = []
        self.result = result
        self.real = hmac.compare_digest

    def __call__(self, a: Any, b: Any) -> bool:
        self.calls.append((a, b))
        return self.real(a, b) if self.result is None else self.result


def test_plain_signature_is_compared_with_hmac_compare_digest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = CompareSpy()
    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify_enlivy(BODY, hex_hmac(SECRET, BODY), SECRET)
    expected = hmac.new(SECRET.encode(), BODY, hashlib.sha256).digest()
    assert spy.calls == [(expected, expected)]


def test_compare_digest_decides_the_outcome(monkeypatch: pytest.MonkeyPatch) -> None:
    # A correct signature must fail when compare_digest says no: nothing else compares.
    monkeypatch.setattr(hmac, "compare_digest", CompareSpy(result=False))
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(BODY, hex_hmac(SECRET, BODY), SECRET)


def test_every_v1_entry_is_compared_with_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    t = int(NOW)
    good = hex_hmac(SECRET, f"{t}.".encode() + BODY)
    other = hex_hmac("whsec_old", f"{t}.".encode() + BODY)
    spy = CompareSpy()
    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify_enlivy(BODY, timestamped(t, good, other), SECRET, now=NOW)
    # Both candidates compared, even after the first matched (no early exit).
    assert [b for _, b in spy.calls] == [bytes.fromhex(good), bytes.fromhex(other)]


# --- what errors may say -------------------------------------------------------------------


def _enlivy_failures() -> list[tuple[bytes, str | None, dict[str, Any]]]:
    t = int(NOW)
    return [
        (BODY, None, {}),
        (BODY, "", {}),
        (BODY, "garbage", {}),
        (BODY, hex_hmac("wrong", BODY), {}),
        (BODY + b" ", hex_hmac(SECRET, BODY), {}),
        (BODY, enlivy_signature(BODY, SECRET, timestamp=t - 301), {"now": NOW}),
        (BODY, enlivy_signature(BODY, SECRET, timestamp=t + 301), {"now": NOW}),
        (BODY, f"t={t},v1=zz", {"now": NOW}),
        (b'{"id": "evt_1"}', hex_hmac(SECRET, b'{"id": "evt_1"}'), {}),
    ]


@pytest.mark.parametrize(("body", "header", "kwargs"), _enlivy_failures())
@pytest.mark.parametrize("secret", [SECRET, Secret(SECRET)])
def test_errors_never_reveal_the_secret_or_the_expected_signature(
    body: bytes, header: str | None, kwargs: dict[str, Any], secret: str | Secret
) -> None:
    with pytest.raises(WebhookVerificationError) as info:
        verify_enlivy(body, header, secret, **kwargs)
    text = full_text(info.value)
    assert SECRET not in text
    for expected in (hex_hmac(SECRET, body), hex_hmac(SECRET, f"{int(NOW)}.".encode() + body)):
        assert expected not in text
        assert expected.upper() not in text


def test_invalid_event_error_names_fields_but_not_body_values() -> None:
    event = {**ENLIVY_EVENT, "organization_id": None, "created_at": "PRIVATE-VALUE"}
    body = json.dumps({k: v for k, v in event.items() if k != "type"}).encode()
    with pytest.raises(WebhookVerificationError) as info:
        verify_enlivy(body, hex_hmac(SECRET, body), SECRET)
    message = str(info.value)
    assert "not a valid Enlivy webhook event" in message
    for field in ("type", "created_at", "organization_id"):
        assert field in message
    text = full_text(info.value)
    assert "PRIVATE-VALUE" not in text
    assert "evt_2bT1kPq7" not in text
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


# --- the body after a good signature -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"id": "evt_1",',
        b"[]",
        b"",
        json.dumps({k: v for k, v in ENLIVY_EVENT.items() if k != "data"}).encode(),
        json.dumps({**ENLIVY_EVENT, "created_at": "2026-06-12T10:30:00"}).encode(),  # naive
    ],
)
def test_signed_body_that_is_not_an_event_is_rejected(body: bytes) -> None:
    with pytest.raises(WebhookVerificationError, match="not a valid Enlivy webhook event"):
        verify_enlivy(body, hex_hmac(SECRET, body), SECRET)


def test_signature_is_checked_before_the_body_is_parsed() -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify_enlivy(b"not json", hex_hmac("wrong", b"not json"), SECRET)


def test_unknown_event_fields_are_kept() -> None:
    body = json.dumps({**ENLIVY_EVENT, "api_version": "2027-01"}).encode()
    event = verify_enlivy(body, hex_hmac(SECRET, body), SECRET)
    assert event.model_dump()["api_version"] == "2027-01"


# --- argument types ------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [BODY.decode(), bytearray(BODY), memoryview(BODY), None])
def test_payload_must_be_bytes(payload: Any) -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify_enlivy(payload, hex_hmac(SECRET, BODY), SECRET)
    with pytest.raises(TypeError, match="raw request body as bytes"):
        enlivy_signature(payload, SECRET)
    with pytest.raises(TypeError, match="raw request body as bytes"):
        parse_envoice(payload, verifier=None)


def test_secret_must_be_a_non_empty_str_or_secret() -> None:
    with pytest.raises(ValueError, match="empty"):
        verify_enlivy(BODY, hex_hmac(SECRET, BODY), "")
    with pytest.raises(TypeError, match="secret"):
        verify_enlivy(BODY, hex_hmac(SECRET, BODY), SECRET.encode())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        enlivy_signature(BODY, "")


# --- Envoice -------------------------------------------------------------------------------


class RecordingVerifier:
    def __init__(self, result: Any) -> None:
        self.result = result
        self.calls: list[tuple[bytes, Any]] = []

    def __call__(self, raw: bytes, event: envoice_webhooks.WebhookEvent) -> Any:
        self.calls.append((raw, event))
        return self.result


def test_envoice_verifier_true_accepts_and_sees_raw_body_and_event() -> None:
    verifier = RecordingVerifier(True)
    event = parse_envoice(ENVOICE_BODY, verifier=verifier)
    assert isinstance(event, envoice_webhooks.WebhookEvent)
    assert isinstance(event.Activity, envoice_webhooks.WebhookActivity)
    assert event.Activity.InvoiceId == 42
    assert event.Signature == "5a3c0e9b"
    assert event.Timestamp.microsecond == 123456
    assert len(verifier.calls) == 1
    raw, seen = verifier.calls[0]
    assert raw is ENVOICE_BODY
    assert seen is event


def test_envoice_verifier_false_rejects() -> None:
    with pytest.raises(WebhookVerificationError, match="verifier rejected"):
        parse_envoice(ENVOICE_BODY, verifier=RecordingVerifier(False))


@pytest.mark.parametrize("result", [None, 1, "yes", [True]])
def test_envoice_verifier_must_return_exactly_true(result: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="verifier rejected"):
        parse_envoice(ENVOICE_BODY, verifier=RecordingVerifier(result))


def test_envoice_verifier_exceptions_propagate() -> None:
    def boom(raw: bytes, event: envoice_webhooks.WebhookEvent) -> bool:
        raise RuntimeError("verifier broke")

    with pytest.raises(RuntimeError, match="verifier broke"):
        parse_envoice(ENVOICE_BODY, verifier=boom)


def test_envoice_verifier_none_accepts_unverified() -> None:
    event = parse_envoice(ENVOICE_BODY, verifier=None)
    assert isinstance(event, envoice_webhooks.WebhookEvent)
    assert event.Activity.Message == "Invoice 2023-0042 was paid"


def test_envoice_verifier_keyword_is_required() -> None:
    with pytest.raises(TypeError):
        parse_envoice(ENVOICE_BODY)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        parse_envoice(ENVOICE_BODY, None)  # type: ignore[call-arg]


def test_envoice_verifier_must_be_callable() -> None:
    with pytest.raises(TypeError, match="verifier"):
        parse_envoice(ENVOICE_BODY, verifier=True)  # type: ignore[arg-type]


def test_envoice_empty_signature_is_rejected_before_the_verifier() -> None:
    body = json.dumps({**ENVOICE_DELIVERY, "Signature": " "}).encode()
    verifier = RecordingVerifier(True)
    with pytest.raises(WebhookVerificationError, match="Signature field is empty"):
        parse_envoice(body, verifier=verifier)
    assert verifier.calls == []


@pytest.mark.parametrize("body", [b"not json", b'{"Signature": "x",', b"[1, 2]", b""])
def test_envoice_malformed_json_is_rejected(body: bytes) -> None:
    verifier = RecordingVerifier(True)
    with pytest.raises(WebhookVerificationError, match="not a valid Envoice webhook event"):
        parse_envoice(body, verifier=verifier)
    assert verifier.calls == []  # nothing to verify
    with pytest.raises(WebhookVerificationError, match="not a valid Envoice webhook event"):
        parse_envoice(body, verifier=None)


@pytest.mark.parametrize("missing", ["Signature", "Timestamp", "Activity"])
def test_envoice_missing_required_field_is_rejected(missing: str) -> None:
    body = json.dumps({k: v for k, v in ENVOICE_DELIVERY.items() if k != missing}).encode()
    with pytest.raises(WebhookVerificationError, match=missing):
        parse_envoice(body, verifier=None)
    with pytest.raises(WebhookVerificationError, match=missing):
        parse_envoice(body, verifier=RecordingVerifier(True))


def test_envoice_error_does_not_quote_the_body() -> None:
    body = json.dumps({**ENVOICE_DELIVERY, "Timestamp": "PRIVATE-VALUE"}).encode()
    with pytest.raises(WebhookVerificationError, match="Timestamp") as info:
        parse_envoice(body, verifier=None)
    text = full_text(info.value)
    assert "PRIVATE-VALUE" not in text
    assert "5a3c0e9b" not in text


# -- issue 12: a clock that is not a time, secrets read from files, bodies nested too deep -------


@pytest.mark.parametrize("now", [float("nan"), float("inf"), float("-inf")])
def test_a_non_finite_clock_is_refused_not_failing_open(now: float) -> None:
    """NaN makes every age comparison false: the replay window would accept any timestamp."""
    stale = enlivy_signature(BODY, SECRET, timestamp=int(NOW - 10 * DEFAULT_TOLERANCE))
    with pytest.raises(ValueError, match="now must be a finite number"):
        verify_enlivy(BODY, stale, SECRET, now=now)


@pytest.mark.parametrize("now", ["1781260200", True, None.__class__])
def test_a_clock_that_is_not_a_number_is_a_type_error(now: Any) -> None:
    with pytest.raises(TypeError, match="now must be a number"):
        verify_enlivy(BODY, enlivy_signature(BODY, SECRET), SECRET, now=now)


@pytest.mark.parametrize("tolerance", [float("inf"), float("nan"), -1.0])
def test_a_tolerance_that_would_disable_the_window_is_refused(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance must be a finite number"):
        verify_enlivy(BODY, enlivy_signature(BODY, SECRET), SECRET, tolerance=tolerance)


def test_a_signing_secret_read_with_its_newline_still_verifies() -> None:
    event = verify_enlivy(BODY, enlivy_signature(BODY, SECRET), SECRET + "\n")
    assert event.id == ENLIVY_EVENT["id"]
    assert enlivy_signature(BODY, f"  {SECRET}\r\n") == enlivy_signature(BODY, SECRET)


def test_json_nested_past_any_parser_limit_is_a_verification_error() -> None:
    deep = b'{"id": "evt_1", "type": "x", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(WebhookVerificationError, match="not a valid Enlivy webhook event"):
        verify_enlivy(deep, enlivy_signature(deep, SECRET), SECRET)
    with pytest.raises(WebhookVerificationError, match="not a valid Envoice webhook event"):
        parse_envoice(b"[" * 100_000 + b"]" * 100_000, verifier=None)
