"""1. Sequential GETs of a page of 20 invoices: raw httpx, the bare generated client, the facade."""

from __future__ import annotations

import json
from typing import Any

import httpx
from enlivy_client import AuthenticatedClient
from enlivy_client.api.invoices import list_invoices
from enlivy_client.models.invoice_list import InvoiceList

import facade

from .harness import Payloads, Row, Section, interleaved, median, ms, profile_lines, spread

FACADE_VS_BARE = 1.10
FACADE_VS_RAW = 1.5
PROFILED_CALLS = 200

# What the profile showed when this benchmark was written (facade at commit 8423ea6); printed
# with a fresh profile when a target is missed, so stale items can be told apart. The savings
# were measured by patching each cost out in a separate experiment (not part of this run): the
# first three together took the facade from 1.33x to 1.09x of the bare client on a quiet machine.
CAUSES_VS_BARE = [
    "The page body is JSON-decoded twice: after the generated `_build_response` has parsed it, "
    "`_Core._page` calls `result.json()` (`json_body`: `response.text` + `json.loads`) only to "
    "read the paging fields; 0.19 ms of the 0.5 ms the facade adds per request here. Fix: read "
    "the paging fields from the parsed model (`meta.pagination`, `count`, `TotalCount`, through "
    "`_attribute`), or decode once and give the dict to the model's `from_dict`.",
    "Every call validates its query and path values with jsonschema (`RequestValidator.check`); "
    "each value resolves a `$ref` through `referencing`: 0.13 ms per request. Fix: memoise the "
    "outcome per (schema pointer, value) for scalar values in a bounded LRU, and/or build each "
    "validator on the resolved sub-schema so no `$ref` is looked up per call.",
    "`_prepare` parses the full URL again for `require_secure_url(httpx.URL(url))`: 0.03 ms. "
    "The base URL is checked in `__init__` and path values are percent-encoded with "
    '`safe=""`, so scheme and host cannot change, and the auth flows check `request.url` '
    "anyway. Fix: drop the per-call check.",
    'Smaller: `_finish` scans every successful body for `b"IsFaulted"` (20-40 us for 40 KB) '
    "although only Envoice has fault envelopes (gate it with a flag on `ApiDefinition`); "
    "`paging_style(operation)` is recomputed on every `list()` (cache it per operation); the "
    "retry transport copies each request (headers and a new `Request`) even for the first "
    "attempt.",
]
CAUSES_VS_RAW = [
    "Against raw httpx + `json.loads` the facade also pays for building the generated attrs "
    "models: the bare generated client alone is about 2x raw httpx here (`Invoice.from_dict` "
    "for 20 invoices of about 75 fields each). No facade change can bring a call that returns "
    "these models to 1.5x; options are lazy models (build items on first access), a faster "
    "`from_dict` in the generator templates, or a target stated against the bare client only.",
]


def run(base: str, payloads: Payloads, *, rounds: int, batch: int) -> Section:
    url = base + "/canned"
    org = payloads.organization_id
    headers = {"Authorization": f"Bearer {payloads.token}"}
    raw = httpx.Client()
    bare = AuthenticatedClient(base_url=url, token=payloads.token)
    en: Any = facade.Enlivy(token=payloads.token, organization_id=org, base_url=url)

    def call_raw() -> object:
        response = raw.get(f"{url}/organizations/{org}/invoices?per_page=20", headers=headers)
        response.raise_for_status()
        return json.loads(response.content)

    def call_bare() -> object:
        parsed = list_invoices.sync_detailed(org, client=bare, per_page=20).parsed
        if not isinstance(parsed, InvoiceList):
            raise RuntimeError(f"the bare client did not parse the page: {parsed!r}")
        return parsed

    def call_facade() -> object:
        return en.invoices.list(per_page=20).first_page()

    contestants = {"raw httpx + json.loads": call_raw, "bare generated": call_bare}
    contestants["facade"] = call_facade
    try:
        for call in contestants.values():  # warm up: connections, lazy imports, caches
            for _ in range(20):
                call()
        if len(en.invoices.list(per_page=20).first_page()) != payloads.invoice_page_items:
            raise RuntimeError("the facade did not return the whole page")
        samples = interleaved(contestants, rounds=rounds, batch=batch)
        raw_s, bare_s, facade_s = (median(samples[name]) for name in contestants)
        vs_bare, vs_raw = facade_s / bare_s, facade_s / raw_s
        missed = vs_bare > FACADE_VS_BARE or vs_raw > FACADE_VS_RAW
        profile = (
            profile_lines(lambda: [call_facade() for _ in range(PROFILED_CALLS)]) if missed else []
        )
    finally:
        raw.close()
        bare.get_httpx_client().close()
        en.close()
    section = Section(1, "Sequential GETs of a page of 20 invoices (Enlivy, 40 KB)")
    section.rows = [
        Row(
            1,
            "sequential page GET",
            "facade / bare generated client",
            f"{ms(facade_s)} vs {ms(bare_s)} per request",
            vs_bare,
            f"<= {FACADE_VS_BARE:.2f}x",
            vs_bare <= FACADE_VS_BARE,
        ),
        Row(
            1,
            "sequential page GET",
            "facade / raw httpx + json.loads",
            f"{ms(facade_s)} vs {ms(raw_s)} per request",
            vs_raw,
            f"<= {FACADE_VS_RAW:.2f}x",
            vs_raw <= FACADE_VS_RAW,
        ),
    ]
    section.details = [
        f"{rounds} interleaved rounds of {batch} requests per contestant; median per request "
        "(min..max over rounds):",
        *(f"- {name}: {ms(median(s))} ({spread(s)})" for name, s in samples.items()),
        f"- bare generated client / raw httpx: {bare_s / raw_s:.2f}x (the cost of building the "
        "attrs models, which the facade inherits)",
    ]
    if vs_bare > FACADE_VS_BARE:
        section.remains += [f"- {cause}" for cause in CAUSES_VS_BARE]
    if vs_raw > FACADE_VS_RAW:
        section.remains += [f"- {cause}" for cause in CAUSES_VS_RAW]
    if profile:
        section.remains += [
            "",
            f"cProfile of {PROFILED_CALLS} facade calls (seconds, with profiler overhead):",
            "",
            "```",
            *profile,
            "```",
        ]
    return section
