"""What the three emulators have in common: the context they run in (store, clock, settings,
requested credentials), the base class the sandbox app drives, the exception a rule raises to
refuse a request, and the ids of seeded records.

Each emulator is a package laid out the same way:

``models.py``     the API's records and business rules (no HTTP: plain values in and out);
``responses.py``  request handling: read the request, call the models, write the answer and the
                  API's own error body;
``urls.py``       the route table (method, path, handler);
``seed.py``       what a fresh sandbox starts with, and the credentials it hands out;
``__init__.py``   the emulator class that ties them together.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from .store import Record, Store

Handler = Callable[[Request], Awaitable[Response]]


@dataclass
class Context:
    """What every emulator shares: the state store, the clock, settings and the credentials the
    sandbox was asked to use (by environment variable name; see :mod:`.credentials`)."""

    store: Store
    clock: Callable[[], float] = time.time
    settings: dict[str, Any] = field(default_factory=dict)
    credentials: Mapping[str, str] = field(default_factory=dict)
    fixed_ids: bool = False  # seeded records get the same ids at every start


class Refusal(Exception):
    """Raised anywhere in a rule or handler: the request is refused with ``status`` and the
    API's own error body (``code`` and ``fields`` where the API has them)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.fields = fields


class Emulator:
    """Base of the three API emulators: subclasses give routes, error bodies and seed data."""

    name: ClassVar[str]  # "fiskaly", "enlivy", "envoice"
    package: ClassVar[str]  # the generated package whose spec this emulator follows
    mount: ClassVar[str]  # base path in the sandbox, e.g. "/fiskaly/api/v0"
    invalid_status: ClassVar[int] = 400  # status for a request the spec forbids

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- to implement -------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        raise NotImplementedError

    def error(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """A response carrying this API's error body."""
        raise NotImplementedError

    def seed(self) -> None:
        """Create the records a fresh sandbox starts with (skip what already exists)."""

    def expire_tokens(self) -> None:
        """Make every issued access token expired now (APIs with short-lived tokens)."""

    # -- provided ------------------------------------------------------------------------------

    @functools.cached_property
    def app(self) -> Starlette:
        async def http_error(request: Request, exc: Exception) -> Response:
            status = exc.status_code if isinstance(exc, HTTPException) else 500
            detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
            return self.error(status, str(detail))

        return Starlette(routes=self.routes(), exception_handlers={HTTPException: http_error})

    def refusing(self, handler: Handler) -> Handler:
        """Wrap a handler so that a :class:`Refusal` becomes this API's error response."""

        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except Refusal as refusal:
                return self.error(
                    refusal.status, refusal.message, code=refusal.code, fields=refusal.fields
                )

        return endpoint

    def new_id(self) -> str:
        return str(uuid.uuid4())

    def collection(self, name: str) -> str:
        return f"{self.name}.{name}"


class SeedIds:
    """Random bytes for the ids of seeded records; with fixed credentials, bytes derived from
    the API's name and a counter instead, so that the seeded ids are the same at every start."""

    def __init__(self, api: str, fixed: bool) -> None:
        self._api = api
        self._fixed = fixed
        self._count = 0

    @property
    def fixed(self) -> bool:
        return self._fixed

    def random_bytes(self, size: int) -> bytes:
        if not self._fixed:
            return os.urandom(size)
        self._count += 1
        digest = hashlib.sha256(f"{self._api}:seed:{self._count}".encode()).digest()
        return digest[:size]

    def uuid(self) -> str:
        return str(uuid.UUID(bytes=self.random_bytes(16), version=4))


def json_body(body: bytes) -> Any:
    """The parsed JSON of a request body (None when empty)."""
    return json.loads(body) if body else None


def money(value: float) -> float:
    """Rounded to cents, always a float (``+ 0.0`` also turns -0.0 into 0.0)."""
    return round(value + 0.0, 2)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


__all__ = [
    "Context",
    "Emulator",
    "Handler",
    "Record",
    "Refusal",
    "SeedIds",
    "digest",
    "json_body",
    "money",
]
