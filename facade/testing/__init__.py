"""fiscal-facade's local sandbox: stateful stand-ins for the fiskaly management API, Enlivy and
Envoice, checked against the specs on every exchange.

    import facade.testing

    with facade.testing.sandbox() as sb:
        fk = facade.Fiskaly(base_url=sb.fiskaly_url, api_key=sb.fiskaly.api_key,
                            api_secret=sb.fiskaly.api_secret)

In pytest, the ``fiscal_sandbox`` fixture (installed with the package) gives a fresh sandbox per
test and fails the test if the sandbox saw a spec violation. Needs the ``testing`` extra:
``pip install 'fiscal-facade[testing]'``.
"""

from __future__ import annotations

from ._sandbox import Sandbox, sandbox
from .core import Fault, ServedRequest, Violation

__all__ = ["Fault", "Sandbox", "ServedRequest", "Violation", "sandbox"]
