"""The async clients: one task per API, run at the same time, each paging through a list with
``async for``. The same surface as the sync clients, awaited.

Reads the same variables as the other examples (all three APIs). Against the local sandbox:

    python -m facade.testing.sandbox --fixed-credentials --env-file sandbox.env &
    set -a; . ./sandbox.env; set +a
    python examples/async_clients.py
"""

from __future__ import annotations

import asyncio

import facade


async def fiskaly_organizations() -> str:
    async with facade.AsyncFiskaly() as fk:
        names = [organization.name async for organization in fk.organizations.list(limit=100)]
    return f"fiskaly: organizations visible: {len(names)}"


async def enlivy_tax_rates() -> str:
    async with facade.AsyncEnlivy() as en:
        rates = [f"{rate.name} ({rate.rate:g} %)" async for rate in en.tax_rates.list()]
    return f"enlivy: tax rates {', '.join(rates) or 'none'}"


async def envoice_currencies() -> str:
    async with facade.AsyncEnvoice() as ev:
        currencies = await ev.general.currencies()
        gateways = await ev.payments.supported()
    return f"envoice: {len(currencies)} currencies, {len(gateways)} payment gateways"


async def main() -> int:
    for line in await asyncio.gather(
        fiskaly_organizations(), enlivy_tax_rates(), envoice_currencies()
    ):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
