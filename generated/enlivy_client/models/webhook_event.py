from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """Event payload POSTed to a webhook destination.

    Attributes:
        id (str): Event id (`evt_...`); the same id is reused when a delivery is repeated.
        type_ (str): Event name, e.g. `invoice.paid` or `product.updated`.
        created_at (datetime.datetime): When the event happened.
        data (JsonObject): Free-form JSON object whose keys depend on context.
        organization_id (str): Organization the event belongs to.
    """

    id: str
    type_: str
    created_at: datetime.datetime
    data: JsonObject
    organization_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created_at": created_at,
                "data": data,
                "organization_id": organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = JsonObject.from_dict(d.pop("data"))

        organization_id = d.pop("organization_id")

        webhook_event = cls(
            id=id,
            type_=type_,
            created_at=created_at,
            data=data,
            organization_id=organization_id,
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
