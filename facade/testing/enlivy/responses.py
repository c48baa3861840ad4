"""Enlivy request handling: bearer tokens, ``include`` and list queries, ``Idempotency-Key``
replays, and Enlivy's answers (``{"data": ...}``, lists with ``meta``) and error body
(``{"message", "errors"}``)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..core import Record
from ..core.emulator import json_body
from .models import ORGANIZATIONS, Call, EnlivyBackend, Kind, Page, public


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    fields: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {"message": message}
    # A 422 always carries ``errors`` (the spec requires it), even when no field is named.
    if status == 422 or fields:
        body["errors"] = fields or {}
    return JSONResponse(body, status_code=status, headers=headers)


class EnlivyResponses:
    """One handler per operation (the record kinds share theirs)."""

    def __init__(self, backend: EnlivyBackend, mount: str) -> None:
        self.backend = backend
        self.mount = mount

    def _call(self, request: Request, kind: Kind) -> Call:
        return self.backend.call(
            request.headers.get("authorization", ""),
            request.path_params["organization_id"],
            kind,
            request.query_params.get("include"),
        )

    def _one(self, kind: Kind, doc: Record, call: Call, status: int = 200) -> Response:
        return JSONResponse({"data": self.backend.render(kind, doc, call)}, status_code=status)

    def _list(self, request: Request, page: Page, rendered: list[Record]) -> Response:
        meta: dict[str, Any] = {
            "pagination": {
                "total": page.total,
                "count": len(page.items),
                "per_page": page.per_page,
                "current_page": page.page,
                "total_pages": page.total_pages,
                "links": {
                    "next": self._page_url(request, page.page + 1)
                    if page.page < page.total_pages
                    else None,
                    "previous": self._page_url(request, page.page - 1) if page.page > 1 else None,
                },
            }
        }
        if page.navigation is not None:
            meta["navigation"] = page.navigation
        return JSONResponse({"data": rendered, "meta": meta})

    def _page_url(self, request: Request, page: int) -> str:
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        query.append(("page", str(page)))
        url = request.url
        return f"{url.scheme}://{url.netloc}{self.mount}{url.path}?{urlencode(query)}"

    # -- authentication and organizations ------------------------------------------------------

    async def login(self, request: Request) -> Response:
        body = json_body(await request.body()) or {}
        return JSONResponse({"token": self.backend.login(body)})

    async def list_organizations(self, request: Request) -> Response:
        account = self.backend.account(request.headers.get("authorization", ""))
        self.backend.includes(request.query_params.get("include"), ORGANIZATIONS)
        records = self.backend.organizations_of(account)
        page = self.backend.page(request.query_params, ORGANIZATIONS, records)
        return self._list(request, page, [public(doc) for doc in page.items])

    async def get_organization(self, request: Request) -> Response:
        account = self.backend.account(request.headers.get("authorization", ""))
        org = self.backend.organization(account, request.path_params["organization_id"])
        # Accepted names embed nothing (no shapes known).
        self.backend.includes(request.query_params.get("include"), ORGANIZATIONS)
        return JSONResponse({"data": public(org)})

    # -- the record kinds ----------------------------------------------------------------------

    async def list(self, kind: Kind, request: Request) -> Response:
        call = self._call(request, kind)
        page = self.backend.page(request.query_params, kind, self.backend.records_of(kind, call))
        return self._list(request, page, [self.backend.render(kind, d, call) for d in page.items])

    async def get(self, kind: Kind, request: Request) -> Response:
        call = self._call(request, kind)
        # Deleted records stay readable by id (they are in the trash, not gone).
        doc = self.backend.found(kind, call, request.path_params[kind.param], active=False)
        return self._one(kind, doc, call)

    async def create(self, kind: Kind, request: Request) -> Response:
        call = self._call(request, kind)
        raw = await request.body()
        body = json_body(raw) or {}
        key = request.headers.get("idempotency-key")
        entry = None
        if key is not None:
            identity = [request.url.path, str(request.url.query), json_body(raw)]
            entry = self.backend.idempotent(call, key, identity)
            if "status" in entry:  # seen before: the same answer again
                return JSONResponse(
                    entry["body"],
                    status_code=entry["status"],
                    headers={"Idempotent-Replayed": "true"},
                )
        response = self._one(kind, self.backend.create(kind, call, body), call, status=201)
        if entry is not None:
            self.backend.remember(entry, response.status_code, json.loads(bytes(response.body)))
        return response

    async def update(self, kind: Kind, request: Request) -> Response:
        call = self._call(request, kind)
        record_id = request.path_params[kind.param]
        self.backend.found(kind, call, record_id)  # 404 before looking at the body
        body = json_body(await request.body()) or {}
        return self._one(kind, self.backend.update(kind, call, record_id, body), call)

    async def delete(self, kind: Kind, request: Request) -> Response:
        call = self._call(request, kind)
        return self._one(
            kind, self.backend.delete(kind, call, request.path_params[kind.param]), call
        )
