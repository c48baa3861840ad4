"""scripts/corpus.py on a corpus of our own test documents (CI does not depend on the real
corpus, which stays outside the repository)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import corpus
from tests.pipeline.conftest import SPECS_HERE

SOURCE_MD = (
    "# Test corpus\n\n"
    "| file | vendor | version | format | operations | bytes | source | licence |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| `media.yaml` | Ledgerly | `1.0` | OpenAPI 3.0.3 YAML | 18 | 1 "
    "| [ledgerly/specs](https://github.com/ledgerly/specs) · `api/files.yaml` · "
    "`0123456789abcdef0123456789abcdef01234567` (2026-01-01) | MIT |\n"
)


def test_the_corpus_run_imports_each_document_and_writes_the_table(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SPECS_HERE / "media.yaml", folder / "media.yaml")
    shutil.copy(SPECS_HERE / "enums.yaml", folder / "enums.yaml")
    (folder / "SOURCE.md").write_text(SOURCE_MD)
    output = tmp_path / "CORPUS.md"

    assert corpus.main([str(folder), "--output", str(output)]) == 0
    table = output.read_text()
    url = (
        "https://github.com/ledgerly/specs/blob/0123456789abcdef0123456789abcdef01234567/"
        "api/files.yaml"
    )
    assert f"| [media.yaml]({url}) | OpenAPI 3.0.3 |" in table
    assert "| 18 | 18/18 (100%) | 18/18 (100%) | 19/19 (100%) | 9/9 (100%) |" in table
    assert "| enums.yaml | OpenAPI 3.1.0 |" in table  # not in SOURCE.md: named, not linked
    assert "met by 2 of 2 documents" in table
    assert str(folder) not in table  # documents are named by URL, never by local path
    assert "| body-schema |" in table and "| enum-member-names |" in table


def test_a_document_that_misses_a_target_fails_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    document = yaml.safe_load((SPECS_HERE / "structure31.yaml").read_text())
    document["paths"]["/items"]["get"]["responses"]["success"] = {"description": "no status"}
    (folder / "broken.yaml").write_text(yaml.safe_dump(document))
    output = tmp_path / "CORPUS.md"
    assert corpus.main([str(folder), "--output", str(output)]) == 1
    table = output.read_text()
    assert "met by 0 of 1 documents" in table
    assert "- broken.yaml: openapi-python-client cannot build" in table


def test_a_crash_in_the_pipeline_is_one_documents_failure_not_the_runs_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SPECS_HERE / "media.yaml", folder / "a-media.yaml")
    shutil.copy(SPECS_HERE / "enums.yaml", folder / "b-enums.yaml")
    real = corpus.normalise.normalise

    def crashing(document: Any, **kwargs: Any) -> Any:
        if "Ledgerly files" in str(document.get("info")):
            raise KeyError("an operation the pipeline lost track of")
        return real(document, **kwargs)

    monkeypatch.setattr(corpus.normalise, "normalise", crashing)
    output = tmp_path / "CORPUS.md"
    assert corpus.main([str(folder), "--output", str(output)]) == 1
    table = output.read_text()
    assert "met by 1 of 2 documents" in table  # the other document still ran
    assert "the pipeline crashed: KeyError" in table


def test_a_build_that_fails_gives_its_reason_not_missing_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SPECS_HERE / "enums.yaml", folder / "enums.yaml")

    def failing(outcome: Any, spec: Any, scratch: Any) -> Any:
        outcome.problems.append(
            f"openapi-python-client for corpus_enums warned:\nruff failed in {scratch}/x.py"
        )
        return outcome  # nothing generated, so no completeness counts

    monkeypatch.setattr(corpus.regenerate, "build", failing)
    output = tmp_path / "CORPUS.md"
    assert corpus.main([str(folder), "--output", str(output)]) == 1
    table = output.read_text()
    assert (
        "- enums.yaml: openapi-python-client for corpus_enums warned: ruff failed in "
        "<scratch folder>/generated/x.py" in table
    )
    assert "None operations" not in table and tempfile.gettempdir() not in table
