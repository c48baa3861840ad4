"""The Envoice emulator (``https://www.envoice.in``): one account with its clients, invoices
(and their categories), orders, products, taxes and work types.

``models`` holds the records and rules, ``reference`` the fixed reference data (countries,
currencies, languages, payment gateways), ``responses`` the request handling and fault
envelope, ``urls`` the routes and ``seed`` the account a fresh sandbox starts with.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute

from ..core import Context, Emulator, Record
from . import seed, urls
from .models import EnvoiceBackend
from .responses import EnvoiceResponses, error_response


class EnvoiceEmulator(Emulator):
    """One Envoice account: its credentials (``auth_key``, ``auth_secret``), records and
    reference data."""

    name = "envoice"
    package = "envoice_client"
    mount = "/envoice"
    invalid_status = 400

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.backend = EnvoiceBackend(ctx, self.name)
        self.responses = EnvoiceResponses(self.backend)
        # Filled by seed() from the store (the same values after a restart on a SQLite file).
        self.auth_key = ""
        self.auth_secret = ""
        self.account_email = ""
        self.accountant_email = ""

    def routes(self) -> list[BaseRoute]:
        return urls.routes(self.responses)

    def error(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        return error_response(status, message, code=code, fields=fields, headers=headers)

    def seed(self) -> None:
        account = seed.load(self.backend, self.ctx.credentials)
        self.auth_key = self.responses.auth_key = account["AuthKey"]
        self.auth_secret = self.responses.auth_secret = account["AuthSecret"]
        self.account_email = self.backend.account_email = account["Email"]
        self.accountant_email = self.backend.accountant_email = account["AccountantEmail"]

    def outbox(self) -> list[Record]:
        """What the account would have e-mailed (invoices sent to clients or the accountant)."""
        return self.backend.outbox()


__all__ = ["EnvoiceEmulator"]
