from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)
from .webhook_activity import WebhookActivity

_FIELDS = frozenset(
    {
        "Signature",
        "Timestamp",
        "Activity",
    }
)


@_attrs_define
class WebhookEvent:
    """What Envoice posts to a registered webhook URL when an activity happens.

    Attributes:
        signature (str): A SHA-256 signature string. Envoice does not publish how it is computed,
        so receivers verify it with their own verifier.
        timestamp (datetime.datetime): When the delivery was made (UTC, up to seven fraction
        digits).
        activity (WebhookActivity): The activity that triggered the delivery.
    """

    signature: str
    timestamp: datetime.datetime
    activity: WebhookActivity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Signature"] = self.signature
        field_dict["Timestamp"] = self.timestamp.isoformat()
        field_dict["Activity"] = self.activity.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        signature = src_dict["Signature"]
        _timestamp = src_dict["Timestamp"]
        timestamp = datetime.datetime.fromisoformat(_timestamp)
        _activity = src_dict["Activity"]
        activity = WebhookActivity.from_dict(_activity)
        obj = cls(signature, timestamp, activity)
        if len(src_dict) > 3 or not _FIELDS.issuperset(src_dict):
            rest = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            obj.additional_properties = rest
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
