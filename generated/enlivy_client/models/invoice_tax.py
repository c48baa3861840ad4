from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceTax")


@_attrs_define
class InvoiceTax:
    """Tax amount recorded on an invoice.

    Attributes:
        organization_tax_class_id (None | str | Unset): Tax class of the amount.
        organization_tax_rate_id (None | str | Unset): Tax rate of the amount.
        amount (float | Unset): Tax amount.
    """

    organization_tax_class_id: None | str | Unset = UNSET
    organization_tax_rate_id: None | str | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_tax_class_id: None | str | Unset
        if isinstance(self.organization_tax_class_id, Unset):
            organization_tax_class_id = UNSET
        else:
            organization_tax_class_id = self.organization_tax_class_id

        organization_tax_rate_id: None | str | Unset
        if isinstance(self.organization_tax_rate_id, Unset):
            organization_tax_rate_id = UNSET
        else:
            organization_tax_rate_id = self.organization_tax_rate_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_tax_class_id is not UNSET:
            field_dict["organization_tax_class_id"] = organization_tax_class_id
        if organization_tax_rate_id is not UNSET:
            field_dict["organization_tax_rate_id"] = organization_tax_rate_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_organization_tax_class_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_tax_class_id = _parse_organization_tax_class_id(
            d.pop("organization_tax_class_id", UNSET)
        )

        def _parse_organization_tax_rate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_tax_rate_id = _parse_organization_tax_rate_id(
            d.pop("organization_tax_rate_id", UNSET)
        )

        amount = d.pop("amount", UNSET)

        invoice_tax = cls(
            organization_tax_class_id=organization_tax_class_id,
            organization_tax_rate_id=organization_tax_rate_id,
            amount=amount,
        )

        invoice_tax.additional_properties = d
        return invoice_tax

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
