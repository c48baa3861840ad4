"""The credentials a sandbox hands out: new ones at each start by default, fixed ones (and
fixed seeded ids) when asked, given ones by environment variable name, also from the shell."""

from __future__ import annotations

import os
import queue
import shlex
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

import facade
from facade import errors
from facade.testing import Sandbox, sandbox
from facade.testing.core.credentials import FIXED

SEEDED_IDS = (
    ("fiskaly", "organization_id"),
    ("fiskaly", "user_id"),
    ("enlivy", "organization_id"),
    ("enlivy", "customer_id"),
    ("enlivy", "product_id"),
    ("enlivy", "tax_rate_id"),
    ("enlivy", "other_organization_id"),
)


def _credentials(sb: Sandbox) -> dict[str, str]:
    return {name: value for name, value in sb.environment().items() if name in FIXED}


def _ids(sb: Sandbox) -> list[str]:
    return [getattr(getattr(sb, api), name) for api, name in SEEDED_IDS]


def _all_three_answer(sb: Sandbox) -> None:
    """A call per API with nothing but the sandbox's environment (as an app would)."""
    environment = sb.environment()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        with facade.Fiskaly() as fk, facade.Enlivy() as en, facade.Envoice() as ev:
            assert fk.organizations.get(organization_id=sb.fiskaly.organization_id).name
            assert en.organizations.get().id == environment["ENLIVY_ORGANIZATION_ID"]
            assert len(ev.general.currencies()) > 10
        login = facade.Enlivy.login(
            email=environment["ENLIVY_EMAIL"], password=environment["ENLIVY_PASSWORD"]
        )
        assert login.organizations.get().id == sb.enlivy.organization_id


def test_each_start_invents_new_credentials_by_default() -> None:
    first, second = Sandbox(), Sandbox()
    try:
        for name, value in _credentials(first).items():
            assert value and value != _credentials(second)[name], name
            assert value != FIXED[name]
        assert all(a != b for a, b in zip(_ids(first), _ids(second), strict=True))
    finally:
        first.store.close()
        second.store.close()


def test_fixed_credentials_and_ids_are_the_same_at_every_start() -> None:
    first = Sandbox(fixed_credentials=True)
    first.store.close()
    with sandbox(fixed_credentials=True) as sb:
        assert _credentials(sb) == FIXED
        assert _ids(sb) == _ids(first)
        _all_three_answer(sb)


def test_given_credentials_replace_the_invented_ones() -> None:
    given = {"ENVOICE_AUTH_KEY": "my-key", "FISKALY_API_SECRET": "my-secret"}
    with sandbox(credentials=given) as sb:
        assert sb.envoice.auth_key == "my-key" and sb.fiskaly.api_secret == "my-secret"
        assert sb.envoice.auth_secret != FIXED["ENVOICE_AUTH_SECRET"]  # the rest is invented
        _all_three_answer(sb)
        wrong = facade.Envoice(
            base_url=sb.envoice_url, auth_key="ev_key_sandbox", auth_secret=sb.envoice.auth_secret
        )
        with wrong, pytest.raises(errors.AuthenticationError):
            wrong.general.currencies()


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"FISKALY_KEY": "x"}, "unknown name 'FISKALY_KEY' (known: FISKALY_API_KEY,"),
        ({"ENLIVY_TOKEN": ""}, "ENLIVY_TOKEN must be a non-empty string"),
        ({"ENVOICE_AUTH_SECRET": " padded "}, "ENVOICE_AUTH_SECRET must be a non-empty string"),
    ],
)
def test_bad_credentials_are_refused_before_anything_starts(
    given: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")) as refused:
        Sandbox(credentials=given)
    assert " padded " not in str(refused.value)  # never the value itself


def test_a_reopened_database_takes_the_credentials_asked_for(tmp_path: Path) -> None:
    database = tmp_path / "state.db"
    with sandbox(database=database) as first:
        old = _credentials(first)
        ids = _ids(first)
    with sandbox(database=database, fixed_credentials=True) as second:
        assert _credentials(second) == FIXED
        assert _ids(second) == ids  # the records stay what they were
        _all_three_answer(second)
        stale = facade.Fiskaly(
            base_url=second.fiskaly_url,
            api_key=old["FISKALY_API_KEY"],
            api_secret=old["FISKALY_API_SECRET"],
        )
        with stale, pytest.raises(errors.AuthenticationError):
            stale.organizations.list().first_page()


def _serve(*options: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], Any]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facade.testing.sandbox", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout or []], daemon=True
    ).start()
    return process, lines


def _read_until(lines: queue.Queue[str], last: str) -> list[str]:
    seen = []
    while not seen or not seen[-1].startswith(last):
        seen.append(lines.get(timeout=30))  # a silent child fails the test instead of hanging it
    return seen


def test_the_shell_sandbox_prints_and_writes_the_environment_for_an_app(tmp_path: Path) -> None:
    env_file = tmp_path / "sandbox.env"
    process, lines = _serve("--fixed-credentials", "--env-file", str(env_file))
    try:
        printed = "".join(_read_until(lines, "Stop with Ctrl-C."))
        pairs = (line.split("=", 1) for line in env_file.read_text().splitlines())
        written = {name: shlex.split(value)[0] for name, value in pairs}
        for name, value in FIXED.items():
            assert written[name] == value
            assert f"export {name}={shlex.quote(value)}" in printed
        assert written["ENLIVY_ORGANIZATION_ID"] in printed
        headers = {
            "x-auth-key": written["ENVOICE_AUTH_KEY"],
            "x-auth-secret": written["ENVOICE_AUTH_SECRET"],
        }
        response = httpx.get(f"{written['ENVOICE_BASE_URL']}/api/tax/all", headers=headers)
        assert response.status_code == 200
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_the_shell_sandbox_accepts_the_credentials_already_in_the_environment() -> None:
    env = {
        **os.environ,
        "FISKALY_API_KEY": "test_my_app_key",
        "ENVOICE_AUTH_SECRET": "my-app-secret",
    }
    process, lines = _serve("--credentials-from-env", env=env)
    try:
        printed = "".join(_read_until(lines, "Stop with Ctrl-C."))
        assert "api_key=test_my_app_key," in printed
        assert "auth_secret=my-app-secret" in printed
        assert f"auth_key={FIXED['ENVOICE_AUTH_KEY']}," in printed  # not in the env: fixed
    finally:
        process.terminate()
        process.communicate(timeout=10)
