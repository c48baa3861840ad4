"""The typing tests: user-style code (``app_sync.py``, ``app_async.py``, the README's Python
blocks) must type-check clean, and every mistake in ``misuse.py`` must be reported, under both
``mypy --strict`` and ``pyright`` (strict), as pinned in pyproject.toml.

An ignore comment in ``misuse.py`` that is no longer needed is an error for both checkers, so a
mistake that stops being reported fails these tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FILES = ["app_sync.py", "app_async.py", "misuse.py"]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_blocks(target: Path) -> list[Path]:
    """The README's Python blocks, each as a module (they run as tests in test_readme.py)."""
    paths = []
    for number, block in enumerate(BLOCK.findall((ROOT / "README.md").read_text("utf-8"))):
        path = target / f"readme_block_{number}.py"
        path.write_text(block, "utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    target = tmp_path_factory.mktemp("typing")
    for name in FILES:
        shutil.copy(HERE / name, target / name)
    readme_blocks(target)
    config = (
        '{"typeCheckingMode": "strict", "reportUnnecessaryTypeIgnoreComment": "error",'
        ' "pythonVersion": "3.11"}'
    )
    (target / "pyrightconfig.json").write_text(config, "utf-8")
    return [str(path) for path in sorted(target.glob("*.py"))]


def run(command: list[str], cwd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def test_mypy_strict(sources: list[str]) -> None:
    folder = str(Path(sources[0]).parent)
    result = run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-incremental"),
            *("--warn-unused-ignores", "--python-version", "3.11", *sources),
        ],
        folder,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"no issues found in {len(sources)} source files" in result.stdout


def test_pyright_strict(sources: list[str]) -> None:
    folder = str(Path(sources[0]).parent)
    pyright = Path(sys.executable).parent / "pyright"
    result = run(
        [str(pyright), "--project", folder, "--pythonpath", sys.executable, *sources], folder
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout
