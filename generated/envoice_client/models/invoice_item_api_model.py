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
        "Cost",
        "Description",
        "DiscountAmount",
        "DiscountPercentage",
        "Id",
        "Quantity",
        "SubTotalAmount",
        "TaxAmount",
        "TaxId",
        "TaxPercentage",
        "TotalAmount",
        "WorkTypeId",
    }
)


@_attrs_define
class InvoiceItemApiModel:
    """The InvoiceItemApiModel object.

    Attributes:
        cost (float | None | Unset)
        description (None | str | Unset)
        discount_amount (float | None | Unset)
        discount_percentage (float | None | Unset)
        id (int | None | Unset)
        quantity (float | None | Unset)
        sub_total_amount (float | None | Unset)
        tax_amount (float | None | Unset)
        tax_id (int | None | Unset)
        tax_percentage (float | None | Unset)
        total_amount (float | None | Unset)
        work_type_id (int | None | Unset)
    """

    cost: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    discount_percentage: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    sub_total_amount: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    tax_id: int | None | Unset = UNSET
    tax_percentage: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    work_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _cost = self.cost
        if not isinstance(_cost, Unset):
            field_dict["Cost"] = _cost
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["Description"] = _description
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _discount_percentage = self.discount_percentage
        if not isinstance(_discount_percentage, Unset):
            field_dict["DiscountPercentage"] = _discount_percentage
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _quantity = self.quantity
        if not isinstance(_quantity, Unset):
            field_dict["Quantity"] = _quantity
        _sub_total_amount = self.sub_total_amount
        if not isinstance(_sub_total_amount, Unset):
            field_dict["SubTotalAmount"] = _sub_total_amount
        _tax_amount = self.tax_amount
        if not isinstance(_tax_amount, Unset):
            field_dict["TaxAmount"] = _tax_amount
        _tax_id = self.tax_id
        if not isinstance(_tax_id, Unset):
            field_dict["TaxId"] = _tax_id
        _tax_percentage = self.tax_percentage
        if not isinstance(_tax_percentage, Unset):
            field_dict["TaxPercentage"] = _tax_percentage
        _total_amount = self.total_amount
        if not isinstance(_total_amount, Unset):
            field_dict["TotalAmount"] = _total_amount
        _work_type_id = self.work_type_id
        if not isinstance(_work_type_id, Unset):
            field_dict["WorkTypeId"] = _work_type_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        cost = get("Cost", UNSET)
        description = get("Description", UNSET)
        discount_amount = get("DiscountAmount", UNSET)
        discount_percentage = get("DiscountPercentage", UNSET)
        id = get("Id", UNSET)
        quantity = get("Quantity", UNSET)
        sub_total_amount = get("SubTotalAmount", UNSET)
        tax_amount = get("TaxAmount", UNSET)
        tax_id = get("TaxId", UNSET)
        tax_percentage = get("TaxPercentage", UNSET)
        total_amount = get("TotalAmount", UNSET)
        work_type_id = get("WorkTypeId", UNSET)
        obj = cls(
            cost,
            description,
            discount_amount,
            discount_percentage,
            id,
            quantity,
            sub_total_amount,
            tax_amount,
            tax_id,
            tax_percentage,
            total_amount,
            work_type_id,
        )
        if len(src_dict) > 12 or not _FIELDS.issuperset(src_dict):
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
