from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .eu_vat_class import EuVatClass
from .lang_map import LangMap
from .tax_rate_location_input import TaxRateLocationInput

_EuVatClass_BY_VALUE: dict[Any, EuVatClass] = {m.value: m for m in EuVatClass}
_FIELDS = frozenset(
    {
        "has_eu_vat_properties",
        "organization_tax_class_id",
        "name",
        "name_lang_map",
        "rate",
        "is_compound",
        "is_inclusive",
        "eu_vat_class",
        "is_vat_exempt",
        "vatex_code",
        "is_business_entity",
        "is_eu_vat_registered",
        "priority",
        "has_locations",
        "locations",
    }
)


@_attrs_define
class TaxRateCreate:
    """Fields of a new tax rate.

    Attributes:
        has_eu_vat_properties (bool): Whether the EU VAT fields apply.
        organization_tax_class_id (str | Unset): Tax class the rate belongs to.
        name (str | Unset): Name of the rate.
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        rate (float | Unset): Rate in percent.
        is_compound (bool | Unset): Apply the rate on top of other taxes.
        is_inclusive (bool | Unset): Prices already include this tax.
        eu_vat_class (EuVatClass | Unset): EU VAT rate category.
        is_vat_exempt (bool | Unset): The rate marks a VAT exemption.
        vatex_code (str | Unset): VAT exemption reason code.
        is_business_entity (bool | Unset): Apply only to business (true) or private (false)
        receivers.
        is_eu_vat_registered (bool | Unset): Apply only to receivers with (true) or without
        (false) EU VAT registration.
        priority (int | Unset): Order in which rates are evaluated.
        has_locations (bool | Unset): Limit the rate to the listed locations.
        locations (list[TaxRateLocationInput] | Unset): Locations to add, change or remove.
    """

    has_eu_vat_properties: bool
    organization_tax_class_id: str | Unset = UNSET
    name: str | Unset = UNSET
    name_lang_map: LangMap | Unset = UNSET
    rate: float | Unset = UNSET
    is_compound: bool | Unset = UNSET
    is_inclusive: bool | Unset = UNSET
    eu_vat_class: EuVatClass | Unset = UNSET
    is_vat_exempt: bool | Unset = UNSET
    vatex_code: str | Unset = UNSET
    is_business_entity: bool | Unset = UNSET
    is_eu_vat_registered: bool | Unset = UNSET
    priority: int | Unset = UNSET
    has_locations: bool | Unset = UNSET
    locations: list[TaxRateLocationInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["has_eu_vat_properties"] = self.has_eu_vat_properties
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            field_dict["name_lang_map"] = _name_lang_map.to_dict()
        _rate = self.rate
        if not isinstance(_rate, Unset):
            field_dict["rate"] = _rate
        _is_compound = self.is_compound
        if not isinstance(_is_compound, Unset):
            field_dict["is_compound"] = _is_compound
        _is_inclusive = self.is_inclusive
        if not isinstance(_is_inclusive, Unset):
            field_dict["is_inclusive"] = _is_inclusive
        _eu_vat_class = self.eu_vat_class
        if not isinstance(_eu_vat_class, Unset):
            field_dict["eu_vat_class"] = (
                _eu_vat_class.value
                if isinstance(_eu_vat_class, EuVatClass)
                else _eu_vat_class
            )
        _is_vat_exempt = self.is_vat_exempt
        if not isinstance(_is_vat_exempt, Unset):
            field_dict["is_vat_exempt"] = _is_vat_exempt
        _vatex_code = self.vatex_code
        if not isinstance(_vatex_code, Unset):
            field_dict["vatex_code"] = _vatex_code
        _is_business_entity = self.is_business_entity
        if not isinstance(_is_business_entity, Unset):
            field_dict["is_business_entity"] = _is_business_entity
        _is_eu_vat_registered = self.is_eu_vat_registered
        if not isinstance(_is_eu_vat_registered, Unset):
            field_dict["is_eu_vat_registered"] = _is_eu_vat_registered
        _priority = self.priority
        if not isinstance(_priority, Unset):
            field_dict["priority"] = _priority
        _has_locations = self.has_locations
        if not isinstance(_has_locations, Unset):
            field_dict["has_locations"] = _has_locations
        _locations = self.locations
        if not isinstance(_locations, Unset):
            field_dict["locations"] = [_item2.to_dict() for _item2 in _locations]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        has_eu_vat_properties = src_dict["has_eu_vat_properties"]
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        name = get("name", UNSET)
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)
        rate = get("rate", UNSET)
        is_compound = get("is_compound", UNSET)
        is_inclusive = get("is_inclusive", UNSET)
        _eu_vat_class = get("eu_vat_class", UNSET)
        if _eu_vat_class is UNSET:
            eu_vat_class = UNSET
        else:
            if _eu_vat_class in _EuVatClass_BY_VALUE:
                eu_vat_class = _EuVatClass_BY_VALUE[_eu_vat_class]
            else:
                eu_vat_class = unknown_enum_value(EuVatClass, _eu_vat_class)
        is_vat_exempt = get("is_vat_exempt", UNSET)
        vatex_code = get("vatex_code", UNSET)
        is_business_entity = get("is_business_entity", UNSET)
        is_eu_vat_registered = get("is_eu_vat_registered", UNSET)
        priority = get("priority", UNSET)
        has_locations = get("has_locations", UNSET)
        _locations = get("locations", UNSET)
        if _locations is UNSET:
            locations = UNSET
        else:
            locations = [
                TaxRateLocationInput.from_dict(_item1) for _item1 in _locations
            ]
        obj = cls(
            has_eu_vat_properties,
            organization_tax_class_id,
            name,
            name_lang_map,
            rate,
            is_compound,
            is_inclusive,
            eu_vat_class,
            is_vat_exempt,
            vatex_code,
            is_business_entity,
            is_eu_vat_registered,
            priority,
            has_locations,
            locations,
        )
        if len(src_dict) > 15 or not _FIELDS.issuperset(src_dict):
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
