"""scripts/regenerate.py end to end, in a throwaway copy of the project with its own git
history (the pipeline finds the recorded version of a spec in git)."""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.specs import FIXTURES, ROOT

COPIED = ("specs", "generated", "facade/resources", "docs/reference", "scripts", "pyproject.toml")
QUIRKY_URL = "https://vendor.example/quirky/openapi.yaml"
LEDGER_URL = "https://vendor.example/ledger/openapi.yaml"


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "scripts/regenerate.py", *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    def git(self, *args: str) -> None:
        subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def lock(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.root / "specs" / "lock.json").read_text())
        return data

    def changelog(self) -> str:
        return (self.root / "specs" / "CHANGELOG.md").read_text()

    def edit_yaml(self, relative: str, change: Any) -> None:
        path = self.root / relative
        data = yaml.safe_load(path.read_text())
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    space = Workspace(tmp_path)
    space.git("init", "-q")
    space.git("config", "user.email", "tests@example.invalid")
    space.git("config", "user.name", "tests")
    space.commit("copy of the project")
    return space


def test_check_passes_then_catches_a_hand_edit(workspace: Workspace) -> None:
    clean = workspace.run("--check", "--api", "fiskaly_management")
    assert clean.returncode == 0, clean.stdout + clean.stderr

    package = workspace.root / "generated" / "fiskaly_management_client"
    with (package / "client.py").open("a") as handle:
        handle.write("\n# a hand edit\n")
    (package / "stray.py").write_text("x = 1\n")
    drifted = workspace.run("--check", "--api", "fiskaly_management")
    assert drifted.returncode == 1
    assert "fiskaly_management_client/client.py" in drifted.stdout
    assert "fiskaly_management_client/stray.py" in drifted.stdout


def test_check_fails_when_a_spec_changed_without_being_recorded(workspace: Workspace) -> None:
    workspace.edit_yaml(
        "specs/fiskaly_management/openapi.yaml",
        lambda spec: spec["info"].update(description="Edited without running the pipeline."),
    )
    result = workspace.run("--check", "--api", "fiskaly_management")
    assert result.returncode == 1
    assert "the spec changed since the lock was written" in result.stdout


def test_regeneration_reproduces_the_committed_output_byte_for_byte(workspace: Workspace) -> None:
    target = workspace.root / "generated" / "fiskaly_management_client"
    shutil.rmtree(target)
    result = workspace.run("--api", "fiskaly_management")
    assert result.returncode == 0, result.stderr
    assert "spec unchanged" in result.stdout
    original = ROOT / "generated" / "fiskaly_management_client"
    comparison = filecmp.dircmp(original, target, ignore=["__pycache__"])
    assert not comparison.left_only and not comparison.right_only
    for path in original.rglob("*.py"):
        assert path.read_bytes() == (target / path.relative_to(original)).read_bytes(), path


def test_a_removed_field_is_breaking_and_refused_without_allow_breaking(
    workspace: Workspace,
) -> None:
    lock_before, changelog_before = workspace.lock(), workspace.changelog()
    workspace.edit_yaml(
        "specs/fiskaly_management/openapi.yaml",
        lambda spec: spec["components"]["schemas"]["Organization"]["properties"].pop(
            "display_name"
        ),
    )
    refused = workspace.run("--api", "fiskaly_management")
    assert refused.returncode == 2
    assert "breaking" in refused.stderr and "display_name" in refused.stderr
    assert workspace.lock() == lock_before and workspace.changelog() == changelog_before

    accepted = workspace.run("--api", "fiskaly_management", "--allow-breaking")
    assert accepted.returncode == 0, accepted.stderr
    entry = workspace.changelog()[len(changelog_before) :]
    assert "**BREAKING** removed `retrieveOrganization response.200.display_name`" in entry
    assert workspace.lock() != lock_before
    model = workspace.root / "generated/fiskaly_management_client/models/organization.py"
    assert "display_name" not in model.read_text()
    assert workspace.run("--check").returncode == 0


