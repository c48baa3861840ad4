"""The fiskaly management API emulator, driven end to end through the facade clients (and raw
httpx where the status or error body itself is the point)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from facade import errors
from facade.testing import Sandbox, sandbox

ADDRESS = {"address_line1": "Hauptstrasse 1", "zip": "10115", "town": "Berlin"}


def _org(fk: Any, name: str, **extra: Any) -> Any:
    return fk.organizations.create(name=name, country_code="DEU", **ADDRESS, **extra)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _login(sb: Sandbox, key: str | None = None, secret: str | None = None) -> httpx.Response:
    body = {"api_key": key or sb.fiskaly.api_key, "api_secret": secret or sb.fiskaly.api_secret}
    return httpx.post(f"{sb.fiskaly_url}/auth", json=body)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _get_org(sb: Sandbox, token: str) -> httpx.Response:
    url = f"{sb.fiskaly_url}/organizations/{sb.fiskaly.organization_id}"
    return httpx.get(url, headers=_bearer(token))


@pytest.fixture
def tuned_sandbox() -> Iterator[Sandbox]:
    with sandbox(access_token_lifetime=120, refresh_token_lifetime=900) as sb:
        yield sb
        sb.assert_no_violations()


# -- tokens --------------------------------------------------------------------------------------


def test_auth_issues_a_verifiable_jwt_with_the_configured_lifetimes(tuned_sandbox: Sandbox) -> None:
    sb = tuned_sandbox
    response = _login(sb)
    assert response.status_code == 200
    assert response.headers["X-Request-ID"]
    body = response.json()
    assert body["access_token_expires_in"] == 120
    assert body["refresh_token_expires_in"] == 900
    assert body["access_token_claims"] == {
        "env": "TEST",
        "organization_id": sb.fiskaly.organization_id,
    }

    header, payload, signature = body["access_token"].split(".")
    assert json.loads(_unb64(header)) == {"alg": "HS256", "typ": "JWT"}
    expected = hmac.new(sb.fiskaly.signing_key, f"{header}.{payload}".encode(), hashlib.sha256)
    assert hmac.compare_digest(_unb64(signature), expected.digest())
    claims = json.loads(_unb64(payload))
    assert claims["env"] == "TEST"
    assert claims["organization_id"] == sb.fiskaly.organization_id
    assert claims["exp"] - claims["iat"] in (120, 121)  # whole seconds of a fractional clock
    assert claims["exp"] == body["access_token_expires_at"]
    uuid.UUID(claims["jti"])
    assert sb.fiskaly.tokens_issued == 1

    # The facade's own token call sees the same lifetimes.
    with sb.client("fiskaly") as fk:
        token = fk.tokens.create(
            body={"api_key": sb.fiskaly.api_key, "api_secret": sb.fiskaly.api_secret}
        )
    assert token.access_token_expires_in == 120
    assert str(token.access_token_claims.organization_id) == sb.fiskaly.organization_id
    assert sb.fiskaly.tokens_issued == 2


def test_tampered_foreign_and_unknown_tokens_are_refused(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    token = _login(sb).json()["access_token"]
    assert _get_org(sb, token).status_code == 200

    header, payload, signature = token.split(".")
    claims = json.loads(_unb64(payload))
    other_org = _b64(json.dumps({**claims, "organization_id": str(uuid.uuid4())}).encode())
    forged = f"{header}.{other_org}.{signature}"
    foreign_sig = hmac.new(b"another key", f"{header}.{payload}".encode(), hashlib.sha256)
    foreign = f"{header}.{payload}.{_b64(foreign_sig.digest())}"
    # Signed with the right key, but never issued by the sandbox.
    unknown_payload = _b64(json.dumps({**claims, "jti": str(uuid.uuid4())}).encode())
    unknown_sig = hmac.new(sb.fiskaly.signing_key, f"{header}.{unknown_payload}".encode(), "sha256")
    unknown = f"{header}.{unknown_payload}.{_b64(unknown_sig.digest())}"
    refresh = _login(sb).json()["refresh_token"]  # not an access token

    for bad in (forged, foreign, unknown, refresh, "not-a-jwt"):
        response = _get_org(sb, bad)
        assert response.status_code == 401, bad
        body = response.json()
        assert body["status_code"] == 401
        assert body["error"] == "Unauthorized"
        assert body["code"] == "E_UNAUTHORIZED"
        assert body["message"]


def test_tokens_expire_on_the_sandbox_clock(
    fiscal_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = fiscal_sandbox
    now = [sb.fiskaly.ctx.clock()]
    monkeypatch.setattr(sb.fiskaly.ctx, "clock", lambda: now[0])
    tokens = _login(sb).json()

    now[0] += 299
    assert _get_org(sb, tokens["access_token"]).status_code == 200
    now[0] += 2  # past the 300 s default access lifetime
    assert _get_org(sb, tokens["access_token"]).status_code == 401

    renewed = httpx.post(f"{sb.fiskaly_url}/auth", json={"refresh_token": tokens["refresh_token"]})
    assert renewed.status_code == 200
    assert _get_org(sb, renewed.json()["access_token"]).status_code == 200

    now[0] += 3600  # past the first refresh token's lifetime
    late = httpx.post(f"{sb.fiskaly_url}/auth", json={"refresh_token": tokens["refresh_token"]})
    assert late.status_code == 401
    assert late.json()["code"] == "E_UNAUTHORIZED"


def test_expired_access_token_is_renewed_by_the_facade(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    old = _login(sb).json()["access_token"]
    with sb.client("fiskaly") as fk:
        fk.organizations.get(organization_id=sb.fiskaly.organization_id)
        assert fk.auth.stats.key_logins == 1
        sb.expire_tokens()

        org = fk.organizations.get(organization_id=sb.fiskaly.organization_id)

        assert str(org.field_id) == sb.fiskaly.organization_id
        assert fk.auth.stats.replays == 1  # the 401 was answered by logging in again
        assert fk.auth.stats.key_logins == 2
    assert sb.fiskaly.tokens_issued == 3
    assert _get_org(sb, old).status_code == 401  # issued before expire_tokens()
    assert _get_org(sb, _login(sb).json()["access_token"]).status_code == 200  # issued after


def test_refresh_token_is_used_then_key_and_secret_when_refresh_tokens_expire(
    fiscal_sandbox: Sandbox,
) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        fk.organizations.get(organization_id=sb.fiskaly.organization_id)
        fk.auth.expire_now()  # the client renews before sending
        fk.organizations.get(organization_id=sb.fiskaly.organization_id)
        assert (fk.auth.stats.refreshes, fk.auth.stats.key_logins) == (1, 1)

        sb.fiskaly.expire_refresh_tokens()
        fk.auth.expire_now()
        fk.organizations.get(organization_id=sb.fiskaly.organization_id)
        assert (fk.auth.stats.refreshes, fk.auth.stats.key_logins) == (1, 2)
        assert fk.auth.stats.token_requests == 4  # login, refresh, refused refresh, login


def test_bad_credentials_raise_authentication_error(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    for overrides in ({"api_secret": "wrong"}, {"api_key": "test_unknown"}):
        with (
            sb.client("fiskaly", **overrides) as fk,
            pytest.raises(errors.AuthenticationError) as caught,
        ):
            fk.organizations.list().first_page()
        assert caught.value.status_code == 401
        assert caught.value.code == "E_UNAUTHORIZED"
        assert caught.value.request_id
    assert sb.fiskaly.tokens_issued == 0
    refused = httpx.post(f"{sb.fiskaly_url}/auth", json={"refresh_token": "nonsense"})
    assert refused.status_code == 401


# -- organizations -------------------------------------------------------------------------------


def test_organization_crud(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org = _org(fk, "ACME Retail GmbH", vat_id="DE123456789", metadata={"crm_id": "C-1"})
        assert org.field_type_ == "ORGANIZATION"
        assert org.field_envs == ["TEST"]
        assert org.created_by_user == sb.fiskaly.user_id
        org_id = str(org.field_id)

        got = fk.organizations.get(organization_id=org_id)
        assert (got.name, got.vat_id, got.metadata["crm_id"]) == (
            "ACME Retail GmbH",
            "DE123456789",
            "C-1",
        )

        changed = fk.organizations.update(organization_id=org_id, display_name="ACME")
        assert changed.display_name == "ACME"
        assert changed.name == "ACME Retail GmbH"  # not sent, not changed
        assert changed.metadata["crm_id"] == "C-1"
        assert fk.organizations.get(organization_id=org_id).display_name == "ACME"

        assert fk.organizations.enable_env(organization_id=org_id, env="LIVE").field_success is True
        assert fk.organizations.get(organization_id=org_id).field_envs == ["TEST", "LIVE"]

        assert fk.organizations.delete(organization_id=org_id).field_success is True
        with pytest.raises(errors.NotFoundError) as caught:
            fk.organizations.get(organization_id=org_id)
        assert caught.value.code == "E_ORGANIZATION_NOT_FOUND"
        with pytest.raises(errors.NotFoundError):
            fk.organizations.delete(organization_id=org_id)
        assert org_id not in {str(o.field_id) for o in fk.organizations.list()}


def test_organization_not_found_and_not_deletable_by_itself(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    missing = str(uuid.uuid4())
    with sb.client("fiskaly") as fk:
        for call in (
            lambda: fk.organizations.get(organization_id=missing),
            lambda: fk.organizations.update(organization_id=missing, display_name="x"),
            lambda: fk.organizations.enable_env(organization_id=missing, env="LIVE"),
            lambda: fk.api_keys.list(organization_id=missing).first_page(),
            lambda: fk.users.list(organization_id=missing).first_page(),
        ):
            with pytest.raises(errors.NotFoundError):
                call()
        with pytest.raises(errors.PermissionDeniedError):
            fk.organizations.delete(organization_id=sb.fiskaly.organization_id)


def test_managed_organizations_and_list_filters(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    parent = sb.fiskaly.organization_id
    with sb.client("fiskaly") as fk:
        managed = _org(fk, "Managed Shop", managed_by_organization_id=parent)
        assert managed.field_type_ == "MANAGED_ORGANIZATION"
        assert str(managed.managed_by_organization_id) == parent
        plain = _org(fk, "Plain Shop")
        fk.organizations.enable_env(organization_id=plain.field_id, env="LIVE")

        def names(**query: Any) -> list[str]:
            return sorted(o.name for o in fk.organizations.list(**query))

        assert names(type="MANAGED_ORGANIZATION") == ["Managed Shop"]
        assert names(managed_by_organization_id=parent) == ["Managed Shop"]
        assert names(env="LIVE") == ["Plain Shop"]
        assert names(type="ORGANIZATION") == ["Plain Shop", "Sandbox Organization GmbH"]

        # The managing organization can be re-sent unchanged, but not changed.
        same = fk.organizations.update(
            organization_id=managed.field_id, managed_by_organization_id=parent
        )
        assert str(same.managed_by_organization_id) == parent
        with pytest.raises(errors.ValidationError):
            fk.organizations.update(
                organization_id=managed.field_id, managed_by_organization_id=plain.field_id
            )
        with pytest.raises(errors.ValidationError):
            _org(fk, "Orphan", managed_by_organization_id=str(uuid.uuid4()))


def test_organization_list_pages_with_count_and_order(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        for letter in "CGAEBFD":
            _org(fk, f"Shop {letter}")
        pages = list(fk.organizations.list(limit=3, order_by="name", order="desc").pages())

        assert [len(page) for page in pages] == [3, 3, 2]
        assert {page.response.parsed.count for page in pages} == {8}  # total, not page size
        names = [o.name for page in pages for o in page]
        assert names == [
            "Shop G",
            "Shop F",
            "Shop E",
            "Shop D",
            "Shop C",
            "Shop B",
            "Shop A",
            "Sandbox Organization GmbH",
        ]
        ascending = [o.name for o in fk.organizations.list(limit=5, order_by="name")]
        assert ascending == names[::-1]

        raw = fk.with_raw_response.organizations.list(limit=2, offset=6, order_by="name")
        assert raw.json()["_type"] == "ORGANIZATION_LIST"
        assert raw.json()["count"] == 8
        assert [o["name"] for o in raw.json()["data"]] == ["Shop F", "Shop G"]


# -- API keys ------------------------------------------------------------------------------------


def test_api_key_crud_secret_once_and_login(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org = _org(fk, "Key Shop")
        org_id = str(org.field_id)
        created = fk.api_keys.create(
            organization_id=org_id, name="pos-1", status="enabled", metadata={"till": "1"}
        )
        assert created.field_type_ == "API_KEY"
        assert created.secret and created.key
        assert created.created_by_user == sb.fiskaly.user_id
        key_id = str(created.field_id)

        raw = fk.with_raw_response.api_keys.get(organization_id=org_id, key_id=key_id).json()
        assert raw["key"] == created.key and "secret" not in raw
        listed = fk.with_raw_response.api_keys.list(organization_id=org_id).json()
        assert listed["_type"] == "API_KEY_LIST"
        assert [k["name"] for k in listed["data"]] == ["pos-1"]
        assert all("secret" not in k for k in listed["data"])

        # The new key logs in and acts for its own organization only.
        with sb.client("fiskaly", api_key=created.key, api_secret=created.secret) as pos:
            assert [str(o.field_id) for o in pos.organizations.list()] == [org_id]
            assert str(pos.auth.access_token_claims["organization_id"]) == org_id
            with pytest.raises(errors.NotFoundError):
                pos.organizations.get(organization_id=sb.fiskaly.organization_id)

        refresh = _login(sb, created.key, created.secret).json()["refresh_token"]
        updated = fk.api_keys.update(organization_id=org_id, key_id=key_id, status="disabled")
        assert updated.status == "disabled"
        assert updated.metadata["till"] == "1"  # not sent, not changed
        refused = _login(sb, created.key, created.secret)
        assert refused.status_code == 401
        assert refused.json()["code"] == "E_UNAUTHORIZED"
        # Its refresh tokens stop working too.
        auth_url = f"{sb.fiskaly_url}/auth"
        assert httpx.post(auth_url, json={"refresh_token": refresh}).status_code == 401
        with (
            sb.client("fiskaly", api_key=created.key, api_secret=created.secret) as pos,
            pytest.raises(errors.AuthenticationError),
        ):
            pos.organizations.get(organization_id=org_id)

        fk.api_keys.update(
            organization_id=org_id, key_id=key_id, status="enabled", metadata={"till": "2"}
        )
        assert _login(sb, created.key, created.secret).status_code == 200
        assert fk.api_keys.get(organization_id=org_id, key_id=key_id).metadata["till"] == "2"


def test_api_key_conflicts_and_not_found(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org_id = str(_org(fk, "Conflict Shop").field_id)
        fk.api_keys.create(organization_id=org_id, name="pos-1", status="enabled")
        with pytest.raises(errors.ConflictError) as caught:
            fk.api_keys.create(organization_id=org_id, name="pos-1", status="disabled")
        assert caught.value.status_code == 409
        # The same name is fine in another organization.
        fk.api_keys.create(
            organization_id=sb.fiskaly.organization_id, name="pos-1", status="enabled"
        )

        with pytest.raises(errors.NotFoundError):
            fk.api_keys.get(organization_id=org_id, key_id=str(uuid.uuid4()))
        seeded_key = next(iter(fk.api_keys.list(organization_id=sb.fiskaly.organization_id)))
        with pytest.raises(errors.NotFoundError):  # a key of another organization
            fk.api_keys.get(organization_id=org_id, key_id=seeded_key.field_id)
        with pytest.raises(errors.NotFoundError):
            fk.api_keys.update(organization_id=org_id, key_id=str(uuid.uuid4()), status="disabled")


def test_api_key_list_order_filter_and_pages(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org_id = str(_org(fk, "List Shop").field_id)
        for name, status in (
            ("kiosk", "enabled"),
            ("bar", "disabled"),
            ("till", "enabled"),
            ("app", "enabled"),
        ):
            fk.api_keys.create(organization_id=org_id, name=name, status=status)

        pages = list(fk.api_keys.list(organization_id=org_id, limit=3, order_by="name").pages())
        assert [[k.name for k in page] for page in pages] == [["app", "bar", "kiosk"], ["till"]]
        assert pages[0].response.parsed.count == 4
        newest_first = [k.name for k in fk.api_keys.list(organization_id=org_id, order="desc")]
        assert newest_first == ["app", "till", "bar", "kiosk"]
        enabled = fk.with_raw_response.api_keys.list(
            organization_id=org_id, status="enabled", limit=1
        ).json()
        assert enabled["count"] == 3 and len(enabled["data"]) == 1


# -- users ---------------------------------------------------------------------------------------


def test_user_invite_list_and_delete(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        org_id = str(_org(fk, "People Shop").field_id)
        invited = [
            fk.users.invite(
                organization_id=org_id,
                email=f"{name.lower()}@shop.example",
                first_name=name,
                last_name="Doe",
            )
            for name in ("Carla", "Anna", "Bert", "Dora", "Emil")
        ]
        assert invited[0].field_type_ == "USER" and invited[0].email == "carla@shop.example"

        with pytest.raises(errors.ConflictError):
            fk.users.invite(organization_id=org_id, email="ANNA@shop.example")
        # Another organization can invite the same person: it is the same user.
        again = fk.users.invite(
            organization_id=sb.fiskaly.organization_id, email="anna@shop.example"
        )
        assert again.field_id == invited[1].field_id

        pages = list(fk.users.list(organization_id=org_id, limit=2).pages())
        assert [[u.first_name for u in page] for page in pages] == [
            ["Anna", "Bert"],
            ["Carla", "Dora"],
            ["Emil"],
        ]
        assert pages[0].response.parsed.count == 5
        by_name = fk.with_raw_response.users.list(
            organization_id=org_id, order_by="first_name", order="desc", limit=1
        )
        assert by_name.json()["count"] == 5 and by_name.json()["data"][0]["first_name"] == "Emil"
        assert [
            u.first_name for u in fk.users.list(organization_id=org_id, email="bert@shop.example")
        ] == ["Bert"]
        assert len(list(fk.users.list(organization_id=org_id, last_name="Doe"))) == 5

        bert = str(invited[2].field_id)
        assert fk.users.delete(organization_id=org_id, user_id=bert).field_success is True
        assert "bert@shop.example" not in {u.email for u in fk.users.list(organization_id=org_id)}
        with pytest.raises(errors.NotFoundError):
            fk.users.delete(organization_id=org_id, user_id=bert)
        with pytest.raises(errors.NotFoundError):
            fk.users.delete(organization_id=org_id, user_id=str(uuid.uuid4()))
        with pytest.raises(errors.NotFoundError):
            fk.users.invite(organization_id=str(uuid.uuid4()), email="x@shop.example")
        seeded = [
            str(u.field_id) for u in fk.users.list(organization_id=sb.fiskaly.organization_id)
        ]
        assert sb.fiskaly.user_id in seeded


# -- billing addresses ---------------------------------------------------------------------------


def test_billing_address_crud_and_vat_check(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    with sb.client("fiskaly") as fk:
        address = fk.billing_addresses.create(
            recipient="ACME Retail GmbH", country_code="DEU", vat_id="DE 123456789", **ADDRESS
        )
        assert address.field_type_ == "BILLING_ADDRESS"
        assert address.vat_id_valid is True
        assert str(address.organization_id) == sb.fiskaly.organization_id
        address_id = str(address.field_id)

        changed = fk.billing_addresses.update(
            address_id=address_id, vat_id="unknown", town="Hamburg"
        )
        assert changed.vat_id_valid is False
        assert (changed.town, changed.recipient) == ("Hamburg", "ACME Retail GmbH")
        assert fk.billing_addresses.get(address_id=address_id).town == "Hamburg"

        other_org = str(_org(fk, "Billing Shop").field_id)
        second = fk.billing_addresses.create(
            recipient="Shop", country_code="AUT", organization_id=other_org, **ADDRESS
        )
        assert str(second.organization_id) == other_org
        assert second.vat_id_valid is False  # no VAT ID at all

        listed = fk.with_raw_response.billing_addresses.list().json()
        assert listed["_type"] == "BILLING_ADDRESS_LIST" and listed["count"] == 2
        assert {a["_id"] for a in listed["data"]} == {address_id, str(second.field_id)}

        with pytest.raises(errors.NotFoundError):
            fk.billing_addresses.get(address_id=str(uuid.uuid4()))
        with pytest.raises(errors.NotFoundError):
            fk.billing_addresses.update(address_id=str(uuid.uuid4()), town="x")
        with pytest.raises(errors.NotFoundError):  # an organization the caller cannot see
            fk.billing_addresses.create(
                recipient="X", country_code="DEU", organization_id=str(uuid.uuid4()), **ADDRESS
            )


# -- limits from the spec ------------------------------------------------------------------------


def test_metadata_over_the_limit_is_refused_by_the_sandbox(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    token = _login(sb).json()["access_token"]
    url = f"{sb.fiskaly_url}/organizations/{sb.fiskaly.organization_id}"
    with sb.expect_violations() as violations:
        response = httpx.patch(
            url, headers=_bearer(token), json={"metadata": {f"k{i}": "v" for i in range(21)}}
        )
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "E_FAILED_SCHEMA_VALIDATION"
    assert body["status_code"] == 400 and body["error"] == "Bad Request"
    assert len(violations) == 1 and violations[0].kind == "request"
    # Nothing was changed.
    assert httpx.get(url, headers=_bearer(token)).json()["metadata"] == {}


def test_schema_errors_on_auth_do_not_echo_the_secret(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    body = {"api_key": "k", "api_secret": "s3cr3t-value", "refresh_token": "r3fr3sh-value"}
    with sb.expect_violations() as violations:
        response = httpx.post(f"{sb.fiskaly_url}/auth", json=body)  # matches both login forms
    assert response.status_code == 400
    assert response.json()["code"] == "E_FAILED_SCHEMA_VALIDATION"
    assert "s3cr3t-value" not in response.text and "r3fr3sh-value" not in response.text
    assert len(violations) == 1


# -- async ---------------------------------------------------------------------------------------


async def test_async_client_round_trip(fiscal_sandbox: Sandbox) -> None:
    sb = fiscal_sandbox
    async with sb.async_client("fiskaly") as fk:
        org = await fk.organizations.create(name="Async Shop", country_code="DEU", **ADDRESS)
        key = await fk.api_keys.create(
            organization_id=org.field_id, name="async-pos", status="enabled"
        )
        assert key.secret
        names = [o.name async for o in fk.organizations.list(limit=1)]
        assert sorted(names) == ["Async Shop", "Sandbox Organization GmbH"]
        sb.expire_tokens()
        got = await fk.organizations.get(organization_id=org.field_id)
        assert got.name == "Async Shop"
        assert fk.auth.stats.replays == 1
        await fk.organizations.delete(organization_id=org.field_id)
        with pytest.raises(errors.NotFoundError):
            await fk.organizations.get(organization_id=org.field_id)


# -- persistence ---------------------------------------------------------------------------------


def test_state_and_credentials_survive_a_restart_on_sqlite(tmp_path: Path) -> None:
    database = tmp_path / "s.db"
    with Sandbox(database=database) as first:
        credentials = (
            first.fiskaly.api_key,
            first.fiskaly.api_secret,
            first.fiskaly.organization_id,
            first.fiskaly.user_id,
        )
        with first.client("fiskaly") as fk:
            org_id = str(_org(fk, "Persistent Shop").field_id)
            key = fk.api_keys.create(organization_id=org_id, name="kept", status="enabled")
        token = _login(first).json()["access_token"]
        issued = first.fiskaly.tokens_issued
        first.assert_no_violations()

    with Sandbox(database=database) as second:
        again = (
            second.fiskaly.api_key,
            second.fiskaly.api_secret,
            second.fiskaly.organization_id,
            second.fiskaly.user_id,
        )
        assert again == credentials
        assert second.fiskaly.tokens_issued == issued
        assert _get_org(second, token).status_code == 200  # same signing key, token still known
        with second.client("fiskaly") as fk:
            assert fk.organizations.get(organization_id=org_id).name == "Persistent Shop"
            assert len(list(fk.organizations.list())) == 2  # seeding did not run twice
        assert _login(second, key.key, key.secret).status_code == 200
        second.assert_no_violations()
