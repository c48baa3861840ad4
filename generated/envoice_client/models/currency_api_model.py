from __future__ import annotations

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
        "Name",
        "Value",
    }
)


@_attrs_define
class CurrencyApiModel:
    """The CurrencyApiModel object.

    Attributes:
        name (None | str | Unset)
        value (None | str | Unset)
    """

    name: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _value = self.value
        if not isinstance(_value, Unset):
            field_dict["Value"] = _value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        name = get("Name", UNSET)
        value = get("Value", UNSET)
        obj = cls(name, value)
        if len(src_dict) > 2 or not _FIELDS.issuperset(src_dict):
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
