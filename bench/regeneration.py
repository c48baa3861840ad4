"""6. Regeneration times: ``scripts/regenerate.py --check`` on the project, and a full
regeneration into a temporary copy (never the project itself).

The copy holds ``scripts/`` and ``specs/`` and an empty ``generated/``, so every package is
generated and written. Vendor documents recorded in ``specs/lock.json`` by a relative path are
linked at the same relative place, so the copy re-imports them as the project would. The result
is compared with the project's ``generated/``: the pipeline promises byte-identical output.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .harness import ROOT, Row, Section, median

IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc")


def _timed(command: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")  # leave no caches in the project
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    return time.perf_counter() - started, completed


def _copy_project(destination: Path) -> None:
    for folder in ("scripts", "specs"):
        shutil.copytree(ROOT / folder, destination / folder, ignore=IGNORED)
    (destination / "generated").mkdir()
    lock = json.loads((ROOT / "specs" / "lock.json").read_text("utf-8"))
    for entry in lock["apis"].values():
        source = str(entry.get("upstream", {}).get("source", ""))
        if not source.endswith((".yaml", ".yml", ".json")) or "://" in source:
            continue  # authored here, or a URL: nothing to link
        original = ROOT / source
        link = Path(os.path.normpath(destination / source))
        if original.is_file() and link.is_relative_to(destination.parent):
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(original.resolve())


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only (``__pycache__`` ignored)."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def _status() -> str:
    result = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated", "specs", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout


def run(*, runs: int) -> Section:
    before = _status()
    checks: list[float] = []
    full: list[float] = []
    failures: list[str] = []
    differences: list[str] = []
    for _ in range(runs):
        seconds, completed = _timed(
            [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"], ROOT
        )
        checks.append(seconds)
        if completed.returncode != 0:
            failures.append(f"--check exited {completed.returncode}: {completed.stdout[-500:]}")
        with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
            copy = Path(tmp) / "project"
            _copy_project(copy)
            seconds, completed = _timed(
                [sys.executable, str(copy / "scripts" / "regenerate.py")], copy
            )
            full.append(seconds)
            if completed.returncode != 0:
                failures.append(
                    f"regeneration exited {completed.returncode}: "
                    f"{(completed.stdout + completed.stderr)[-500:]}"
                )
            else:
                differences = _differences(copy / "generated", ROOT / "generated")
    untouched = _status() == before
    section = Section(6, "Regeneration pipeline")
    section.rows = [
        Row(
            6,
            "regenerate --check",
            "scripts/regenerate.py --check (3 APIs)",
            f"{median(checks):.1f} s",
            None,
            "(time only)",
            None if not failures else False,
        ),
        Row(
            6,
            "full regeneration",
            "scripts/regenerate.py into a fresh copy (3 APIs)",
            f"{median(full):.1f} s",
            None,
            "(time only)",
            None if not failures else False,
        ),
        Row(
            6,
            "reproducible output",
            "full regeneration vs committed generated/",
            "byte-identical" if not differences else f"{len(differences)} files differ",
            None,
            "identical",
            not differences and not failures,
        ),
    ]
    section.details = [
        f"{runs} runs each; median (min..max):",
        f"- --check: {median(checks):.1f} s ({min(checks):.1f}..{max(checks):.1f})",
        f"- full regeneration: {median(full):.1f} s ({min(full):.1f}..{max(full):.1f})",
        "- the project's generated/, specs/ and scripts/ are "
        + ("unchanged by the run" if untouched else "CHANGED by the run (git status differs)"),
        *(f"- failure: {failure}" for failure in failures),
        *(f"- differs: {name}" for name in differences[:10]),
    ]
    if not untouched:
        section.rows[-1].met = False
    return section
