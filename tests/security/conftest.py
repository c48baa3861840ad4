"""Fixtures for the security tests: a sandbox whose every log record is captured.

pytest's ``caplog`` only sees records that reach the root logger. uvicorn configures its own
loggers with ``propagate=False`` and level INFO or above (``log_level="critical"`` in the
sandbox), so ``caplog`` would miss them; :func:`capture_all_logs` lowers every logger to the
lowest level and attaches the capture to the root and to every logger that does not propagate.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from facade.testing import Sandbox, sandbox

LOWEST = 1  # below DEBUG: also uvicorn's TRACE lines (level 5)


class LogCapture(logging.Handler):
    """Keeps each record as text: the formatted line (with any traceback) and its attributes
    (arguments and ``extra`` fields), so a secret hidden in either is found."""

    def __init__(self) -> None:
        super().__init__(LOWEST)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []
        self.names: set[tuple[str, int]] = set()  # (logger name, level) of every record
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        text = self.format(record)
        attributes = repr({k: v for k, v in vars(record).items() if k != "exc_info"})
        with self._guard:
            self.lines += [text, attributes]
            self.names.add((record.name, record.levelno))

    @property
    def text(self) -> str:
        with self._guard:
            return "\n".join(self.lines)

    def saw(self, prefix: str, level: int | None = None) -> bool:
        """Whether a record came from logger ``prefix`` (or a child), at ``level`` if given."""
        with self._guard:
            return any(
                (name == prefix or name.startswith(prefix + "."))
                and (level is None or levelno == level)
                for name, levelno in self.names
            )


@contextmanager
def capture_all_logs() -> Iterator[LogCapture]:
    """Capture every record of every logger, at every level, for the enclosed block.

    Install it after anything that configures logging (uvicorn does, when a sandbox starts)."""
    capture = LogCapture()
    root = logging.getLogger()
    loggers = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in [root, *loggers]]
    silent = [logger for logger in loggers if not logger.propagate]
    root.addHandler(capture)
    for logger in silent:
        logger.addHandler(capture)
    for logger, level, _ in saved:
        logger.disabled = False
        if level != logging.NOTSET or logger is root:
            logger.setLevel(LOWEST)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for logger in silent:
            logger.removeHandler(capture)
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled


@pytest.fixture
def logged_sandbox() -> Iterator[tuple[Sandbox, LogCapture]]:
    """A sandbox, and a capture of every log record made while the test runs."""
    with sandbox() as box, capture_all_logs() as capture:
        yield box, capture
