from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemApiModel")


@_attrs_define
class InvoiceItemApiModel:
    """
    Attributes:
        cost (float | None | Unset):
        description (None | str | Unset):
        discount_amount (float | None | Unset):
        discount_percentage (float | None | Unset):
        id (int | None | Unset):
        quantity (float | None | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset):
        tax_id (int | None | Unset):
        tax_percentage (float | None | Unset):
        total_amount (float | None | Unset):
        work_type_id (int | None | Unset):
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
        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        discount_percentage: float | None | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        else:
            discount_percentage = self.discount_percentage

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sub_total_amount: float | None | Unset
        if isinstance(self.sub_total_amount, Unset):
            sub_total_amount = UNSET
        else:
            sub_total_amount = self.sub_total_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_percentage: float | None | Unset
        if isinstance(self.tax_percentage, Unset):
            tax_percentage = UNSET
        else:
            tax_percentage = self.tax_percentage

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        work_type_id: int | None | Unset
        if isinstance(self.work_type_id, Unset):
            work_type_id = UNSET
        else:
            work_type_id = self.work_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if description is not UNSET:
            field_dict["Description"] = description
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount
        if discount_percentage is not UNSET:
            field_dict["DiscountPercentage"] = discount_percentage
        if id is not UNSET:
            field_dict["Id"] = id
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if sub_total_amount is not UNSET:
            field_dict["SubTotalAmount"] = sub_total_amount
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_id is not UNSET:
            field_dict["TaxId"] = tax_id
        if tax_percentage is not UNSET:
            field_dict["TaxPercentage"] = tax_percentage
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if work_type_id is not UNSET:
            field_dict["WorkTypeId"] = work_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost = _parse_cost(d.pop("Cost", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("DiscountAmount", UNSET))

        def _parse_discount_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_percentage = _parse_discount_percentage(
            d.pop("DiscountPercentage", UNSET)
        )

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("Quantity", UNSET))

        def _parse_sub_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sub_total_amount = _parse_sub_total_amount(d.pop("SubTotalAmount", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("TaxAmount", UNSET))

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_id = _parse_tax_id(d.pop("TaxId", UNSET))

        def _parse_tax_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_percentage = _parse_tax_percentage(d.pop("TaxPercentage", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("TotalAmount", UNSET))

        def _parse_work_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        work_type_id = _parse_work_type_id(d.pop("WorkTypeId", UNSET))

        invoice_item_api_model = cls(
            cost=cost,
            description=description,
            discount_amount=discount_amount,
            discount_percentage=discount_percentage,
            id=id,
            quantity=quantity,
            sub_total_amount=sub_total_amount,
            tax_amount=tax_amount,
            tax_id=tax_id,
            tax_percentage=tax_percentage,
            total_amount=total_amount,
            work_type_id=work_type_id,
        )

        invoice_item_api_model.additional_properties = d
        return invoice_item_api_model

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
