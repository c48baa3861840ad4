from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagCreate")


@_attrs_define
class TagCreate:
    """Fields of a new tag.

    Attributes:
        alias (str | Unset): Tag text.
        description (str | Unset): Longer explanation of the tag.
        rgba_color_code (str | Unset): Display colour as an RGBA value.
    """

    alias: str | Unset = UNSET
    description: str | Unset = UNSET
    rgba_color_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        description = self.description

        rgba_color_code = self.rgba_color_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        rgba_color_code = d.pop("rgba_color_code", UNSET)

        tag_create = cls(
            alias=alias,
            description=description,
            rgba_color_code=rgba_color_code,
        )

        tag_create.additional_properties = d
        return tag_create

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
