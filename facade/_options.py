"""Checking what a caller hands a client, before anything is built or sent.

* Constructor values (base URL, credentials, ``timeout``, ``max_retries``,
  ``max_response_bytes``, ``http_client``) raise :class:`~facade.errors.ConfigurationError`.
* Per-call values (``idempotency_key``, ``timeout``, ``max_retries``, and the shape of the
  arguments: string keys, bounded nesting) raise :class:`~facade.errors.ValidationError`, whose
  ``errors`` name the field and the rule.

No message quotes a credential or a URL (a URL may carry userinfo).
"""

from __future__ import annotations

import math
import os
import re
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import httpx

from . import errors
from ._auth import require_secure_url
from ._secrets import Secret

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "MAX_IDEMPOTENCY_KEY_LENGTH",
    "MAX_NESTING",
    "base_url",
    "call_deadline",
    "check_arguments",
    "check_call_options",
    "check_http_client",
    "check_url_length",
    "credential",
    "credential_from",
    "max_response_bytes",
    "max_retries",
    "timeout",
]

# The largest body a client reads. The biggest answers of these APIs are list pages (a few
# hundred records, well under 1 MiB), so 64 MiB is far above anything legitimate and still
# bounds memory: the JSON parsed from it stays within a few hundred MiB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Levels of nested objects and lists in one argument. The specs nest at most a few levels; a
# deeper value is a mistake (or a structure that holds itself) that would otherwise end in a
# RecursionError somewhere in the encoder or the validator.
MAX_NESTING = 64
MAX_IDEMPOTENCY_KEY_LENGTH = 255  # Enlivy's documented limit
CONNECT_TIMEOUT_CAP = 5.0  # a number given as timeout connects within at most this long

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_HEADER_TEXT = re.compile(r"[\x20-\x7e]+")  # what an HTTP header value can carry as is
_TOKEN_TEXT = re.compile(r"[\x21-\x7e]+")  # a token: visible ASCII, no spaces
_SCALARS = (str, bytes, int, float, bool, type(None))


def _refuse(field: str, rule: str, *, per_call: bool, api: str = "") -> errors.FacadeError:
    if per_call:
        return errors.ValidationError(
            f"invalid {field}; nothing was sent", errors={field: [rule]}, api=api
        )
    return errors.ConfigurationError(f"{field} {rule}")


# -- constructor ---------------------------------------------------------------------------------


