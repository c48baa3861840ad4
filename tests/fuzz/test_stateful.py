"""Stateful fuzzing against the sandbox, with its spec validation on.

Two kinds of runs per API, each with a small fixed budget and derandomized. The paths can still
differ from run to run (schemathesis picks among link values with true randomness, by design,
and the sandbox's ids and timestamps are new each time), so every check must hold on any path;
runs at eight times the budget were clean.

* schemathesis' state machine, built from links that schemathesis 4 infers from the spec
  (``dependency-analysis``: our specs declare no OpenAPI links): chains of calls carry ids from
  one response into the next request; every response must pass schemathesis' conformance checks
  and its stateful checks (a deleted resource stays gone, a created one can be read);
* a hypothesis ``RuleBasedStateMachine`` per API that creates, reads, updates, lists and deletes
  through the facade and keeps a model of what must exist: what was created is listed (across
  pages) until deleted, with the values last written; deleted records answer "not found"; the
  API's rules (unique names, no self-deletion, soft delete) hold.

After each run the sandbox must have seen no spec violation, in either direction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from schemathesis.checks import (
    content_type_conformance,
    ensure_resource_availability,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)

from facade import errors
from facade.testing import Sandbox
from tests.fuzz import DEFINITIONS, fuzz_settings, schemathesis_schema

SCHEMATHESIS_RUNS = fuzz_settings(10, stateful_step_count=6)
FACADE_RUNS = fuzz_settings(5, stateful_step_count=10)
# Conformance plus the stateful checks. Left out: positive_data_acceptance, since a request the
# schema allows may still break a business rule (an unknown reference is a 400, as documented).
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    use_after_free,
    ensure_resource_availability,
]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as box:
        yield box


def auth_headers(box: Sandbox, api: str) -> dict[str, str]:
    if api == "fiskaly":
        client = box.client("fiskaly")
        client.organizations.list().first_page()  # obtains a token
        token = client.auth._usable_token()
        assert token is not None
        return {"Authorization": f"Bearer {token.access.reveal()}"}
    if api == "enlivy":
        return {"Authorization": f"Bearer {box.enlivy.token}"}
    return {"x-auth-key": box.envoice.auth_key, "x-auth-secret": box.envoice.auth_secret}


# -- schemathesis: inferred links -----------------------------------------------------------


def seed(box: Sandbox, api: str) -> None:
    """A few records, so that lists have ids for the links to carry."""
    client = box.client(api)
    if api == "fiskaly":
        org = client.organizations.create(
            name="Seeded GmbH", address_line1="Main 1", zip="1010", town="Wien", country_code="AUT"
        )
        client.api_keys.create(organization_id=org.field_id, name="seeded", status="enabled")
    elif api == "enlivy":
        for alias in ("red", "green"):
            client.tags.create(alias=alias)
    else:
        for title in ("Design", "Build"):
            client.work_types.create(title=title)
        client.taxes.create(name="VAT", percentage=20)
    client.close()


@pytest.mark.parametrize("api", list(DEFINITIONS))
def test_schemathesis_state_machine_with_inferred_links(sandbox: Sandbox, api: str) -> None:
    schema = schemathesis_schema(api)
    base_machine = schema.as_state_machine()
    # Our specs have no OpenAPI links; schemathesis 4 infers them from the schemas.
    assert schema.statistic.transitions.total > 0
    seed(sandbox, api)
    # Enlivy soft-deletes (its spec: a deleted record stays readable by id, with deleted_at),
    # so "deleted means 404" is not its rule; EnlivyMachine checks the trash instead.
    checks = [c for c in CHECKS if not (api == "enlivy" and c is use_after_free)]
    base_url = getattr(sandbox, f"{api}_url")
    headers = auth_headers(sandbox, api)
    seen: Counter[str] = Counter()

    class Machine(base_machine):  # type: ignore[misc, valid-type]
        def step(self, input: Any) -> Any:
            if input.transition is None or not input.applied_parameters:
                return super().step(input)
            seen["linked"] += 1  # a value from an earlier response went into this request
            # An inferred link can carry a value where it does not fit (it maps an
            # organization's "type" onto a product's): the sandbox must refuse that request
            # as the spec says, and never answer with something the spec does not allow.
            with sandbox.expect_violations() as refused:
                output = super().step(input)
            assert all(v.kind == "request" for v in refused), refused
            return output

        def before_call(self, case: Any) -> None:
            if api == "enlivy" and "organization_id" in (case.path_parameters or {}):
                # One tenant: a random organization id would only ever meet 403.
                case.path_parameters["organization_id"] = sandbox.enlivy.organization_id
            # schemathesis sends name= for strings without minLength, which OpenAPI forbids
            # unless allowEmptyValue (the facade refuses it: test_an_empty_query_value_is_not_sent).
            for name, value in list((case.query or {}).items()):
                if value == "":
                    del case.query[name]

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": base_url, "headers": headers}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            seen["calls"] += 1
            seen["success"] += 200 <= response.status_code < 300

        def validate_response(self, response: Any, case: Any, *args: Any, **kwargs: Any) -> None:
            case.validate_response(
                response, checks=checks, transport_kwargs=kwargs, recorder=self.recorder
            )

    Machine.run(settings=SCHEMATHESIS_RUNS)
    assert seen["calls"] > 0 and seen["success"] > 0, seen
    assert seen["linked"] > 0, f"no inferred link was followed: {seen}"
    sandbox.assert_no_violations()


# -- the facade: a model of each API --------------------------------------------------------


class SandboxMachine(RuleBasedStateMachine):
    """A fresh sandbox per run; the run fails if the sandbox saw a spec violation.

    ``branches`` counts the paths taken over all runs, so the test can require that the fixed
    budget reached each rule worth checking (deletes, conflicts, not-found answers).
    """

    api: ClassVar[str] = ""
    branches: ClassVar[Counter[str]]
    required: ClassVar[frozenset[str]] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.sandbox = Sandbox().start()
        self.client = self.sandbox.client(self.api)

    def took(self, branch: str) -> None:
        type(self).branches[branch] += 1

    def teardown(self) -> None:
        try:
            self.client.close()
            self.sandbox.assert_no_violations()
        finally:
            self.sandbox.stop()


names = (
    st.text(alphabet="abcdefghij ", min_size=3, max_size=12)
    .map(str.strip)
    .filter(lambda s: len(s) >= 3)
)
metadata = st.dictionaries(
    st.sampled_from(["crm", "region", "tier", "k" * 40]),
    st.text(alphabet="xyz", max_size=5),
    max_size=3,
)
KEY_NAMES = ["pos-1", "pos-2"]  # few, so that duplicates happen


class FiskalyMachine(SandboxMachine):
    """Organizations and their API keys."""

    api = "fiskaly"
    required = frozenset({"deleted", "conflict", "gone"})
    organizations = Bundle("organizations")

    def __init__(self) -> None:
        super().__init__()
        self.orgs: dict[str, dict[str, Any]] = {}  # id -> {name, metadata}
        self.deleted: set[str] = set()
        self.api_keys: dict[str, dict[str, dict[str, Any]]] = {}  # org -> key id -> fields
        self.former_keys: dict[str, list[str]] = {}  # keys of deleted organizations
        self.own = ""

    @initialize(target=organizations)
    def existing(self) -> str:
        (own,) = list(self.client.organizations.list())  # a fresh sandbox: the caller's own
        self.own = str(own.field_id)
        self.orgs[self.own] = self.fields(own)
        self.api_keys[self.own] = self.keys_of(self.own)  # the sandbox's own key, at least
        with pytest.raises(errors.PermissionDeniedError):  # no organization deletes itself
            self.client.organizations.delete(organization_id=self.own)
        # One organization with a key from the start, so that every rule has work at once.
        org_id = str(self.create_organization("Initial GmbH", {}))
        self.create_api_key(org_id, KEY_NAMES[0])
        return org_id

    @rule(target=organizations, name=names, meta=metadata)
    def create_organization(self, name: str, meta: dict[str, str]) -> str:
        org = self.client.organizations.create(
            name=name, address_line1="Main 1", zip="1010", town="Wien", country_code="AUT",
            metadata=meta,
        )  # fmt: skip
        org_id = str(org.field_id)
        assert org_id not in self.orgs and org_id not in self.deleted
        assert self.fields(org) == {"name": name, "metadata": meta}
        self.orgs[org_id] = {"name": name, "metadata": meta}
        self.api_keys[org_id] = {}
        return org_id

    @rule(org_id=organizations, name=st.none() | names, meta=st.none() | metadata)
    def update_organization(
        self, org_id: str, name: str | None, meta: dict[str, str] | None
    ) -> None:
        changes = {k: v for k, v in {"name": name, "metadata": meta}.items() if v is not None}
        if org_id in self.deleted:
            self.took("gone")
            with pytest.raises(errors.NotFoundError):
                self.client.organizations.update(organization_id=org_id, **changes)
            return
        org = self.client.organizations.update(organization_id=org_id, **changes)
        self.orgs[org_id].update(changes)
        assert self.fields(org) == self.orgs[org_id]
        self.took("org-updated")

    @rule(org_id=organizations)
    def get_organization(self, org_id: str) -> None:
        if org_id in self.deleted:
            self.took("gone")
            with pytest.raises(errors.NotFoundError):
                self.client.organizations.get(organization_id=org_id)
            return
        org = self.client.organizations.get(organization_id=org_id)
        assert self.fields(org) == self.orgs[org_id]

    @rule(org_id=organizations)  # kept in the bundle: later calls must meet 404
    def delete_organization(self, org_id: str) -> None:
        if org_id in self.deleted:
            self.took("gone")
            with pytest.raises(errors.NotFoundError):
                self.client.organizations.delete(organization_id=org_id)
            return
        self.client.organizations.delete(organization_id=org_id)
        del self.orgs[org_id]
        self.former_keys[org_id] = sorted(self.api_keys.pop(org_id))
        self.deleted.add(org_id)
        with pytest.raises(errors.NotFoundError):  # gone, and its keys with it
            self.client.organizations.get(organization_id=org_id)
        with pytest.raises(errors.NotFoundError):
            list(self.client.api_keys.list(organization_id=org_id))
        for key_id in self.former_keys[org_id]:
            with pytest.raises(errors.NotFoundError):
                self.client.api_keys.get(organization_id=org_id, key_id=key_id)
        self.took("deleted")

    @rule(org_id=organizations, name=st.sampled_from(KEY_NAMES))
    def create_api_key(self, org_id: str, name: str) -> None:
        if org_id in self.deleted:
            self.took("gone")
            with pytest.raises(errors.NotFoundError):
                self.client.api_keys.create(organization_id=org_id, name=name, status="enabled")
            return
        existing = self.api_keys[org_id]
        if any(k["name"] == name for k in existing.values()):
            self.took("conflict")
            with pytest.raises(errors.ConflictError):  # names are unique per organization
                self.client.api_keys.create(organization_id=org_id, name=name, status="enabled")
            return
        key = self.client.api_keys.create(organization_id=org_id, name=name, status="enabled")
        assert key.secret and key.key  # the secret is shown this once
        existing[str(key.field_id)] = {"name": name, "status": "enabled"}
        with pytest.raises(errors.ConflictError):  # names are unique per organization
            self.client.api_keys.create(organization_id=org_id, name=name, status="disabled")
        self.took("conflict")

    @rule(org_id=organizations, data=st.data(), status=st.sampled_from(["enabled", "disabled"]))
    def update_api_key(self, org_id: str, data: st.DataObject, status: str) -> None:
        known = sorted(self.api_keys.get(org_id, {})) or self.former_keys.get(org_id, [])
        if not known:
            return
        key_id = data.draw(st.sampled_from(known))
        if org_id in self.deleted:  # the keys went with their organization
            self.took("gone")
            with pytest.raises(errors.NotFoundError):
                self.client.api_keys.update(organization_id=org_id, key_id=key_id, status=status)
            return
        updated = self.client.api_keys.update(organization_id=org_id, key_id=key_id, status=status)
        self.api_keys[org_id][key_id]["status"] = status
        assert str(updated.status) == status
        self.took("key-updated")

    @invariant()
    def listings_match_the_model(self) -> None:
        if not self.own:
            return
        listed = list(self.client.organizations.list(limit=3))  # pages of 3
        ids = [str(o.field_id) for o in listed]
        assert len(ids) == len(set(ids)), "an organization was listed twice"
        assert {i: self.fields(o) for i, o in zip(ids, listed, strict=True)} == self.orgs
        for org_id, expected in self.api_keys.items():
            assert self.keys_of(org_id) == expected

    def keys_of(self, org_id: str) -> dict[str, dict[str, Any]]:
        listed = list(self.client.api_keys.list(organization_id=org_id, limit=3))
        found = {str(k.field_id): {"name": k.name, "status": str(k.status)} for k in listed}
        assert len(found) == len(listed), "an API key was listed twice"
        return found

    @staticmethod
    def fields(org: Any) -> dict[str, Any]:
        return {"name": org.name, "metadata": org.to_dict().get("metadata", {})}


class EnlivyMachine(SandboxMachine):
    """Tags: soft delete keeps a record readable by id and moves it to the trash."""

    api = "enlivy"
    required = frozenset({"deleted", "trashed-delete"})
    tags = Bundle("tags")

    def __init__(self) -> None:
        super().__init__()
        self.active: dict[str, str] = {}  # id -> alias
        self.trash: dict[str, str] = {}

    @initialize()
    def existing(self) -> None:
        self.active = {t.id: t.alias for t in self.client.tags.list()}
        self.trash = {t.id: t.alias for t in self.client.tags.list(deleted=1)}

    @rule(target=tags, alias=names)
    def create_tag(self, alias: str) -> str:
        tag = self.client.tags.create(alias=alias)
        assert tag.id not in self.active and tag.id not in self.trash
        assert tag.alias == alias and tag.deleted_at is None
        self.active[tag.id] = alias
        return str(tag.id)

    @rule(tag_id=tags, alias=names)
    def update_tag(self, tag_id: str, alias: str) -> None:
        if tag_id in self.trash:  # a deleted record cannot be changed
            self.took("trashed-update")
            with pytest.raises(errors.NotFoundError):
                self.client.tags.update(tag_id=tag_id, alias=alias)
            return
        assert self.client.tags.update(tag_id=tag_id, alias=alias).alias == alias
        self.active[tag_id] = alias

    @rule(tag_id=tags)
    def get_tag(self, tag_id: str) -> None:
        tag = self.client.tags.get(tag_id=tag_id)  # deleted ones too: they are in the trash
        assert tag.alias == {**self.active, **self.trash}[tag_id]
        assert (tag.deleted_at is None) == (tag_id in self.active)
        if tag_id in self.trash:
            self.took("trashed-get")

    @rule(tag_id=tags)
    def delete_tag(self, tag_id: str) -> None:
        if tag_id in self.trash:
            self.took("trashed-delete")
            with pytest.raises(errors.NotFoundError):
                self.client.tags.delete(tag_id=tag_id)
            return
        assert self.client.tags.delete(tag_id=tag_id).deleted_at is not None
        self.trash[tag_id] = self.active.pop(tag_id)
        # In the trash: still readable by id, no longer changeable or deletable.
        assert self.client.tags.get(tag_id=tag_id).deleted_at is not None
        with pytest.raises(errors.NotFoundError):
            self.client.tags.update(tag_id=tag_id, alias="changed")
        with pytest.raises(errors.NotFoundError):
            self.client.tags.delete(tag_id=tag_id)
        self.took("deleted")

    @invariant()
    def listings_match_the_model(self) -> None:
        for deleted, expected in ((0, self.active), (1, self.trash)):
            listed = [(t.id, t.alias) for t in self.client.tags.list(deleted=deleted, per_page=3)]
            assert len(listed) == len(dict(listed)), "a tag was listed twice"
            assert dict(listed) == expected


class EnvoiceMachine(SandboxMachine):
    """Work types and taxes; missing records come back as faults with HTTP 200."""

    api = "envoice"
    required = frozenset({"deleted", "refused", "searched"})
    work_types = Bundle("work_types")
    taxes = Bundle("taxes")

    def __init__(self) -> None:
        super().__init__()
        self.titles: dict[int, str] = {}
        self.tax_rates: dict[int, tuple[str, float]] = {}
        self.gone: set[int] = set()  # deleted ids (work types and taxes are counted apart)
        self.gone_taxes: set[int] = set()

    @initialize()
    def existing(self) -> None:
        self.titles = {w.id: w.title for w in self.client.work_types.list()}
        self.tax_rates = {t.id: (t.name, t.percentage) for t in self.client.taxes.list()}

    @rule(target=work_types, title=names)
    def create_work_type(self, title: str) -> int:
        work_type_id = self.client.work_types.create(title=title)
        assert isinstance(work_type_id, int) and work_type_id not in self.titles
        assert work_type_id not in self.gone  # ids are not reused
        self.titles[work_type_id] = title
        return work_type_id

    @rule(work_type_id=work_types, title=names)
    def update_work_type(self, work_type_id: int, title: str) -> None:
        if work_type_id in self.gone:
            self.assert_gone(lambda: self.client.work_types.update(id=work_type_id, title=title))
            return
        self.client.work_types.update(id=work_type_id, title=title)
        self.titles[work_type_id] = title

    @rule(work_type_id=work_types)
    def get_work_type(self, work_type_id: int) -> None:
        if work_type_id in self.gone:
            self.assert_gone(lambda: self.client.work_types.get(work_type_id=work_type_id))
            return
        work_type = self.client.work_types.get(work_type_id=work_type_id)
        assert work_type.title == self.titles[work_type_id]

    @rule(work_type_id=work_types)
    def delete_work_type(self, work_type_id: int) -> None:
        if work_type_id in self.gone:
            self.assert_gone(lambda: self.client.work_types.delete(id=work_type_id))
            return
        assert self.client.work_types.delete(id=work_type_id) == work_type_id
        del self.titles[work_type_id]
        self.gone.add(work_type_id)
        self.assert_gone(lambda: self.client.work_types.get(work_type_id=work_type_id))
        self.took("deleted")

    @rule(target=taxes, name=names, percentage=st.integers(0, 100))
    def create_tax(self, name: str, percentage: int) -> int:
        tax_id = self.client.taxes.create(name=name, percentage=percentage)
        self.tax_rates[tax_id] = (name, float(percentage))
        with pytest.raises(errors.APIError):  # the API's bounds (the spec gives none)
            self.client.taxes.update(id=tax_id, percentage=percentage + 101)
        self.took("refused")
        return int(tax_id)

    @rule(tax_id=taxes, percentage=st.integers(-50, 150))
    def update_tax(self, tax_id: int, percentage: int) -> None:
        if tax_id in self.gone_taxes:
            self.assert_gone(lambda: self.client.taxes.update(id=tax_id, percentage=percentage))
            return
        if not 0 <= percentage <= 100:
            # The API's rule (the spec gives no bounds): refused, and nothing changes.
            self.took("refused")
            with pytest.raises(errors.APIError):
                self.client.taxes.update(id=tax_id, percentage=percentage)
            return
        self.client.taxes.update(id=tax_id, percentage=percentage)
        self.tax_rates[tax_id] = (self.tax_rates[tax_id][0], float(percentage))
        self.took("tax-updated")

    @rule(tax_id=taxes)
    def delete_tax(self, tax_id: int) -> None:
        if tax_id in self.gone_taxes:
            self.assert_gone(lambda: self.client.taxes.delete(id=tax_id))
            return
        assert self.client.taxes.delete(id=tax_id) == tax_id
        del self.tax_rates[tax_id]
        self.gone_taxes.add(tax_id)
        self.took("deleted")

    @invariant()
    def listings_match_the_model(self) -> None:
        work_types = [(w.id, w.title) for w in self.client.work_types.list()]
        assert dict(work_types) == self.titles and len(work_types) == len(self.titles)
        if self.titles:  # search finds exactly the titles with the word
            word = min(self.titles.values()).split()[0]
            found = self.client.work_types.search(
                query_options_query=word, query_options_page_size=100
            )
            expected = {i for i, t in self.titles.items() if word.lower() in t.lower()}
            assert {w.id for w in found} == expected
            self.took("searched")
        taxes = [(t.id, (t.name, t.percentage)) for t in self.client.taxes.list()]
        assert dict(taxes) == self.tax_rates and len(taxes) == len(self.tax_rates)

    def assert_gone(self, action: Any) -> None:
        with pytest.raises(errors.APIError) as caught:  # a fault with HTTP 200
            action()
        assert caught.value.code == "E_NOT_FOUND"
        self.took("gone")


@pytest.mark.parametrize(
    "machine", [FiskalyMachine, EnlivyMachine, EnvoiceMachine], ids=["fiskaly", "enlivy", "envoice"]
)
def test_the_facade_keeps_the_model_of_each_api(machine: type[SandboxMachine]) -> None:
    machine.branches = Counter()
    run_state_machine_as_test(machine, settings=FACADE_RUNS)
    missing = machine.required - set(machine.branches)
    assert not missing, f"the runs never reached {sorted(missing)}: {dict(machine.branches)}"
