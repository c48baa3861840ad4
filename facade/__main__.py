"""``python -m facade demo [--live]``: see :mod:`facade.demo`."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "demo":
        print("usage: python -m facade demo [--live]", file=sys.stderr)
        return 2
    from .demo import main as demo

    return demo(argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
