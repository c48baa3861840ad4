from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="TaxClassUpdate")


@_attrs_define
class TaxClassUpdate:
    """Tax class fields; all optional.

    Attributes:
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        description_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        display_name (str | Unset): Name printed on documents.
        display_name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in
            that language.
        tax_category (str | Unset): Tax category code of the class.
    """

    name_lang_map: LangMap | Unset = UNSET
    description_lang_map: LangMap | Unset = UNSET
    display_name: str | Unset = UNSET
    display_name_lang_map: LangMap | Unset = UNSET
    tax_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_lang_map, Unset):
            name_lang_map = self.name_lang_map.to_dict()

        description_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_lang_map, Unset):
            description_lang_map = self.description_lang_map.to_dict()

        display_name = self.display_name

        display_name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_name_lang_map, Unset):
            display_name_lang_map = self.display_name_lang_map.to_dict()

        tax_category = self.tax_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        _name_lang_map = d.pop("name_lang_map", UNSET)
        name_lang_map: LangMap | Unset
        if isinstance(_name_lang_map, Unset):
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)

        _description_lang_map = d.pop("description_lang_map", UNSET)
        description_lang_map: LangMap | Unset
        if isinstance(_description_lang_map, Unset):
            description_lang_map = UNSET
        else:
            description_lang_map = LangMap.from_dict(_description_lang_map)

        display_name = d.pop("display_name", UNSET)

        _display_name_lang_map = d.pop("display_name_lang_map", UNSET)
        display_name_lang_map: LangMap | Unset
        if isinstance(_display_name_lang_map, Unset):
            display_name_lang_map = UNSET
        else:
            display_name_lang_map = LangMap.from_dict(_display_name_lang_map)

        tax_category = d.pop("tax_category", UNSET)

        tax_class_update = cls(
            name_lang_map=name_lang_map,
            description_lang_map=description_lang_map,
            display_name=display_name,
            display_name_lang_map=display_name_lang_map,
            tax_category=tax_category,
        )

        tax_class_update.additional_properties = d
        return tax_class_update

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
