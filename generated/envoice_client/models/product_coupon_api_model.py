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
        "Code",
        "DiscountAmount",
        "DiscountPercentage",
        "Id",
        "ValidUntil",
    }
)


@_attrs_define
class ProductCouponApiModel:
    """The ProductCouponApiModel object.

    Attributes:
        code (None | str | Unset)
        discount_amount (float | None | Unset)
        discount_percentage (float | None | Unset)
        id (int | None | Unset)
        valid_until (datetime.datetime | None | Unset)
    """

    code: None | str | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    discount_percentage: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _code = self.code
        if not isinstance(_code, Unset):
            field_dict["Code"] = _code
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _discount_percentage = self.discount_percentage
        if not isinstance(_discount_percentage, Unset):
            field_dict["DiscountPercentage"] = _discount_percentage
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _valid_until = self.valid_until
        if not isinstance(_valid_until, Unset):
            _value3 = _valid_until
            if isinstance(_value3, datetime.datetime):
                field_dict["ValidUntil"] = _value3.isoformat()
            else:
                field_dict["ValidUntil"] = _value3
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        code = get("Code", UNSET)
        discount_amount = get("DiscountAmount", UNSET)
        discount_percentage = get("DiscountPercentage", UNSET)
        id = get("Id", UNSET)
        _valid_until = get("ValidUntil", UNSET)
        if _valid_until is UNSET:
            valid_until = UNSET
        else:
            if _valid_until is None:
                valid_until = None
            else:
                valid_until = _valid_until
                if isinstance(_valid_until, str):
                    try:
                        _converted2 = datetime.datetime.fromisoformat(_valid_until)
                        valid_until = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        obj = cls(code, discount_amount, discount_percentage, id, valid_until)
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
