"""Let openapi-core validate httpx exchanges (it ships no httpx integration)."""

from __future__ import annotations

from typing import Any

import httpx
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class HttpxOpenAPIRequest:
    """An ``httpx.Request`` seen through openapi-core's ``Request`` protocol.

    ``base_url``/``server_url``: when the request went to another address than the spec's server
    (a sandbox), the path below ``base_url`` is placed below ``server_url`` for matching.
    """

    def __init__(
        self, request: httpx.Request, *, base_url: str | None = None, server_url: str | None = None
    ) -> None:
        self.request = request
        url = request.url
        target = httpx.URL(server_url) if server_url else url
        path = url.path
        if base_url and server_url:
            base_path = httpx.URL(base_url).path.rstrip("/")
            path = httpx.URL(server_url).path.rstrip("/") + path[len(base_path) :]
        self.host_url = f"{target.scheme}://{target.netloc.decode('ascii')}"
        self.path = path
        self.full_url_pattern = self.host_url + self.path
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        content: Any = self.request.content
        return bytes(content) if content else None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type", "").lower()


class HttpxOpenAPIResponse:
    """An ``httpx.Response`` (already read) seen through openapi-core's ``Response`` protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content
        self.headers = Headers(list(response.headers.multi_items()))
        self.content_type = response.headers.get("content-type", "")
