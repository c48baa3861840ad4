"""fiskaly management API: set up a new shop's organization and its first API key, see the
limits refused before sending, read a raw response, and page through the organizations.

Reads FISKALY_API_KEY, FISKALY_API_SECRET and FISKALY_BASE_URL like any app using the facade.
Against the local sandbox (see "The sandbox from an app" in the README):

    python -m facade.testing.sandbox --fixed-credentials --env-file sandbox.env &
    set -a; . ./sandbox.env; set +a
    python examples/fiskaly_organizations.py

Against the real API it creates records: use TEST keys.
"""

from __future__ import annotations

import uuid

import facade
from facade.errors import MetadataLimitError


def main() -> int:
    shop = f"Example Shop {uuid.uuid4().hex[:6]}"
    with facade.Fiskaly() as fk:  # tokens are fetched and renewed by the client
        org = fk.organizations.create(
            name=f"{shop} GmbH",
            address_line1="Hauptstrasse 1",
            zip="10115",
            town="Berlin",
            country_code="DEU",
            metadata={"source": "examples/fiskaly_organizations.py"},
        )
        print(f"created organization {org.field_id}: {org.name}")

        key = fk.api_keys.create(organization_id=org.field_id, name="pos-1", status="enabled")
        # key.secret is returned by this call only: a real app stores it now (never prints it).
        print(f"created API key {key.key} for it (status {key.status})")

        try:
            fk.organizations.update(
                organization_id=org.field_id, metadata={f"k{i}": "v" for i in range(21)}
            )
        except MetadataLimitError as error:
            print(f"refused before sending: {error.violations}")

        raw = fk.with_raw_response.organizations.get(organization_id=org.field_id)
        print(f"GET /organizations/{{id}}: HTTP {raw.status_code}, request id {raw.request_id}")

        names = [organization.name for organization in fk.organizations.list(limit=100)]
        listed = f"{shop} GmbH" in names
        print(f"organizations visible to this key: {len(names)}; the new one among them: {listed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
