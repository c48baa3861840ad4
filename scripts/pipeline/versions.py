"""Version tracking: ``specs/lock.json`` and ``specs/CHANGELOG.md``.

The lock holds, per API: where the vendor document came from, its ``info.version`` and
sha256, the sha256 of our spec, the generator versions and the date of the last change. The
changelog gets one entry per recorded change, listing what was added, removed or changed.
"""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path
from typing import Any

from .documents import ROOT, SPECS, Api, Document, parse_document, sha256_bytes
from .repairs import KINDS, RepairLog
from .surface import Change

LOCK_PATH = SPECS / "lock.json"
CHANGELOG_PATH = SPECS / "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Spec changelog\n\n"
    "Written by `scripts/regenerate.py`: one entry each time a spec in `specs/` changes, oldest\n"
    "first. Breaking changes (removed operation or field, new required field, narrowed type or\n"
    "enum) are marked and are refused unless `--allow-breaking` is given. An imported vendor\n"
    "document lists the repairs the pipeline made to it, by kind, with their JSON pointers (the\n"
    "full list is in `specs/NAME/repairs.json` of the same commit).\n"
)
REPAIRS_SHOWN_PER_KIND = 10
AUTHORED = "authored in this repository"

Lock = dict[str, Any]


def load_lock() -> Lock:
    if not LOCK_PATH.exists():
        return {"apis": {}}
    data: Lock = json.loads(LOCK_PATH.read_text(encoding="utf-8"))
    data.setdefault("apis", {})
    return data


def save_lock(lock: Lock) -> None:
    LOCK_PATH.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def today() -> str:
    # SOURCE_DATE_EPOCH lets tests and reproducible builds pin the date.
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
        if epoch
        else datetime.datetime.now(tz=datetime.UTC)
    )
    return moment.date().isoformat()


def lock_entry(
    *,
    spec_bytes: bytes,
    spec: Document,
    generators: dict[str, str],
    upstream_source: str | None,
    upstream_bytes: bytes | None,
    upstream_version: str | None,
) -> dict[str, Any]:
    """A fresh lock entry. A spec written by hand is its own upstream."""
    return {
        "upstream": {
            "source": upstream_source or AUTHORED,
            "version": str(upstream_version or spec.get("info", {}).get("version", "")),
            "sha256": sha256_bytes(upstream_bytes if upstream_bytes is not None else spec_bytes),
        },
        "spec": {"sha256": sha256_bytes(spec_bytes)},
        "generators": generators,
        "date": today(),
    }


def recorded_spec(api: Api, lock: Lock) -> Document | None:
    """The spec as it was when the lock was last written, found in git history by its sha256.

    Returns None when nothing is recorded or git does not have that version (for instance in
    an unpacked source archive); the caller then treats the spec as new.
    """
    wanted = lock["apis"].get(api.name, {}).get("spec", {}).get("sha256")
    if not wanted:
        return None
    relative = api.spec_path.relative_to(ROOT).as_posix()
    for revision in [":", *(f"{c}:" for c in _recent_commits(relative))]:
        blob = _git(["show", f"{revision}{relative}"])
        if blob is not None and sha256_bytes(blob) == wanted:
            return parse_document(blob.decode("utf-8"))
    return None


def _recent_commits(relative: str, limit: int = 200) -> list[str]:
    output = _git(["log", f"-{limit}", "--format=%H", "--", relative])
    return output.decode().split() if output else []


def _git(args: list[str]) -> bytes | None:
    try:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)
    except FileNotFoundError:
        return None
    return result.stdout if result.returncode == 0 else None


def changelog_entry(
    api: Api,
    entry: dict[str, Any],
    changes: list[Change] | None,
    operations: int,
    *,
    compared: bool = True,
    repairs: RepairLog | None = None,
) -> str:
    upstream = entry["upstream"]
    title = f"## {entry['date']} - {api.name} (upstream {upstream['version'] or 'unversioned'})"
    lines = [
        title,
        "",
        f"Source: {upstream['source']}; upstream sha256 `{upstream['sha256'][:16]}`, "
        f"spec sha256 `{entry['spec']['sha256'][:16]}`.",
        "",
    ]
    if changes is None and not compared:
        lines.append(
            f"{operations} operations. Not compared with the previous version, which was not "
            "in git (recorded with --allow-breaking)."
        )
    elif changes is None:
        lines.append(f"First recorded version: {operations} operations.")
    elif not changes:
        lines.append("No change to operations or fields (descriptions or metadata only).")
    else:
        breaking = sum(change.breaking for change in changes)
        lines.append(f"{len(changes)} changes, {breaking} breaking:")
        lines.append("")
        lines += [change.line() for change in changes]
    if repairs is not None:
        lines += ["", *repair_lines(api, repairs)]
    return "\n".join(lines) + "\n"


def repair_lines(api: Api, repairs: RepairLog) -> list[str]:
    """The changelog's account of the repairs made to an imported document."""
    if not repairs:
        return ["No repairs: the document was imported as published."]
    lines = [
        f"{len(repairs)} repairs to the vendor document (all of them in "
        f"`specs/{api.name}/repairs.json`):",
        "",
    ]
    for kind, count in repairs.counts().items():
        lines.append(f"- {kind} ({count}): {KINDS[kind]}")
        listed = [repair for repair in repairs if repair.kind == kind]
        for repair in listed[:REPAIRS_SHOWN_PER_KIND]:
            lines.append(f"  - `{repair.pointer or '/'}`: {repair.reason}")
        if len(listed) > REPAIRS_SHOWN_PER_KIND:
            lines.append(f"  - ... and {len(listed) - REPAIRS_SHOWN_PER_KIND} more")
    return lines


def repair_report(
    api: Api, entry: dict[str, Any], repairs: RepairLog, *, document: Document
) -> dict[str, Any]:
    """``specs/NAME/repairs.json``: what was imported, every repair, and (added once the client
    is built) what reached the client. Deterministic: no dates, no timings."""
    from .completeness import document_counts

    operations, responses = document_counts(document)
    upstream = dict(entry["upstream"])
    if "://" not in str(upstream.get("source")):
        upstream.pop("source")  # a path on the importing machine means nothing elsewhere
    return {
        "api": api.name,
        "upstream": upstream,
        "document": {"operations": operations, "responses": responses},
        "repairs": {
            "total": len(repairs),
            "by_kind": repairs.counts(),
            "list": [repair.as_dict() for repair in repairs],
        },
    }


def append_changelog(text: str, path: Path = CHANGELOG_PATH) -> None:
    existing = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEADER
    path.write_text(existing.rstrip("\n") + "\n\n" + text, encoding="utf-8")
