"""fiskaly request handling: bearer tokens, reading requests, and fiskaly's answers and error
body (``{status_code, error, code, message}``)."""

from __future__ import annotations

import http
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..core import Refusal
from .models import Caller, FiskalyBackend

SecuredHandler = Callable[[Request, Caller], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]

DEFAULT_CODES = {
    400: "E_BAD_REQUEST",
    401: "E_UNAUTHORIZED",
    403: "E_ACCESS_DENIED",
    404: "E_NOT_FOUND",
    409: "E_CONFLICT",
    429: "E_RATE_LIMIT_EXCEEDED",
}
_CREDENTIAL_VALUE = re.compile(r"""(['"](?:api_secret|refresh_token)['"]:\s*)(['"])[^'"]*\2""")
_REDACTED = r"\1'***'"


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    fields: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """fiskaly's error body; field problems are spelled out in the message (the body has no
    field for them)."""
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    if fields:
        details = "; ".join(f"{name}: {', '.join(texts)}" for name, texts in fields.items())
        # Schema messages quote the rejected body: never echo a secret or token back.
        message = f"{message} ({_CREDENTIAL_VALUE.sub(_REDACTED, details)})"
    body = {
        "status_code": status,
        "error": reason,
        "code": code or DEFAULT_CODES.get(status, "E_INTERNAL_SERVER_ERROR"),
        "message": message,
    }
    return JSONResponse(body, status_code=status, headers=headers)


def _ok(body: Any) -> Response:
    return JSONResponse(body, status_code=200)


async def _object(request: Request) -> dict[str, Any]:
    """The JSON object in the body (the spec check already ran; this keeps a sandbox without
    validation from failing on garbage)."""
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise Refusal(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise Refusal(400, "the body must be a JSON object")
    return body


class FiskalyResponses:
    """One handler per operation: read the request, ask the backend, answer."""

    def __init__(self, backend: FiskalyBackend) -> None:
        self.backend = backend

    def secured(self, handler: SecuredHandler) -> Endpoint:
        """Wrap a handler: check the bearer token first, answer refusals with error bodies."""

        async def endpoint(request: Request) -> Response:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            caller = self.backend.caller(token.strip()) if scheme.lower() == "bearer" else None
            if caller is None:
                return error_response(401, "the access token is missing, invalid or expired")
            try:
                return await handler(request, caller)
            except Refusal as refusal:
                return error_response(refusal.status, refusal.message, code=refusal.code)

        return endpoint

    async def authenticate(self, request: Request) -> Response:
        try:
            return _ok(self.backend.authenticate(await _object(request)))
        except Refusal as refusal:
            return error_response(refusal.status, refusal.message)

    # -- organizations -----------------------------------------------------------------------

    async def list_organizations(self, request: Request, caller: Caller) -> Response:
        return _ok(self.backend.list_organizations(caller, request.query_params))

    async def create_organization(self, request: Request, caller: Caller) -> Response:
        return _ok(self.backend.create_organization(caller, await _object(request)))

    async def retrieve_organization(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        return _ok(self.backend.retrieve_organization(caller, organization_id))

    async def update_organization(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        self.backend.organization(caller, organization_id)  # 404 before looking at the body
        body = await _object(request)
        return _ok(self.backend.update_organization(caller, organization_id, body))

    async def delete_organization(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        return _ok(self.backend.delete_organization(caller, organization_id))

    async def enable_env(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        self.backend.organization(caller, organization_id)
        env = (await _object(request)).get("env")
        return _ok(self.backend.enable_env(caller, organization_id, env))

    # -- API keys ----------------------------------------------------------------------------

    async def list_api_keys(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        return _ok(self.backend.list_api_keys(caller, organization_id, request.query_params))

    async def create_api_key(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        self.backend.organization(caller, organization_id)
        body = await _object(request)
        return _ok(self.backend.create_api_key(caller, organization_id, body))

    async def retrieve_api_key(self, request: Request, caller: Caller) -> Response:
        params = request.path_params
        return _ok(
            self.backend.retrieve_api_key(caller, params["organization_id"], params["key_id"])
        )

    async def update_api_key(self, request: Request, caller: Caller) -> Response:
        params = request.path_params
        self.backend.retrieve_api_key(caller, params["organization_id"], params["key_id"])
        body = await _object(request)
        return _ok(
            self.backend.update_api_key(caller, params["organization_id"], params["key_id"], body)
        )

    # -- users -------------------------------------------------------------------------------

    async def list_users(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        return _ok(self.backend.list_users(caller, organization_id, request.query_params))

    async def invite_user(self, request: Request, caller: Caller) -> Response:
        organization_id = request.path_params["organization_id"]
        self.backend.organization(caller, organization_id)
        body = await _object(request)
        return _ok(self.backend.invite_user(caller, organization_id, body))

    async def delete_user(self, request: Request, caller: Caller) -> Response:
        params = request.path_params
        return _ok(self.backend.delete_user(caller, params["organization_id"], params["user_id"]))

    # -- billing addresses -------------------------------------------------------------------

    async def list_billing_addresses(self, request: Request, caller: Caller) -> Response:
        return _ok(self.backend.list_billing_addresses(caller))

    async def create_billing_address(self, request: Request, caller: Caller) -> Response:
        return _ok(self.backend.create_billing_address(caller, await _object(request)))

    async def retrieve_billing_address(self, request: Request, caller: Caller) -> Response:
        address_id = request.path_params["address_id"]
        return _ok(self.backend.retrieve_billing_address(caller, address_id))

    async def update_billing_address(self, request: Request, caller: Caller) -> Response:
        address_id = request.path_params["address_id"]
        self.backend.retrieve_billing_address(caller, address_id)
        body = await _object(request)
        return _ok(self.backend.update_billing_address(caller, address_id, body))
