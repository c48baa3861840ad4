"""The README's section on the sandbox from an app and from pytest says what the code does:
its fixed values are the sandbox's, and its pytest examples pass as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from facade.testing import Sandbox
from facade.testing.core.credentials import FIXED
from tests.support.specs import ROOT

TITLE = "## The sandbox from an app and from pytest"


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(TITLE)
    return text[start : text.index("\n## ", start + len(TITLE))]


def test_the_fixed_values_in_the_readme_are_the_sandboxs() -> None:
    section = _section().replace("\\|", "|")  # a | in a table cell is written \|
    box = Sandbox(fixed_credentials=True)
    try:
        environment = box.environment()
        documented = {
            name: value for name, value in environment.items() if not name.endswith("_BASE_URL")
        }
        for name, value in documented.items():
            assert name in section and f"`{value}`" in section, name
        assert f"`{box.fiskaly.organization_id}`" in section
    finally:
        box.store.close()
    assert set(FIXED) <= set(documented)


def test_the_readme_pytest_examples_pass(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _section(), flags=re.DOTALL)
    assert blocks and all("def test_" in block for block in blocks)
    module = tmp_path / "test_from_readme.py"
    module.write_text("\n\n".join(blocks), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FISKALY_", "ENVOICE_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(re.findall(r'def test_', ''.join(blocks)))} passed" in result.stdout
