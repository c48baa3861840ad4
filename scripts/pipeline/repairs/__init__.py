"""Repairs for real-world OpenAPI documents, and the record of every repair made.

Public vendor documents are rarely what a strict validator or openapi-python-client accepts:
integer status codes from YAML, binary downloads, enums whose members collide as Python names,
names that are not identifiers, references that point nowhere. ``repair_document`` mends what
can be mended, in place, and writes each change to a ``RepairLog`` as a ``Repair``: the kind
(one of ``KINDS``), the RFC 6901 JSON pointer of the place in the document, and the reason.
Nothing is changed without a record; ``--strict`` refuses every repair.

A repair changes the vendor's document. Three things are not repairs and are not recorded:
converting Swagger 2.0 to OpenAPI 3.0 (swagger2openapi), translating OpenAPI 3.0 keywords to
3.1 (``nullable: true`` beside a type, boolean exclusive bounds), and dropping the vendor's
prose. Reading a binary or text media type as bytes or text is generator configuration
(``media.content_type_overrides``), not a change to the document, and is not recorded either.

The steps, in the order ``repair_document`` runs them (each module says why):

* ``references`` - dangling and external ``$ref``s, ``$ref`` with sibling keywords, reference
  cycles the generator cannot build;
* ``structure``  - status-code keys, leftover ``nullable``, invalid ``type`` names, path
  parameters, parameters given by ``content``, duplicates, names that are not identifiers;
* ``media``      - choosing one media type per body, wildcard and invalid media-type keys, the
  schemas of binary and text bodies;
* ``enums``      - mixed types, values of the wrong type, member names that collide;
* ``values``     - defaults that their own schema rejects, patterns Python cannot read;
* ``generator``  - what openapi-python-client itself reports afterwards (in ``fit``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from ..documents import PipelineError

# Every kind of repair, with what it means. The report, the changelog and the README use these.
KINDS: dict[str, str] = {
    "malformed": (
        "null for an optional list or mapping, a boolean schema (true/false), one schema "
        "where a list of them belongs, or a discriminator with fields it does not have"
    ),
    "status-code": "a response key that is not an HTTP status string (YAML integer, 2xx)",
    "dangling-ref": "a local $ref that points at nothing",
    "external-ref": "a $ref to another document, which the pipeline does not fetch",
    "ref-siblings": "keywords beside a $ref (ignored by OpenAPI 3.0, kept by 3.1)",
    "circular-ref": "a reference cycle the generator cannot build (no object property on it)",
    "nullable": "nullable where OpenAPI 3.1 has no such keyword, or beside $ref/allOf",
    "nullable-component": "a reusable object schema that also allows null",
    "type-name": "a type name JSON Schema does not define (file, int, ...)",
    "array-items": "an array schema without items, which the generator refuses (any items)",
    "path-parameter": "path template and path parameters disagree",
    "parameter": "a parameter the generator cannot take as declared",
    "duplicate-parameter": "the same parameter declared twice",
    "operation-id-missing": "an operation without operationId",
    "operation-id-duplicate": "operationIds that are equal, or equal as Python module names",
    "credential-header": "credentials declared as header parameters beside a security scheme",
    "component-name": "a component name that is not allowed in OpenAPI (spaces, symbols)",
    "security-scheme-name": "a security scheme name that is not allowed (spaces, symbols)",
    "media-type-choice": "several media types for one body: one is kept (JSON first)",
    "media-type-key": "a content key that is not a concrete media type (*/*, form-data)",
    "body-schema": "the schema of a binary or text body replaced by bytes or a string",
    "no-content-body": "a body declared on a 204, 205 or 304 response",
    "enum-values": "enum values of another type than the schema's, duplicates, or unsupported",
    "enum-mixed-types": "one enum mixing strings, numbers and booleans",
    "enum-member-names": "enum values that collide or vanish as Python member names",
    "invalid-default": "a default value that its own schema rejects",
    "pattern": "a pattern in a regex dialect Python cannot read (Java's \\p{...} classes)",
    "allof": "an allOf the generator cannot merge (non-objects, conflicting members)",
    "required-name": "a required name that neither an allOf schema nor its members define",
    "hoisted-schema": "an inline schema the generator builds twice, moved to components",
    "generator": "a schema openapi-python-client could not build, simplified (reason given)",
}


@dataclass(frozen=True)
class Repair:
    kind: str
    pointer: str  # RFC 6901, into the document as read (Swagger 2.0: as converted, except for
    # the references mended before conversion); after a rename, into the renamed place
    reason: str  # what was wrong, and what was done about it

    def line(self) -> str:
        return f"{self.kind} at {self.pointer or '/'}: {self.reason}"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


class RepairLog:
    """The repairs made while normalising one document, in the order they were made."""

    def __init__(self) -> None:
        self.repairs: list[Repair] = []

    def add(self, kind: str, pointer: str, reason: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown repair kind {kind!r}")
        self.repairs.append(Repair(kind, pointer, reason))

    def counts(self) -> dict[str, int]:
        """Repairs per kind, in the order of ``KINDS``."""
        counted = Counter(repair.kind for repair in self.repairs)
        return {kind: counted[kind] for kind in KINDS if counted[kind]}

    def __len__(self) -> int:
        return len(self.repairs)

    def __iter__(self) -> Iterator[Repair]:
        return iter(self.repairs)

    def __bool__(self) -> bool:
        return bool(self.repairs)


class RepairsRefused(PipelineError):
    """``--strict``: the document needs repairs, and none may be made."""

    def __init__(self, log: RepairLog, limit: int = 40) -> None:
        shown = [f"  - {repair.line()}" for repair in log.repairs[:limit]]
        if len(log) > limit:
            shown.append(f"  ... and {len(log) - limit} more")
        summary = ", ".join(f"{count} {kind}" for kind, count in log.counts().items())
        super().__init__(
            f"--strict: the document needs {len(log)} repairs ({summary}); none was made:\n"
            + "\n".join(shown)
        )


def repair_document(doc: dict[str, Any], log: RepairLog, *, version: str) -> None:
    """Every document-level repair, in place. ``doc`` is OpenAPI 3.1 by now (converted and
    stripped of prose); ``version`` is the version it was written in."""
    from . import allof, enums, media, references, structure, values

    references.repair_dangling(doc, log)
    references.inline_deep_references(doc, log)
    references.inline_aliases(doc, log)
    if version.startswith("3.0"):
        references.drop_ref_siblings(doc, log)
    references.drop_reference_object_siblings(doc, log)
    structure.repair(doc, log, version=version)
    references.break_cycles(doc, log)
    media.repair(doc, log)
    allof.repair(doc, log)
    enums.repair(doc, log)
    values.repair(doc, log)
