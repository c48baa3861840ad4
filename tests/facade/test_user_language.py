"""Errors in the caller's words on the typed surface, and FACADE_LOG."""

from __future__ import annotations

import inspect
import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

import facade
from facade import _log

SUGGESTION_SCRIPT = """
import facade
fk = facade.Fiskaly(api_key="k", api_secret="s")
fk.{expression}
"""


@pytest.mark.parametrize(
    ("expression", "suggestion"),
    [("organisations", "'organizations'"), ("organizations.craete", "'create'")],
)
def test_misspelled_resources_and_verbs_get_pythons_suggestion(
    expression: str, suggestion: str
) -> None:
    # Python 3.11+ prints "Did you mean" for attributes of the typed classes by itself.
    result = subprocess.run(
        [sys.executable, "-c", SUGGESTION_SCRIPT.format(expression=expression)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"Did you mean: {suggestion}?" in result.stderr


def test_misspelled_keyword_arguments_get_the_nearest_name() -> None:
    fk = facade.Fiskaly(api_key="k", api_secret="s")  # nothing is sent: the call cannot bind
    with pytest.raises(TypeError) as caught:
        fk.organizations.create(nmae="ACME GmbH")  # type: ignore[call-arg]
    assert str(caught.value).endswith("unexpected keyword argument 'nmae'; did you mean 'name'?")


def test_async_methods_suggest_too_and_no_suggestion_is_invented() -> None:
    afk = facade.AsyncFiskaly(api_key="k", api_secret="s")
    with pytest.raises(TypeError, match="did you mean 'organization_id'"):
        afk.organizations.get(organisation_id="x")  # type: ignore[call-arg]
    fk = facade.Fiskaly(api_key="k", api_secret="s")
    with pytest.raises(TypeError) as caught:
        fk.organizations.get(organization_id="x", colour="red")  # type: ignore[call-arg]
    assert "did you mean" not in str(caught.value)


def test_a_type_error_from_inside_a_call_is_left_alone() -> None:
    en = facade.Enlivy(token="t")  # no organization: the path argument cannot be filled in
    with pytest.raises(TypeError, match=r"^organizations.get\(\) needs organization_id"):
        en.organizations.get()


def test_the_typed_methods_keep_their_signature_and_help() -> None:
    create = facade.Fiskaly(api_key="k", api_secret="s").organizations.create
    assert list(inspect.signature(create).parameters)[:2] == ["name", "address_line1"]
    assert (create.__doc__ or "").startswith("Create an organization")


# -- FACADE_LOG ---------------------------------------------------------------------------------


@pytest.fixture
def facade_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("facade")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_facade_log_switches_the_log_on(
    facade_logger: logging.Logger, value: str, level: int
) -> None:
    handler = _log.setup_logging(value)
    assert handler is not None and handler in facade_logger.handlers
    assert facade_logger.level == level and handler.level == level
    assert _log.setup_logging(value) is handler  # once, however often it is set up


def test_facade_log_unset_configures_nothing(facade_logger: logging.Logger) -> None:
    before = list(facade_logger.handlers)
    assert _log.setup_logging("") is None
    assert facade_logger.handlers == before


def test_an_unknown_facade_log_level_warns_and_is_ignored(facade_logger: logging.Logger) -> None:
    before = list(facade_logger.handlers)
    with pytest.warns(UserWarning, match="FACADE_LOG='verbose' is not one of debug, info"):
        assert _log.setup_logging("verbose") is None
    assert facade_logger.handlers == before


def test_facade_log_from_the_environment_at_import() -> None:
    script = "import facade, logging; logging.getLogger('facade').debug('hello from the facade')"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"FACADE_LOG": "debug", "PATH": ""},
    )
    assert "DEBUG facade: hello from the facade" in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PATH": ""}
    )
    assert quiet.stderr == ""
