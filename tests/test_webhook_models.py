"""The webhook payload models made by datamodel-code-generator from the specs' ``webhooks``."""

from __future__ import annotations

import datetime

import pydantic
import pytest
from enlivy_webhooks import WebhookEvent as EnlivyEvent
from envoice_webhooks import WebhookEvent as EnvoiceEvent

# The shape of seed 002 (Envoice's webhook documentation), filled with values.
ENVOICE_DELIVERY = {
    "Signature": "3f1c9a",
    "Timestamp": "2023-03-06T10:11:12.1234567Z",
    "Activity": {
        "Message": "Invoice 2023-0042 was paid",
        "Link": "https://www.envoice.in/share/abc",
        "Type": 12,
        "InvoiceNumber": "2023-0042",
        "InvoiceId": 42,
        "OrderNumber": None,
        "OrderId": None,
        "Id": 9001,
        "CreatedOn": "2023-03-06T10:11:11.7654321Z",
    },
}

ENLIVY_EVENT = {
    "id": "evt_2bT1kPq7",
    "type": "invoice.paid",
    "created_at": "2026-06-12T10:30:00Z",
    "data": {"id": "org_inv_2bT0y4", "object": "invoice", "status": "paid", "total": 99.99},
    "organization_id": "org_2bSz1aLm",
}


def test_envoice_delivery_parses_with_seven_digit_timestamps() -> None:
    event = EnvoiceEvent.model_validate(ENVOICE_DELIVERY)
    assert event.Activity.InvoiceId == 42
    assert event.Timestamp.microsecond == 123456
    assert event.Timestamp.utcoffset() == datetime.timedelta(0)
    assert event.model_dump(mode="json")["Activity"]["Message"] == "Invoice 2023-0042 was paid"


def test_enlivy_event_parses_and_keeps_the_resource() -> None:
    event = EnlivyEvent.model_validate(ENLIVY_EVENT)
    assert event.type == "invoice.paid"
    dumped = event.model_dump(mode="json")
    assert dumped["data"] == ENLIVY_EVENT["data"]  # unknown resource fields are kept


def test_unknown_top_level_fields_are_kept_for_forward_compatibility() -> None:
    event = EnlivyEvent.model_validate({**ENLIVY_EVENT, "api_version": "2027-01"})
    assert event.model_dump()["api_version"] == "2027-01"


@pytest.mark.parametrize(
    ("model", "payload", "missing"),
    [(EnvoiceEvent, ENVOICE_DELIVERY, "Activity"), (EnlivyEvent, ENLIVY_EVENT, "type")],
)
def test_a_payload_without_a_required_field_is_rejected(
    model: type[pydantic.BaseModel], payload: dict[str, object], missing: str
) -> None:
    broken = {key: value for key, value in payload.items() if key != missing}
    with pytest.raises(pydantic.ValidationError, match=missing):
        model.model_validate(broken)
