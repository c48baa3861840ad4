"""Keeping credentials out of everything a caller may print: errors, responses, exception chains.

The auth flows note on each request the credentials it carries (``remember``), so that whatever
is built from the request later (an error for its response, a connection error) can blank them
out wherever a server or a library echoed them: the error's message and body, the messages of
the exceptions it was raised from. The request kept on an error's response is a copy without
credential headers and without a body (a login's body holds the password).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from ._secrets import Secret

__all__ = [
    "CREDENTIAL_HEADERS",
    "MASK",
    "REDACTED",
    "SECRETS_EXTENSION",
    "known_secrets",
    "mask_credential_headers",
    "public_response",
    "public_url",
    "redact_text",
    "redact_value",
    "remember",
    "scrub_exception_chain",
]

SECRETS_EXTENSION = "facade_secrets"
CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "x-auth-key", "x-auth-secret")
MASK = "[secure]"  # what httpx itself shows for an Authorization header
REDACTED = "***"
# Shorter values are not searched for: blanking "abc" everywhere would garble messages, and
# every real credential of these APIs is far longer.
MIN_SECRET_LENGTH = 8
_MAX_DEPTH = 64  # how deep redact_value follows a body (bodies past this are left alone)


def remember(request: httpx.Request, *secrets: Secret | None) -> None:
    """Note credentials that travel with ``request`` (headers or body), for later redaction."""
    found = tuple(s for s in secrets if s is not None)
    if found:
        held = request.extensions.get(SECRETS_EXTENSION, ())
        request.extensions[SECRETS_EXTENSION] = (*held, *found)


def known_secrets(request: httpx.Request | None) -> tuple[str, ...]:
    """The credential values noted on ``request`` (longest first, so a value that contains
    another is blanked whole)."""
    if request is None:
        return ()
    held = request.extensions.get(SECRETS_EXTENSION, ())
    values = {s.reveal() for s in held if isinstance(s, Secret)}
    return tuple(sorted((v for v in values if len(v) >= MIN_SECRET_LENGTH), key=len, reverse=True))


def redact_text(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_value(value: Any, secrets: tuple[str, ...], depth: int = 0) -> Any:
    """``value`` (a decoded JSON body) with every secret blanked in its strings and keys."""
    if not secrets:
        return value
    if isinstance(value, str):
        return redact_text(value, secrets)
    if depth >= _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        return {
            redact_text(str(k), secrets): redact_value(v, secrets, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_value(v, secrets, depth + 1) for v in value]
    return value


def mask_credential_headers(request: httpx.Request) -> None:
    """Replace credential header values on a request whose exchange is over (so a response's
    ``request.headers`` shows ``[secure]``; httpx itself masks only ``Authorization``, and only
    in its repr)."""
    for name in CREDENTIAL_HEADERS:
        if name in request.headers:
            request.headers[name] = MASK


def public_url(url: httpx.URL) -> str:
    """Scheme, host, port and path: no userinfo, query or fragment."""
    return f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"


def public_response(response: httpx.Response, secrets: Iterable[str] = ()) -> httpx.Response:
    """A copy of a read ``response`` (same status, headers and body, but ``secrets`` blanked in
    the body: a server may echo them) whose ``request`` is a copy with method, URL and headers
    only, the credential headers masked and the body dropped."""
    try:
        original = response.request
    except RuntimeError:  # a response built by hand carries no request
        original = None
    shown = None
    if original is not None:
        headers = original.headers.copy()
        for name in CREDENTIAL_HEADERS:
            if name in headers:
                headers[name] = MASK
        url = original.url.copy_with(userinfo=b"") if original.url.userinfo else original.url
        shown = httpx.Request(original.method, url, headers=headers)
    try:
        body = response.content
    except httpx.ResponseNotRead:
        body = b""
    for secret in secrets:
        if secret:
            body = body.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
    headers = response.headers.copy()
    # The body here is the decoded one, of its own length.
    for name in ("content-encoding", "content-length", "transfer-encoding"):
        if name in headers:
            del headers[name]
    kept = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    duplicate = httpx.Response(
        response.status_code, headers=headers, content=body, request=shown, extensions=kept
    )
    with contextlib.suppress(RuntimeError):  # set once the original was closed
        duplicate.elapsed = response.elapsed
    return duplicate


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def scrub_exception_chain(error: BaseException, secrets: tuple[str, ...]) -> None:
    """Blank ``secrets`` in the messages of ``error`` and the exceptions it came from (h11 and
    httpcore quote a header value they refuse; a traceback prints every link of the chain)."""
    if not secrets:
        return
    for link in _chain(error):
        if any(isinstance(a, str) and any(s in a for s in secrets) for a in link.args):
            link.args = tuple(
                redact_text(a, secrets) if isinstance(a, str) else a for a in link.args
            )
