"""``python -m facade``: the command line (see :mod:`facade.cli`); ``python -m facade demo``."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], prog="python -m facade"))
