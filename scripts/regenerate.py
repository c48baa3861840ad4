"""Regenerate the clients in ``generated/`` from the specs in ``specs/``.

    python scripts/regenerate.py                      # every API: record spec changes, regenerate
    python scripts/regenerate.py --check              # fail if generated/ or the lock has drifted
    python scripts/regenerate.py --api envoice --source https://host/openapi.yaml
                                                      # import a vendor document (new API or update)
    ... --source local/copy.yaml --source-url https://host/openapi.yaml
                                                      # the same from a local copy of that URL
    python scripts/regenerate.py --api envoice        # re-import from the source in the lock
    ... --allow-breaking                              # accept breaking changes
    ... --strict                                      # refuse a document that needs repairs

A spec change (a new vendor document, or an edit to a spec written here) is compared with the
version recorded in ``specs/lock.json``; the changes go to ``specs/CHANGELOG.md`` and breaking
ones are refused unless ``--allow-breaking`` is given. An imported document is repaired where
it needs to be (``scripts/pipeline/repairs/``); every repair goes to
``specs/NAME/repairs.json`` and to the changelog entry. Every client is generated into a scratch
folder and compared with its document (``scripts/pipeline/completeness.py``) before anything is
written: an operation or response that would be missing fails the run with its JSON pointer.
Output is deterministic: the same specs and the pinned generators give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as a file: make ``scripts.pipeline`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openapi_spec_validator import validate as validate_spec

from scripts.pipeline import completeness, documents, generate, normalise, surface, typed, versions
from scripts.pipeline.documents import Api, Document, PipelineError
from scripts.pipeline.repairs import RepairLog
from scripts.pipeline.repairs.walk import join

NEW_API_FACADE_COMMENT = """\
# How the facade exposes this API (scripts/pipeline/typed.py writes facade/resources/ from it).
# Written on import from the spec's tags and security schemes: rename resources and verbs, and
# pick the auth scheme (key_secret_token, bearer, api_key_headers or none), then regenerate.
"""


class BreakingChangeRefused(PipelineError):
    pass


@dataclass
class Recorded:
    """The outcome of reading one API's spec: what to generate from, and what to write."""

    spec: Document
    imported: bytes | None = None  # a freshly normalised vendor spec for specs/NAME/openapi.yaml
    changelog: str | None = None  # the changelog entry for a recorded change
    report: dict[str, Any] | None = None  # the repair report of an import (specs/NAME/repairs.json)


