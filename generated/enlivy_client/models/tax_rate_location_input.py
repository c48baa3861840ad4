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
        "_deleted",
    }
)


@_attrs_define
class TaxRateLocationInput:
    """Location entry in a request. Entries with an `id` update that entry (or remove it when
    `_deleted` is true); entries without one are added.

    Attributes:
        id (str | Unset): Existing entry to change or remove.
        country_code (str | Unset): ISO 3166-1 alpha-2 country.
        zip_code (str | Unset): Postal code, to limit the rate to it.
        field_deleted (bool | Unset): Remove the entry given by `id`.
    """

    id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    field_deleted: bool | Unset = UNSET
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
        _field_deleted = self.field_deleted
        if not isinstance(_field_deleted, Unset):
            field_dict["_deleted"] = _field_deleted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        country_code = get("country_code", UNSET)
        zip_code = get("zip_code", UNSET)
        field_deleted = get("_deleted", UNSET)
        obj = cls(id, country_code, zip_code, field_deleted)
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
