from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .invoice_type import InvoiceType

_InvoiceType_BY_VALUE: dict[Any, InvoiceType] = {m.value: m for m in InvoiceType}
_FIELDS = frozenset(
    {
        "name",
        "alias",
        "description",
        "type",
        "next_number",
        "padding",
    }
)


@_attrs_define
class InvoicePrefixUpdate:
    """Invoice prefix fields; all optional.

    Attributes:
        name (str | Unset): Display name of the series.
        alias (str | Unset): Text printed before the invoice number.
        description (str | Unset): Internal note about the series.
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note)
        or a proforma.
        next_number (int | Unset): Number the next invoice of the series gets.
        padding (int | Unset): Minimum number of digits; shorter numbers are left-padded with
        zeros.
    """

    name: str | Unset = UNSET
    alias: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    next_number: int | Unset = UNSET
    padding: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _alias = self.alias
        if not isinstance(_alias, Unset):
            field_dict["alias"] = _alias
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["description"] = _description
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, InvoiceType) else _type_
            )
        _next_number = self.next_number
        if not isinstance(_next_number, Unset):
            field_dict["next_number"] = _next_number
        _padding = self.padding
        if not isinstance(_padding, Unset):
            field_dict["padding"] = _padding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        name = get("name", UNSET)
        alias = get("alias", UNSET)
        description = get("description", UNSET)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _InvoiceType_BY_VALUE:
                type_ = _InvoiceType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(InvoiceType, _type_)
        next_number = get("next_number", UNSET)
        padding = get("padding", UNSET)
        obj = cls(name, alias, description, type_, next_number, padding)
        if len(src_dict) > 6 or not _FIELDS.issuperset(src_dict):
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
