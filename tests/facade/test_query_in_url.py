"""The query goes into the URL string (one parse by httpx instead of two) only where that sends
exactly what httpx's ``params=`` would: the same URL, and a caller's default params still
merged the way httpx merges them."""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
from enlivy_client import AuthenticatedClient
from enlivy_client.api.invoices import list_invoices
from hypothesis import given
from hypothesis import strategies as st

import facade

BASE = "https://api.enlivy.com"
# What a wire.Request holds: names once each, a list's values repeating its name.
queries = st.dictionaries(
    st.text(min_size=1), st.text() | st.lists(st.text(), min_size=1, max_size=3), max_size=6
)


@given(values=queries)
def test_a_query_in_the_url_is_the_query_httpx_would_build(
    values: dict[str, str | list[str]],
) -> None:
    query = [
        (name, item)
        for name, value in values.items()
        for item in ([value] if isinstance(value, str) else value)
    ]
    with httpx.Client(base_url=BASE) as client:
        from_params = client.build_request("GET", "/organizations/o/tags", params=query or None)
        suffix = "?" + urlencode(query) if query else ""
        inline = client.build_request("GET", "/organizations/o/tags" + suffix)
    assert inline.url == from_params.url
    assert inline.url.raw_path == from_params.url.raw_path


def _recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = {"total": 0, "count": 0, "per_page": 5, "current_page": 1, "total_pages": 1}
        return httpx.Response(200, json={"data": [], "meta": {"pagination": page}})

    return seen, httpx.MockTransport(answer)


def test_the_facade_sends_the_query_once_in_the_url() -> None:
    seen, transport = _recording()
    with facade.Enlivy(
        token="t", organization_id="org_1", http_client=httpx.Client(transport=transport)
    ) as en:
        en.tags.list(per_page=5, q="a b&c").first_page()
    assert seen[0].url.path == "/organizations/org_1/tags"
    assert seen[0].url.params.multi_items() == [("per_page", "5"), ("q", "a b&c")]
    assert seen[0].url.query == b"per_page=5&q=a+b%26c"


def test_a_clients_default_params_are_still_merged() -> None:
    seen, transport = _recording()
    http = httpx.Client(transport=transport, params={"trace": "1", "per_page": "99"})
    with facade.Enlivy(token="t", organization_id="org_1", http_client=http) as en:
        en.tags.list(per_page=5).first_page()
    # As httpx merges them: the call's value wins over the client's default of the same name.
    assert dict(seen[0].url.params.multi_items()) == {"trace": "1", "per_page": "5"}


def test_the_bare_generated_client_inlines_the_query_only_without_default_params() -> None:
    seen, transport = _recording()
    for defaults in ({}, {"per_page": "99", "trace": "1"}):
        bare = AuthenticatedClient(base_url=BASE, token="t")
        bare.set_httpx_client(httpx.Client(base_url=BASE, transport=transport, params=defaults))
        list_invoices.sync_detailed(client=bare, organization_id="org_1", per_page=20)
    plain, merged = seen[-2], seen[-1]
    assert plain.url.query == b"per_page=20"
    assert dict(merged.url.params.multi_items()) == {"per_page": "20", "trace": "1"}
    request = list_invoices.build_request(organization_id="org_1", per_page=20)
    assert request.httpx_arguments()["params"] == [("per_page", "20")]  # no client: params=
