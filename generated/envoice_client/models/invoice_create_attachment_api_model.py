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
from .invoice_create_attachment_api_model_type_type_1 import (
    InvoiceCreateAttachmentApiModelTypeType1,
)
from .invoice_create_attachment_api_model_type_type_2_type_1 import (
    InvoiceCreateAttachmentApiModelTypeType2Type1,
)
from .invoice_create_attachment_api_model_type_type_3_type_1 import (
    InvoiceCreateAttachmentApiModelTypeType3Type1,
)

_InvoiceCreateAttachmentApiModelTypeType1_BY_VALUE: dict[
    Any, InvoiceCreateAttachmentApiModelTypeType1
] = {m.value: m for m in InvoiceCreateAttachmentApiModelTypeType1}
_InvoiceCreateAttachmentApiModelTypeType2Type1_BY_VALUE: dict[
    Any, InvoiceCreateAttachmentApiModelTypeType2Type1
] = {m.value: m for m in InvoiceCreateAttachmentApiModelTypeType2Type1}
_InvoiceCreateAttachmentApiModelTypeType3Type1_BY_VALUE: dict[
    Any, InvoiceCreateAttachmentApiModelTypeType3Type1
] = {m.value: m for m in InvoiceCreateAttachmentApiModelTypeType3Type1}
_FIELDS = frozenset(
    {
        "Link",
        "ObfuscatedFileName",
        "OriginalFileName",
        "Size",
        "Type",
    }
)


@_attrs_define
class InvoiceCreateAttachmentApiModel:
    """The InvoiceCreateAttachmentApiModel object.

    Attributes:
        link (None | str | Unset)
        obfuscated_file_name (None | str | Unset)
        original_file_name (None | str | Unset)
        size (int | None | Unset)
        type_ (InvoiceCreateAttachmentApiModelTypeType1 |
        InvoiceCreateAttachmentApiModelTypeType2Type1 |
        InvoiceCreateAttachmentApiModelTypeType3Type1 | None | Unset)
    """

    link: None | str | Unset = UNSET
    obfuscated_file_name: None | str | Unset = UNSET
    original_file_name: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    type_: (
        InvoiceCreateAttachmentApiModelTypeType1
        | InvoiceCreateAttachmentApiModelTypeType2Type1
        | InvoiceCreateAttachmentApiModelTypeType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _link = self.link
        if not isinstance(_link, Unset):
            field_dict["Link"] = _link
        _obfuscated_file_name = self.obfuscated_file_name
        if not isinstance(_obfuscated_file_name, Unset):
            field_dict["ObfuscatedFileName"] = _obfuscated_file_name
        _original_file_name = self.original_file_name
        if not isinstance(_original_file_name, Unset):
            field_dict["OriginalFileName"] = _original_file_name
        _size = self.size
        if not isinstance(_size, Unset):
            field_dict["Size"] = _size
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            _value5 = _type_
            if isinstance(_value5, InvoiceCreateAttachmentApiModelTypeType1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(_value5, InvoiceCreateAttachmentApiModelTypeType1)
                    else _value5
                )
            elif isinstance(_value5, InvoiceCreateAttachmentApiModelTypeType2Type1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(
                        _value5, InvoiceCreateAttachmentApiModelTypeType2Type1
                    )
                    else _value5
                )
            elif isinstance(_value5, InvoiceCreateAttachmentApiModelTypeType3Type1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(
                        _value5, InvoiceCreateAttachmentApiModelTypeType3Type1
                    )
                    else _value5
                )
            else:
                field_dict["Type"] = _value5
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        link = get("Link", UNSET)
        obfuscated_file_name = get("ObfuscatedFileName", UNSET)
        original_file_name = get("OriginalFileName", UNSET)
        size = get("Size", UNSET)
        _type_ = get("Type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ is None:
                type_ = None
            else:
                type_ = _type_
                _done1 = False
                if not _done1 and isinstance(_type_, str):
                    try:
                        _converted2 = (
                            _InvoiceCreateAttachmentApiModelTypeType1_BY_VALUE[_type_]
                        )
                        type_ = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_type_, str):
                    try:
                        _converted3 = (
                            _InvoiceCreateAttachmentApiModelTypeType2Type1_BY_VALUE[
                                _type_
                            ]
                        )
                        type_ = _converted3
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_type_, str):
                    try:
                        _converted4 = (
                            _InvoiceCreateAttachmentApiModelTypeType3Type1_BY_VALUE[
                                _type_
                            ]
                        )
                        type_ = _converted4
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(
                        InvoiceCreateAttachmentApiModelTypeType1, _type_
                    )
        obj = cls(link, obfuscated_file_name, original_file_name, size, type_)
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
