"""Checking and parsing webhook deliveries from Enlivy and Envoice.

Hand these functions the request body exactly as it arrived (``bytes``, before any JSON
decoding): the signature covers those bytes, and re-serialised JSON would not match.

Enlivy
    Each event destination has a signing secret, shown once when the destination is created.
    Enlivy puts a hex HMAC-SHA256 of the body, keyed with that secret, in the ``Signature``
    header. Earlier releases sent ``t=<unix seconds>,v1=<hex>`` instead (the HMAC then covers
    ``"<t>.<body>"``, and more than one ``v1`` may be present); :func:`verify_enlivy` accepts
    both, and holds the older form to a window of ``tolerance`` seconds around the current time
    so a captured delivery cannot be replayed later. Hex digits are accepted in either case:
    they name the same digest, and Enlivy itself sends lowercase. ::

        from facade.webhooks import SIGNATURE_HEADER, verify_enlivy
        from facade.errors import WebhookVerificationError

        try:
            event = verify_enlivy(body, headers.get(SIGNATURE_HEADER), signing_secret)
        except WebhookVerificationError:
            return 400  # do not process it
        handle(event.type, event.data)  # deliveries can repeat: key your work on event.id

Envoice
    Envoice sends a ``Signature`` field inside the JSON body, but has not published how it is
    computed, so this module cannot check it. :func:`parse_envoice` parses the delivery and
    leaves the decision to a ``verifier`` you supply (for example a shared secret in the
    webhook URL, or a scheme agreed with Envoice). ``verifier=None`` must be written out: it
    states that unverified deliveries are acceptable to you. ::

        event = parse_envoice(body, verifier=lambda raw, event: my_check(raw, event))

Every failure raises :class:`facade.errors.WebhookVerificationError`. Its message says what
failed and never quotes the secret, the expected signature or the body.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from collections.abc import Callable
from typing import TypeVar

import enlivy_webhooks
import envoice_webhooks
import pydantic

from ._secrets import Secret
from .errors import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "enlivy_signature",
    "parse_envoice",
    "verify_enlivy",
]

SIGNATURE_HEADER = "Signature"
DEFAULT_TOLERANCE = 300.0

_Model = TypeVar("_Model", bound=pydantic.BaseModel)

EnvoiceVerifier = Callable[[bytes, envoice_webhooks.WebhookEvent], bool]

_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
# Unix seconds; the length cap keeps the arithmetic in float range for any header.
_UNIX_SECONDS = re.compile(r"[0-9]{1,12}")


def verify_enlivy(
    payload: bytes,
    signature: str | None,
    secret: str | Secret,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> enlivy_webhooks.WebhookEvent:
    """Check an Enlivy delivery's ``Signature`` header and return the parsed event.

    ``signature`` is the header value (None when the header is absent). Both the plain hex form
    and the older ``t=..,v1=..`` form are accepted; the latter only when ``t`` lies within
    ``tolerance`` seconds of ``now`` (default: ``time.time()``). The body is parsed only after
    the signature matched.

    Raises:
        WebhookVerificationError: the header is missing, empty or malformed, no signature
            matches, the timestamp is out of range, or the body is not a valid event.
        TypeError: ``payload`` is not ``bytes``, ``secret`` is of the wrong type, or ``now``
            or ``tolerance`` is not a number.
        ValueError: the secret is empty, ``tolerance`` is negative or not finite, or ``now`` is
            not finite (NaN would make every age comparison false: the replay window would
            silently accept anything).
    """
    _require_bytes(payload)
    key = _secret_bytes(secret)
    if not _is_number(tolerance):
        raise TypeError("tolerance must be a number of seconds")
    if not (math.isfinite(tolerance) and tolerance >= 0):
        raise ValueError("tolerance must be a finite number of seconds, zero or more")
    if now is not None:
        if not _is_number(now):
            raise TypeError("now must be a number (unix seconds) or None")
        if not math.isfinite(now):
            raise ValueError("now must be a finite number of unix seconds (not NaN or infinity)")
    if signature is None:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    if not isinstance(signature, str):
        raise TypeError(f"the {SIGNATURE_HEADER} header value must be a str")
    header = signature.strip()
    if not header:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is empty")

    if "=" in header:
        timestamp, candidates = _parse_timestamped(header)
        signed = timestamp.encode("ascii") + b"." + payload
    else:
        if not _HEX_DIGEST.fullmatch(header):
            raise WebhookVerificationError(
                f"the {SIGNATURE_HEADER} header is malformed (expected a hex HMAC-SHA256)"
            )
        timestamp, candidates = None, [bytes.fromhex(header)]
        signed = payload

    expected = hmac.new(key, signed, hashlib.sha256).digest()
    matched = False
    for candidate in candidates:
        # Compare every candidate, in constant time, so timing says nothing about the digest.
        matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise WebhookVerificationError("the signature does not match the body")

    if timestamp is not None:
        current = time.time() if now is None else now
        age = current - int(timestamp)
        if age > tolerance:
            raise WebhookVerificationError("the signature timestamp is too old")
        if -age > tolerance:
            raise WebhookVerificationError("the signature timestamp is in the future")

    return _parse(enlivy_webhooks.WebhookEvent, payload, "Enlivy")


def enlivy_signature(payload: bytes, secret: str | Secret, *, timestamp: int | None = None) -> str:
    """The ``Signature`` header value Enlivy would send for ``payload``.

    Plain lowercase hex by default; with ``timestamp`` (unix seconds), the older
    ``t=<timestamp>,v1=<hex>`` form. Meant for tests and local stand-ins of Enlivy.
    """
    _require_bytes(payload)
    key = _secret_bytes(secret)
    if timestamp is None:
        return hmac.new(key, payload, hashlib.sha256).hexdigest()
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise TypeError("timestamp must be a non-negative int (unix seconds)")
    signed = str(timestamp).encode("ascii") + b"." + payload
    return f"t={timestamp},v1={hmac.new(key, signed, hashlib.sha256).hexdigest()}"


def parse_envoice(
    payload: bytes, *, verifier: EnvoiceVerifier | None
) -> envoice_webhooks.WebhookEvent:
    """Parse an Envoice delivery and let ``verifier`` decide whether to accept it.

    ``verifier(raw_body, event)`` must return exactly ``True`` to accept; anything else
    (``False``, ``None``, a merely truthy value) rejects the delivery. Exceptions it raises
    propagate unchanged. With a verifier, a delivery whose ``Signature`` field is empty is
    rejected before the verifier is called. ``verifier=None`` accepts the delivery unverified;
    it has no default so that this is always a visible choice.

    Raises:
        WebhookVerificationError: the body is not valid JSON or misses required fields, the
            ``Signature`` field is empty, or the verifier did not accept the delivery.
        TypeError: ``payload`` is not ``bytes`` or ``verifier`` is not callable.
    """
    _require_bytes(payload)
    if verifier is not None and not callable(verifier):
        raise TypeError("verifier must be a callable or None")
    event = _parse(envoice_webhooks.WebhookEvent, payload, "Envoice")
    if verifier is None:
        return event
    if not event.Signature.strip():
        raise WebhookVerificationError("the delivery's Signature field is empty")
    if verifier(payload, event) is not True:
        raise WebhookVerificationError("the verifier rejected the delivery")
    return event


def _require_bytes(payload: object) -> None:
    if not isinstance(payload, bytes):
        raise TypeError(
            "payload must be the raw request body as bytes (the signature covers those exact "
            f"bytes), not {type(payload).__name__}"
        )


def _secret_bytes(secret: str | Secret) -> bytes:
    """The signing secret's bytes. Surrounding whitespace is dropped (a secret read from a file
    keeps its newline otherwise, and then no delivery would ever verify)."""
    if isinstance(secret, Secret):
        text = secret.reveal()
    elif isinstance(secret, str):
        text = secret
    else:
        raise TypeError("the signing secret must be a str or facade Secret")
    text = text.strip()
    if not text:
        raise ValueError("the signing secret is empty")
    return text.encode("utf-8")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse_timestamped(header: str) -> tuple[str, list[bytes]]:
    """Split ``t=<unix>,v1=<hex>[,v1=<hex>...]`` into the timestamp text and the digests."""
    malformed = WebhookVerificationError(
        f"the {SIGNATURE_HEADER} header is malformed (expected t=<unix seconds>,v1=<hex>)"
    )
    timestamp: str | None = None
    candidates: list[bytes] = []
    for item in header.split(","):
        name, sep, value = item.strip().partition("=")
        name, value = name.strip(), value.strip()
        if not sep:
            raise malformed
        if name == "t":
            if timestamp is not None or not _UNIX_SECONDS.fullmatch(value):
                raise malformed
            timestamp = value
        elif name == "v1":
            if not _HEX_DIGEST.fullmatch(value):
                raise malformed
            candidates.append(bytes.fromhex(value))
        # Other names (future schemes) are ignored, as long as a v1 is present.
    if timestamp is None or not candidates:
        raise malformed
    return timestamp, candidates


def _parse(model: type[_Model], payload: bytes, vendor: str) -> _Model:
    try:
        return model.model_validate_json(payload)
    except pydantic.ValidationError as exc:
        # Name the failing fields only: pydantic's own text quotes the input (the body).
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'body'}: {error['msg']}"
            for error in exc.errors()
        )
        raise WebhookVerificationError(
            f"the body is not a valid {vendor} webhook event ({problems})"
        ) from None
