"""A vendor document the project has never seen becomes a typed client: the import writes a
facade section (auth from its security schemes, one resource per tag) and a resource module,
and every operation can be called through it with retries, errors and types."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from facade import errors

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the quirky vendor document imported as a new API."""
    root = tmp_path_factory.mktemp("project")
    for name in ("specs", "generated", "facade/resources", "docs/reference", "scripts"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "copy"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *command],
            cwd=root,
            check=True,
        )
    source = FIXTURES / "vendor_quirks.yaml"
    result = subprocess.run(
        [
            *(sys.executable, "scripts/regenerate.py", "--api", "quirky", "--source", str(source)),
            *("--source-url", "https://vendor.example/quirky/openapi.yaml"),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_the_import_writes_a_facade_section_from_the_spec(imported: Path) -> None:
    config = yaml.safe_load((imported / "specs/quirky/generator.yaml").read_text())
    section = config["facade"]
    assert section["class_name"] == "Quirky"
    assert section["default_base_url"] == "https://quirky.example.com"
    assert section["auth"]["scheme"] == "api_key_headers"
    headers = {h["header"] for h in section["auth"]["headers"].values()}
    assert headers == {"x-auth-key", "x-auth-secret"}
    assert set(section["resources"]["widget"].values()) >= {"WidgetApi_New", "WidgetApi_List"}
    reference = (imported / "docs/reference/quirky.md").read_text()
    assert "widget." in reference


def load_resources(imported: Path) -> Any:
    """The generated facade module of the new API, loaded as part of the real facade."""
    sys.path.insert(0, str(imported / "generated"))
    try:
        path = imported / "facade/resources/quirky.py"
        spec = importlib.util.spec_from_file_location("facade.resources.quirky", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(imported / "generated"))


def test_every_operation_of_the_new_api_works_through_the_facade(imported: Path) -> None:
    module = load_resources(imported)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/api/widget/new":
            return httpx.Response(200, json=7)
        if request.url.path == "/api/widget/list":
            return httpx.Response(200, json={"Result": [{"Name": "a"}]})
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = module.Quirky(auth_key="k1", auth_secret="s1", http_client=http)
    verbs = module.DEFINITION.resources["widget"]
    by_operation = {operation: verb for verb, operation in verbs.items()}
    widget = client.widget
    assert getattr(widget, by_operation["WidgetApi_New"])(name="gadget") == 7
    request = seen[-1]
    assert json.loads(request.content) == {"Name": "gadget"}
    assert request.headers["x-auth-key"] == "k1" and request.headers["x-auth-secret"] == "s1"
    listed = list(getattr(widget, by_operation["WidgetApi_List"])())
    assert [item.name for item in listed] == ["a"]
    assert by_operation["WidgetApi_List"] == "list" and by_operation["WidgetApi_New"] == "new"
    # Errors are the facade's: a 404 is NotFoundError with its status.
    http2 = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404, json={})))
    failing = module.Quirky(auth_key="k1", auth_secret="s1", http_client=http2)
    with pytest.raises(errors.NotFoundError) as raised:
        getattr(failing.widget, by_operation["WidgetApi_New"])(name="x")
    assert raised.value.status_code == 404


def test_the_new_client_needs_its_credentials(imported: Path) -> None:
    module = load_resources(imported)
    with pytest.raises(errors.ConfigurationError, match="QUIRKY_AUTH_KEY"):
        module.Quirky(auth_secret="s1")