def test_a_new_required_request_field_is_breaking(workspace: Workspace) -> None:
    def require_display_name(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["OrganizationCreate"]["required"].append("display_name")

    workspace.edit_yaml("specs/fiskaly_management/openapi.yaml", require_display_name)
    refused = workspace.run("--api", "fiskaly_management")
    assert refused.returncode == 2
    assert "createOrganization request.body.display_name`: became required" in refused.stderr


def test_importing_a_vendor_document_adds_an_api_and_tracks_its_versions(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    vendor = yaml.safe_load((FIXTURES / "vendor_quirks.yaml").read_text())
    source = tmp_path_factory.mktemp("vendor") / "quirky.yaml"
    source.write_text(yaml.safe_dump(vendor))

    first = workspace.run("--api", "quirky", "--source", str(source), "--source-url", QUIRKY_URL)
    assert first.returncode == 0, first.stderr
    assert "quirky" in first.stdout and "3 operations" in first.stdout
    assert (workspace.root / "specs/quirky/openapi.yaml").is_file()
    assert (workspace.root / "specs/quirky/generator.yaml").is_file()
    assert (workspace.root / "generated/quirky_client/api/widget/widget_api_new.py").is_file()
    recorded = workspace.lock()["apis"]["quirky"]
    assert recorded["upstream"]["source"] == QUIRKY_URL  # not the local path, which no one has
    assert recorded["upstream"]["version"] == "2.3"
    assert (
        recorded["upstream"]["sha256"]
        == __import__("hashlib").sha256(source.read_bytes()).hexdigest()
    )
    assert set(recorded["generators"]) == {
        "openapi-python-client",
        "datamodel-code-generator",
        "ruff",
    }
    assert "quirky (upstream 2.3)" in workspace.changelog()
    workspace.commit("import quirky")

    # The vendor drops a field: refused, and nothing is written.
    del vendor["components"]["schemas"]["Widget"]["properties"]["Name"]
    vendor["info"]["version"] = "2.4"
    source.write_text(yaml.safe_dump(vendor))
    spec_before = (workspace.root / "specs/quirky/openapi.yaml").read_bytes()
    refused = workspace.run("--api", "quirky", "--source", str(source), "--source-url", QUIRKY_URL)
    assert refused.returncode == 2
    assert "WidgetApi_New request.body.Name" in refused.stderr
    assert (workspace.root / "specs/quirky/openapi.yaml").read_bytes() == spec_before

    # Put the field back and add one: a non-breaking update is recorded.
    vendor["components"]["schemas"]["Widget"]["properties"]["Name"] = {"type": "string"}
    vendor["components"]["schemas"]["Widget"]["properties"]["Colour"] = {"type": "string"}
    source.write_text(yaml.safe_dump(vendor))
    updated = workspace.run("--api", "quirky", "--source", str(source), "--source-url", QUIRKY_URL)
    assert updated.returncode == 0, updated.stderr
    assert workspace.lock()["apis"]["quirky"]["upstream"]["version"] == "2.4"
    latest = workspace.changelog().rsplit("## ", 1)[1]
    assert "quirky (upstream 2.4)" in latest
    assert "- added `WidgetApi_New request.body.Colour`" in latest
    assert "BREAKING" not in latest
    assert "colour" in (workspace.root / "generated/quirky_client/models/widget.py").read_text()


def test_a_refusal_records_nothing_for_any_api(workspace: Workspace) -> None:
    lock_before, changelog_before = workspace.lock(), workspace.changelog()
    workspace.edit_yaml(
        "specs/enlivy/openapi.yaml",
        lambda spec: spec["info"].update(description="A harmless wording change."),
    )
    workspace.edit_yaml(
        "specs/fiskaly_management/openapi.yaml",
        lambda spec: spec["components"]["schemas"]["User"]["properties"].pop("email"),
    )
    refused = workspace.run()
    assert refused.returncode == 2
    assert workspace.lock() == lock_before
    assert workspace.changelog() == changelog_before


def test_an_uncommitted_recorded_version_cannot_hide_a_breaking_change(
    workspace: Workspace,
) -> None:
    def describe(text: str) -> Callable[[dict[str, Any]], None]:
        return lambda spec: spec["info"].update(description=text)

    workspace.edit_yaml("specs/fiskaly_management/openapi.yaml", describe("First edit."))
    assert workspace.run("--api", "fiskaly_management").returncode == 0  # recorded, not committed
    workspace.edit_yaml(
        "specs/fiskaly_management/openapi.yaml",
        lambda spec: spec["components"]["schemas"]["User"]["properties"].pop("email"),
    )
    refused = workspace.run("--api", "fiskaly_management")
    assert refused.returncode == 2
    assert "not in git" in refused.stderr
    accepted = workspace.run("--api", "fiskaly_management", "--allow-breaking")
    assert accepted.returncode == 0
    assert "Not compared with the previous version" in workspace.changelog()


def test_a_local_source_outside_the_project_needs_its_public_url(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    vendor_text = (FIXTURES / "vendor_quirks.yaml").read_text()
    outside = tmp_path_factory.mktemp("vendor") / "quirky.yaml"
    outside.write_text(vendor_text)
    lock_before, changelog_before = workspace.lock(), workspace.changelog()

    refused = workspace.run("--api", "quirky", "--source", str(outside))
    assert refused.returncode == 2
    assert "outside the project" in refused.stderr and "--source-url" in refused.stderr
    assert workspace.lock() == lock_before and workspace.changelog() == changelog_before
    assert not (workspace.root / "specs" / "quirky").exists()

    not_a_url = workspace.run("--api", "quirky", "--source", str(outside), "--source-url", "x.yaml")
    assert not_a_url.returncode == 2 and "http(s) URL" in not_a_url.stderr

    # A copy inside the project is recorded by its path relative to the root.
    inside = workspace.root / "vendor" / "quirky.yaml"
    inside.parent.mkdir()
    inside.write_text(vendor_text)
    imported = workspace.run("--api", "quirky", "--source", str(inside))
    assert imported.returncode == 0, imported.stderr
    assert workspace.lock()["apis"]["quirky"]["upstream"]["source"] == "vendor/quirky.yaml"


def test_the_committed_lock_names_public_sources_only() -> None:
    lock = json.loads((ROOT / "specs" / "lock.json").read_text())
    for name, entry in lock["apis"].items():
        source = entry["upstream"]["source"]
        assert source == "authored in this repository" or source.startswith("https://"), name
    assert "../" not in (ROOT / "specs" / "CHANGELOG.md").read_text()


def test_an_import_writes_its_repair_report_and_the_changelog_lists_the_repairs(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    source = tmp_path_factory.mktemp("vendor") / "ledger.yaml"
    shutil.copy(ROOT / "tests/pipeline/specs/structure30.yaml", source)
    result = workspace.run("--api", "ledger", "--source", str(source), "--source-url", LEDGER_URL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "repairs" in result.stdout and "3/3 operations" in result.stdout

    report = json.loads((workspace.root / "specs/ledger/repairs.json").read_text())
    assert report["document"] == {"operations": 3, "responses": 5}
    assert report["client"]["generated"] == report["client"]["importing"] == 3
    assert report["client"]["responses_kept"] == 5
    kinds = report["repairs"]["by_kind"]
    assert kinds["status-code"] == 4 and kinds["circular-ref"] == 3
    listed = {(r["kind"], r["pointer"]) for r in report["repairs"]["list"]}
    assert ("security-scheme-name", "/components/securitySchemes/API Key") in listed
    assert len(report["repairs"]["list"]) == report["repairs"]["total"]

    entry = workspace.changelog().rsplit("## ", 1)[1]
    assert "ledger (upstream 3.0)" in entry
    assert f"{report['repairs']['total']} repairs to the vendor document" in entry
    assert "- circular-ref (3):" in entry
    assert "  - `/components/schemas/Tree/items`:" in entry


def test_strict_refuses_a_document_that_needs_repairs_and_writes_nothing(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    source = tmp_path_factory.mktemp("vendor") / "ledger.yaml"
    shutil.copy(ROOT / "tests/pipeline/specs/structure30.yaml", source)
    lock_before, changelog_before = workspace.lock(), workspace.changelog()
    refused = workspace.run(
        "--api", "ledger", "--source", str(source), "--source-url", LEDGER_URL, "--strict"
    )
    assert refused.returncode == 2
    assert (
        "--strict" in refused.stderr
        and "status-code at /paths/~1accounts~1{id}/get" in refused.stderr
    )
    assert not (workspace.root / "specs/ledger").exists()
    assert not (workspace.root / "generated/ledger_client").exists()
    assert workspace.lock() == lock_before and workspace.changelog() == changelog_before


def test_a_document_the_generator_cannot_represent_fails_with_the_pointer(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> None:
    document = yaml.safe_load((ROOT / "tests/pipeline/specs/structure31.yaml").read_text())
    document["paths"]["/items"]["get"]["responses"]["success"] = {"description": "no status"}
    source = tmp_path_factory.mktemp("vendor") / "broken.yaml"
    source.write_text(yaml.safe_dump(document))
    refused = workspace.run(
        "--api", "broken", "--source", str(source), "--source-url", "https://example.invalid/b.yaml"
    )
    assert refused.returncode == 2
    assert "/paths/~1items/get: " in refused.stderr and "success" in refused.stderr
    assert not (workspace.root / "specs/broken").exists()
