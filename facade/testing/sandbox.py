"""``python -m facade.testing.sandbox --port 8000 [--database state.db]``: serve the sandbox.

The sandbox itself lives in :mod:`facade.testing._sandbox`; use ``facade.testing.sandbox()``
or ``facade.testing.Sandbox`` from Python.
"""

from __future__ import annotations

from ._sandbox import main

if __name__ == "__main__":
    raise SystemExit(main())
