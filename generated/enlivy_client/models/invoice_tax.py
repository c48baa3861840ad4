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
        "organization_tax_class_id",
        "organization_tax_rate_id",
        "amount",
    }
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _organization_tax_rate_id = self.organization_tax_rate_id
        if not isinstance(_organization_tax_rate_id, Unset):
            field_dict["organization_tax_rate_id"] = _organization_tax_rate_id
        _amount = self.amount
        if not isinstance(_amount, Unset):
            field_dict["amount"] = _amount
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        organization_tax_rate_id = get("organization_tax_rate_id", UNSET)
        amount = get("amount", UNSET)
        obj = cls(organization_tax_class_id, organization_tax_rate_id, amount)
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
