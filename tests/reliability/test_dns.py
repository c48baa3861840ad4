"""A sync call's deadline covers the host name lookup too (``facade/_transport.py``,
``_addresses``). ``socket.create_connection`` resolves without any timeout, so before this a
resolver that never answered held a sync call, whatever its ``timeout``.

No test here measures time: the resolver is held on an event that is released only after the
call has returned, so a call that waited for it could not have returned at all."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from facade.testing import sandbox

HELD = 60.0  # the longest the fake resolver holds a lookup: a bug fails the test, never hangs it


class Resolver:
    """``socket.getaddrinfo`` that holds lookups of one name until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, held_name: str) -> None:
        self.released = threading.Event()
        self.asked: list[str] = []
        real = socket.getaddrinfo

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            self.asked.append(str(host))
            if host == held_name:
                self.released.wait(HELD)
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Resolver]:
    held = Resolver(monkeypatch, "localhost")
    yield held
    held.released.set()


def test_a_lookup_that_never_answers_ends_with_the_calls_timeout(resolver: Resolver) -> None:
    en = facade.Enlivy(
        token="t", organization_id="org_1", base_url="http://localhost:9", timeout=0.5
    )
    with en, pytest.raises(errors.APITimeoutError) as raised:
        en.tags.list(per_page=5).first_page()
    returned_while_held = not resolver.released.is_set()
    resolver.released.set()
    assert returned_while_held
    assert "localhost" in resolver.asked
    assert "ConnectTimeout" in str(raised.value)


def test_a_name_that_resolves_is_connected_to_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = Resolver(monkeypatch, held_name="(none)")
    with sandbox() as sb:
        kwargs = sb.client_kwargs("enlivy")
        kwargs["base_url"] = str(httpx.URL(kwargs["base_url"]).copy_with(host="localhost"))
        with facade.Enlivy(**kwargs) as en:
            page = en.tags.list(per_page=5).first_page()
    assert "localhost" in asked.asked  # looked up by the facade, then connected
    assert page.items == []


def test_a_name_that_does_not_resolve_is_a_connection_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", failing)
    en = facade.Enlivy(token="t", organization_id="org_1", base_url="https://nowhere.invalid")
    with en, pytest.raises(errors.APIConnectionError) as raised:
        en.tags.list(per_page=5).first_page()
    assert not isinstance(raised.value, errors.APITimeoutError)
    assert "ConnectError" in str(raised.value)
