"""The credentials a sandbox hands out, named by the environment variables the facade clients
read (so that an app configured by environment runs against the sandbox unchanged).

By default each fresh sandbox invents new credentials. ``fixed=True`` uses the values in
:data:`FIXED` (documented in the README: they are not secrets, only ever accepted by a local
sandbox) and seeds its records with the same ids at every start; ``given`` values override either.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The fixed credentials: the same at every start of a sandbox asked for them.
FIXED: dict[str, str] = {
    "FISKALY_API_KEY": "test_sandbox_fiskaly_api_key",
    "FISKALY_API_SECRET": "sandbox-fiskaly-api-secret",
    "ENLIVY_TOKEN": "1|sandboxenlivytoken0000000000000000000000",
    "ENLIVY_PASSWORD": "sandbox-enlivy-password",
    "ENVOICE_AUTH_KEY": "ev_key_sandbox",
    "ENVOICE_AUTH_SECRET": "ev_secret_sandbox",
}

NAMES = tuple(FIXED)


def requested(fixed: bool, given: Mapping[str, str] | None) -> dict[str, str]:
    """The credentials to seed, by variable name (absent names are invented at seeding).

    Unknown names and empty values are refused here, before anything starts.
    """
    chosen = dict(FIXED) if fixed else {}
    for name, value in (given or {}).items():
        if name not in FIXED:
            raise ValueError(f"credentials: unknown name {name!r} (known: {', '.join(NAMES)})")
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            raise ValueError(
                f"credentials: {name} must be a non-empty string without surrounding spaces"
            )
        chosen[name] = value
    return chosen


def from_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The sandbox credentials set in ``environ`` (empty values are ignored)."""
    return {name: environ[name] for name in NAMES if environ.get(name)}
