from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRateLocationInput")


@_attrs_define
class TaxRateLocationInput:
    """Location entry in a request. Entries with an `id` update that entry (or remove it when `_deleted` is true); entries
    without one are added.

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
        id = self.id

        country_code = self.country_code

        zip_code = self.zip_code

        field_deleted = self.field_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if field_deleted is not UNSET:
            field_dict["_deleted"] = field_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        country_code = d.pop("country_code", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        field_deleted = d.pop("_deleted", UNSET)

        tax_rate_location_input = cls(
            id=id,
            country_code=country_code,
            zip_code=zip_code,
            field_deleted=field_deleted,
        )

        tax_rate_location_input.additional_properties = d
        return tax_rate_location_input

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
