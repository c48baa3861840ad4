"""The canned loopback server every HTTP benchmark talks to, run in its own process.

    python bench/server.py PAYLOAD_DIR      # prints "port N" once it listens

It answers GETs from bytes captured from the sandbox (so they match the Enlivy spec) and
generates tag pages on the fly. It is a bare asyncio HTTP/1.1 server with keep-alive rather than
uvicorn: uvicorn without httptools parses HTTP with pure-Python h11 and spends more time per
request than the clients under test, which would hide the client-side differences we measure.
Running in a separate process keeps its work off the client's core and out of its GIL.

Routes (the prefix stands in for a base URL):

* ``/canned/organizations/{org}/invoices``       the captured page of 20 invoices
* ``/canned/organizations/{org}/invoices/{id}``  the captured single invoice (``{"data": ...}``)
* ``/n{N}/organizations/{org}/tags?page=P&per_page=S``  page P of N generated tags
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

_HEAD = (
    b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
    b"x-request-id: bench\r\n\r\n"
)


class Canned:
    """Routing and bodies; kept apart from the protocol so it is easy to read and test."""

    def __init__(self, payload_dir: Path) -> None:
        self.invoice_page = (payload_dir / "invoice_page.json").read_bytes()
        self.invoice = (payload_dir / "invoice.json").read_bytes()
        self.tag: dict[str, Any] = json.loads((payload_dir / "tag.json").read_bytes())

    def respond(self, target: str) -> tuple[int, bytes]:
        path, _, query = target.partition("?")
        parts = path.strip("/").split("/")
        # ["canned" | "nN", "organizations", org, kind, (id)]
        if len(parts) >= 4 and parts[1] == "organizations":
            if parts[0] == "canned" and parts[3] == "invoices":
                return 200, self.invoice_page if len(parts) == 4 else self.invoice
            if parts[0].startswith("n") and parts[3] == "tags" and len(parts) == 4:
                return 200, self.tag_page(path, int(parts[0][1:]), dict(parse_qsl(query)))
        return 404, b'{"message":"no such canned route"}'

    def tag_page(self, path: str, total: int, query: dict[str, str]) -> bytes:
        page = max(int(query.get("page", "1")), 1)
        per_page = int(query.get("per_page", "30"))
        pages = max((total + per_page - 1) // per_page, 1)
        first = (page - 1) * per_page
        count = max(min(per_page, total - first), 0)
        items = [{**self.tag, "id": f"org_tag_{first + i:09d}"} for i in range(count)]

        def link(number: int) -> str:
            return f"{path}?page={number}&per_page={per_page}"

        meta = {
            "pagination": {
                "total": total,
                "count": count,
                "per_page": per_page,
                "current_page": page,
                "total_pages": pages,
                "links": {
                    "next": link(page + 1) if page < pages else None,
                    "previous": link(page - 1) if page > 1 else None,
                },
            }
        }
        return json.dumps({"data": items, "meta": meta}, separators=(",", ":")).encode()


class _Protocol(asyncio.Protocol):
    def __init__(self, canned: Canned) -> None:
        self._canned = canned
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)  # noqa: S101 - TCP gives a Transport
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self._buffer) < end + 4 + length:
                return  # the body is still arriving (the benchmarks only GET, but be correct)
            self._buffer = self._buffer[end + 4 + length :]
            target = head.split(" ", 2)[1]
            status, body = self._canned.respond(target)
            reason = b"OK" if status == 200 else b"Not Found"
            if self._transport is not None:
                self._transport.write(_HEAD % (status, reason, len(body)) + body)


async def serve(payload_dir: Path) -> None:
    canned = Canned(payload_dir)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Protocol(canned), "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(f"port {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1])))
