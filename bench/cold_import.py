"""4. Cold ``import facade`` vs cold ``import httpx``, each in a fresh interpreter.

Each run is a new ``python`` process that times only the import statement (interpreter start-up
is the same for both and would hide the difference), and reports which modules got loaded.
Bytecode caches go to a temporary ``PYTHONPYCACHEPREFIX`` filled by a discarded first run, so
both sides read cached bytecode, as an installed package does, even where the environment sets
``PYTHONDONTWRITEBYTECODE``; nothing is written into the project.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from .harness import Row, Section, median

TARGET = 2.0
GENERATED = (
    "fiskaly_management_client",
    "enlivy_client",
    "envoice_client",
    "enlivy_webhooks",
    "envoice_webhooks",
)

# Runs in the child. Only ``time`` is imported before the clock starts: importing json or sys
# helpers first would pre-load modules that httpx needs and flatter it.
_PROBE = """
import time
_started = time.perf_counter()
{statement}
_elapsed = time.perf_counter() - _started
import json, sys
print(json.dumps({{"seconds": _elapsed, "modules": sorted(sys.modules)}}))
"""

CASES = {
    "import httpx": "import httpx",
    "import facade": "import facade",
    # First use of a client class: what a script that builds a client pays before its first call.
    "import facade; facade.Enlivy": "import facade\nfacade.Enlivy",
}


def _probe(statement: str, env: dict[str, str]) -> tuple[float, float, list[str]]:
    """(import seconds, whole process seconds, modules loaded) from one fresh interpreter."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tempfile.gettempdir(),  # not the project folder: sys.path[0] must not matter
    )
    wall = time.perf_counter() - started
    report = json.loads(completed.stdout)
    return float(report["seconds"]), wall, list(report["modules"])


def run(*, runs: int) -> Section:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    imports: dict[str, list[float]] = {name: [] for name in CASES}
    walls: dict[str, list[float]] = {name: [] for name in CASES}
    modules: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        for statement in CASES.values():  # fills the bytecode cache; not measured
            _probe(statement, env)
        for _ in range(runs):
            for name, statement in CASES.items():  # interleaved, like every other benchmark
                seconds, wall, loaded = _probe(statement, env)
                imports[name].append(seconds)
                walls[name].append(wall)
                modules[name] = loaded
    httpx_s, facade_s = median(imports["import httpx"]), median(imports["import facade"])
    ratio = facade_s / httpx_s
    first_s = median(imports["import facade; facade.Enlivy"])
    eager = [name for name in GENERATED if name in modules["import facade"]]
    eager_on_class = [name for name in GENERATED if name in modules["import facade; facade.Enlivy"]]
    section = Section(4, "Cold import in a fresh interpreter")
    section.rows = [
        Row(
            4,
            "cold import",
            "import facade / import httpx",
            f"{facade_s * 1e3:.1f} ms vs {httpx_s * 1e3:.1f} ms",
            ratio,
            f"<= {TARGET:.2f}x",
            ratio <= TARGET,
        ),
        Row(
            4,
            "first client class",
            "`import facade; facade.Enlivy` / import httpx",
            f"{first_s * 1e3:.1f} ms vs {httpx_s * 1e3:.1f} ms",
            first_s / httpx_s,
            "(no target)",
            None,
        ),
        Row(
            4,
            "lazy generated packages",
            "generated packages in sys.modules after `import facade`",
            ", ".join(eager) or "none",
            None,
            "none",
            not eager,
        ),
    ]
    section.details = [
        f"{runs} fresh interpreters per case, interleaved; median import time (min..max), and "
        "median wall time of the whole process:",
        *(
            f"- `{name}`: {median(imports[name]) * 1e3:.1f} ms "
            f"({min(imports[name]) * 1e3:.1f}..{max(imports[name]) * 1e3:.1f}); process "
            f"{median(walls[name]) * 1e3:.0f} ms; {len(modules[name])} modules loaded"
            for name in CASES
        ),
        f"- `import facade` loads httpx: {'httpx' in modules['import facade']}; "
        f"generated packages loaded by `import facade`: {', '.join(eager) or 'none'}; "
        f"by `facade.Enlivy`: {', '.join(eager_on_class) or 'none'} "
        "(they load on the first call that needs them)",
        "- `facade.Enlivy` imports `facade/resources/enlivy.py`, which imports the models its "
        "signatures name, and no endpoint module: each operation imports its module on its "
        "first call (`facade._client.Operation`), and each generated `models` package imports "
        "a model when it is first asked for. The rest is httpx (with its command line's "
        "dependencies when they are installed), jsonschema and the facade's own modules. "
        "Importing the annotation models lazily too would need the command line's "
        "`typing.get_type_hints` to resolve them on demand; not done.",
    ]
    return section
