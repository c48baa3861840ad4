"""Envoice: invoices, clients, orders, products, taxes and work types.

Credentials are a key and a secret sent as headers (``ENVOICE_AUTH_KEY`` /
``ENVOICE_AUTH_SECRET``). Envoice may report a failure with HTTP 200 and ``IsFaulted``; the
client raises it like any other failure. The clients are generated
(``facade/resources/envoice.py``): nothing about this API needs hand-written code.
"""

from __future__ import annotations

from .resources.envoice import DEFINITION, AsyncEnvoice, Envoice

__all__ = ["DEFINITION", "AsyncEnvoice", "Envoice"]
