from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="TaxClass")


@_attrs_define
class TaxClass:
    """A group of tax rates, assigned to products and invoice lines.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        name_lang_map (LangMap | None | Unset):
        description_lang_map (LangMap | None | Unset):
        display_name (None | str | Unset): Name printed on documents.
        display_name_lang_map (LangMap | None | Unset):
        tax_category (None | str | Unset): Tax category code of the class.
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    name_lang_map: LangMap | None | Unset = UNSET
    description_lang_map: LangMap | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    display_name_lang_map: LangMap | None | Unset = UNSET
    tax_category: None | str | Unset = UNSET
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

        name_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.name_lang_map, Unset):
            name_lang_map = UNSET
        elif isinstance(self.name_lang_map, LangMap):
            name_lang_map = self.name_lang_map.to_dict()
        else:
            name_lang_map = self.name_lang_map

        description_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.description_lang_map, Unset):
            description_lang_map = UNSET
        elif isinstance(self.description_lang_map, LangMap):
            description_lang_map = self.description_lang_map.to_dict()
        else:
            description_lang_map = self.description_lang_map

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        display_name_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.display_name_lang_map, Unset):
            display_name_lang_map = UNSET
        elif isinstance(self.display_name_lang_map, LangMap):
            display_name_lang_map = self.display_name_lang_map.to_dict()
        else:
            display_name_lang_map = self.display_name_lang_map

        tax_category: None | str | Unset
        if isinstance(self.tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = self.tax_category

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
        if name_lang_map is not UNSET:
            field_dict["name_lang_map"] = name_lang_map
        if description_lang_map is not UNSET:
            field_dict["description_lang_map"] = description_lang_map
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if display_name_lang_map is not UNSET:
            field_dict["display_name_lang_map"] = display_name_lang_map
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lang_map import LangMap

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

        def _parse_description_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_lang_map_type_0 = LangMap.from_dict(data)

                return description_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        description_lang_map = _parse_description_lang_map(
            d.pop("description_lang_map", UNSET)
        )

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_display_name_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_name_lang_map_type_0 = LangMap.from_dict(data)

                return display_name_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        display_name_lang_map = _parse_display_name_lang_map(
            d.pop("display_name_lang_map", UNSET)
        )

        def _parse_tax_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_category = _parse_tax_category(d.pop("tax_category", UNSET))

        tax_class = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            name_lang_map=name_lang_map,
            description_lang_map=description_lang_map,
            display_name=display_name,
            display_name_lang_map=display_name_lang_map,
            tax_category=tax_category,
        )

        tax_class.additional_properties = d
        return tax_class

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
