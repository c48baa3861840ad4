"""A local, stateful stand-in for the three APIs, served by uvicorn on a loopback port.

    with facade.testing.sandbox() as sb:
        fk = sb.client("fiskaly")            # or facade.Fiskaly(base_url=sb.fiskaly_url, ...)
        sb.faults.add(api="fiskaly", path="^/organizations$", status=503, times=2)
        sb.expire_tokens()

From a shell: ``python -m facade.testing.sandbox --port 8000 [--database state.db]
[--fixed-credentials] [--credentials-from-env] [--env-file sandbox.env]``. A running
sandbox is also steered over HTTP: ``POST /_sandbox/faults`` (a JSON fault rule),
``DELETE /_sandbox/faults``, ``POST /_sandbox/expire-tokens``, ``GET /_sandbox/violations``,
``GET /_sandbox/requests`` (the request log) and ``DELETE /_sandbox/requests``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from starlette.responses import JSONResponse, Response

from .core import Context, Faults, SandboxApp, ServedRequest, Store, Violation
from .core import credentials as sandbox_credentials
from .enlivy import EnlivyEmulator
from .envoice import EnvoiceEmulator
from .fiskaly import FiskalyEmulator

START_TIMEOUT = 15.0
# The seeded records the command line lists, per API (attributes of the emulators).
SEEDED_IDS = {
    "fiskaly": ("organization_id", "user_id"),
    "enlivy": (
        "organization_id", "customer_id", "staff_user_id", "product_id", "tax_class_id",
        "tax_rate_id", "bank_account_id", "invoice_prefix_id", "other_organization_id",
    ),
}  # fmt: skip


class Sandbox:
    """The three emulated APIs behind one loopback server.

    Credentials are invented at each start unless asked for: ``fixed_credentials=True`` uses
    the documented values of ``facade.testing.core.credentials.FIXED`` and gives the seeded
    records the same ids at every start; ``credentials`` sets some by the name of the
    environment variable the clients read (``FISKALY_API_KEY``, ``ENVOICE_AUTH_SECRET``, ...).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        database: str | Path | None = None,
        validate: bool = True,
        seed: int = 0,
        access_token_lifetime: float = 300.0,
        refresh_token_lifetime: float = 3600.0,
        fixed_credentials: bool = False,
        credentials: Mapping[str, str] | None = None,
    ) -> None:
        requested = sandbox_credentials.requested(fixed_credentials, credentials)
        self.host = host
        self._requested_port = port
        self.store = Store(database)
        self.faults = Faults(seed)
        settings = {
            "access_token_lifetime": access_token_lifetime,
            "refresh_token_lifetime": refresh_token_lifetime,
        }
        context = Context(
            store=self.store,
            settings=settings,
            credentials=requested,
            fixed_ids=fixed_credentials,
        )
        self.fiskaly = FiskalyEmulator(context)
        self.enlivy = EnlivyEmulator(context)
        self.envoice = EnvoiceEmulator(context)
        for emulator in (self.fiskaly, self.enlivy, self.envoice):
            emulator.seed()
        self.app = SandboxApp(
            [self.fiskaly, self.enlivy, self.envoice], self.faults, validate=validate
        )
        self.app.control = self._control
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Sandbox:
        if self._server is not None:
            return self
        # IPPROTO_TCP explicitly: asyncio then sets TCP_NODELAY on accepted connections, which
        # avoids ~40 ms delayed-ACK stalls per request on loopback.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level="critical",
            lifespan="off",
            access_log=False,
            timeout_keep_alive=30,
            backlog=2048,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True, name="fiscal-sandbox"
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=START_TIMEOUT)
        self._server = self._thread = None
        self.store.close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses and clients -----------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def fiskaly_url(self) -> str:
        return self.url + self.fiskaly.mount

    @property
    def enlivy_url(self) -> str:
        return self.url + self.enlivy.mount

    @property
    def envoice_url(self) -> str:
        return self.url + self.envoice.mount

    def client_kwargs(self, api: str) -> dict[str, Any]:
        """Constructor arguments for the facade client of ``api``, pointing at this sandbox."""
        if api == "fiskaly":
            return {
                "api_key": self.fiskaly.api_key,
                "api_secret": self.fiskaly.api_secret,
                "base_url": self.fiskaly_url,
            }
        if api == "enlivy":
            return {
                "token": self.enlivy.token,
                "organization_id": self.enlivy.organization_id,
                "base_url": self.enlivy_url,
            }
        if api == "envoice":
            return {
                "auth_key": self.envoice.auth_key,
                "auth_secret": self.envoice.auth_secret,
                "base_url": self.envoice_url,
            }
        raise ValueError(f"unknown API {api!r} (fiskaly, enlivy, envoice)")

    def environment(self) -> dict[str, str]:
        """The environment variables that point the facade clients (and apps configured by
        environment) at this sandbox: base URLs and credentials, plus the seeded Enlivy
        organization, login, customer and role (the names the contract suite and
        ``python -m facade demo --live`` read)."""
        return {
            "FISKALY_BASE_URL": self.fiskaly_url,
            "FISKALY_API_KEY": self.fiskaly.api_key,
            "FISKALY_API_SECRET": self.fiskaly.api_secret,
            "ENLIVY_BASE_URL": self.enlivy_url,
            "ENLIVY_TOKEN": self.enlivy.token,
            "ENLIVY_ORGANIZATION_ID": self.enlivy.organization_id,
            "ENLIVY_EMAIL": self.enlivy.email,
            "ENLIVY_PASSWORD": self.enlivy.password,
            "ENLIVY_RECEIVER_USER_ID": self.enlivy.customer_id,  # can be invoiced
            "ENLIVY_USER_ROLE_ID": self.enlivy.customer_role_id,
            "ENVOICE_BASE_URL": self.envoice_url,
            "ENVOICE_AUTH_KEY": self.envoice.auth_key,
            "ENVOICE_AUTH_SECRET": self.envoice.auth_secret,
        }

    def client(self, api: str, **overrides: Any) -> Any:
        """A facade client (sync) for ``api`` that talks to this sandbox."""
        import facade

        cls = {"fiskaly": facade.Fiskaly, "enlivy": facade.Enlivy, "envoice": facade.Envoice}[api]
        return cls(**{**self.client_kwargs(api), **overrides})

    def async_client(self, api: str, **overrides: Any) -> Any:
        import facade

        cls = {
            "fiskaly": facade.AsyncFiskaly,
            "enlivy": facade.AsyncEnlivy,
            "envoice": facade.AsyncEnvoice,
        }[api]
        return cls(**{**self.client_kwargs(api), **overrides})

    # -- faults and checks -----------------------------------------------------------------------

    def expire_tokens(self) -> None:
        """Every access token issued so far is expired from now on (fiskaly)."""
        self.fiskaly.expire_tokens()

    @property
    def requests(self) -> list[ServedRequest]:
        """Every request the emulated APIs received, oldest first (the last 10,000). Entries
        are live: an exchange still under way fills in its status when it ends."""
        return list(self.app.requests)

    def clear_requests(self) -> None:
        self.app.requests.clear()

    @property
    def violations(self) -> list[Violation]:
        return list(self.app.violations)

    def assert_no_violations(self) -> None:
        if self.app.violations:
            listing = "\n".join(f"  {v}" for v in self.app.violations)
            raise AssertionError(
                f"the sandbox saw {len(self.app.violations)} spec violations:\n{listing}"
            )

    @contextmanager
    def expect_violations(self) -> Iterator[list[Violation]]:
        """Accept (and collect) the violations of the enclosed block: for tests that send
        requests the spec forbids on purpose."""
        before = len(self.app.violations)
        collected: list[Violation] = []
        try:
            yield collected
        finally:
            collected.extend(self.app.violations[before:])
            del self.app.violations[before:]

    async def _control(self, method: str, path: str, body: bytes) -> Response:
        if path == "/_sandbox/faults" and method == "POST":
            rule = self.faults.add(**json.loads(body or b"{}"))
            return JSONResponse({"added": repr(rule)}, status_code=201)
        if path == "/_sandbox/faults" and method == "DELETE":
            self.faults.clear()
            return Response(status_code=204)
        if path == "/_sandbox/expire-tokens" and method == "POST":
            self.expire_tokens()
            return Response(status_code=204)
        if path == "/_sandbox/requests" and method == "GET":
            return JSONResponse([dataclasses.asdict(r) for r in self.app.requests])
        if path == "/_sandbox/requests" and method == "DELETE":
            self.clear_requests()
            return Response(status_code=204)
        if path == "/_sandbox/violations" and method == "GET":
            return JSONResponse([str(v) for v in self.app.violations])
        return JSONResponse({"message": "unknown sandbox control"}, status_code=404)


