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
        "name_lang_map",
        "description_lang_map",
        "display_name",
        "display_name_lang_map",
        "tax_category",
    }
)


@_attrs_define
class TaxClassUpdate:
    """Tax class fields; all optional.

    Attributes:
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        description_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...),
        mapped to the text in that language.
        display_name (str | Unset): Name printed on documents.
        display_name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...),
        mapped to the text in that language.
        tax_category (str | Unset): Tax category code of the class.
    """

    name_lang_map: LangMap | Unset = UNSET
    description_lang_map: LangMap | Unset = UNSET
    display_name: str | Unset = UNSET
    display_name_lang_map: LangMap | Unset = UNSET
    tax_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            field_dict["name_lang_map"] = _name_lang_map.to_dict()
        _description_lang_map = self.description_lang_map
        if not isinstance(_description_lang_map, Unset):
            field_dict["description_lang_map"] = _description_lang_map.to_dict()
        _display_name = self.display_name
        if not isinstance(_display_name, Unset):
            field_dict["display_name"] = _display_name
        _display_name_lang_map = self.display_name_lang_map
        if not isinstance(_display_name_lang_map, Unset):
            field_dict["display_name_lang_map"] = _display_name_lang_map.to_dict()
        _tax_category = self.tax_category
        if not isinstance(_tax_category, Unset):
            field_dict["tax_category"] = _tax_category
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)
        _description_lang_map = get("description_lang_map", UNSET)
        if _description_lang_map is UNSET:
            description_lang_map = UNSET
        else:
            description_lang_map = LangMap.from_dict(_description_lang_map)
        display_name = get("display_name", UNSET)
        _display_name_lang_map = get("display_name_lang_map", UNSET)
        if _display_name_lang_map is UNSET:
            display_name_lang_map = UNSET
        else:
            display_name_lang_map = LangMap.from_dict(_display_name_lang_map)
        tax_category = get("tax_category", UNSET)
        obj = cls(
            name_lang_map,
            description_lang_map,
            display_name,
            display_name_lang_map,
            tax_category,
        )
        if len(src_dict) > 5 or not _FIELDS.issuperset(src_dict):
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