@dataclass
class Outcome:
    """What happened to one API, printed as its progress line."""

    api: Api
    operations: int = 0
    recorded: str = "spec unchanged"
    client: str = ""
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    packages: list[str] = field(default_factory=list)
    completeness: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        status = "FAIL" if self.problems else "ok"
        text = (
            f"{status:4} {self.api.name:20} {self.operations:3} operations  "
            f"{self.recorded}; {self.client} ({self.seconds:.1f} s)"
        )
        return "\n".join([text, *(f"       - {problem}" for problem in self.problems)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="verify generated/ and the lock; write nothing"
    )
    parser.add_argument("--api", help="work on this API only (a folder name under specs/)")
    parser.add_argument("--source", help="vendor document to import for --api (path or URL)")
    parser.add_argument(
        "--source-url",
        help="the public URL of a local --source document: recorded in specs/lock.json instead "
        "of the path (required when the path is outside the project)",
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="accept breaking spec changes"
    )
    parser.add_argument(
        "--strict", action="store_true", help="refuse a vendor document that needs any repair"
    )
    args = parser.parse_args(argv)
    if args.source and not args.api:
        parser.error("--source needs --api NAME")
    if args.check and args.source:
        parser.error("--check does not import; drop --source")
    if args.source_url and not args.source:
        parser.error("--source-url names where a local --source document came from; add --source")
    try:
        recorded_as = _recorded_as(args.source, args.source_url) if args.source else None
        generate.require_generators()
        apis = _select(args.api, importing=bool(args.source))
        if args.check:
            return _check(apis)
        return _regenerate(
            apis,
            source=args.source,
            recorded_as=recorded_as,
            reimport=args.api is not None,
            allow_breaking=args.allow_breaking,
            strict=args.strict,
        )
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _select(name: str | None, *, importing: bool) -> list[Api]:
    apis = documents.discover_apis()
    if name is None:
        return apis
    if not name.isidentifier() or name != name.lower():
        raise PipelineError(f"API names are lowercase identifiers (got {name!r})")
    api = Api(name)
    if api not in apis and not importing:
        known = ", ".join(a.name for a in apis) or "none"
        raise PipelineError(
            f"no spec for {name!r} in specs/ (known: {known}); add one with --source"
        )
    return [api]


# --- regenerate -----------------------------------------------------------------------------


def _regenerate(
    apis: list[Api],
    *,
    source: str | None,
    recorded_as: str | None,
    reimport: bool,
    allow_breaking: bool,
    strict: bool = False,
) -> int:
    """``reimport``: without ``source``, re-read a vendor document from the source in the lock
    (only when an API was named: a plain run never downloads)."""
    lock = versions.load_lock()
    tools = generate.generator_versions()
    records = []
    for api in apis:
        started = time.perf_counter()
        outcome = Outcome(api)
        import_from = source or (_recorded_source(api, lock) if reimport else None)
        record = _record(
            api,
            lock,
            tools,
            outcome,
            import_from,
            recorded_as or import_from,
            allow_breaking,
            strict,
        )
        outcome.seconds = time.perf_counter() - started
        records.append((outcome, record))

    with tempfile.TemporaryDirectory(prefix="regen-") as tmp:
        # Every client is generated and checked before anything is written, so a failure
        # (a refusal above, or a gap found here) leaves specs/ and generated/ as they were.
        with ThreadPoolExecutor(max_workers=3) as pool:
            built = list(pool.map(lambda item: build(item[0], item[1].spec, Path(tmp)), records))
        for outcome in built:
            print(outcome.line(), flush=True)
        if any(outcome.problems for outcome in built):
            print("nothing was written: every operation and response must reach the client.")
            return 2
        for outcome, record in records:
            api = outcome.api
            if record.imported is not None:
                _write_new_api_files(api, record.spec)
                api.spec_path.write_bytes(record.imported)
            if record.report is not None:
                record.report["client"] = outcome.completeness
                _write_report(api, record.report)
            if record.changelog is not None:
                versions.append_changelog(record.changelog)
        versions.save_lock(lock)
        for outcome in built:
            for path in outcome.packages:
                target = documents.ROOT / path
                fresh = Path(tmp, outcome.api.name, path)
                if not target.exists() or generate.tree_differences(fresh, target):
                    generate.install_tree(fresh, target)
    return 0


def build(outcome: Outcome, spec: Document, scratch: Path) -> Outcome:
    """Generate ``outcome.api``'s client into ``scratch/NAME/``, compare it with ``spec`` and
    import every module of it; what is missing goes to ``outcome.problems``."""
    started = time.perf_counter()
    target = scratch / outcome.api.name
    target.mkdir(parents=True, exist_ok=True)
    try:
        outcome.packages = generate.generate_api(outcome.api, spec, target)
    except PipelineError as error:
        outcome.problems.append(str(error))
        outcome.client = "client not generated"
        outcome.seconds += time.perf_counter() - started
        return outcome
    result = completeness.check_package(spec, target / "generated" / outcome.api.package)
    surface = target / "facade" / "resources" / f"{outcome.api.name}.py"
    completeness.check_imports(result, spec, target / "generated", outcome.api.package, surface)
    outcome.completeness = {k: v for k, v in result.as_dict().items() if k != "gaps"}
    if result.gaps:
        outcome.problems.append(
            f"{len(result.gaps)} parts of the document did not reach the client "
            "(JSON pointer: reason):"
        )
        outcome.problems += [gap.line() for gap in result.gaps[:40]]
        if len(result.gaps) > 40:
            outcome.problems.append(f"... and {len(result.gaps) - 40} more")
    changed = []
    for path in outcome.packages:
        existing = documents.ROOT / path
        differences = (
            generate.tree_differences(target / path, existing) if existing.exists() else ["new"]
        )
        if differences:
            what = "new" if differences == ["new"] else f"{len(differences)} files"
            changed.append(f"{path} rewritten ({what})")
    outcome.client = "; ".join(changed) or "client up to date"
    outcome.client += (
        f"; {result.generated}/{result.operations} operations, "
        f"{result.responses_kept}/{result.responses} responses"
    )
    outcome.seconds += time.perf_counter() - started
    return outcome


def _write_report(api: Api, report: dict[str, Any]) -> None:
    api.folder.mkdir(parents=True, exist_ok=True)
    api.repairs_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _recorded_source(api: Api, lock: versions.Lock) -> str | None:
    """The vendor document recorded for ``api``, when it can still be read from here."""
    source = lock["apis"].get(api.name, {}).get("upstream", {}).get("source")
    if not source or source == versions.AUTHORED:
        return None
    if source.startswith(("http://", "https://")) or (documents.ROOT / source).is_file():
        return source if "://" in source else str(documents.ROOT / source)
    return None  # e.g. reference data that is not on this machine: keep the committed spec


def _record(
    api: Api,
    lock: versions.Lock,
    tools: dict[str, str],
    outcome: Outcome,
    source: str | None,
    recorded_as: str | None,
    allow_breaking: bool,
    strict: bool = False,
) -> Recorded:
    """Import (when ``source`` is given) or re-read the spec, and work out what to record: the
    lock entry is updated in ``lock``; files are left to the caller."""
    upstream_bytes = upstream_version = None
    previous: Document | None
    repairs: RepairLog | None = None
    vendor: Document = {}
    if source:
        upstream_bytes, vendor = documents.read_source(source)
        upstream_version = str(vendor.get("info", {}).get("version", ""))
        overlay = documents.load_yaml(api.overlay_path) if api.overlay_path.exists() else None
        repairs = RepairLog()
        spec = normalise.normalise(vendor, overlay, log=repairs, strict=strict)
        spec_bytes = documents.dump_yaml(spec).encode("utf-8")
        previous = (
            documents.parse_document(api.spec_path.read_text("utf-8"))
            if api.spec_path.exists()
            else None
        )
    else:
        spec_bytes = api.spec_path.read_bytes()
        spec = documents.parse_document(spec_bytes.decode("utf-8"))
        previous = versions.recorded_spec(api, lock)
    validate(api, spec)
    outcome.operations = len(surface.surface(spec))

    old = lock["apis"].get(api.name)
    entry = versions.lock_entry(
        spec_bytes=spec_bytes,
        spec=spec,
        generators=tools,
        upstream_source=recorded_as if source else (old or {}).get("upstream", {}).get("source"),
        upstream_bytes=upstream_bytes,
        upstream_version=upstream_version,
    )
    if old and not source and old["upstream"]["source"] != versions.AUTHORED:
        entry["upstream"] = old["upstream"]  # a vendor spec re-read from disk keeps its upstream
    report = (
        versions.repair_report(api, entry, repairs, document=vendor)
        if source and repairs is not None
        else None
    )
    same_spec = bool(old) and old["spec"] == entry["spec"] and old["upstream"] == entry["upstream"]
    if same_spec:
        if old["generators"] != tools:
            old["generators"] = tools
            outcome.recorded = "generator versions updated in the lock"
        if repairs is not None:
            outcome.recorded += f"; {len(repairs)} repairs"
        return Recorded(spec, report=report)

    changes = surface.diff(surface.surface(previous), surface.surface(spec)) if previous else None
    if previous is None and old and not allow_breaking:
        raise BreakingChangeRefused(
            f"{api.name}: the spec recorded in specs/lock.json is not in git (was it committed?), "
            "so breaking changes cannot be checked. Commit specs/ after each regeneration, or "
            "rerun with --allow-breaking to record this version without a comparison."
        )
    breaking = [change for change in changes or [] if change.breaking]
    if breaking and not allow_breaking:
        listing = "\n".join(change.line() for change in breaking)
        raise BreakingChangeRefused(
            f"{api.name}: {len(breaking)} breaking changes; nothing was written. Review them and "
            f"rerun with --allow-breaking to accept:\n{listing}"
        )
    lock["apis"][api.name] = entry
    if changes is not None:
        count = f"{len(changes)} changes, {len(breaking)} breaking"
    else:
        count = "not compared: no earlier version" if old else "first version"
    if repairs is not None:
        count += f"; {len(repairs)} repairs"
    outcome.recorded = f"spec recorded ({count})"
    return Recorded(
        spec,
        imported=spec_bytes if source else None,
        changelog=versions.changelog_entry(
            api,
            entry,
            changes,
            outcome.operations,
            compared=previous is not None or not old,
            repairs=repairs,
        ),
        report=report,
    )


def _recorded_as(source: str, url: str | None) -> str:
    """What the lock records as the upstream source of ``--source``: a URL as given; a local
    copy by its public URL (``--source-url``), else by its path relative to the project root
    (the same on every clone). A path outside the project is refused: no one else has it."""
    if url is not None:
        if "://" in source:
            raise PipelineError("--source is already a URL; --source-url is for a local copy")
        if not url.startswith(("https://", "http://")):
            raise PipelineError(f"--source-url must be an http(s) URL (got {url!r})")
        return url
    if "://" in source:
        return source
    path = Path(source).resolve()
    if not path.is_relative_to(documents.ROOT):
        raise PipelineError(
            f"--source {source} is outside the project, and specs/lock.json must not record a "
            "path that no one else has: add --source-url with the document's public URL"
        )
    return path.relative_to(documents.ROOT).as_posix()


def _write_new_api_files(api: Api, spec: Document) -> None:
    """A new API's generator.yaml: the generator settings, and a facade section (resources,
    auth from the spec's security schemes) for the user to review and edit."""
    api.folder.mkdir(parents=True, exist_ok=True)
    if api.generator_config.exists():
        return
    with tempfile.TemporaryDirectory(prefix=f"new-{api.name}-") as tmp:
        section = typed.default_facade_section_for(
            api, spec, generate.generator_config(api, spec, Path(tmp))
        )
    api.generator_config.write_text(
        generate.new_api_config(api)
        + NEW_API_FACADE_COMMENT
        + yaml.safe_dump({"facade": section}, sort_keys=False, width=100),
        "utf-8",
    )


def validate(api: Api, spec: Document) -> None:
    try:
        validate_spec(spec)
    except Exception as error:  # the validator raises several unrelated exception types
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        path = list(getattr(error, "absolute_path", None) or [])
        where = f" at {join('', *path)}" if path else ""
        raise PipelineError(
            f"{api.name}: the spec is not valid OpenAPI{where}: {first_line}"
        ) from None
    if not str(spec.get("openapi", "")).startswith("3.1"):
        raise PipelineError(
            f"{api.name}: specs/ holds OpenAPI 3.1 documents (got {spec.get('openapi')})"
        )


# --- check ----------------------------------------------------------------------------------


def _check(apis: list[Api]) -> int:
    lock = versions.load_lock()
    tools = generate.generator_versions()

    def check(api: Api) -> Outcome:
        started = time.perf_counter()
        outcome = Outcome(api, recorded="spec matches the lock")
        spec_bytes = api.spec_path.read_bytes()
        spec = documents.parse_document(spec_bytes.decode("utf-8"))
        try:
            validate(api, spec)
        except PipelineError as error:
            outcome.problems.append(str(error))
        outcome.operations = len(surface.surface(spec))
        entry = lock["apis"].get(api.name)
        if entry is None:
            outcome.problems.append(
                "not in specs/lock.json: run scripts/regenerate.py to record it"
            )
        elif entry["spec"]["sha256"] != documents.sha256_bytes(spec_bytes):
            outcome.problems.append(
                "the spec changed since the lock was written: run scripts/regenerate.py"
            )
        with tempfile.TemporaryDirectory(prefix=f"check-{api.name}-") as tmp:
            try:
                written = generate.generate_api(api, spec, Path(tmp))
            except PipelineError as error:
                outcome.problems.append(str(error))
                written = []
            differences = []
            for path in written:
                target = documents.ROOT / path
                if not target.exists():
                    differences.append(f"missing: {path}")
                    continue
                differences += generate.tree_differences(Path(tmp, path), target, prefix=f"{path}/")
            if written:
                result = completeness.check_package(spec, Path(tmp, "generated", api.package))
                completeness.check_imports(
                    result,
                    spec,
                    Path(tmp, "generated"),
                    api.package,
                    Path(tmp, "facade", "resources", f"{api.name}.py"),
                )
                outcome.problems += [f"not in the client: {gap.line()}" for gap in result.gaps]
        if differences:
            shown = differences[:8] + (
                [f"... and {len(differences) - 8} more"] if len(differences) > 8 else []
            )
            outcome.problems += ["the generated files are not what the spec produces:", *shown]
            if entry and entry["generators"] != tools:
                outcome.problems.append(
                    f"note: the lock was written with {entry['generators']}, "
                    f"this machine has {tools}"
                )
        outcome.client = "generated/ matches" if not differences else "generated/ drifted"
        outcome.seconds = time.perf_counter() - started
        return outcome

    with ThreadPoolExecutor(max_workers=3) as pool:
        outcomes = list(pool.map(check, apis))
    for outcome in outcomes:
        print(outcome.line(), flush=True)
    failed = [o.api.name for o in outcomes if o.problems]
    if failed:
        print(
            f"--check failed for {', '.join(failed)}: "
            "run `python scripts/regenerate.py` and commit the result."
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
