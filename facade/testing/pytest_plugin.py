"""pytest fixtures for the sandbox (registered through the ``pytest11`` entry point).

pytest loads this module in every run of every project that installed fiscal-facade, also
without the ``testing`` extra: it imports nothing the extra provides until a test asks for the
fixture, and then says how to install it.
"""

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
    try:  # imported late: loading the plugin must stay cheap and work without the extra
        from ._sandbox import sandbox
    except ModuleNotFoundError as error:
        from . import INSTALL_HINT

        pytest.fail(f"fiscal_sandbox: {INSTALL_HINT} ({error.name} is missing)", pytrace=False)

    with sandbox() as box:
        yield box
        box.assert_no_violations()
