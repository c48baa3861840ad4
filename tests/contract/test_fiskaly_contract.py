"""Every fiskaly management operation through the facade, each exchange checked against the spec."""

from __future__ import annotations

import uuid

from tests.contract.conftest import Contract


def test_tokens(fiskaly_contract: Contract) -> None:
    c = fiskaly_contract
    token = c.call(
        "tokens",
        "create",
        body={"api_key": c.ids["fiskaly_api_key"], "api_secret": c.ids["fiskaly_api_secret"]},
    )
    assert token.access_token and token.refresh_token
    renewed = c.call("tokens", "create", body={"refresh_token": token.refresh_token})
    assert renewed.access_token


def test_organizations_api_keys_users_and_billing(fiskaly_contract: Contract) -> None:
    c = fiskaly_contract
    run = uuid.uuid4().hex[:8]
    org = c.call(
        "organizations",
        "create",
        name=f"Contract {run}",
        address_line1="Ring 1",
        zip="1010",
        town="Wien",
        country_code="AUT",
        metadata={"run": run},
    )
    organization_id = str(org.field_id)
    assert c.call("organizations", "get", organization_id=organization_id).name == f"Contract {run}"
    updated = c.call(
        "organizations", "update", organization_id=organization_id, display_name=f"Display {run}"
    )
    assert updated.display_name == f"Display {run}"
    assert any(
        str(o.field_id) == organization_id for o in c.call("organizations", "list", limit=100)
    )
    assert c.call(
        "organizations", "enable_env", organization_id=organization_id, env="TEST"
    ).field_success

    key = c.call(
        "api_keys",
        "create",
        organization_id=organization_id,
        name=f"contract-{run}",
        status="enabled",
    )
    assert key.secret
    key_id = str(key.field_id)
    assert (
        c.call("api_keys", "get", organization_id=organization_id, key_id=key_id).name
        == f"contract-{run}"
    )
    disabled = c.call(
        "api_keys", "update", organization_id=organization_id, key_id=key_id, status="disabled"
    )
    assert str(disabled.status) == "disabled"
    assert [
        str(k.field_id)
        for k in c.call("api_keys", "list", organization_id=organization_id, limit=10)
    ] == [key_id]

    user = c.call(
        "users", "invite", organization_id=organization_id, email=f"contract-{run}@example.com"
    )
    assert any(
        str(u.field_id) == str(user.field_id)
        for u in c.call("users", "list", organization_id=organization_id)
    )
    assert c.call(
        "users", "delete", organization_id=organization_id, user_id=str(user.field_id)
    ).field_success

    address = c.call(
        "billing_addresses",
        "create",
        recipient=f"Contract {run} GmbH",
        address_line1="Ring 1",
        zip="1010",
        town="Wien",
        country_code="AUT",
        organization_id=organization_id,
    )
    address_id = str(address.field_id)
    assert (
        c.call("billing_addresses", "get", address_id=address_id).recipient
        == f"Contract {run} GmbH"
    )
    assert c.call("billing_addresses", "update", address_id=address_id, town="Graz").town == "Graz"
    assert any(str(a.field_id) == address_id for a in c.call("billing_addresses", "list"))

    assert c.call("organizations", "delete", organization_id=organization_id).field_success


def test_every_operation_was_performed(fiskaly_contract: Contract) -> None:
    assert fiskaly_contract.uncovered() == set()
    assert fiskaly_contract.checker.exchanges >= 18
