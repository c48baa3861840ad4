"""The distribution as a user gets it: its metadata, and the plain package (no extras) in a
fresh virtual environment, where the pytest plugin it installs must not break the user's own
pytest. Builds a wheel and installs it with its dependencies from the configured package index
(about a minute)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from tests.support.specs import ROOT

HINT = "pip install 'fiscal-facade[testing]'"


def _run(command: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    # The user's environment, not this test run's: no PYTHONPATH or virtualenv leaking in.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), "."], ROOT)
    assert built.returncode == 0, built.stdout + built.stderr
    (path,) = out.glob("fiscal_facade-*.whl")
    return path


def test_the_wheel_carries_the_license_and_the_project_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        license_text = archive.read(f"{info}/licenses/LICENSE").decode()
        plugins = archive.read(f"{info}/entry_points.txt").decode()
    assert "Apache License" in license_text and "Version 2.0, January 2004" in license_text
    assert "Copyright 2026 the fiscal-facade authors" in license_text
    assert metadata["License-Expression"] == "Apache-2.0"
    urls = dict(value.split(", ", 1) for value in metadata.get_all("Project-URL"))
    assert set(urls) == {"Homepage", "Repository", "Issues", "Changelog"}
    assert all(
        url.startswith("https://github.com/fiscal-facade/fiscal-facade") for url in urls.values()
    )
    classifiers = set(metadata.get_all("Classifier"))
    for wanted in (
        "License :: OSI Approved :: Apache Software License",
        "Topic :: Office/Business :: Financial :: Accounting",
        "Framework :: Pytest",
        "Typing :: Typed",
        "Operating System :: OS Independent",
    ):
        assert wanted in classifiers
    assert "fiscal_facade = facade.testing.pytest_plugin" in plugins
    assert "facade/testing/core/app.py" in names  # the sandbox ships (its deps are the extra)


@pytest.mark.timeout(900)
def test_the_plain_package_leaves_the_users_pytest_working(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = str(environment / ("Scripts" if os.name == "nt" else "bin") / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    installed = _run([*pip, str(wheel), "pytest"], tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # The point of the test: the extra's packages are really absent here.
    missing = _run([python, "-c", "import openapi_core"], tmp_path)
    assert missing.returncode != 0 and "No module named 'openapi_core'" in missing.stderr

    project = tmp_path / "project"
    project.mkdir()
    (project / "test_app.py").write_text(
        textwrap.dedent(
            """
            import facade

            def test_the_users_own_test():
                assert facade.Fiskaly is not None
            """
        )
    )
    (project / "test_sandbox.py").write_text(
        "def test_wants_the_sandbox(fiscal_sandbox):\n    pass\n"
    )
    pytest_command = [python, "-m", "pytest", "-p", "no:cacheprovider"]

    own = _run([*pytest_command, "test_app.py"], project)
    assert own.returncode == 0, own.stdout + own.stderr
    assert "1 passed" in own.stdout
    fixtures = _run([*pytest_command, "--fixtures", "test_app.py"], project)
    assert "fiscal_sandbox" in fixtures.stdout  # the plugin did load

    wanted = _run([*pytest_command, "test_sandbox.py"], project)
    assert wanted.returncode == 1, wanted.stdout + wanted.stderr
    assert HINT in wanted.stdout and "Traceback" not in wanted.stdout

    direct = _run([python, "-c", "import facade.testing; facade.testing.sandbox()"], project)
    assert direct.returncode != 0 and HINT in direct.stderr