def base_url(value: Any, *, source: str) -> str:
    """``value`` checked as a base URL, without its trailing slash. ``source`` names where it
    came from (``base_url`` or an environment variable) for the message.

    Surrounding whitespace is dropped (a value read from a file or the environment often ends
    with a newline). Refused: anything but http(s) with a host, plain http to a host that is
    not loopback (:class:`~facade.errors.InsecureTransportError`), userinfo, a query or a
    fragment (paths are appended to the base URL, so ``?``/``#`` would swallow them), and
    whitespace or control characters inside.
    """
    if not isinstance(value, str):
        raise errors.ConfigurationError(f"{source} must be a str, not {type(value).__name__}")
    url = value.strip()
    if not url:
        raise errors.ConfigurationError(f"{source} is empty")
    if _CONTROL.search(url) or any(c.isspace() for c in url):
        raise errors.ConfigurationError(
            f"{source} holds whitespace or a control character inside the URL"
        )
    if "?" in url or "#" in url:
        raise errors.ConfigurationError(
            f"{source} must not have a query or fragment ('?' or '#'): the API's paths are "
            "appended to it"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        # httpx names the part that is wrong (port, host) without quoting the URL.
        raise errors.ConfigurationError(f"{source} is not a valid URL ({error})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise errors.ConfigurationError(
            f"{source} must be an https:// URL with a host (http:// only to a loopback host)"
        )
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise errors.ConfigurationError(f"{source} is not a valid URL (port out of range)")
    require_secure_url(parsed)
    if parsed.userinfo:
        raise errors.ConfigurationError(
            f"{source} must not carry credentials (user:password@host); pass them to the "
            "client as its credentials"
        )
    return url.rstrip("/")


def credential(value: Any, *, name: str, env: str | None = None, header: bool) -> Secret:
    """A credential as a :class:`Secret`: surrounding whitespace dropped (a token file's last
    newline), control characters inside refused, and plain ASCII when it travels in a header
    (``header=True``). ``name``/``env`` say which one for the message; the value never appears.
    """
    if isinstance(value, Secret):
        text = value.reveal()
    elif isinstance(value, str):
        text = value
    else:
        raise errors.ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    text = text.strip()
    hint = f" (from {env}, or passed)" if env else ""
    if not text:
        raise errors.ConfigurationError(
            f"{name} is empty: pass it" + (f", or set {env}" if env else "")
        )
    if _CONTROL.search(text):
        raise errors.ConfigurationError(
            f"{name}{hint} holds a control character (such as a line break) inside it; check "
            "where it was read from (its value is not shown)"
        )
    if header and not _HEADER_TEXT.fullmatch(text):
        raise errors.ConfigurationError(
            f"{name}{hint} must be plain ASCII text: it travels in an HTTP header (its value "
            "is not shown)"
        )
    return Secret(text)


def credential_from(value: Any, *, name: str, env: str, header: bool) -> Secret:
    """The credential passed, else the environment variable ``env``, checked by
    :func:`credential`; missing from both is a :class:`~facade.errors.ConfigurationError`."""
    if value is None:
        value = os.environ.get(env) or None
    if value is None:
        raise errors.ConfigurationError(f"{name} is missing: pass it, or set {env}")
    return credential(value, name=name, env=env, header=header)


def timeout(
    value: Any, *, default: httpx.Timeout, per_call: bool = False, api: str = ""
) -> httpx.Timeout:
    """``timeout=`` as an ``httpx.Timeout``: a number of seconds (connect capped at 5 s), an
    ``httpx.Timeout``, or None for ``default``. Each limit must be a positive finite number
    (or None, for "no limit", inside an ``httpx.Timeout``)."""
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        limits = (value.connect, value.read, value.write, value.pool)
        if all(v is None or (_is_number(v) and math.isfinite(v) and v > 0) for v in limits):
            return value
        raise _refuse(
            "timeout", "must hold positive finite seconds (or None)", per_call=per_call, api=api
        )
    if not _is_number(value):
        raise _refuse(
            "timeout",
            f"must be a number of seconds or an httpx.Timeout, not {type(value).__name__}",
            per_call=per_call,
            api=api,
        )
    if not (math.isfinite(value) and value > 0):
        raise _refuse(
            "timeout", "must be a positive finite number of seconds", per_call=per_call, api=api
        )
    seconds = float(value)
    return httpx.Timeout(seconds, connect=min(seconds, CONNECT_TIMEOUT_CAP))


def call_deadline(limits: httpx.Timeout) -> float | None:
    """When a call started now must be over (``time.monotonic()``): the longest of the
    timeout's limits from now; None when it sets none."""
    values = [v for v in (limits.connect, limits.read, limits.write, limits.pool) if v is not None]
    return time.monotonic() + max(values) if values else None


def max_retries(value: Any, *, per_call: bool = False, api: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(
            "max_retries",
            f"must be an int, not {type(value).__name__}",
            per_call=per_call,
            api=api,
        )
    if value < 0:
        raise _refuse("max_retries", "must be 0 or more", per_call=per_call, api=api)
    return value


def max_response_bytes(value: Any) -> int:
    if value is None:
        return DEFAULT_MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise errors.ConfigurationError("max_response_bytes must be a positive int (bytes)")
    return value


def check_http_client(value: Any, *, owner: str, wants_async: bool) -> None:
    """Refuse an ``http_client`` of the wrong kind (sync for an async client, or the reverse;
    not httpx at all) or one already closed, at construction rather than at the first call."""
    if value is None:
        return
    expected = httpx.AsyncClient if wants_async else httpx.Client
    if not isinstance(value, expected):
        counterpart = owner[len("Async") :] if wants_async else f"Async{owner}"
        hint = (
            f"; or use {counterpart} with it"
            if isinstance(value, httpx.Client | httpx.AsyncClient)
            else ""
        )
        raise errors.ConfigurationError(
            f"{owner} needs an httpx.{expected.__name__} as http_client, not "
            f"{type(value).__module__}.{type(value).__name__}{hint}"
        )
    if value.is_closed:
        raise errors.ConfigurationError(f"the http_client given to {owner} is already closed")


# -- per call ------------------------------------------------------------------------------------


def check_call_options(
    api: str, options: Mapping[str, Any], idempotency_header: str | None
) -> None:
    """The per-call options: ``idempotency_key``, ``timeout``, ``max_retries``."""
    if "max_retries" in options:
        max_retries(options["max_retries"], per_call=True, api=api)
    if options.get("timeout") is not None:
        timeout(options["timeout"], default=httpx.Timeout(None), per_call=True, api=api)
    key = options.get("idempotency_key")
    if key is None:
        return
    if idempotency_header is None:
        raise _refuse("idempotency_key", f"is not accepted by {api}", per_call=True, api=api)
    if isinstance(key, uuid.UUID):
        return
    if not isinstance(key, str):
        rule = f"must be a str (or a uuid.UUID), not {type(key).__name__}"
    elif len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        rule = f"must be at most {MAX_IDEMPOTENCY_KEY_LENGTH} characters (got {len(key)})"
    elif not _TOKEN_TEXT.fullmatch(key):
        # Empty or blank keys would be sent as such and the write replayed on a 503 without
        # protection; CR/LF or NUL could not travel in a header at all.
        rule = "must be 1 or more visible ASCII characters (no spaces or control characters)"
    else:
        return
    raise _refuse("idempotency_key", rule, per_call=True, api=api)


def check_arguments(api: str, arguments: Mapping[str, Any]) -> None:
    """Refuse what binding would silently change or choke on: mapping keys that are not str
    (``{1: "a", "1": "b"}`` would become one key) and nesting deeper than :data:`MAX_NESTING`
    (or a value that contains itself). Walks without recursion."""
    problems: dict[str, list[str]] = {}
    for name, value in arguments.items():
        if isinstance(value, _SCALARS):
            continue
        for path, rule in _shape_problems(name, value):
            problems.setdefault(path, []).append(rule)
    if problems:
        raise errors.ValidationError(
            "invalid arguments; nothing was sent", errors=problems, api=api
        )


def _shape_problems(name: str, value: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str, int]] = [(value, name, 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, _SCALARS):
            continue
        if depth >= MAX_NESTING:
            return [(name, f"is nested more than {MAX_NESTING} levels deep (or contains itself)")]
        if isinstance(item, Mapping):
            for key, child in item.items():
                if isinstance(key, str):
                    stack.append((child, f"{path}.{key}", depth + 1))
                else:
                    # Not shown: the key's text could be anything the caller holds.
                    found.append(
                        (
                            path,
                            f"key names must be str, not {type(key).__name__} (it would be "
                            "turned into text and could merge with another key)",
                        )
                    )
        elif isinstance(item, Sequence) and not isinstance(item, str | bytes):
            stack.extend((child, f"{path}[{i}]", depth + 1) for i, child in enumerate(item))
        elif attrs.has(type(item)):
            stack.extend(
                (getattr(item, f.name), f"{path}.{f.name}", depth + 1)
                for f in attrs.fields(type(item))
            )
    return found


def check_url_length(
    api: str, url: str, params: Sequence[tuple[str, str]], values: Mapping[str, Any]
) -> None:
    """Refuse a URL httpx cannot build (over 65,536 characters), naming the longest path or
    query value, instead of letting ``httpx.InvalidURL`` escape."""
    # Cheap first: only a long URL can be too long; percent-encoding at most triples it.
    rough = len(url) + sum(len(k) + len(v) + 2 for k, v in params)
    if rough * 3 < 65_536:
        return
    try:
        httpx.URL(url, params=params)
    except httpx.InvalidURL:
        longest = max(values, key=lambda k: len(str(values[k])), default="url")
        raise errors.ValidationError(
            "the request URL would be too long; nothing was sent",
            errors={longest: ["is too long for a URL (the whole URL must stay under 65,536)"]},
            api=api,
        ) from None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
