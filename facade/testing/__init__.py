"""fiscal-facade's local sandbox: stateful stand-ins for the fiskaly management API, Enlivy and
Envoice, checked against the specs on every exchange.

    import facade.testing

    with facade.testing.sandbox() as sb:
        fk = facade.Fiskaly(base_url=sb.fiskaly_url, api_key=sb.fiskaly.api_key,
                            api_secret=sb.fiskaly.api_secret)

In pytest, the ``fiscal_sandbox`` fixture (installed with the package) gives a fresh sandbox per
test and fails the test if the sandbox saw a spec violation. Needs the ``testing`` extra:
``pip install 'fiscal-facade[testing]'``.

The names below are imported on first use: the pytest plugin (``facade.testing.pytest_plugin``)
loads through this package in every pytest run of every project that installed fiscal-facade,
with or without the extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._sandbox import Sandbox, sandbox
    from .core import Fault, ServedRequest, Violation

__all__ = ["Fault", "Sandbox", "ServedRequest", "Violation", "sandbox"]

INSTALL_HINT = (
    "the fiscal-facade sandbox needs the 'testing' extra: pip install 'fiscal-facade[testing]'"
)
_HOMES = {
    "Fault": ".core",
    "ServedRequest": ".core",
    "Violation": ".core",
    "Sandbox": "._sandbox",
    "sandbox": "._sandbox",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(_HOMES[name], __name__)
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(f"{INSTALL_HINT} ({error.name} is missing)") from error
    value = getattr(module, name)
    globals()[name] = value  # later lookups skip this function
    return value
