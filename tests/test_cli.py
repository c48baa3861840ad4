"""The command line (``fiscal-facade``, ``python -m facade``): help at every level, ``list``,
``call`` against the sandbox in a subprocess, and its errors (exit codes, stderr, no secret)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import pytest

import facade
from facade import cli
from facade.testing import Sandbox

APIS = ("enlivy", "envoice", "fiskaly")
ORGANIZATION = [
    "--name",
    "ACME Retail GmbH",
    "--address-line1",  # dashes work as well as underscores
    "Hauptstrasse 1",
    "--zip",
    "10115",  # a string argument: never parsed as the number it looks like
    "--town",
    "Berlin",
    "--country_code",
    "DEU",
    "--metadata",
    '{"crm_id": "C-1042"}',  # JSON: an object
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox for the subprocess tests (each makes its own records)."""
    with facade.testing.sandbox() as sb:
        yield sb


def run(
    *args: str, sb: Sandbox | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m facade ARGS`` in a subprocess, with the sandbox's environment."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("FISKALY_", "ENLIVY_", "ENVOICE_"))
    }
    environment.pop("FACADE_LOG", None)
    if sb is not None:
        environment.update(sb.environment())
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "facade", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- help at every level -------------------------------------------------------------------


def test_help_in_a_subprocess_exits_0_and_names_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    for command in ("call", "list", "demo", "sandbox"):
        assert command in result.stdout
    assert "python -m facade" in result.stdout


def test_the_console_script_is_declared() -> None:
    (entry,) = [
        e for e in metadata.entry_points(group="console_scripts") if e.name == "fiscal-facade"
    ]
    assert entry.value == "facade.cli:main"
    assert entry.load() is cli.main


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_here(capsys)
    assert code == 2 and out == "" and "call" in err


def test_apis_are_discovered_from_the_generated_modules() -> None:
    assert sorted(cli.apis()) == list(APIS)
    assert cli.apis()["fiskaly"].module.__name__ == "facade.resources.fiskaly_management"


@pytest.mark.parametrize("api", APIS)
def test_help_at_each_level_lists_the_next(api: str, capsys: pytest.CaptureFixture[str]) -> None:
    resources = cli.apis()[api].resources
    code, out, _ = run_here(capsys, "call", "--help")
    assert code == 0 and api in out
    code, out, _ = run_here(capsys, "call", api, "--help")
    assert code == 0
    assert all(resource in out for resource in resources)
    resource, verbs = next(iter(resources.items()))
    code, out, _ = run_here(capsys, "call", api, resource, "--help")
    assert code == 0
    for verb in verbs.values():
        assert verb.name in out and verb.summary in out


def test_every_verb_has_help_generated_from_its_method(capsys: pytest.CaptureFixture[str]) -> None:
    checked = 0
    for api in cli.apis().values():
        for resource, verbs in api.resources.items():
            for verb in verbs.values():
                code, out, err = run_here(capsys, "call", api.name, resource, verb.name, "-h")
                assert code == 0, err
                for argument in verb.arguments:
                    assert f"--{argument.name}" in out
                assert ("--all" in out) == verb.paged
                checked += 1
    assert checked == sum(len(v) for a in cli.apis().values() for v in a.resources.values())


def test_verb_help_shows_types_requirement_and_the_spec_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_here(capsys, "call", "fiskaly", "organizations", "create", "--help")
    assert code == 0
    assert "POST /organizations" in out
    assert "Legal name (at least 3 characters)" in " ".join(out.split())
    (name_line,) = [line for line in out.splitlines() if line.strip().startswith("--name STR")]
    assert "str, required" in name_line


@pytest.mark.parametrize("command", ["demo", "sandbox"])
def test_demo_and_sandbox_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_here(capsys, command, "--help")  # a SystemExit escaping fails the test
    assert code == 0 and "usage:" in out


# --- list ----------------------------------------------------------------------------------


def test_list_shows_resources_verbs_and_typed_arguments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_here(capsys, "list", "fiskaly")
    assert code == 0
    assert "organizations create  Create an organization" in out
    assert "    --name  str, required" in out
    assert "    --limit  int, optional" in out
    assert "organizations list  List accessible organizations (pages: --all)" in out
    assert "    --organization_id  uuid, required" in out


