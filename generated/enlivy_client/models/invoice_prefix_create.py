from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePrefixCreate")


@_attrs_define
class InvoicePrefixCreate:
    """Fields of a new invoice prefix.

    Attributes:
        name (str | Unset): Display name of the series.
        alias (str | Unset): Text printed before the invoice number.
        description (str | Unset): Internal note about the series.
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note) or a proforma.
        next_number (int | Unset): Number the next invoice of the series gets.
        padding (int | Unset): Minimum number of digits; shorter numbers are left-padded with zeros.
    """

    name: str | Unset = UNSET
    alias: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    next_number: int | Unset = UNSET
    padding: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        alias = self.alias

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        next_number = self.next_number

        padding = self.padding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if alias is not UNSET:
            field_dict["alias"] = alias
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if next_number is not UNSET:
            field_dict["next_number"] = next_number
        if padding is not UNSET:
            field_dict["padding"] = padding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        next_number = d.pop("next_number", UNSET)

        padding = d.pop("padding", UNSET)

        invoice_prefix_create = cls(
            name=name,
            alias=alias,
            description=description,
            type_=type_,
            next_number=next_number,
            padding=padding,
        )

        invoice_prefix_create.additional_properties = d
        return invoice_prefix_create

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
