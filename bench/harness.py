"""What every benchmark shares: the canned payloads and server, timing, and result rows."""

from __future__ import annotations

import cProfile
import gc
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SERVER_START_TIMEOUT = 30.0


@dataclass
class Row:
    """One line of the results table: a measured ratio (or count) against its target."""

    number: int
    name: str
    compared: str  # what was compared, e.g. "facade / bare generated client"
    result: str  # absolute numbers behind the ratio
    ratio: float | None  # None for rows that are counts or checks, not ratios
    target: str
    met: bool | None  # None: informative only (no target)
    unit: str = "x"  # printed after the ratio


@dataclass
class Section:
    """The outcome of one benchmark: its rows, details for RESULTS.md, and what a miss means."""

    number: int
    title: str
    rows: list[Row] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    remains: list[str] = field(default_factory=list)  # causes and fixes, for missed targets


@dataclass(frozen=True)
class Payloads:
    """Bodies captured from the sandbox (validated against the spec there)."""

    directory: Path
    organization_id: str
    invoice_id: str
    token: str
    invoice_page_bytes: int
    invoice_page_items: int


@contextmanager
def canned_server(payloads: Payloads) -> Iterator[str]:
    """Start ``bench/server.py`` in its own process; yields its base URL (no path)."""
    process = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py"), str(payloads.directory)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("port "):
            raise RuntimeError(f"the canned server did not start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=SERVER_START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def interleaved(
    contestants: dict[str, Callable[[], object]], *, rounds: int, batch: int
) -> dict[str, list[float]]:
    """Seconds per call of each contestant: ``rounds`` samples of ``batch`` calls each.

    Contestants take turns within each round, in a rotating order, so drift on a shared machine
    (other jobs, CPU frequency) spreads over all of them instead of favouring one.
    """
    names = list(contestants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            call = contestants[name]
            gc.collect()
            started = time.perf_counter()
            for _ in range(batch):
                call()
            samples[name].append((time.perf_counter() - started) / batch)
    return samples


async def interleaved_async(
    contestants: dict[str, Callable[[], Awaitable[float]]], *, rounds: int
) -> dict[str, list[float]]:
    """Like :func:`interleaved` for coroutines that time themselves and return a number."""
    names = list(contestants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            samples[name].append(await contestants[name]())
    return samples


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(numerator: list[float], denominator: list[float]) -> float:
    """The median of per-round ratios. Both lists come from :func:`interleaved`, so each pair
    was measured within the same round: drift of a shared machine between rounds cancels out,
    which a ratio of two medians does not do."""
    return statistics.median(n / d for n, d in zip(numerator, denominator, strict=True))


def spread(values: list[float]) -> str:
    """min..max of the samples, for judging the noise behind a median."""
    return f"{min(values) * 1e3:.3f}..{max(values) * 1e3:.3f} ms"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms"


def verdict(met: bool | None) -> str:
    return {True: "target met", False: "target MISSED", None: "info"}[met]


def profile_lines(run: Callable[[], object], *, top: int = 12) -> list[str]:
    """A cProfile of ``run``: the heaviest facade functions by cumulative time, then the
    heaviest functions anywhere by own time. For the "what remains" part of RESULTS.md."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
    return profile_report(profiler, top=top)


def profile_report(profiler: cProfile.Profile, *, top: int = 12) -> list[str]:
    """The two listings of :func:`profile_lines` from a finished profiler."""
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = [
        (cumulative, own, calls, _short(file), line, func)
        for (file, line, func), (_, calls, own, cumulative, _) in stats.items()
    ]
    ours = sorted((r for r in rows if r[3].startswith("facade/")), reverse=True)
    hottest = sorted(rows, key=lambda r: r[1], reverse=True)
    header = "cumulative s    own s    calls  function"
    lines = ["facade functions by cumulative time:", header]
    lines += [_profile_row(r) for r in ours[:top]]
    lines += ["", "all functions by own time:", header]
    lines += [_profile_row(r) for r in hottest[:top]]
    return lines


def _profile_row(row: tuple[float, float, int, str, int, str]) -> str:
    cumulative, own, calls, file, line, func = row
    return f"{cumulative:12.3f} {own:8.3f} {calls:8d}  {func} ({file}:{line})"


def _short(file: str) -> str:
    """A path relative to the project or to site-packages, for short profile lines."""
    for marker in (str(ROOT) + "/", "/site-packages/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file
