"""The results table (printed) and bench/RESULTS.md (machine, versions, table, details, what
remains)."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from .harness import ROOT, Section, verdict

DISTRIBUTIONS = (
    "fiscal-facade",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "attrs",
    "jsonschema",
    "pydantic",
    "uvicorn",
    "starlette",
    "openapi-python-client",
    "datamodel-code-generator",
)


def machine() -> list[str]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return [
        f"- CPU: {os.cpu_count()} logical CPUs, {_cpu_model()}",
        f"- platform: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- load average at the start: {', '.join(f'{x:.2f}' for x in load) if load else 'n/a'} "
        "(1, 5, 15 min; other jobs on the machine share the CPUs)",
        f"- project commit: {_commit()}",
    ]


def versions() -> list[str]:
    found = []
    for name in DISTRIBUTIONS:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ["- " + ", ".join(found)]


def table(sections: list[Section]) -> list[str]:
    lines = [
        "| # | Benchmark | Compared | Result | Ratio | Target | Verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for section in sections:
        for row in section.rows:
            ratio = "" if row.ratio is None else f"{row.ratio:.2f}{row.unit}"
            lines.append(
                f"| {row.number} | {row.name} | {row.compared} | {row.result} | {ratio} | "
                f"{row.target} | {verdict(row.met)} |"
            )
    return lines


def summary(sections: list[Section]) -> str:
    judged = [row for section in sections for row in section.rows if row.met is not None]
    met = sum(1 for row in judged if row.met)
    return f"{met} of {len(judged)} targets met."


def document(
    sections: list[Section], *, machine_lines: list[str], seconds: float, command: str
) -> str:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `{command}` on {stamp} in {seconds:.0f} s; re-run it to refresh this file. "
        "Ratios compare contestants measured in the same run against the same loopback server; "
        "see `bench/README.md` for the method.",
        "",
        "## Machine",
        "",
        *machine_lines,
        "",
        "## Versions",
        "",
        *versions(),
        "",
        "## Results",
        "",
        *table(sections),
        "",
        summary(sections),
        "",
        "## Details",
    ]
    for section in sections:
        lines += ["", f"### {section.number}. {section.title}", "", *section.details]
    lines += ["", "## What remains", ""]
    remaining = [s for s in sections if any(row.met is False for row in s.rows)]
    if not remaining:
        lines.append("Every target was met in this run.")
    for section in remaining:
        missed = [row for row in section.rows if row.met is False]
        names = "; ".join(f"{row.compared} {row.target}" for row in missed)
        lines += [f"### {section.number}. {section.title}: missed ({names})", ""]
        lines += section.remains or ["No cause is recorded for this miss yet: profile it."]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text("utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown model"


def _commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "facade", "generated")
    return commit + (" with uncommitted changes in facade/ or generated/" if dirty else "")