@contextmanager
def sandbox(**settings: Any) -> Iterator[Sandbox]:
    """Start a sandbox for the enclosed block (see :class:`Sandbox` for the settings)."""
    box = Sandbox(**settings).start()
    try:
        yield box
    finally:
        box.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m facade.testing.sandbox", description="Serve the fiscal-facade sandbox."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--database", help="keep state in this SQLite file (default: in memory)")
    parser.add_argument(
        "--no-validate", action="store_true", help="skip spec validation of each exchange"
    )
    parser.add_argument(
        "--fixed-credentials",
        action="store_true",
        help="the same credentials and seeded ids at every start (documented in the README) "
        "instead of new ones",
    )
    parser.add_argument(
        "--credentials-from-env",
        action="store_true",
        help="accept the credentials already set in the environment ("
        + ", ".join(sandbox_credentials.NAMES)
        + "); the others are fixed",
    )
    parser.add_argument(
        "--env-file",
        type=Path,
        help="also write the environment for your app to this file (NAME='value' lines)",
    )
    args = parser.parse_args(argv)
    given = sandbox_credentials.from_environment(os.environ) if args.credentials_from_env else {}
    try:
        box = Sandbox(
            host=args.host,
            port=args.port,
            database=args.database,
            validate=not args.no_validate,
            fixed_credentials=args.fixed_credentials or args.credentials_from_env,
            credentials=given,
        ).start()
    except ValueError as error:
        parser.error(str(error))
    # Flushed: the lines are read by other programs through a pipe (block-buffered otherwise).
    print(f"fiscal-facade sandbox on {box.url}", flush=True)
    for api in ("fiskaly", "enlivy", "envoice"):
        settings = box.client_kwargs(api)
        url = settings.pop("base_url")
        credentials = ", ".join(f"{k}={v}" for k, v in settings.items())
        print(f"  {api:8} {url}  credentials: {credentials}", flush=True)
    lines = [f"{name}={shlex.quote(value)}" for name, value in box.environment().items()]
    if args.env_file is not None:
        args.env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\nThe environment for your app (the facade clients read these):", flush=True)
    for line in lines:
        print(f"  export {line}", flush=True)
    print("\nSeeded records (ids to use in calls):", flush=True)
    for api, names in SEEDED_IDS.items():
        emulator = getattr(box, api)
        ids = ", ".join(f"{name}={getattr(emulator, name)}" for name in names)
        print(f"  {api:8} {ids}", flush=True)
    print("Stop with Ctrl-C.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        box.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
