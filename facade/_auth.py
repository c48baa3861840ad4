"""Authentication for the three APIs, as ``httpx.Auth`` flows.

* Enlivy: a static bearer token (:class:`BearerTokenAuth`).
* Envoice: ``x-auth-key`` and ``x-auth-secret`` headers on every request
  (:class:`HeaderCredentialsAuth`).
* fiskaly: a short-lived JWT from ``POST /auth`` with key and secret, renewed with the refresh
  token before it expires, and obtained again with key and secret after a 401
  (:class:`FiskalyTokenAuth`).

Token requests are yielded from the auth flow rather than sent by a private client, so they go
through the same transport (timeouts, retries, proxies, mocks) as every other request, with the
calling request's retry count and deadline.

Every flow notes the credentials it puts on a request (``_redact.remember``) and masks the
credential headers once the exchange is over, so neither a response's ``request.headers`` nor
an error built from it shows them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import ipaddress
import logging
import math
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from . import errors
from ._redact import mask_credential_headers, remember
from ._responses import error_from_response, json_body, request_id_of
from ._secrets import Secret
from ._transport import EXTENSION, RequestOptions

__all__ = [
    "AuthStats",
    "BearerTokenAuth",
    "FiskalyTokenAuth",
    "HeaderCredentialsAuth",
    "StaticHeaderAuth",
    "issued_token",
    "require_secure_url",
]

logger = logging.getLogger("facade.auth")

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
DEFAULT_MAX_MARGIN = 60.0  # renew at most this many seconds early
MARGIN_FRACTION = 0.1  # ...or this share of the token's lifetime, when that is shorter
MIN_MARGIN = 1.0  # always leave at least this long for the request to arrive
SKEW_WARNING = 300.0  # log when the server's clock is off ours by more than this (seconds)

_HEADER_TEXT = re.compile(r"[\x20-\x7e]+")  # what a header value can carry as is
_TOKEN_TEXT = re.compile(r"[\x21-\x7e]+")  # a token: visible ASCII, no spaces


def require_secure_url(url: httpx.URL) -> None:
    """Raise :class:`~facade.errors.InsecureTransportError` unless ``url`` is https, or http to a
    loopback host (``localhost``, ``127.0.0.0/8``, ``::1``).

    Called before any credential is attached to a request.
    """
    scheme = url.scheme.lower()
    if scheme == "https":
        return
    host = url.host.lower()
    if scheme == "http" and _is_loopback(host):
        return
    # Only scheme and host: the full URL could carry userinfo or a token in its query.
    raise errors.InsecureTransportError(
        f"refusing to send credentials over {scheme or 'an unknown scheme'}:// to "
        f"{host or 'an unknown host'}; use https (plain http is allowed only to loopback hosts)"
    )


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _secret(value: str | Secret) -> Secret:
    return value if isinstance(value, Secret) else Secret(value)


def _header_secret(value: str | Secret, what: str) -> Secret:
    """A credential that goes in a header: refused (never sent, never quoted) unless it is
    plain ASCII without control characters. The clients check their credentials before this,
    with friendlier messages; this is the last guard before a value reaches a header."""
    secret = _secret(value)
    if not _HEADER_TEXT.fullmatch(secret.reveal()):
        raise errors.ConfigurationError(
            f"{what} must be plain ASCII without control characters (it travels in a header)"
        )
    return secret


def issued_token(value: Any) -> Secret | None:
    """A token an API issued, or None when it is missing or unusable in a header (empty, or
    holding whitespace, control or non-ASCII characters): such a value is never sent on."""
    if isinstance(value, str) and _TOKEN_TEXT.fullmatch(value):
        return Secret(value)
    return None


class StaticHeaderAuth(httpx.Auth):
    """Credentials that are the same headers on every request: put on it, noted for redaction,
    and masked once the exchange is over. The direct aiohttp path
    (``facade/_direct.py``) sends the same headers without a flow."""

    def credential_headers(self) -> tuple[list[tuple[str, str]], tuple[Secret, ...]]:
        """The (name, value) pairs to send, and the secrets among them."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._sign(request)
        try:
            yield request
        finally:
            mask_credential_headers(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        # The same steps as auth_flow, without the sync generator httpx's default would wrap
        # around it on every request (there is no I/O here).
        self._sign(request)
        try:
            yield request
        finally:
            mask_credential_headers(request)

    def _sign(self, request: httpx.Request) -> None:
        require_secure_url(request.url)
        pairs, secrets = self.credential_headers()
        for name, value in pairs:
            request.headers[name] = value
        remember(request, *secrets)


class BearerTokenAuth(StaticHeaderAuth):
    """``Authorization: Bearer <token>`` on every request (Enlivy)."""

    def __init__(self, token: str | Secret) -> None:
        self._token = _header_secret(token, "the token")

    def credential_headers(self) -> tuple[list[tuple[str, str]], tuple[Secret, ...]]:
        return [("Authorization", f"Bearer {self._token.reveal()}")], (self._token,)

    def __repr__(self) -> str:
        return "BearerTokenAuth(token='***')"


class HeaderCredentialsAuth(StaticHeaderAuth):
    """Fixed credential headers on every request (Envoice: ``x-auth-key``, ``x-auth-secret``)."""

    def __init__(self, headers: Mapping[str, str | Secret]) -> None:
        if not headers:
            raise ValueError("at least one credential header is required")
        self._headers = {
            name: _header_secret(value, f"the {name} header") for name, value in headers.items()
        }

    def credential_headers(self) -> tuple[list[tuple[str, str]], tuple[Secret, ...]]:
        pairs = [(name, value.reveal()) for name, value in self._headers.items()]
        return pairs, tuple(self._headers.values())

    def __repr__(self) -> str:
        # Header names are not secret and help tell configurations apart.
        return f"HeaderCredentialsAuth(headers={sorted(self._headers)!r}, values='***')"


@dataclass
class AuthStats:
    """Counters of what a :class:`FiskalyTokenAuth` did (for tests and demos)."""

    token_requests: int = 0  # every POST to the token endpoint
    key_logins: int = 0  # successful logins with key and secret
    refreshes: int = 0  # successful renewals with the refresh token
    replays: int = 0  # requests sent again after a 401


@dataclass(frozen=True, eq=False)
class _Token:
    """A cached access token. Compared by identity: each renewal makes a new object."""

    access: Secret
    renew_at: float  # clock time from which the token counts as expiring
    refresh: Secret | None
    refresh_expires_at: float | None  # None: unknown, try it
    claims: Mapping[str, Any]

    def fresh(self, now: float) -> bool:
        return now < self.renew_at

    def can_refresh(self, now: float, margin: float) -> bool:
        if self.refresh is None:
            return False
        return self.refresh_expires_at is None or now + margin < self.refresh_expires_at


_TokenSteps = Generator[httpx.Request, httpx.Response, _Token]
_MaybeTokenSteps = Generator[httpx.Request, httpx.Response, _Token | None]


class FiskalyTokenAuth(httpx.Auth):
    """fiskaly's token auth: key and secret for a JWT, cached and renewed before it expires.

    * Renewal uses the refresh token while it is valid, and falls back to key and secret when
      the refresh is refused.
    * At most one token request is in flight per auth object and event loop, however many
      threads or tasks share it; the others wait and reuse the new token.
    * A 401 on a request drops the token, logs in again with key and secret and sends the
      request once more; a second 401 is returned as is.
    * Key and secret refused: the :class:`~facade.errors.APIError` for the token endpoint's
      response (usually :class:`~facade.errors.AuthenticationError`) is raised. A success
      without a usable token is a plain :class:`~facade.errors.APIError`: the vendor's fault.
    """

    requires_request_body = True  # the body must be replayable after a 401
    requires_response_body = True  # token responses are read before they are parsed

    def __init__(
        self,
        api_key: str | Secret,
        api_secret: str | Secret,
        *,
        token_url: str | httpx.URL,
        clock: Callable[[], float] = time.time,
        renew_margin: float | None = None,
    ) -> None:
        if renew_margin is not None and not renew_margin >= 0:
            raise ValueError("renew_margin must be a number of seconds >= 0")
        self._api_key = _secret(api_key)
        self._api_secret = _secret(api_secret)
        self._token_url = httpx.URL(token_url)
        self._clock = clock
        self._renew_margin = renew_margin
        self._token: _Token | None = None
        # The server's clock minus ours (seconds), from the last token response; None unknown.
        self.clock_skew: float | None = None
        self._skew_logged = False
        self.stats = AuthStats()
        self._stats_lock = threading.Lock()
        self._sync_lock = threading.Lock()
        # asyncio locks belong to one event loop; keep one per loop that uses this auth.
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        # No token URL either: a URL may carry userinfo.
        return "FiskalyTokenAuth(api_key='***')"

    @property
    def token_url(self) -> httpx.URL:
        return self._token_url

    @property
    def access_token_claims(self) -> dict[str, Any] | None:
        """Claims of the cached token (``env``, ``organization_id``), or None without one."""
        token = self._token
        return None if token is None else dict(token.claims)

    def expire_now(self) -> None:
        """Treat the cached access token as expired (tests, demos); the refresh token stays."""
        token = self._token
        if token is not None:
            self._token = dataclasses.replace(token, renew_at=-math.inf)

    # -- flows -------------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        require_secure_url(request.url)
        request.read()
        try:
            token = self._usable_token()
            if token is None:
                with self._sync_lock:
                    token = yield from self._run_sync(self._token_steps(request, stale=None))
            response = yield self._authorize(request, token)
            if response.status_code != 401:
                return
            with self._sync_lock:
                token = yield from self._run_sync(self._token_steps(request, stale=token))
            self._count("replays")
            logger.info("fiskaly: request got 401, sending it again with a new token")
            yield self._authorize(request, token)
        finally:
            mask_credential_headers(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        require_secure_url(request.url)
        await request.aread()
        token = self._usable_token()
        stale: _Token | None = None
        try:
            for attempt in range(2):
                if token is None:
                    # Async generators cannot ``yield from``: drive the shared steps by hand.
                    async with self._async_lock():
                        steps = self._token_steps(request, stale=stale)
                        try:
                            outgoing = next(steps)
                            while True:
                                token_response = yield outgoing
                                await token_response.aread()
                                outgoing = steps.send(token_response)
                        except StopIteration as done:
                            token = done.value
                        finally:
                            steps.close()
                assert token is not None  # noqa: S101 - for the type checker: steps return one
                if attempt:
                    self._count("replays")
                    logger.info("fiskaly: request got 401, sending it again with a new token")
                response = yield self._authorize(request, token)
                if attempt or response.status_code != 401:
                    return
                stale, token = token, None
        finally:
            mask_credential_headers(request)

    # -- token logic shared by both flows ----------------------------------------------------

    @staticmethod
    def _run_sync(steps: _TokenSteps) -> _TokenSteps:
        """``yield from`` for the token steps, reading each token response first."""
        try:
            outgoing = next(steps)
            while True:
                response = yield outgoing
                response.read()
                outgoing = steps.send(response)
        except StopIteration as done:
            token: _Token = done.value
            return token
        finally:
            steps.close()

    def _token_steps(self, request: httpx.Request, *, stale: _Token | None) -> _TokenSteps:
        """Yield the token requests needed and return a usable token. Run under the lock.

        ``stale`` is the token a request was refused with (401): if it is still cached, log in
        again with key and secret; if another caller already replaced it, reuse theirs.
        """
        current = self._token
        if stale is not None and current is stale:
            self._token = current = None
            return (yield from self._login(request))
        now = self._clock()
        if current is not None and current.fresh(now):
            return current  # renewed by another caller while we waited for the lock
        margin = self._margin_for(None)
        if current is not None and current.refresh and current.can_refresh(now, margin):
            token = yield from self._refresh(request, current.refresh)
            if token is not None:
                return token
        return (yield from self._login(request))

    def _login(self, request: httpx.Request) -> _TokenSteps:
        logger.debug("fiskaly: requesting an access token with key and secret")
        body = {"api_key": self._api_key.reveal(), "api_secret": self._api_secret.reveal()}
        token_request = self._token_request(request, body, self._api_key, self._api_secret)
        response = yield token_request
        if not response.is_success:
            logger.warning("fiskaly: key and secret were refused (HTTP %d)", response.status_code)
            # The error blanks the key and secret wherever the endpoint echoed them.
            raise error_from_response("fiskaly", response)
        token = self._parse(response)
        if token is None:
            # The credentials were accepted; the answer is what is wrong: the vendor's failure
            # (as a response that does not match the spec is elsewhere), not the caller's.
            raise errors.APIError(
                "the token endpoint answered without a usable access token (missing, or holding "
                "whitespace or control characters; the response does not match the spec)",
                api="fiskaly",
                status_code=response.status_code,
                request_id=request_id_of(response),
            )
        self._store(token)
        self._count("key_logins")
        return token

    def _refresh(self, request: httpx.Request, refresh: Secret) -> _MaybeTokenSteps:
        """Renew with the refresh token; None when that fails (the caller logs in instead)."""
        logger.debug("fiskaly: renewing the access token with the refresh token")
        response = yield self._token_request(request, {"refresh_token": refresh.reveal()}, refresh)
        token = self._parse(response) if response.is_success else None
        if token is None:
            logger.info(
                "fiskaly: refresh failed (HTTP %d), logging in with key and secret",
                response.status_code,
            )
            return None
        self._store(token)
        self._count("refreshes")
        return token

    def _token_request(
        self, request: httpx.Request, body: dict[str, str], *secrets: Secret
    ) -> httpx.Request:
        require_secure_url(self._token_url)
        calling = request.extensions.get(EXTENSION)
        # The calling request's options (its max_retries, deadline, size limit) hold for the
        # token request made on its behalf. A token request changes nothing on the server, so
        # it may always be retried.
        options = (
            dataclasses.replace(calling, retry_unsafe=True)
            if isinstance(calling, RequestOptions)
            else RequestOptions(api="fiskaly", retry_unsafe=True)
        )
        extensions: dict[str, Any] = {EXTENSION: options}
        timeout = request.extensions.get("timeout")
        if timeout is not None:
            extensions["timeout"] = timeout
        self._count("token_requests")
        token_request = httpx.Request("POST", self._token_url, json=body, extensions=extensions)
        remember(token_request, *secrets)
        return token_request

    def _parse(self, response: httpx.Response) -> _Token | None:
        body = json_body(response)
        if not isinstance(body, dict):
            return None
        access = issued_token(body.get("access_token"))
        if access is None:
            return None
        now = self._clock()
        self._check_skew(body, response, now)
        skew = self.clock_skew or 0.0
        expires_at = _expiry(body, "access_token", now, skew)
        lifetime = None if expires_at is None else expires_at - now
        renew_at = math.inf if expires_at is None else expires_at - self._margin_for(lifetime)
        claims = body.get("access_token_claims")
        return _Token(
            access=access,
            renew_at=renew_at,
            # A refresh token that could not travel intact is as good as none: log in instead.
            refresh=issued_token(body.get("refresh_token")),
            refresh_expires_at=_expiry(body, "refresh_token", now, skew),
            claims=dict(claims) if isinstance(claims, dict) else {},
        )

    def _check_skew(self, body: Mapping[str, Any], response: httpx.Response, now: float) -> None:
        """Estimate how far the server's clock is from ours: from the response's ``Date``
        header, else from ``expires_at - expires_in``. Renewal goes by our clock (from
        ``expires_in``, or ``expires_at`` shifted by this), so a skewed server cannot make
        every call fetch a token; a large skew is logged once."""
        skew: float | None = None
        served = _http_date(response.headers.get("date"))
        if served is not None:
            skew = served - now
        else:
            at = _number(body.get("access_token_expires_at"))
            seconds = _number(body.get("access_token_expires_in"))
            if at is not None and seconds is not None:
                skew = at - seconds - now
        if skew is None:
            return
        # Date has whole seconds: a second either way is no skew.
        self.clock_skew = 0.0 if abs(skew) < 2.0 else skew
        if abs(skew) > SKEW_WARNING and not self._skew_logged:
            self._skew_logged = True
            logger.warning(
                "fiskaly: the server's clock is %+.0f s from this machine's; token expiry is "
                "counted by this machine's clock",
                skew,
            )

    def _margin_for(self, lifetime: float | None) -> float:
        if self._renew_margin is not None:
            return self._renew_margin
        if lifetime is None:
            return MIN_MARGIN
        return max(MIN_MARGIN, min(DEFAULT_MAX_MARGIN, MARGIN_FRACTION * lifetime))

    # -- small helpers -----------------------------------------------------------------------

    def _usable_token(self) -> _Token | None:
        token = self._token  # one read: another thread may replace it at any time
        return token if token is not None and token.fresh(self._clock()) else None

    def _store(self, token: _Token) -> None:
        self._token = token

    @staticmethod
    def _authorize(request: httpx.Request, token: _Token) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"
        remember(request, token.access)
        return request

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._stats_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def _count(self, name: str) -> None:
        with self._stats_lock:
            setattr(self.stats, name, getattr(self.stats, name) + 1)


def _expiry(body: Mapping[str, Any], prefix: str, now: float, skew: float) -> float | None:
    """When ``prefix`` expires, by our clock: now + ``<prefix>_expires_in`` (a duration, immune
    to clock skew), else ``<prefix>_expires_at`` (the server's clock) moved by ``skew``."""
    seconds = _number(body.get(f"{prefix}_expires_in"))
    if seconds is not None:
        return now + seconds
    at = _number(body.get(f"{prefix}_expires_at"))
    return None if at is None else at - skew


def _number(value: Any) -> float | None:
    """A finite number of reasonable size from a JSON value, else None (never OverflowError)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        return None
    # Unix seconds stay below ~3e10; anything past 1e12 (10**400 included) is not a usable
    # time and is treated as "not given" rather than overflowing the arithmetic later.
    if not math.isfinite(number) or abs(number) > 1e12:
        return None
    return number


def _http_date(value: str | None) -> float | None:
    """Unix seconds from an HTTP ``Date`` header, or None."""
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        return None  # HTTP dates are GMT; one without a zone is not trusted for a skew
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None
