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
from .lang_map import LangMap

_FIELDS = frozenset(
    {
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "name_lang_map",
        "description_lang_map",
        "display_name",
        "display_name_lang_map",
        "tax_category",
    }
)


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        name_lang_map (LangMap | None | Unset)
        description_lang_map (LangMap | None | Unset)
        display_name (None | str | Unset): Name printed on documents.
        display_name_lang_map (LangMap | None | Unset)
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
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            _value7 = _name_lang_map
            if isinstance(_value7, LangMap):
                field_dict["name_lang_map"] = _value7.to_dict()
            else:
                field_dict["name_lang_map"] = _value7
        _description_lang_map = self.description_lang_map
        if not isinstance(_description_lang_map, Unset):
            _value8 = _description_lang_map
            if isinstance(_value8, LangMap):
                field_dict["description_lang_map"] = _value8.to_dict()
            else:
                field_dict["description_lang_map"] = _value8
        _display_name = self.display_name
        if not isinstance(_display_name, Unset):
            field_dict["display_name"] = _display_name
        _display_name_lang_map = self.display_name_lang_map
        if not isinstance(_display_name_lang_map, Unset):
            _value9 = _display_name_lang_map
            if isinstance(_value9, LangMap):
                field_dict["display_name_lang_map"] = _value9.to_dict()
            else:
                field_dict["display_name_lang_map"] = _value9
        _tax_category = self.tax_category
        if not isinstance(_tax_category, Unset):
            field_dict["tax_category"] = _tax_category
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
        _description_lang_map = get("description_lang_map", UNSET)
        if _description_lang_map is UNSET:
            description_lang_map = UNSET
        else:
            if _description_lang_map is None:
                description_lang_map = None
            else:
                description_lang_map = _description_lang_map
                if isinstance(_description_lang_map, dict):
                    try:
                        _converted4 = LangMap.from_dict(_description_lang_map)
                        description_lang_map = _converted4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        display_name = get("display_name", UNSET)
        _display_name_lang_map = get("display_name_lang_map", UNSET)
        if _display_name_lang_map is UNSET:
            display_name_lang_map = UNSET
        else:
            if _display_name_lang_map is None:
                display_name_lang_map = None
            else:
                display_name_lang_map = _display_name_lang_map
                if isinstance(_display_name_lang_map, dict):
                    try:
                        _converted6 = LangMap.from_dict(_display_name_lang_map)
                        display_name_lang_map = _converted6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        tax_category = get("tax_category", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            name_lang_map,
            description_lang_map,
            display_name,
            display_name_lang_map,
            tax_category,
        )
        if len(src_dict) > 12 or not _FIELDS.issuperset(src_dict):
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
