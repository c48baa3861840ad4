"""The Enlivy emulator (``https://api.enlivy.com``).

``models`` holds the record kinds and rules (``invoices`` the invoice rules), ``responses`` the
request handling and error body, ``urls`` the routes and ``seed`` what a fresh sandbox starts
with. The seeded values are attributes of the emulator (see :data:`.seed.SEEDED`).
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute

from ..core import Context, Emulator, SeedIds
from . import seed, urls
from .models import EnlivyBackend
from .responses import EnlivyResponses, error_response


class EnlivyEmulator(Emulator):
    """Stand-in for ``https://api.enlivy.com`` (spec: ``enlivy_client``)."""

    name = "enlivy"
    package = "enlivy_client"
    mount = "/enlivy"
    invalid_status = 422

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.backend = EnlivyBackend(ctx, self.name)
        self.responses = EnlivyResponses(self.backend, self.mount)
        self.email = ""
        self.password = ""
        self.token = ""
        self.organization_id = ""
        self.other_organization_id = ""
        self.customer_id = ""
        self.staff_user_id = ""
        self.customer_role_id = ""
        self.staff_role_id = ""
        self.bank_account_id = ""
        self.invoice_prefix_id = ""
        self.tax_class_id = ""
        self.tax_rate_id = ""
        self.product_id = ""

    def routes(self) -> list[BaseRoute]:
        return urls.routes(self.responses, self.refusing)

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
        stored = seed.load(
            self.backend, SeedIds(self.name, self.ctx.fixed_ids), self.ctx.credentials
        )
        for name in seed.SEEDED:
            setattr(self, name, stored[name])


__all__ = ["EnlivyEmulator"]
