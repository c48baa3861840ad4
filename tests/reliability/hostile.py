"""A hostile HTTP/1.1 server on a loopback port, written on raw sockets: it answers whatever a test
tells it to, byte by byte if need be (drip a body, inflate a bomb, lie about pages, echo a
secret, speak broken HTTP), and records what it received.

The sandbox (``facade.testing``) is an honest emulator validated against the specs; this server
is the opposite, for the classes of failure an honest server never shows.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 401: "Unauthorized", 503: "Unavailable"}


@dataclass
class Received:
    """One request as it arrived."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Exchange:
    """The connection a handler answers on, and what it managed to send."""

    sock: socket.socket
    sent: int = 0  # body bytes sent by drip()
    hung_up: bool = False  # the client closed the connection while we were still sending
    close_after: bool = False

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
        except OSError:
            self.hung_up = True
            return False
        return True

    def respond(
        self,
        status: int,
        body: bytes | str | Any = b"",
        headers: dict[str, str] | None = None,
        *,
        close: bool = False,
    ) -> None:
        """A complete answer with a Content-Length; a dict or list body is sent as JSON."""
        if isinstance(body, str):
            payload = body.encode()
        elif isinstance(body, bytes):
            payload = body
        else:
            payload = json.dumps(body).encode()
        fields = {"Content-Type": "application/json", **(headers or {})}
        self.send(self.head(status, fields, length=len(payload)) + payload)
        self.close_after = close

    @staticmethod
    def head(status: int, headers: dict[str, str], *, length: int | None) -> bytes:
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if length is not None:
            lines.append(f"Content-Length: {length}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def drip(self, data: bytes, interval: float) -> None:
        """Send ``data`` one byte at a time, ``interval`` seconds apart, until the client hangs
        up (then ``hung_up`` is set and ``sent`` says how far it got)."""
        for index in range(len(data)):
            if not self.send(data[index : index + 1]):
                return
            self.sent += 1
            time.sleep(interval)
        self.close_after = True


Handler = Callable[[Received, Exchange], None]


@dataclass
class HostileServer:
    """``with HostileServer(handler) as server: ... server.url ...``"""

    handler: Handler
    received: list[Received] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)  # accept() wakes up to see the server stopping
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True, name="hostile")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> HostileServer:
        self._accepting.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._accepting.join(timeout=10)
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        for thread in self._threads:
            thread.join(timeout=10)

    def to(self, suffix: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.path.endswith(suffix)]

    # -- serving ---------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            with self._lock:
                self._connections.append(connection)
                self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        try:
            while not self._stopping.is_set():
                request, buffer = _read_request(connection, buffer)
                if request is None:
                    return
                exchange = Exchange(connection)
                with self._lock:
                    self.received.append(request)
                    self.exchanges.append(exchange)
                self.handler(request, exchange)
                if exchange.close_after or exchange.hung_up:
                    return
        except OSError:
            return
        finally:
            connection.close()


def _read_request(connection: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return Received(method, target, headers, rest[:length]), rest[length:]


@contextmanager
def hostile(handler: Handler) -> Iterator[HostileServer]:
    with HostileServer(handler) as server:
        yield server


# -- payloads ------------------------------------------------------------------------------------


def gzip_bomb(decoded_size: int, block: int = 1 << 20) -> bytes:
    """A gzip body that inflates to ``decoded_size`` zero bytes (a multiple of ``block``), built
    without compressing the whole: after a full flush, deflate compresses each further block of
    zeros to the same bytes, so one block's output is repeated."""
    blocks = decoded_size // block
    assert blocks >= 2 and decoded_size % block == 0
    zeros = bytes(block)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeat = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH) == repeat
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = crc.to_bytes(4, "little") + (decoded_size % 2**32).to_bytes(4, "little")
    return header + first + repeat * (blocks - 1) + deflate.flush(zlib.Z_FINISH) + trailer


def nested_json(depth: int) -> bytes:
    """``[[[...]]]`` nested ``depth`` deep: valid JSON that Python's parser cannot decode."""
    return b"[" * depth + b"]" * depth
