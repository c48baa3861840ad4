"""The httpx clients the facade makes for itself: httpx's, minus a cost no API here asks for.

After every response httpx hands the cookie jar to ``http.cookiejar``, which first rebuilds
the response as an ``email.message.Message`` of all its headers, whether or not any of them
sets a cookie. That is about a quarter of httpx's own time per request (bench/RESULTS.md,
benchmarks 1 and 2). These clients skip that step for a response that sets no cookie and
behave the same otherwise: cookies a server does set are kept and sent back as httpx would.

Used for the clients the facade builds (no ``http_client=``) and by
``facade.aiohttp_client()``. A caller's own ``httpx.Client`` is used as it is.
"""

from __future__ import annotations

from typing import Any

import httpx

# The headers http.cookiejar reads cookies from (Set-Cookie2 only under RFC 2965 rules).
_SETTING_HEADERS = ("set-cookie", "set-cookie2")


class _Cookies(httpx.Cookies):
    """httpx's cookie store, with nothing to extract from a response that sets no cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if any(name in headers for name in _SETTING_HEADERS):
            super().extract_cookies(response)


def _store(cookies: Any) -> _Cookies:
    store = _Cookies()
    if isinstance(cookies, httpx.Cookies):
        store.jar = cookies.jar  # the same jar, not a copy: a caller's reference stays live
    elif cookies is not None:
        store.update(cookies)
    return store


class Client(httpx.Client):
    """``httpx.Client`` whose cookie store skips responses that set no cookie."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = _store(self._cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _store(httpx.Cookies(cookies))


class AsyncClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` whose cookie store skips responses that set no cookie."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = _store(self._cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _store(httpx.Cookies(cookies))
