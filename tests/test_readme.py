"""The README's usage examples run, unchanged, against stand-ins built from the specs: a doc
that drifts from the code fails here."""

from __future__ import annotations

import re

import httpx
import pytest
import respx

from tests.support.mock_api import MockAPI
from tests.support.specs import ROOT, load_spec

README = ROOT / "README.md"
ENVIRONMENT = {
    "FISKALY_API_KEY": "readme-key",
    "FISKALY_API_SECRET": "readme-secret",
    "ENLIVY_TOKEN": "readme-token",
    "ENLIVY_ORGANIZATION_ID": "org_readme",
    "ENVOICE_AUTH_KEY": "readme-key",
    "ENVOICE_AUTH_SECRET": "readme-secret",
}


def usage_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Usage") : text.index("## The regeneration pipeline")]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_usage_section_has_an_example_per_api() -> None:
    blocks = "\n".join(usage_blocks())
    for client in ("facade.Fiskaly()", "facade.Enlivy()", "facade.Envoice()"):
        assert client in blocks


@pytest.mark.parametrize("block", usage_blocks(), ids=lambda b: b.splitlines()[2][:40])
def test_readme_block_runs(
    block: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    for name in ("FISKALY_BASE_URL", "ENLIVY_BASE_URL", "ENVOICE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    mocks = {
        httpx.URL(load_spec(api)["servers"][0]["url"]).host: MockAPI(api)
        for api in ("fiskaly_management", "enlivy", "envoice")
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return mocks[request.url.host].handler(request)

    if "facade.testing.sandbox()" in block:  # runs against a real local sandbox
        exec(compile(block, str(README), "exec"), {"__name__": "readme"})  # noqa: S102 - our docs
        output = capsys.readouterr().out
        assert "refreshes=1" in output or "key_logins=2" in output  # one renewal after expiry
        return
    with respx.mock(assert_all_called=False) as router:
        router.route().mock(side_effect=answer)
        exec(compile(block, str(README), "exec"), {"__name__": "readme"})  # noqa: S102 - our own docs

    assert sum(len(m.requests) for m in mocks.values()) > 0
    output = capsys.readouterr().out
    if "MetadataLimitError" in block:
        assert "at most 20 keys (got 21)" in output
    if "except facade.errors.ValidationError" in block:
        assert "{'currency': ['must match ^[A-Z]{3}$']}" in output
