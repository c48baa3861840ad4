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
        "DiscountAmount",
        "DiscountPercentage",
        "Id",
        "Name",
        "ValidFrom",
        "ValidTo",
    }
)


@_attrs_define
class ProductDiscountApiModel:
    """The ProductDiscountApiModel object.

    Attributes:
        discount_amount (float | None | Unset)
        discount_percentage (float | None | Unset)
        id (int | None | Unset)
        name (None | str | Unset)
        valid_from (datetime.datetime | None | Unset)
        valid_to (datetime.datetime | None | Unset)
    """

    discount_amount: float | None | Unset = UNSET
    discount_percentage: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    valid_from: datetime.datetime | None | Unset = UNSET
    valid_to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _discount_percentage = self.discount_percentage
        if not isinstance(_discount_percentage, Unset):
            field_dict["DiscountPercentage"] = _discount_percentage
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _valid_from = self.valid_from
        if not isinstance(_valid_from, Unset):
            _value5 = _valid_from
            if isinstance(_value5, datetime.datetime):
                field_dict["ValidFrom"] = _value5.isoformat()
            else:
                field_dict["ValidFrom"] = _value5
        _valid_to = self.valid_to
        if not isinstance(_valid_to, Unset):
            _value6 = _valid_to
            if isinstance(_value6, datetime.datetime):
                field_dict["ValidTo"] = _value6.isoformat()
            else:
                field_dict["ValidTo"] = _value6
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        discount_amount = get("DiscountAmount", UNSET)
        discount_percentage = get("DiscountPercentage", UNSET)
        id = get("Id", UNSET)
        name = get("Name", UNSET)
        _valid_from = get("ValidFrom", UNSET)
        if _valid_from is UNSET:
            valid_from = UNSET
        else:
            if _valid_from is None:
                valid_from = None
            else:
                valid_from = _valid_from
                if isinstance(_valid_from, str):
                    try:
                        _converted2 = datetime.datetime.fromisoformat(_valid_from)
                        valid_from = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _valid_to = get("ValidTo", UNSET)
        if _valid_to is UNSET:
            valid_to = UNSET
        else:
            if _valid_to is None:
                valid_to = None
            else:
                valid_to = _valid_to
                if isinstance(_valid_to, str):
                    try:
                        _converted4 = datetime.datetime.fromisoformat(_valid_to)
                        valid_to = _converted4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        obj = cls(discount_amount, discount_percentage, id, name, valid_from, valid_to)
        if len(src_dict) > 6 or not _FIELDS.issuperset(src_dict):
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
