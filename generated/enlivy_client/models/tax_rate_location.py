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
        "id",
        "country_code",
        "zip_code",
    }
)


@_attrs_define
class TaxRateLocation:
    """A place where a tax rate applies.

    Attributes:
        id (str | Unset): Location entry id.
        country_code (str | Unset): ISO 3166-1 alpha-2 country.
        zip_code (None | str | Unset): Postal code, when the rate is limited to one.
    """

    id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["id"] = _id
        _country_code = self.country_code
        if not isinstance(_country_code, Unset):
            field_dict["country_code"] = _country_code
        _zip_code = self.zip_code
        if not isinstance(_zip_code, Unset):
            field_dict["zip_code"] = _zip_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        country_code = get("country_code", UNSET)
        zip_code = get("zip_code", UNSET)
        obj = cls(id, country_code, zip_code)
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
