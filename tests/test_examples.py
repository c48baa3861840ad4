"""Every script in examples/ runs, as a user would run it, against a local sandbox: a separate
Python process configured only by the environment the sandbox hands out."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from facade.testing import Sandbox, sandbox
from tests.support.specs import ROOT

EXAMPLES = ROOT / "examples"

# What each script must print: proof that it did its work, not just that it exited 0.
EXPECTED = {
    "fiskaly_organizations.py": [
        "created organization ",
        "created API key test_",
        "refused before sending: [(None, 'at most 20 keys (got 21)')]",
        "HTTP 200, request id ",
        "the new one among them: True",
    ],
    "enlivy_invoicing.py": [
        "organization org_",
        "created invoice SBX-0001: total 380.5 EUR",
        "invoice SBX-0001 is now paid",
        "invoices in the organization: 1, with 2 line items in all",
        "refused: {'currency': ['must match ^[A-Z]{3}$']}",
    ],
    "envoice_invoicing.py": [
        "reference data: Germany, Euro, English",
        ": 300.0 EUR",
        "its status is now Unpaid",
        "among them: True",
        "[E_NOT_FOUND] invoice 987654321 does not exist",
    ],
    "async_clients.py": [
        "fiskaly: organizations visible: 1",
        "enlivy: tax rates VAT 19% (19 %)",
        "envoice: 32 currencies, 15 payment gateways",
    ],
    "webhooks.py": [
        "accepted Enlivy invoice.paid evt_example_1",
        "refused: the signature does not match the body",
        "accepted Envoice activity: Invoice EX-1 was paid",
        "receiver answered [204, 400, 204]",
    ],
}


@pytest.fixture
def fresh_sandbox() -> Iterator[Sandbox]:
    """A sandbox of its own per script (the outputs count records), as the shell gives it."""
    with sandbox(fixed_credentials=True) as box:
        yield box


def test_every_example_is_run_here() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_against_the_sandbox(script: str, fresh_sandbox: Sandbox) -> None:
    # Only what a user's shell would hold: no variable of this test run points anywhere else.
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("FISKALY_", "ENLIVY_", "ENVOICE_")) and k != "PYTHONPATH"
    }
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        cwd=ROOT,
        env={**inherited, **fresh_sandbox.environment()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for line in EXPECTED[script]:
        assert line in result.stdout, f"{line!r} not in:\n{result.stdout}"
    fresh_sandbox.assert_no_violations()  # every exchange matched the specs
