"""fiskaly's routes: method, path below ``/api/v0`` and the handler of each operation."""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from .responses import FiskalyResponses

ORGANIZATION = "/organizations/{organization_id}"


def routes(r: FiskalyResponses) -> list[BaseRoute]:
    secured = r.secured
    table = [
        ("POST", "/organizations", secured(r.create_organization)),
        ("GET", "/organizations", secured(r.list_organizations)),
        ("GET", ORGANIZATION, secured(r.retrieve_organization)),
        ("PATCH", ORGANIZATION, secured(r.update_organization)),
        ("DELETE", ORGANIZATION, secured(r.delete_organization)),
        ("POST", f"{ORGANIZATION}/enable-env", secured(r.enable_env)),
        ("GET", f"{ORGANIZATION}/api-keys", secured(r.list_api_keys)),
        ("POST", f"{ORGANIZATION}/api-keys", secured(r.create_api_key)),
        ("GET", f"{ORGANIZATION}/api-keys/{{key_id}}", secured(r.retrieve_api_key)),
        ("PATCH", f"{ORGANIZATION}/api-keys/{{key_id}}", secured(r.update_api_key)),
        ("GET", f"{ORGANIZATION}/users", secured(r.list_users)),
        ("POST", f"{ORGANIZATION}/users", secured(r.invite_user)),
        ("DELETE", f"{ORGANIZATION}/users/{{user_id}}", secured(r.delete_user)),
        ("GET", "/billing-addresses", secured(r.list_billing_addresses)),
        ("POST", "/billing-addresses", secured(r.create_billing_address)),
        ("GET", "/billing-addresses/{address_id}", secured(r.retrieve_billing_address)),
        ("PATCH", "/billing-addresses/{address_id}", secured(r.update_billing_address)),
    ]
    auth: list[BaseRoute] = [Route("/auth", r.authenticate, methods=["POST"])]
    return auth + [Route(path, handler, methods=[method]) for method, path, handler in table]
