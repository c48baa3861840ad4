"""Enlivy's routes: login, organizations, and five operations per record kind under
``/organizations/{organization_id}/<segment>``."""

from __future__ import annotations

import functools
from collections.abc import Callable

from starlette.routing import BaseRoute, Route

from ..core.emulator import Handler
from .models import KINDS
from .responses import EnlivyResponses


def routes(r: EnlivyResponses, guard: Callable[[Handler], Handler]) -> list[BaseRoute]:
    """Every route, each handler wrapped by ``guard`` (refusals become error bodies)."""
    table: list[tuple[str, str, Handler]] = [
        ("POST", "/authentication/login", r.login),
        ("GET", "/organizations", r.list_organizations),
        ("GET", "/organizations/{organization_id}", r.get_organization),
    ]
    for kind in KINDS:
        many = f"/organizations/{{organization_id}}/{kind.segment}"
        one = f"{many}/{{{kind.param}}}"
        table += [
            ("GET", many, functools.partial(r.list, kind)),
            ("POST", many, functools.partial(r.create, kind)),
            ("GET", one, functools.partial(r.get, kind)),
            ("PUT", one, functools.partial(r.update, kind)),
            ("DELETE", one, functools.partial(r.delete, kind)),
        ]
    return [Route(path, guard(handler), methods=[method]) for method, path, handler in table]
