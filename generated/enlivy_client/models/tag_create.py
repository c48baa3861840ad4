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
        "alias",
        "description",
        "rgba_color_code",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        alias = get("alias", UNSET)
        description = get("description", UNSET)
        rgba_color_code = get("rgba_color_code", UNSET)
        obj = cls(alias, description, rgba_color_code)
        if len(src_dict) > 3 or not _FIELDS.issuperset(src_dict):
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
