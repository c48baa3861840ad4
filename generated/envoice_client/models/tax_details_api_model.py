from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

_FIELDS = frozenset(
    {
        "CreatedOn",
        "Id",
        "Name",
        "Percentage",
    }
)


@_attrs_define
class TaxDetailsApiModel:
    """The TaxDetailsApiModel object.

    Attributes:
        created_on (datetime.datetime | None | Unset)
        id (int | None | Unset)
        name (None | str | Unset)
        percentage (float | None | Unset)
    """

    created_on: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    percentage: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _created_on = self.created_on
        if not isinstance(_created_on, Unset):
            _value3 = _created_on
            if isinstance(_value3, datetime.datetime):
                field_dict["CreatedOn"] = _value3.isoformat()
            else:
                field_dict["CreatedOn"] = _value3
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _percentage = self.percentage
        if not isinstance(_percentage, Unset):
            field_dict["Percentage"] = _percentage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _created_on = get("CreatedOn", UNSET)
        if _created_on is UNSET:
            created_on = UNSET
        else:
            if _created_on is None:
                created_on = None
            else:
                created_on = _created_on
                if isinstance(_created_on, str):
                    try:
                        _converted2 = datetime.datetime.fromisoformat(_created_on)
                        created_on = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        id = get("Id", UNSET)
        name = get("Name", UNSET)
        percentage = get("Percentage", UNSET)
        obj = cls(created_on, id, name, percentage)
        if len(src_dict) > 4 or not _FIELDS.issuperset(src_dict):
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
