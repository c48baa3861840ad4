"""``FACADE_LOG=debug|info``: the facade's logging switched on without code (like OPENAI_LOG).

With the variable set, ``import facade`` gives the ``facade`` logger a handler that writes to
stderr at that level; without it nothing is configured, and logging stays the application's
business. What the facade logs never holds headers, bodies or credentials.
"""

from __future__ import annotations

import logging
import os
import warnings

ENVIRONMENT_VARIABLE = "FACADE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so that a second setup (a re-import, a test) does not add another."""


def setup_logging(value: str | None = None) -> logging.Handler | None:
    """Configure the ``facade`` logger from ``value`` (default: ``$FACADE_LOG``).

    Returns the handler, or None when the variable is unset or empty. An unknown level is
    ignored with a warning: an import must not fail over a typo in the environment.
    """
    if value is None:
        value = os.environ.get(ENVIRONMENT_VARIABLE, "")
    value = value.strip().lower()
    if not value:
        return None
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(
            f"{ENVIRONMENT_VARIABLE}={value!r} is not one of {', '.join(LEVELS)}; ignored",
            stacklevel=2,
        )
        return None
    logger = logging.getLogger("facade")
    handler = next((h for h in logger.handlers if isinstance(h, _Handler)), None)
    if handler is None:
        handler = _Handler()  # stderr, looked up when each record is written
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)
    return handler
