from __future__ import annotations

import datetime
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
from .invoice_payment_api_model_type_type_1 import InvoicePaymentApiModelTypeType1
from .invoice_payment_api_model_type_type_2_type_1 import (
    InvoicePaymentApiModelTypeType2Type1,
)
from .invoice_payment_api_model_type_type_3_type_1 import (
    InvoicePaymentApiModelTypeType3Type1,
)

_InvoicePaymentApiModelTypeType1_BY_VALUE: dict[
    Any, InvoicePaymentApiModelTypeType1
] = {m.value: m for m in InvoicePaymentApiModelTypeType1}
_InvoicePaymentApiModelTypeType2Type1_BY_VALUE: dict[
    Any, InvoicePaymentApiModelTypeType2Type1
] = {m.value: m for m in InvoicePaymentApiModelTypeType2Type1}
_InvoicePaymentApiModelTypeType3Type1_BY_VALUE: dict[
    Any, InvoicePaymentApiModelTypeType3Type1
] = {m.value: m for m in InvoicePaymentApiModelTypeType3Type1}
_FIELDS = frozenset(
    {
        "Amount",
        "Id",
        "IsAutomatic",
        "Note",
        "PaidOn",
        "ReferenceId",
        "Type",
    }
)


@_attrs_define
class InvoicePaymentApiModel:
    """The InvoicePaymentApiModel object.

    Attributes:
        amount (float | None | Unset)
        id (int | None | Unset)
        is_automatic (bool | None | Unset)
        note (None | str | Unset)
        paid_on (datetime.datetime | None | Unset)
        reference_id (None | str | Unset)
        type_ (InvoicePaymentApiModelTypeType1 | InvoicePaymentApiModelTypeType2Type1 |
        InvoicePaymentApiModelTypeType3Type1 | None | Unset)
    """

    amount: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    is_automatic: bool | None | Unset = UNSET
    note: None | str | Unset = UNSET
    paid_on: datetime.datetime | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    type_: (
        InvoicePaymentApiModelTypeType1
        | InvoicePaymentApiModelTypeType2Type1
        | InvoicePaymentApiModelTypeType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _amount = self.amount
        if not isinstance(_amount, Unset):
            field_dict["Amount"] = _amount
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _is_automatic = self.is_automatic
        if not isinstance(_is_automatic, Unset):
            field_dict["IsAutomatic"] = _is_automatic
        _note = self.note
        if not isinstance(_note, Unset):
            field_dict["Note"] = _note
        _paid_on = self.paid_on
        if not isinstance(_paid_on, Unset):
            _value7 = _paid_on
            if isinstance(_value7, datetime.datetime):
                field_dict["PaidOn"] = _value7.isoformat()
            else:
                field_dict["PaidOn"] = _value7
        _reference_id = self.reference_id
        if not isinstance(_reference_id, Unset):
            field_dict["ReferenceId"] = _reference_id
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            _value8 = _type_
            if isinstance(_value8, InvoicePaymentApiModelTypeType1):
                field_dict["Type"] = (
                    _value8.value
                    if isinstance(_value8, InvoicePaymentApiModelTypeType1)
                    else _value8
                )
            elif isinstance(_value8, InvoicePaymentApiModelTypeType2Type1):
                field_dict["Type"] = (
                    _value8.value
                    if isinstance(_value8, InvoicePaymentApiModelTypeType2Type1)
                    else _value8
                )
            elif isinstance(_value8, InvoicePaymentApiModelTypeType3Type1):
                field_dict["Type"] = (
                    _value8.value
                    if isinstance(_value8, InvoicePaymentApiModelTypeType3Type1)
                    else _value8
                )
            else:
                field_dict["Type"] = _value8
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        amount = get("Amount", UNSET)
        id = get("Id", UNSET)
        is_automatic = get("IsAutomatic", UNSET)
        note = get("Note", UNSET)
        _paid_on = get("PaidOn", UNSET)
        if _paid_on is UNSET:
            paid_on = UNSET
        else:
            if _paid_on is None:
                paid_on = None
            else:
                paid_on = _paid_on
                if isinstance(_paid_on, str):
                    try:
                        _converted2 = datetime.datetime.fromisoformat(_paid_on)
                        paid_on = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        reference_id = get("ReferenceId", UNSET)
        _type_ = get("Type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ is None:
                type_ = None
            else:
                type_ = _type_
                _done3 = False
                if not _done3 and isinstance(_type_, str):
                    try:
                        _converted4 = _InvoicePaymentApiModelTypeType1_BY_VALUE[_type_]
                        type_ = _converted4
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3 and isinstance(_type_, str):
                    try:
                        _converted5 = _InvoicePaymentApiModelTypeType2Type1_BY_VALUE[
                            _type_
                        ]
                        type_ = _converted5
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3 and isinstance(_type_, str):
                    try:
                        _converted6 = _InvoicePaymentApiModelTypeType3Type1_BY_VALUE[
                            _type_
                        ]
                        type_ = _converted6
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3:
                    note_unknown_enum_value(InvoicePaymentApiModelTypeType1, _type_)
        obj = cls(amount, id, is_automatic, note, paid_on, reference_id, type_)
        if len(src_dict) > 7 or not _FIELDS.issuperset(src_dict):
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
