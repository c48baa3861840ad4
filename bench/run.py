"""Run every benchmark, print the results table and write bench/RESULTS.md.

    python bench/run.py              # the full run (a few minutes on 2 cores); writes RESULTS.md
    python bench/run.py --quick      # a smoke run with small sizes; writes nothing by default
    python bench/run.py --only 1,4   # some benchmarks; writes nothing unless --output is given

Exit status 0 means the run completed; a missed target is a finding, reported in the table and
in RESULTS.md ("What remains"), not a failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    # Run as a file: import as the ``bench`` package from the project root, and keep bench/
    # itself off sys.path so its module names cannot shadow the standard library.
    ROOT = Path(__file__).resolve().parents[1]
    sys.path[0] = str(ROOT)

from bench import (  # after the sys.path fix above
    auth_cost,
    cold_import,
    concurrency,
    pagination,
    payloads,
    regeneration,
    report,
    sequential,
)
from bench.harness import BENCH, Section, canned_server, verdict


@dataclass(frozen=True)
class Sizes:
    """How much work each benchmark does; the full run is sized for about 5 minutes on 2 cores."""

    sequential_rounds: int = 25
    sequential_batch: int = 40
    concurrent_requests: int = 1000
    concurrent_rounds: int = 3  # per variant (see concurrency.py)
    pagination_items: int = 100_000
    pagination_rounds: int = 4
    memory_sizes: tuple[int, int] = (10_000, 100_000)
    import_runs: int = 9
    auth_requests: int = 100
    regeneration_runs: int = 2


QUICK = Sizes(
    sequential_rounds=3,
    sequential_batch=10,
    concurrent_requests=200,
    concurrent_rounds=1,
    pagination_items=2_000,
    pagination_rounds=1,
    memory_sizes=(1_000, 2_000),
    import_runs=2,
    auth_requests=10,
    regeneration_runs=1,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", help="comma-separated benchmark numbers (1-6)")
    parser.add_argument("--output", type=Path, help="where to write the results (markdown)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else Sizes()
    chosen = {int(n) for n in args.only.split(",")} if args.only else set(range(1, 7))
    output = args.output
    if output is None and not args.quick and not args.only:
        output = BENCH / "RESULTS.md"

    started = time.perf_counter()
    machine_lines = report.machine()
    sections: list[Section] = []

    def done(section: Section) -> None:
        sections.append(section)
        print(f"  {section.number}. {section.title}: done", flush=True)

    if chosen & {1, 2, 3}:
        with tempfile.TemporaryDirectory(prefix="bench-payloads-") as tmp:
            print("capturing payloads from the sandbox ...", flush=True)
            captured = payloads.capture(Path(tmp))
            with canned_server(captured) as base:
                if 1 in chosen:
                    done(
                        sequential.run(
                            base,
                            captured,
                            rounds=sizes.sequential_rounds,
                            batch=sizes.sequential_batch,
                        )
                    )
                if 2 in chosen:
                    done(
                        concurrency.run(
                            base,
                            captured,
                            requests=sizes.concurrent_requests,
                            rounds=sizes.concurrent_rounds,
                        )
                    )
                if 3 in chosen:
                    done(
                        pagination.run(
                            base,
                            captured,
                            items=sizes.pagination_items,
                            memory_sizes=sizes.memory_sizes,
                            rounds=sizes.pagination_rounds,
                        )
                    )
    if 4 in chosen:
        done(cold_import.run(runs=sizes.import_runs))
    if 5 in chosen:
        done(auth_cost.run(requests=sizes.auth_requests))
    if 6 in chosen:
        done(regeneration.run(runs=sizes.regeneration_runs))

    seconds = time.perf_counter() - started
    print()
    print("\n".join(report.table(sections)))
    print()
    for section in sections:
        for row in section.rows:
            if row.met is not None:
                print(f"{verdict(row.met):13}  {row.number}. {row.name}: {row.compared}")
    print(report.summary(sections), f"({seconds:.0f} s)")
    if output is not None:
        command = "python bench/run.py" + (" --quick" if args.quick else "")
        command += f" --only {args.only}" if args.only else ""
        text = report.document(
            sections, machine_lines=machine_lines, seconds=seconds, command=command
        )
        report.write(output, text)
        print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
