from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_activity import WebhookActivity


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """What Envoice posts to a registered webhook URL when an activity happens.

    Attributes:
        signature (str): A SHA-256 signature string. Envoice does not publish how it is computed, so receivers verify it
            with their own verifier.
        timestamp (datetime.datetime): When the delivery was made (UTC, up to seven fraction digits).
        activity (WebhookActivity): The activity that triggered the delivery.
    """

    signature: str
    timestamp: datetime.datetime
    activity: WebhookActivity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature = self.signature

        timestamp = self.timestamp.isoformat()

        activity = self.activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Signature": signature,
                "Timestamp": timestamp,
                "Activity": activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_activity import WebhookActivity

        d = dict(src_dict)
        signature = d.pop("Signature")

        timestamp = datetime.datetime.fromisoformat(d.pop("Timestamp"))

        activity = WebhookActivity.from_dict(d.pop("Activity"))

        webhook_event = cls(
            signature=signature,
            timestamp=timestamp,
            activity=activity,
        )

        webhook_event.additional_properties = d
        return webhook_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
