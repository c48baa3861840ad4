from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    note_unknown_enum_value,
)
from .eu_vat_class import EuVatClass
from .lang_map import LangMap
from .tax_rate_locations import TaxRateLocations

_EuVatClass_BY_VALUE: dict[Any, EuVatClass] = {m.value: m for m in EuVatClass}
_FIELDS = frozenset(
    {
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "organization_tax_class_id",
        "name",
        "name_lang_map",
        "rate",
        "has_eu_vat_properties",
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
class TaxRate:
    """One tax rate within a tax class.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        organization_tax_class_id (str | Unset): Tax class the rate belongs to.
        name (None | str | Unset): Name of the rate.
        name_lang_map (LangMap | None | Unset)
        rate (float | Unset): Rate in percent.
        has_eu_vat_properties (bool | Unset): Whether the EU VAT fields below apply.
        is_compound (bool | Unset): Whether the rate is applied on top of other taxes.
        is_inclusive (bool | Unset): Whether prices already include this tax.
        eu_vat_class (EuVatClass | None | Unset)
        is_vat_exempt (bool | Unset): Whether the rate marks a VAT exemption.
        vatex_code (None | str | Unset): VAT exemption reason code.
        is_business_entity (bool | None | Unset): Applies only to business (true) or private
        (false) receivers.
        is_eu_vat_registered (bool | None | Unset): Applies only to receivers with (true) or
        without (false) EU VAT registration.
        priority (int | Unset): Order in which rates are evaluated.
        has_locations (bool | Unset): Whether the rate is limited to the listed locations.
        locations (TaxRateLocations | Unset): Embedded locations (present when `include` contains
        `locations`).
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            _value5 = _name_lang_map
            if isinstance(_value5, LangMap):
                field_dict["name_lang_map"] = _value5.to_dict()
            else:
                field_dict["name_lang_map"] = _value5
        _rate = self.rate
        if not isinstance(_rate, Unset):
            field_dict["rate"] = _rate
        _has_eu_vat_properties = self.has_eu_vat_properties
        if not isinstance(_has_eu_vat_properties, Unset):
            field_dict["has_eu_vat_properties"] = _has_eu_vat_properties
        _is_compound = self.is_compound
        if not isinstance(_is_compound, Unset):
            field_dict["is_compound"] = _is_compound
        _is_inclusive = self.is_inclusive
        if not isinstance(_is_inclusive, Unset):
            field_dict["is_inclusive"] = _is_inclusive
        _eu_vat_class = self.eu_vat_class
        if not isinstance(_eu_vat_class, Unset):
            _value6 = _eu_vat_class
            if isinstance(_value6, EuVatClass):
                field_dict["eu_vat_class"] = (
                    _value6.value if isinstance(_value6, EuVatClass) else _value6
                )
            else:
                field_dict["eu_vat_class"] = _value6
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
            field_dict["locations"] = _locations.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        name = get("name", UNSET)
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            if _name_lang_map is None:
                name_lang_map = None
            else:
                name_lang_map = _name_lang_map
                if isinstance(_name_lang_map, dict):
                    try:
                        _converted2 = LangMap.from_dict(_name_lang_map)
                        name_lang_map = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        rate = get("rate", UNSET)
        has_eu_vat_properties = get("has_eu_vat_properties", UNSET)
        is_compound = get("is_compound", UNSET)
        is_inclusive = get("is_inclusive", UNSET)
        _eu_vat_class = get("eu_vat_class", UNSET)
        if _eu_vat_class is UNSET:
            eu_vat_class = UNSET
        else:
            if _eu_vat_class is None:
                eu_vat_class = None
            else:
                eu_vat_class = _eu_vat_class
                _done3 = False
                if not _done3 and isinstance(_eu_vat_class, str):
                    try:
                        _converted4 = _EuVatClass_BY_VALUE[_eu_vat_class]
                        eu_vat_class = _converted4
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3:
                    note_unknown_enum_value(EuVatClass, _eu_vat_class)
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
            locations = TaxRateLocations.from_dict(_locations)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            organization_tax_class_id,
            name,
            name_lang_map,
            rate,
            has_eu_vat_properties,
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
        if len(src_dict) > 22 or not _FIELDS.issuperset(src_dict):
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
