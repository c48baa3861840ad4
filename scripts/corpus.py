"""Import every public vendor document of a corpus folder, as a user would, and write a table.

    python scripts/corpus.py CORPUS_DIR                # every document; writes scripts/CORPUS.md
    python scripts/corpus.py CORPUS_DIR --only mollie  # documents whose name contains these
    tox -e corpus -- CORPUS_DIR                        # the same, in its own environment

CORPUS_DIR (or the environment variable ``CORPUS_DIR``) holds unmodified vendor documents and a
``SOURCE.md`` that names, per file, the repository, path and commit it was copied from (or,
for a copy that is not in a repository, its URL as an autolink, ``<https://...>``). The
documents are read where they are and never copied into this repository; each one is imported
into a scratch folder (a temporary ``specs/`` and ``generated/``), through the same steps as
``scripts/regenerate.py --api NAME --source FILE``: repairs and normalisation, validation,
generation (a generator warning fails it), the completeness check against the document and an
import of every generated module.

The table (``--output``, default ``scripts/CORPUS.md``) gives per document: operations in the
document, operations generated, operations whose module imports, documented responses that
reach the client as documented, binary responses read as bytes, repairs applied, and the time
of the whole import. Documents are named by their public URL, never by a local path. The run
exits 1 when any document misses a target (100% of operations generated and importing, 100% of
documented responses kept, binary ones as bytes).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make ``scripts`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts import regenerate
from scripts.pipeline import completeness, documents, generate, normalise
from scripts.pipeline.documents import Api, PipelineError
from scripts.pipeline.repairs import RepairLog

OUTPUT = Path(__file__).resolve().parent / "CORPUS.md"
DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")
ONE_MEGABYTE = 1_000_000


@dataclass
class Row:
    file: str
    url: str
    size: int
    format: str = ""
    operations: int = 0
    generated: int = 0
    importing: int = 0
    responses: int = 0
    responses_kept: int = 0
    binary: int = 0
    binary_kept: int = 0
    repairs: RepairLog = field(default_factory=RepairLog)
    seconds: float = 0.0
    failure: str = ""

    @property
    def met(self) -> bool:
        return (
            not self.failure
            and self.generated == self.operations
            and self.importing == self.operations
            and self.responses_kept == self.responses
            and self.binary_kept == self.binary
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=os.environ.get("CORPUS_DIR"))
    parser.add_argument("--only", nargs="*", default=[], help="parts of file names to run")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="the table to write")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("give the corpus folder (or set CORPUS_DIR)")
    folder = Path(args.corpus)
    if not folder.is_dir():
        parser.error(f"not a folder: {folder}")
    generate.require_generators()
    sources = _sources(folder)
    files = sorted(
        path
        for path in folder.iterdir()
        if path.suffix in DOCUMENT_SUFFIXES
        and (not args.only or any(o in path.name for o in args.only))
    )
    rows = []
    for path in files:
        row = run_one(path, sources.get(path.name, ""))
        rows.append(row)
        print(_progress(row), flush=True)
    args.output.write_text(render(rows), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0 if all(row.met for row in rows) else 1


def _sources(folder: Path) -> dict[str, str]:
    """file name -> public URL (repository, commit and path, or the URL, from SOURCE.md)."""
    listing = folder / "SOURCE.md"
    if not listing.is_file():
        return {}
    urls = {}
    pattern = re.compile(
        r"^\|\s*`(?P<file>[^`]+)`.*?\[(?P<repo>[\w.-]+/[\w.-]+)\]\(https://github\.com/[^)]+\)"
        r"\s*·\s*`(?P<path>[^`]+)`\s*·\s*`(?P<commit>[0-9a-f]{7,40})`"
    )
    # A document that is not in a repository (a registry's copy) is named by its URL alone,
    # written as an autolink: | `file` | ... | <https://...> |
    plain = re.compile(r"^\|\s*`(?P<file>[^`]+)`.*?<(?P<url>https://[^>\s]+)>")
    for line in listing.read_text(encoding="utf-8").splitlines():
        match = pattern.match(line)
        if match:
            urls[match["file"]] = (
                f"https://github.com/{match['repo']}/blob/{match['commit']}/{match['path']}"
            )
        elif match := plain.match(line):
            urls[match["file"]] = match["url"]
    return urls


def run_one(path: Path, url: str) -> Row:
    """Import one document into a scratch copy; every step is timed together. A failure names
    no local path (the table names documents by URL): the scratch folder is written as such."""
    row = _import(path, url)
    scratch = re.escape(tempfile.gettempdir()) + r"/corpus_\w*?-\w+"
    row.failure = re.sub(scratch, "<scratch folder>", row.failure)
    return row


def _import(path: Path, url: str) -> Row:
    row = Row(path.name, url, path.stat().st_size)
    name = re.sub(r"\W+", "_", path.stem.split("-api")[0].split(".")[0]).strip("_").lower()
    name = f"corpus_{name}"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        api = Api(name, Path(tmp, "specs"))
        try:
            _, vendor = documents.read_source(str(path))
            row.format = _format(vendor)
            row.operations, row.responses = completeness.document_counts(vendor)
            spec = normalise.normalise(vendor, log=row.repairs)
            regenerate.validate(api, spec)
            outcome = regenerate.build(regenerate.Outcome(api), spec, Path(tmp, "generated"))
        except PipelineError as error:
            row.failure = _first_reason(str(error))
            row.seconds = time.perf_counter() - started
            return row
        except Exception as error:  # a bug in the pipeline: this document's row, not the run's end
            row.failure = f"the pipeline crashed: {type(error).__name__}: {error}"[:300]
            row.seconds = time.perf_counter() - started
            return row
        row.seconds = time.perf_counter() - started
    numbers = outcome.completeness
    row.generated = numbers.get("generated", 0)
    row.importing = numbers.get("importing") or 0
    # The client is compared with the repaired spec; the table compares with the document as
    # published, so a repair that lost an operation or a response would show here.
    row.responses_kept = numbers.get("responses_kept", 0)
    row.binary = numbers.get("binary_responses", 0)
    row.binary_kept = numbers.get("binary_responses_kept", 0)
    if outcome.problems:  # the cause comes first: the counts are missing after a failed build
        row.failure = _first_reason("\n".join(outcome.problems))
    elif numbers.get("operations") != row.operations or numbers.get("responses") != row.responses:
        row.failure = (
            f"the repaired spec has {numbers.get('operations')} operations and "
            f"{numbers.get('responses')} responses, the document {row.operations} and "
            f"{row.responses}"
        )
    return row


def _first_reason(message: str) -> str:
    """The first line of a failure, with the first item when that line only introduces a list
    (``... (JSON pointer: reason):``), so the table says what failed."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return "failed without a message"
    text = lines[0]
    if text.endswith(":") and len(lines) > 1:
        text = f"{text} {lines[1].removeprefix('- ')}"
    return text[:400]


