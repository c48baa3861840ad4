"""5. Steady-state auth cost: round trips per request with a valid, cached fiskaly token.

Counted at the server: the sandbox's fault rules count the requests they match (``hits``), and a
rule with no effect changes nothing else. One rule matches the token endpoint, a second one every
other fiskaly request; the first matching rule takes the hit, so the two counts do not overlap.
"""

from __future__ import annotations

import asyncio
from typing import Any

import facade
from facade.testing import sandbox

from .harness import Row, Section


def run(*, requests: int) -> Section:
    with sandbox(validate=False) as sb:
        token_hits = sb.faults.add(api="fiskaly", path="^/auth$")
        api_hits = sb.faults.add(api="fiskaly")

        def counts() -> tuple[int, int]:
            return token_hits.hits, api_hits.hits

        fk: Any = facade.Fiskaly(**sb.client_kwargs("fiskaly"))
        with fk:
            fk.organizations.list(limit=10).first_page()  # logs in: one token request
            before = counts()
            for _ in range(requests):
                fk.organizations.list(limit=10).first_page()
            steady = _delta(before, counts())
            sb.expire_tokens()
            fk.auth.expire_now()  # the client's copy expires too: the next call renews first
            before = counts()
            fk.organizations.list(limit=10).first_page()
            renewal = _delta(before, counts())
            stats = fk.auth.stats

        async def walk_async() -> tuple[tuple[int, int], tuple[int, int]]:
            async with facade.AsyncFiskaly(**sb.client_kwargs("fiskaly")) as afk:

                async def burst() -> tuple[int, int]:
                    start = counts()
                    await asyncio.gather(
                        *(afk.organizations.list(limit=10).first_page() for _ in range(requests))
                    )
                    return _delta(start, counts())

                return await burst(), await burst()  # cold (no token yet), then steady

        cold_async, steady_async = asyncio.run(walk_async())

    extra = (steady[0] + steady[1] - requests) / requests
    extra_async = (steady_async[0] + steady_async[1] - requests) / requests
    section = Section(5, "Steady-state auth cost (fiskaly, counted at the server)")
    section.rows = [
        Row(
            5,
            "auth round trips",
            "extra round trips per request, cached token (sync)",
            f"{steady[1]} API + {steady[0]} token requests for {requests} calls",
            extra,
            "0 extra",
            steady == (0, requests),
            unit=" per request",
        ),
        Row(
            5,
            "auth round trips (async)",
            f"extra round trips per request, {requests} concurrent calls",
            f"{steady_async[1]} API + {steady_async[0]} token requests for {requests} calls",
            extra_async,
            "0 extra",
            steady_async == (0, requests),
            unit=" per request",
        ),
        Row(
            5,
            "cold start (async)",
            f"token requests for {requests} concurrent calls without a token",
            f"{cold_async[1]} API + {cold_async[0]} token requests",
            None,
            "1 (single flight)",
            cold_async == (1, requests),
        ),
    ]
    section.details = [
        f"- sync: {requests} calls after the first one sent {steady[1]} API requests and "
        f"{steady[0]} token requests",
        f"- async: {requests} concurrent calls sent {steady_async[1]} API requests and "
        f"{steady_async[0]} token requests",
        f"- async, cold client: {requests} concurrent calls sent {cold_async[1]} API requests "
        f"and {cold_async[0]} token request(s)",
        f"- after the token expired, one call sent {renewal[1]} API request and {renewal[0]} "
        "token request(s)",
        f"- client-side counters (sync client): {stats}",
    ]
    return section


def _delta(before: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
    return after[0] - before[0], after[1] - before[1]