def test_list_json_for_one_resource(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_here(capsys, "list", "envoice", "clients", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["clients"]
    arguments = data["clients"]["create"]["arguments"]
    assert arguments["ui_language_id"] == {
        "type": "int or null",
        "required": True,
        "help": "required, body field ``UiLanguageId``.",
    }
    assert data["clients"]["list"]["paged"] is True


def test_list_of_an_unknown_api_suggests_the_nearest(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_here(capsys, "list", "fiskally")
    assert code == 2 and out == ""
    assert "unknown API 'fiskally'; did you mean fiskaly?" in err


# --- call against the sandbox ----------------------------------------------------------------


def test_call_creates_and_reads_back(sandbox: Sandbox) -> None:
    created = run("call", "fiskaly", "organizations", "create", *ORGANIZATION, sb=sandbox)
    assert created.returncode == 0, created.stderr
    organization = json.loads(created.stdout)
    assert organization["name"] == "ACME Retail GmbH"
    assert organization["zip"] == "10115"
    assert organization["metadata"] == {"crm_id": "C-1042"}
    read = run(
        "call", "fiskaly", "organizations", "get", "--organization_id", organization["_id"],
        sb=sandbox,
    )  # fmt: skip
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == organization


def test_call_all_pages_with_progress_on_stderr(sandbox: Sandbox) -> None:
    with facade.Fiskaly(**_fiskaly(sandbox)) as fk:
        for index in range(4):
            fk.organizations.create(
                name=f"Paged {index} GmbH",
                address_line1="x 1",
                zip="1",
                town="B",
                country_code="DEU",
            )
        total = sum(1 for _ in fk.organizations.list(limit=100))
    first = run("call", "fiskaly", "organizations", "list", "--limit", "2", sb=sandbox)
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)) == 2
    assert "--all fetches them" in first.stderr
    every = run("call", "fiskaly", "organizations", "list", "--limit", "2", "--all", sb=sandbox)
    assert every.returncode == 0, every.stderr
    assert len(json.loads(every.stdout)) == total
    assert "page 1: 2 items" in every.stderr
    assert f"page {(total + 1) // 2}: {total} items" in every.stderr


def test_call_raw_gives_status_headers_and_request_id(sandbox: Sandbox) -> None:
    result = run("call", "enlivy", "organizations", "get", "--raw", sb=sandbox)
    assert result.returncode == 0, result.stderr
    raw = json.loads(result.stdout)
    assert raw["status_code"] == 200
    assert raw["request_id"] and raw["headers"]["x-request-id"] == raw["request_id"]
    assert raw["body"]["data"]["id"] == sandbox.environment()["ENLIVY_ORGANIZATION_ID"]


def test_call_table(sandbox: Sandbox) -> None:
    result = run("call", "envoice", "general", "currencies", "--table", sb=sandbox)
    assert result.returncode == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert header.split()[:2] == ["Id", "Name"] or "Id" in header.split()
    assert set(rule.replace(" ", "")) == {"-"}
    assert len(rows) == 32


# --- errors ----------------------------------------------------------------------------------


def test_misspelled_names_get_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_here(capsys, "call", "envoice", "clientz", "list")
    assert code == 2 and "unknown resource 'clientz'; did you mean clients?" in err
    code, _, err = run_here(capsys, "call", "envoice", "clients", "creat")
    assert code == 2 and "did you mean create?" in err
    code, _, err = run_here(capsys, "call", "fiskaly", "organizations", "get", "--organisation_id")
    assert code == 2 and "unknown option --organisation_id; did you mean --organization_id?" in err
    code, _, err = run_here(capsys, "cal")
    assert code == 2 and "did you mean call?" in err


def test_a_missing_required_argument_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_here(capsys, "call", "fiskaly", "organizations", "get")
    assert code == 2 and "--organization_id" in err


def test_bad_input_is_refused_before_sending_with_python_names(sandbox: Sandbox) -> None:
    before = len(sandbox.requests)
    result = run(
        "call", "envoice", "clients", "create", "--name", "x", "--email", "a@example.com",
        "--ui_language_id", "English", "--client_currency_id", "1", "--client_country_id", "1",
        sb=sandbox,
    )  # fmt: skip
    assert result.returncode == 2
    assert "clients.create()" in result.stderr
    assert "ui_language_id: must be an integer or null" in result.stderr
    assert "UiLanguageId" not in result.stderr
    assert result.stdout == ""
    assert len(sandbox.requests) == before  # nothing was sent


def test_an_api_error_exits_1_with_the_request_id(sandbox: Sandbox) -> None:
    missing = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    result = run(
        "call", "fiskaly", "organizations", "get", "--organization_id", missing, sb=sandbox
    )
    assert result.returncode == 1
    assert "HTTP 404" in result.stderr and "request id" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_credentials_exit_3_naming_the_variable(sandbox: Sandbox) -> None:
    result = run("call", "envoice", "taxes", "list", sb=sandbox, env={"ENVOICE_AUTH_SECRET": ""})
    assert result.returncode == 3
    assert "ENVOICE_AUTH_SECRET" in result.stderr


def test_refused_credentials_never_appear_in_the_output(sandbox: Sandbox) -> None:
    secret = "wrong-secret-d41d8cd98f00b204"
    key = sandbox.environment()["FISKALY_API_KEY"]
    env = {"FISKALY_API_SECRET": secret, "FACADE_LOG": "debug"}
    result = run("call", "fiskaly", "organizations", "list", "--raw", sb=sandbox, env=env)
    assert result.returncode == 1
    assert "HTTP 401" in result.stderr
    assert "DEBUG" in result.stderr  # FACADE_LOG switched the log on, without code
    for text in (result.stdout, result.stderr):
        assert secret not in text and key not in text


# --- helpers ---------------------------------------------------------------------------------


def _fiskaly(sb: Sandbox) -> dict[str, Any]:
    env = sb.environment()
    return {
        "base_url": env["FISKALY_BASE_URL"],
        "api_key": env["FISKALY_API_KEY"],
        "api_secret": env["FISKALY_API_SECRET"],
    }


def test_values_are_json_when_they_parse_else_text() -> None:
    arguments = {
        a.name: a for a in cli.apis()["fiskaly"].resources["organizations"]["list"].arguments
    }
    assert arguments["limit"].parse("10") == 10
    assert arguments["limit"].parse("ten") == "ten"  # then refused by the checks, by name
    assert arguments["managed_by_organization_id"].parse("123") == "123"
    create = cli.apis()["fiskaly"].resources["organizations"]["create"]
    metadata_argument = {a.name: a for a in create.arguments}["metadata"]
    assert metadata_argument.parse('{"a": "b"}') == {"a": "b"}


def test_table_layout() -> None:
    text = cli.table([{"id": 1, "name": "a"}, {"id": 2, "extra": {"k": "v" * 60}}])
    lines = text.splitlines()
    assert lines[0].split() == ["id", "name", "extra"]
    assert lines[2].split() == ["1", "a"]
    assert lines[3].startswith("2") and lines[3].endswith("...")
    assert cli.table({"a": 1}).splitlines()[2].split() == ["a", "1"]
    assert cli.table([]) == "(no items)"
