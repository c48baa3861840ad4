from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eu_vat_class import EuVatClass
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lang_map import LangMap
    from ..models.tax_rate_locations import TaxRateLocations


T = TypeVar("T", bound="TaxRate")


@_attrs_define
class TaxRate:
    """One tax rate within a tax class.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        organization_tax_class_id (str | Unset): Tax class the rate belongs to.
        name (None | str | Unset): Name of the rate.
        name_lang_map (LangMap | None | Unset):
        rate (float | Unset): Rate in percent.
        has_eu_vat_properties (bool | Unset): Whether the EU VAT fields below apply.
        is_compound (bool | Unset): Whether the rate is applied on top of other taxes.
        is_inclusive (bool | Unset): Whether prices already include this tax.
        eu_vat_class (EuVatClass | None | Unset):
        is_vat_exempt (bool | Unset): Whether the rate marks a VAT exemption.
        vatex_code (None | str | Unset): VAT exemption reason code.
        is_business_entity (bool | None | Unset): Applies only to business (true) or private (false) receivers.
        is_eu_vat_registered (bool | None | Unset): Applies only to receivers with (true) or without (false) EU VAT
            registration.
        priority (int | Unset): Order in which rates are evaluated.
        has_locations (bool | Unset): Whether the rate is limited to the listed locations.
        locations (TaxRateLocations | Unset): Embedded locations (present when `include` contains `locations`).
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    organization_tax_class_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    name_lang_map: LangMap | None | Unset = UNSET
    rate: float | Unset = UNSET
    has_eu_vat_properties: bool | Unset = UNSET
    is_compound: bool | Unset = UNSET
    is_inclusive: bool | Unset = UNSET
    eu_vat_class: EuVatClass | None | Unset = UNSET
    is_vat_exempt: bool | Unset = UNSET
    vatex_code: None | str | Unset = UNSET
    is_business_entity: bool | None | Unset = UNSET
    is_eu_vat_registered: bool | None | Unset = UNSET
    priority: int | Unset = UNSET
    has_locations: bool | Unset = UNSET
    locations: TaxRateLocations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lang_map import LangMap

        id = self.id

        object_ = self.object_

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by_user_id: None | str | Unset
        if isinstance(self.deleted_by_user_id, Unset):
            deleted_by_user_id = UNSET
        else:
            deleted_by_user_id = self.deleted_by_user_id

        organization_tax_class_id = self.organization_tax_class_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        name_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.name_lang_map, Unset):
            name_lang_map = UNSET
        elif isinstance(self.name_lang_map, LangMap):
            name_lang_map = self.name_lang_map.to_dict()
        else:
            name_lang_map = self.name_lang_map

        rate = self.rate

        has_eu_vat_properties = self.has_eu_vat_properties

        is_compound = self.is_compound

        is_inclusive = self.is_inclusive

        eu_vat_class: None | str | Unset
        if isinstance(self.eu_vat_class, Unset):
            eu_vat_class = UNSET
        elif isinstance(self.eu_vat_class, EuVatClass):
            eu_vat_class = self.eu_vat_class.value
        else:
            eu_vat_class = self.eu_vat_class

        is_vat_exempt = self.is_vat_exempt

        vatex_code: None | str | Unset
        if isinstance(self.vatex_code, Unset):
            vatex_code = UNSET
        else:
            vatex_code = self.vatex_code

        is_business_entity: bool | None | Unset
        if isinstance(self.is_business_entity, Unset):
            is_business_entity = UNSET
        else:
            is_business_entity = self.is_business_entity

        is_eu_vat_registered: bool | None | Unset
        if isinstance(self.is_eu_vat_registered, Unset):
            is_eu_vat_registered = UNSET
        else:
            is_eu_vat_registered = self.is_eu_vat_registered

        priority = self.priority

        has_locations = self.has_locations

        locations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by_user_id is not UNSET:
            field_dict["deleted_by_user_id"] = deleted_by_user_id
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
        from ..models.tax_rate_locations import TaxRateLocations

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_deleted_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by_user_id = _parse_deleted_by_user_id(
            d.pop("deleted_by_user_id", UNSET)
        )

        organization_tax_class_id = d.pop("organization_tax_class_id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_name_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_lang_map_type_0 = LangMap.from_dict(data)

                return name_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        name_lang_map = _parse_name_lang_map(d.pop("name_lang_map", UNSET))

        rate = d.pop("rate", UNSET)

        has_eu_vat_properties = d.pop("has_eu_vat_properties", UNSET)

        is_compound = d.pop("is_compound", UNSET)

        is_inclusive = d.pop("is_inclusive", UNSET)

        def _parse_eu_vat_class(data: object) -> EuVatClass | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eu_vat_class_type_0 = EuVatClass(data)

                return eu_vat_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EuVatClass | None | Unset, data)

        eu_vat_class = _parse_eu_vat_class(d.pop("eu_vat_class", UNSET))

        is_vat_exempt = d.pop("is_vat_exempt", UNSET)

        def _parse_vatex_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vatex_code = _parse_vatex_code(d.pop("vatex_code", UNSET))

        def _parse_is_business_entity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_business_entity = _parse_is_business_entity(
            d.pop("is_business_entity", UNSET)
        )

        def _parse_is_eu_vat_registered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_eu_vat_registered = _parse_is_eu_vat_registered(
            d.pop("is_eu_vat_registered", UNSET)
        )

        priority = d.pop("priority", UNSET)

        has_locations = d.pop("has_locations", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: TaxRateLocations | Unset
        if isinstance(_locations, Unset):
            locations = UNSET
        else:
            locations = TaxRateLocations.from_dict(_locations)

        tax_rate = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
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

        tax_rate.additional_properties = d
        return tax_rate

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
