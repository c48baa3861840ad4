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
from .invoice_activity_api_model_type_type_1 import InvoiceActivityApiModelTypeType1
from .invoice_activity_api_model_type_type_2_type_1 import (
    InvoiceActivityApiModelTypeType2Type1,
)
from .invoice_activity_api_model_type_type_3_type_1 import (
    InvoiceActivityApiModelTypeType3Type1,
)

_InvoiceActivityApiModelTypeType1_BY_VALUE: dict[
    Any, InvoiceActivityApiModelTypeType1
] = {m.value: m for m in InvoiceActivityApiModelTypeType1}
_InvoiceActivityApiModelTypeType2Type1_BY_VALUE: dict[
    Any, InvoiceActivityApiModelTypeType2Type1
] = {m.value: m for m in InvoiceActivityApiModelTypeType2Type1}
_InvoiceActivityApiModelTypeType3Type1_BY_VALUE: dict[
    Any, InvoiceActivityApiModelTypeType3Type1
] = {m.value: m for m in InvoiceActivityApiModelTypeType3Type1}
_FIELDS = frozenset(
    {
        "Id",
        "InvoiceNumber",
        "Link",
        "Message",
        "Type",
    }
)


@_attrs_define
class InvoiceActivityApiModel:
    """The InvoiceActivityApiModel object.

    Attributes:
        id (int | None | Unset)
        invoice_number (None | str | Unset)
        link (None | str | Unset)
        message (None | str | Unset)
        type_ (InvoiceActivityApiModelTypeType1 | InvoiceActivityApiModelTypeType2Type1 |
        InvoiceActivityApiModelTypeType3Type1 | None | Unset)
    """

    id: int | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    type_: (
        InvoiceActivityApiModelTypeType1
        | InvoiceActivityApiModelTypeType2Type1
        | InvoiceActivityApiModelTypeType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _invoice_number = self.invoice_number
        if not isinstance(_invoice_number, Unset):
            field_dict["InvoiceNumber"] = _invoice_number
        _link = self.link
        if not isinstance(_link, Unset):
            field_dict["Link"] = _link
        _message = self.message
        if not isinstance(_message, Unset):
            field_dict["Message"] = _message
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            _value5 = _type_
            if isinstance(_value5, InvoiceActivityApiModelTypeType1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(_value5, InvoiceActivityApiModelTypeType1)
                    else _value5
                )
            elif isinstance(_value5, InvoiceActivityApiModelTypeType2Type1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(_value5, InvoiceActivityApiModelTypeType2Type1)
                    else _value5
                )
            elif isinstance(_value5, InvoiceActivityApiModelTypeType3Type1):
                field_dict["Type"] = (
                    _value5.value
                    if isinstance(_value5, InvoiceActivityApiModelTypeType3Type1)
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
        id = get("Id", UNSET)
        invoice_number = get("InvoiceNumber", UNSET)
        link = get("Link", UNSET)
        message = get("Message", UNSET)
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
                        _converted2 = _InvoiceActivityApiModelTypeType1_BY_VALUE[_type_]
                        type_ = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_type_, str):
                    try:
                        _converted3 = _InvoiceActivityApiModelTypeType2Type1_BY_VALUE[
                            _type_
                        ]
                        type_ = _converted3
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_type_, str):
                    try:
                        _converted4 = _InvoiceActivityApiModelTypeType3Type1_BY_VALUE[
                            _type_
                        ]
                        type_ = _converted4
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(InvoiceActivityApiModelTypeType1, _type_)
        obj = cls(id, invoice_number, link, message, type_)
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
