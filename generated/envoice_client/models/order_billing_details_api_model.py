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
        "Address",
        "CountryId",
        "Email",
        "Name",
        "PhoneNumber",
    }
)


@_attrs_define
class OrderBillingDetailsApiModel:
    """The OrderBillingDetailsApiModel object.

    Attributes:
        address (None | str | Unset)
        country_id (int | None | Unset)
        email (None | str | Unset)
        name (None | str | Unset)
        phone_number (None | str | Unset)
    """

    address: None | str | Unset = UNSET
    country_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _address = self.address
        if not isinstance(_address, Unset):
            field_dict["Address"] = _address
        _country_id = self.country_id
        if not isinstance(_country_id, Unset):
            field_dict["CountryId"] = _country_id
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["Email"] = _email
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _phone_number = self.phone_number
        if not isinstance(_phone_number, Unset):
            field_dict["PhoneNumber"] = _phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        address = get("Address", UNSET)
        country_id = get("CountryId", UNSET)
        email = get("Email", UNSET)
        name = get("Name", UNSET)
        phone_number = get("PhoneNumber", UNSET)
        obj = cls(address, country_id, email, name, phone_number)
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
