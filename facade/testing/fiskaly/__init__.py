"""The fiskaly management API emulator (``https://dashboard.fiskaly.com/api/v0``).

``models`` holds the records and rules, ``responses`` the request handling and error body,
``urls`` the routes and ``seed`` what a fresh sandbox starts with.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute

from ..core import Context, Emulator, SeedIds
from . import seed, urls
from .models import FiskalyBackend
from .responses import FiskalyResponses, error_response


class FiskalyEmulator(Emulator):
    """Stand-in for ``https://dashboard.fiskaly.com/api/v0``.

    After seeding: ``api_key`` and ``api_secret`` (an enabled API key), ``organization_id`` (its
    organization) and ``user_id`` (the organization's user).
    """

    name = "fiskaly"
    package = "fiskaly_management_client"
    mount = "/fiskaly/api/v0"
    invalid_status = 400

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.backend = FiskalyBackend(ctx, self.name)
        self.responses = FiskalyResponses(self.backend)
        self.api_key = ""
        self.api_secret = ""
        self.organization_id = ""
        self.user_id = ""

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
        seeded = seed.load(
            self.backend, SeedIds(self.name, self.ctx.fixed_ids), self.ctx.credentials
        )
        self.api_key = seeded["api_key"]
        self.api_secret = seeded["api_secret"]
        self.organization_id = seeded["organization_id"]
        self.user_id = seeded["user_id"]
        self.backend.user_id = self.user_id
        self.backend.signing_key = bytes.fromhex(seeded["signing_key"])

    def expire_tokens(self) -> None:
        """Every access token issued so far counts as expired from now on."""
        self.backend.expire_tokens("access")

    def expire_refresh_tokens(self) -> None:
        """Every refresh token issued so far counts as expired from now on."""
        self.backend.expire_tokens("refresh")

    @property
    def tokens_issued(self) -> int:
        """How many times ``POST /auth`` handed out tokens (kept in the store)."""
        return self.backend.tokens_issued

    @property
    def signing_key(self) -> bytes:
        """The HS256 key of this store's tokens (for tests that verify a token themselves)."""
        if not self.backend.signing_key:
            self.seed()
        return self.backend.signing_key

    def decode_token(self, token: str) -> dict[str, Any] | None:
        """The claims of a JWT signed by this sandbox, or None (bad form or signature)."""
        return self.backend.decode_token(token)


__all__ = ["FiskalyEmulator"]
