"""pytest fixtures for the sandbox (registered through the ``pytest11`` entry point)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._sandbox import Sandbox


@pytest.fixture
def fiscal_sandbox() -> Iterator[Sandbox]:
    """A fresh sandbox for one test; the test fails if the sandbox saw a spec violation that
    the test did not expect (``with sandbox.expect_violations(): ...``)."""
    from ._sandbox import sandbox  # imported late: loading the plugin must stay cheap

    with sandbox() as box:
        yield box
        box.assert_no_violations()
