"""Mistakes the type checkers must report before anything runs. Each line below carries the
ignore comment of the error it must raise; both checkers are run so that an ignore which is no
longer needed is itself an error (mypy's ``warn_unused_ignores``, pyright's
``reportUnnecessaryTypeIgnoreComment``): if a mistake stops being reported, the check fails."""

from __future__ import annotations

import facade


def typos() -> None:
    fk = facade.Fiskaly()
    fk.organisations.list()  # type: ignore[attr-defined]
    fk.organizations.crate(name="x")  # type: ignore[attr-defined]
    fk.organizations.update(organization_id="o", nmae="x")  # type: ignore[call-arg]


def wrong_types() -> None:
    fk = facade.Fiskaly()
    fk.organizations.list(limit="10")  # type: ignore[arg-type]
    fk.organizations.list(order="upwards")  # type: ignore[arg-type]
    fk.api_keys.create(organization_id="o", name="pos", status="on")  # type: ignore[arg-type]
    fk.organizations.get()  # type: ignore[call-arg]
    fk.organizations.get(organization_id="o", idempotency_key="k")  # type: ignore[call-arg]


async def async_misuse() -> None:
    fk = facade.AsyncFiskaly()
    org = fk.organizations.get(organization_id="o")
    print(org.name)  # type: ignore[attr-defined]
    for _ in fk.organizations.list():  # type: ignore[attr-defined]
        pass
