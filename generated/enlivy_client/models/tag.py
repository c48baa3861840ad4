from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
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

        alias = self.alias

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        rgba_color_code: None | str | Unset
        if isinstance(self.rgba_color_code, Unset):
            rgba_color_code = UNSET
        else:
            rgba_color_code = self.rgba_color_code

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
        if alias is not UNSET:
            field_dict["alias"] = alias
        if description is not UNSET:
            field_dict["description"] = description
        if rgba_color_code is not UNSET:
            field_dict["rgba_color_code"] = rgba_color_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        alias = d.pop("alias", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_rgba_color_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rgba_color_code = _parse_rgba_color_code(d.pop("rgba_color_code", UNSET))

        tag = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            alias=alias,
            description=description,
            rgba_color_code=rgba_color_code,
        )

        tag.additional_properties = d
        return tag

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
