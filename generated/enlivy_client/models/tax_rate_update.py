from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eu_vat_class import EuVatClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lang_map import LangMap
    from ..models.tax_rate_location_input import TaxRateLocationInput


T = TypeVar("T", bound="TaxRateUpdate")


@_attrs_define
class TaxRateUpdate:
    """Tax rate fields; all optional.

    Attributes:
        organization_tax_class_id (str | Unset): Tax class the rate belongs to.
        name (str | Unset): Name of the rate.
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        rate (float | Unset): Rate in percent.
        has_eu_vat_properties (bool | Unset): Whether the EU VAT fields apply.
        is_compound (bool | Unset): Apply the rate on top of other taxes.
        is_inclusive (bool | Unset): Prices already include this tax.
        eu_vat_class (EuVatClass | Unset): EU VAT rate category.
        is_vat_exempt (bool | Unset): The rate marks a VAT exemption.
        vatex_code (str | Unset): VAT exemption reason code.
        is_business_entity (bool | Unset): Apply only to business (true) or private (false) receivers.
        is_eu_vat_registered (bool | Unset): Apply only to receivers with (true) or without (false) EU VAT registration.
        priority (int | Unset): Order in which rates are evaluated.
        has_locations (bool | Unset): Limit the rate to the listed locations.
        locations (list[TaxRateLocationInput] | Unset): Locations to add, change or remove.
    """

    organization_tax_class_id: str | Unset = UNSET
    name: str | Unset = UNSET
    name_lang_map: LangMap | Unset = UNSET
    rate: float | Unset = UNSET
    has_eu_vat_properties: bool | Unset = UNSET
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
        organization_tax_class_id = self.organization_tax_class_id

        name = self.name

        name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_lang_map, Unset):
            name_lang_map = self.name_lang_map.to_dict()

        rate = self.rate

        has_eu_vat_properties = self.has_eu_vat_properties

        is_compound = self.is_compound

        is_inclusive = self.is_inclusive

        eu_vat_class: str | Unset = UNSET
        if not isinstance(self.eu_vat_class, Unset):
            eu_vat_class = self.eu_vat_class.value

        is_vat_exempt = self.is_vat_exempt

        vatex_code = self.vatex_code

        is_business_entity = self.is_business_entity

        is_eu_vat_registered = self.is_eu_vat_registered

        priority = self.priority

        has_locations = self.has_locations

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_tax_class_id is not UNSET:
            field_dict["organization_tax_class_id"] = organization_tax_class_id
        if name is not UNSET:
            field_dict["name"] = name
        if name_lang_map is not UNSET:
            field_dict["name_lang_map"] = name_lang_map
        if rate is not UNSET:
            field_dict["rate"] = rate
        if has_eu_vat_properties is not UNSET:
            field_dict["has_eu_vat_properties"] = has_eu_vat_properties
        if is_compound is not UNSET:
            field_dict["is_compound"] = is_compound
        if is_inclusive is not UNSET:
            field_dict["is_inclusive"] = is_inclusive
        if eu_vat_class is not UNSET:
            field_dict["eu_vat_class"] = eu_vat_class
        if is_vat_exempt is not UNSET:
            field_dict["is_vat_exempt"] = is_vat_exempt
        if vatex_code is not UNSET:
            field_dict["vatex_code"] = vatex_code
        if is_business_entity is not UNSET:
            field_dict["is_business_entity"] = is_business_entity
        if is_eu_vat_registered is not UNSET:
            field_dict["is_eu_vat_registered"] = is_eu_vat_registered
        if priority is not UNSET:
            field_dict["priority"] = priority
        if has_locations is not UNSET:
            field_dict["has_locations"] = has_locations
        if locations is not UNSET:
            field_dict["locations"] = locations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lang_map import LangMap
        from ..models.tax_rate_location_input import TaxRateLocationInput

        d = dict(src_dict)
        organization_tax_class_id = d.pop("organization_tax_class_id", UNSET)

        name = d.pop("name", UNSET)

        _name_lang_map = d.pop("name_lang_map", UNSET)
        name_lang_map: LangMap | Unset
        if isinstance(_name_lang_map, Unset):
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)

        rate = d.pop("rate", UNSET)

        has_eu_vat_properties = d.pop("has_eu_vat_properties", UNSET)

        is_compound = d.pop("is_compound", UNSET)

        is_inclusive = d.pop("is_inclusive", UNSET)

        _eu_vat_class = d.pop("eu_vat_class", UNSET)
        eu_vat_class: EuVatClass | Unset
        if isinstance(_eu_vat_class, Unset):
            eu_vat_class = UNSET
        else:
            eu_vat_class = EuVatClass(_eu_vat_class)

        is_vat_exempt = d.pop("is_vat_exempt", UNSET)

        vatex_code = d.pop("vatex_code", UNSET)

        is_business_entity = d.pop("is_business_entity", UNSET)

        is_eu_vat_registered = d.pop("is_eu_vat_registered", UNSET)

        priority = d.pop("priority", UNSET)

        has_locations = d.pop("has_locations", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[TaxRateLocationInput] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = TaxRateLocationInput.from_dict(locations_item_data)

                locations.append(locations_item)

        tax_rate_update = cls(
            organization_tax_class_id=organization_tax_class_id,
            name=name,
            name_lang_map=name_lang_map,
            rate=rate,
            has_eu_vat_properties=has_eu_vat_properties,
            is_compound=is_compound,
            is_inclusive=is_inclusive,
            eu_vat_class=eu_vat_class,
            is_vat_exempt=is_vat_exempt,
            vatex_code=vatex_code,
            is_business_entity=is_business_entity,
            is_eu_vat_registered=is_eu_vat_registered,
            priority=priority,
            has_locations=has_locations,
            locations=locations,
        )

        tax_rate_update.additional_properties = d
        return tax_rate_update

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