def _format(vendor: dict[str, object]) -> str:
    if "swagger" in vendor:
        return f"Swagger {vendor['swagger']}"
    return f"OpenAPI {vendor.get('openapi')}"


def _progress(row: Row) -> str:
    status = "ok  " if row.met else "MISS"
    detail = f" - {row.failure}" if row.failure else ""
    return (
        f"{status} {row.file:45} {row.generated:4}/{row.operations:<4} ops "
        f"{row.responses_kept:5}/{row.responses:<5} responses {len(row.repairs):5} repairs "
        f"{row.seconds:6.1f} s{detail}"
    )


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def render(rows: list[Row]) -> str:
    from scripts.pipeline.repairs import KINDS

    tools = generate.generator_versions()
    lines = [
        "# Corpus run: public vendor documents through the regeneration pipeline",
        "",
        "Written by `python scripts/corpus.py CORPUS_DIR` (or `tox -e corpus -- CORPUS_DIR`) from",
        "the committed code; do not edit by hand. Each document, unmodified as its vendor",
        "publishes it (linked below at the commit it was taken from), was imported into a scratch",
        "folder exactly as `scripts/regenerate.py --api NAME --source FILE` imports it:",
        "repairs and normalisation, validation, generation (a generator warning fails it), the",
        "completeness check (`scripts/pipeline/completeness.py`) and an import of every generated",
        "module (the typed facade module included) in a fresh interpreter.",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
        + ", ".join(f"{name} {version}" for name, version in tools.items())
        + ". Documents ran one after another; time is the wall time of the whole import.",
        "",
        "| document | format | size | operations in the document | generated | importing "
        "| documented responses kept | binary responses kept (bytes/File) | repairs | time |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        name = f"[{row.file}]({row.url})" if row.url else row.file
        lines.append(
            f"| {name} | {row.format} | {row.size / ONE_MEGABYTE:.2f} MB | {row.operations} "
            f"| {_percent(row.generated, row.operations)} "
            f"| {_percent(row.importing, row.operations)} "
            f"| {_percent(row.responses_kept, row.responses)} "
            f"| {_percent(row.binary_kept, row.binary)} | {len(row.repairs)} "
            f"| {row.seconds:.1f} s |"
        )
    total = sum(row.operations for row in rows)
    lines += [
        f"| **{len(rows)} documents** | | {sum(r.size for r in rows) / ONE_MEGABYTE:.1f} MB "
        f"| {total} | {_percent(sum(r.generated for r in rows), total)} "
        f"| {_percent(sum(r.importing for r in rows), total)} "
        f"| {_percent(sum(r.responses_kept for r in rows), sum(r.responses for r in rows))} "
        f"| {_percent(sum(r.binary_kept for r in rows), sum(r.binary for r in rows))} "
        f"| {sum(len(r.repairs) for r in rows)} | {sum(r.seconds for r in rows):.0f} s |",
        "",
    ]
    met = [row for row in rows if row.met]
    big = [row for row in rows if row.size >= ONE_MEGABYTE]
    lines.append(
        f"Targets (100% of operations generated and importing, 100% of documented responses "
        f"kept, binary ones as bytes): met by {len(met)} of {len(rows)} documents."
    )
    if big:
        slowest = max(big, key=lambda row: row.seconds)
        lines.append(
            f"Documents of 1 MB or more: {len(big)}, the slowest imported in "
            f"{slowest.seconds:.1f} s ({slowest.file}, {slowest.size / ONE_MEGABYTE:.2f} MB); "
            f"target under 60 s on 2 cores: "
            f"{'met' if all(row.seconds < 60 for row in big) else 'NOT met'}."
        )
    failures = [row for row in rows if row.failure]
    if failures:
        lines += ["", "## Documents that missed a target", ""]
        lines += [f"- {row.file}: {row.failure}" for row in failures]
    lines += [
        "",
        "## Repairs by kind",
        "",
        "Every repair is recorded with its JSON pointer and reason in the import's",
        "`specs/NAME/repairs.json`; `scripts/pipeline/repairs/__init__.py` defines the kinds.",
        "",
        "| kind | what it repairs | " + " | ".join(_short(row.file) for row in rows) + " |",
        "|---|---|" + "---:|" * len(rows),
    ]
    for kind, meaning in KINDS.items():
        counts = [row.repairs.counts().get(kind, 0) for row in rows]
        if any(counts):
            lines.append(
                f"| {kind} | {meaning} | " + " | ".join(str(c) if c else "" for c in counts) + " |"
            )
    return "\n".join(lines) + "\n"


def _short(file: str) -> str:
    return file.split("-")[0]


if __name__ == "__main__":
    sys.exit(main())
