from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)
from .json_object import JsonObject

_FIELDS = frozenset(
    {
        "id",
        "type",
        "created_at",
        "data",
        "organization_id",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["data"] = self.data.to_dict()
        field_dict["organization_id"] = self.organization_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        type_ = src_dict["type"]
        _created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(_created_at)
        _data = src_dict["data"]
        data = JsonObject.from_dict(_data)
        organization_id = src_dict["organization_id"]
        obj = cls(id, type_, created_at, data, organization_id)
        if len(src_dict) > 5 or not _FIELDS.issuperset(src_dict):
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
