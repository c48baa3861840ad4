"""Set up the project on a fresh machine and run its main job or its checks.

    python3 dev.py run     # the main job: an offline demo of the three APIs (python -m facade demo)
    python3 dev.py test    # every check: tests, contract suite, demo, lint, types, drift (tox)

Only Python 3.11+ is needed. The first call creates ``.venv/`` and installs the project with
its development tools; later calls reuse it until ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".fiscal-facade-installed"

COMMANDS = {
    "run": [["python", "-m", "facade", "demo"]],
    "test": [["tox", "run"]],
}


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - a clear message on an old interpreter
        print("fiscal-facade needs Python 3.11 or newer", file=sys.stderr)
        return 2
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    ensure_environment()
    for command in COMMANDS[argv[0]]:
        program = str(BIN / command[0])
        code = subprocess.call([program, *command[1:], *argv[1:]], cwd=ROOT)
        if code != 0:
            return code
    return 0


def ensure_environment() -> None:
    """Create .venv and install the project into it, unless that is already done for the
    current pyproject.toml."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not (BIN / "python").exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing fiscal-facade and its development tools into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True, cwd=ROOT)
    subprocess.run([*pip, "-e", ".[dev]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
