from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_attachment_api_model_type_type_1 import (
    OrderAttachmentApiModelTypeType1,
)
from ..models.order_attachment_api_model_type_type_2_type_1 import (
    OrderAttachmentApiModelTypeType2Type1,
)
from ..models.order_attachment_api_model_type_type_3_type_1 import (
    OrderAttachmentApiModelTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderAttachmentApiModel")


@_attrs_define
class OrderAttachmentApiModel:
    """
    Attributes:
        link (None | str | Unset):
        obfuscated_file_name (None | str | Unset):
        original_file_name (None | str | Unset):
        size (int | None | Unset):
        type_ (None | OrderAttachmentApiModelTypeType1 | OrderAttachmentApiModelTypeType2Type1 |
            OrderAttachmentApiModelTypeType3Type1 | Unset):
    """

    link: None | str | Unset = UNSET
    obfuscated_file_name: None | str | Unset = UNSET
    original_file_name: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    type_: (
        None
        | OrderAttachmentApiModelTypeType1
        | OrderAttachmentApiModelTypeType2Type1
        | OrderAttachmentApiModelTypeType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        obfuscated_file_name: None | str | Unset
        if isinstance(self.obfuscated_file_name, Unset):
            obfuscated_file_name = UNSET
        else:
            obfuscated_file_name = self.obfuscated_file_name

        original_file_name: None | str | Unset
        if isinstance(self.original_file_name, Unset):
            original_file_name = UNSET
        else:
            original_file_name = self.original_file_name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif (
            isinstance(self.type_, OrderAttachmentApiModelTypeType1)
            or isinstance(self.type_, OrderAttachmentApiModelTypeType2Type1)
            or isinstance(self.type_, OrderAttachmentApiModelTypeType3Type1)
        ):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["Link"] = link
        if obfuscated_file_name is not UNSET:
            field_dict["ObfuscatedFileName"] = obfuscated_file_name
        if original_file_name is not UNSET:
            field_dict["OriginalFileName"] = original_file_name
        if size is not UNSET:
            field_dict["Size"] = size
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("Link", UNSET))

        def _parse_obfuscated_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obfuscated_file_name = _parse_obfuscated_file_name(
            d.pop("ObfuscatedFileName", UNSET)
        )

        def _parse_original_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_file_name = _parse_original_file_name(d.pop("OriginalFileName", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("Size", UNSET))

        def _parse_type_(
            data: object,
        ) -> (
            None
            | OrderAttachmentApiModelTypeType1
            | OrderAttachmentApiModelTypeType2Type1
            | OrderAttachmentApiModelTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = OrderAttachmentApiModelTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = OrderAttachmentApiModelTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = OrderAttachmentApiModelTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | OrderAttachmentApiModelTypeType1
                | OrderAttachmentApiModelTypeType2Type1
                | OrderAttachmentApiModelTypeType3Type1
                | Unset,
                data,
            )

        type_ = _parse_type_(d.pop("Type", UNSET))

        order_attachment_api_model = cls(
            link=link,
            obfuscated_file_name=obfuscated_file_name,
            original_file_name=original_file_name,
            size=size,
            type_=type_,
        )

        order_attachment_api_model.additional_properties = d
        return order_attachment_api_model

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
