from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItemApiModel")


@_attrs_define
class ProductItemApiModel:
    """
    Attributes:
        cost (float | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        minimum_quantity (float | None | Unset):
        reference_id (None | str | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset):
        tax_id (int | None | Unset):
        tax_percentage (float | None | Unset):
        total_amount (float | None | Unset):
        work_type_id (int | None | Unset):
    """

    cost: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    minimum_quantity: float | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
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

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        minimum_quantity: float | None | Unset
        if isinstance(self.minimum_quantity, Unset):
            minimum_quantity = UNSET
        else:
            minimum_quantity = self.minimum_quantity

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

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
        if id is not UNSET:
            field_dict["Id"] = id
        if minimum_quantity is not UNSET:
            field_dict["MinimumQuantity"] = minimum_quantity
        if reference_id is not UNSET:
            field_dict["ReferenceId"] = reference_id
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_minimum_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        minimum_quantity = _parse_minimum_quantity(d.pop("MinimumQuantity", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("ReferenceId", UNSET))

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

        product_item_api_model = cls(
            cost=cost,
            description=description,
            id=id,
            minimum_quantity=minimum_quantity,
            reference_id=reference_id,
            sub_total_amount=sub_total_amount,
            tax_amount=tax_amount,
            tax_id=tax_id,
            tax_percentage=tax_percentage,
            total_amount=total_amount,
            work_type_id=work_type_id,
        )

        product_item_api_model.additional_properties = d
        return product_item_api_model

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
