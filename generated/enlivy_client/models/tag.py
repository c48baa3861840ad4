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
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "alias",
        "description",
        "rgba_color_code",
    }
)


@_attrs_define
class Tag:
    """A label that can be attached to records.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        alias (str | Unset): Tag text.
        description (None | str | Unset): Longer explanation of the tag.
        rgba_color_code (None | str | Unset): Display colour as an RGBA value.
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    alias: str | Unset = UNSET
    description: None | str | Unset = UNSET
    rgba_color_code: None | str | Unset = UNSET
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
        _alias = self.alias
        if not isinstance(_alias, Unset):
            field_dict["alias"] = _alias
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["description"] = _description
        _rgba_color_code = self.rgba_color_code
        if not isinstance(_rgba_color_code, Unset):
            field_dict["rgba_color_code"] = _rgba_color_code
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
        alias = get("alias", UNSET)
        description = get("description", UNSET)
        rgba_color_code = get("rgba_color_code", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            alias,
            description,
            rgba_color_code,
        )
        if len(src_dict) > 10 or not _FIELDS.issuperset(src_dict):
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
