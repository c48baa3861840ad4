"""What the three emulators share: the ASGI app that serves them (spec validation, faults,
request log), the record store, fault rules, credentials, and the base of every emulator."""

from __future__ import annotations

from .app import SandboxApp, ServedRequest, Violation
from .emulator import Context, Emulator, Refusal, SeedIds, digest, json_body, money
from .faults import Fault, Faults
from .store import Record, Store

__all__ = [
    "Context",
    "Emulator",
    "Fault",
    "Faults",
    "Record",
    "Refusal",
    "SandboxApp",
    "SeedIds",
    "ServedRequest",
    "Store",
    "Violation",
    "digest",
    "json_body",
    "money",
]
