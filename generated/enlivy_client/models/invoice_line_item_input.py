from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_schema_map import InvoiceSchemaMap
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="InvoiceLineItemInput")


@_attrs_define
class InvoiceLineItemInput:
    """One line in a create or update request. With `organization_product_id` the line takes the product's name, price and
    tax class; a `price` sent alongside overrides the product price.

        Attributes:
            organization_product_id (str | Unset): Product to bill.
            name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
                language.
            unit_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
                language.
            quantity (float | Unset): Quantity billed.
            price (float | Unset): Unit price.
            discount (float | Unset): Discount as a percentage of the line amount.
            type_ (ProductType | Unset): Kind of product or invoice line.
            organization_tax_class_id (str | Unset): Tax class for the line.
            order (int | Unset): Position of the line on the invoice.
            has_billing_period (bool | Unset): Whether the line covers a service period.
            billing_period_started_at (datetime.date | Unset): First day of the service period.
            billing_period_ended_at (datetime.date | Unset): Last day of the service period.
            invoice_schema_map (InvoiceSchemaMap | Unset): Codes used when the invoice is exported to e-invoicing formats.
    """

    organization_product_id: str | Unset = UNSET
    name_lang_map: LangMap | Unset = UNSET
    unit_lang_map: LangMap | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    discount: float | Unset = UNSET
    type_: ProductType | Unset = UNSET
    organization_tax_class_id: str | Unset = UNSET
    order: int | Unset = UNSET
    has_billing_period: bool | Unset = UNSET
    billing_period_started_at: datetime.date | Unset = UNSET
    billing_period_ended_at: datetime.date | Unset = UNSET
    invoice_schema_map: InvoiceSchemaMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_product_id = self.organization_product_id

        name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_lang_map, Unset):
            name_lang_map = self.name_lang_map.to_dict()

        unit_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_lang_map, Unset):
            unit_lang_map = self.unit_lang_map.to_dict()

        quantity = self.quantity

        price = self.price

        discount = self.discount

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        organization_tax_class_id = self.organization_tax_class_id

        order = self.order

        has_billing_period = self.has_billing_period

        billing_period_started_at: str | Unset = UNSET
        if not isinstance(self.billing_period_started_at, Unset):
            billing_period_started_at = self.billing_period_started_at.isoformat()

        billing_period_ended_at: str | Unset = UNSET
        if not isinstance(self.billing_period_ended_at, Unset):
            billing_period_ended_at = self.billing_period_ended_at.isoformat()

        invoice_schema_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_schema_map, Unset):
            invoice_schema_map = self.invoice_schema_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_product_id is not UNSET:
            field_dict["organization_product_id"] = organization_product_id
        if name_lang_map is not UNSET:
            field_dict["name_lang_map"] = name_lang_map
        if unit_lang_map is not UNSET:
            field_dict["unit_lang_map"] = unit_lang_map
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organization_tax_class_id is not UNSET:
            field_dict["organization_tax_class_id"] = organization_tax_class_id
        if order is not UNSET:
            field_dict["order"] = order
        if has_billing_period is not UNSET:
            field_dict["has_billing_period"] = has_billing_period
        if billing_period_started_at is not UNSET:
            field_dict["billing_period_started_at"] = billing_period_started_at
        if billing_period_ended_at is not UNSET:
            field_dict["billing_period_ended_at"] = billing_period_ended_at
        if invoice_schema_map is not UNSET:
            field_dict["invoice_schema_map"] = invoice_schema_map

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_schema_map import InvoiceSchemaMap
        from ..models.lang_map import LangMap

        d = dict(src_dict)
        organization_product_id = d.pop("organization_product_id", UNSET)

        _name_lang_map = d.pop("name_lang_map", UNSET)
        name_lang_map: LangMap | Unset
        if isinstance(_name_lang_map, Unset):
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)

        _unit_lang_map = d.pop("unit_lang_map", UNSET)
        unit_lang_map: LangMap | Unset
        if isinstance(_unit_lang_map, Unset):
            unit_lang_map = UNSET
        else:
            unit_lang_map = LangMap.from_dict(_unit_lang_map)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        discount = d.pop("discount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        organization_tax_class_id = d.pop("organization_tax_class_id", UNSET)

        order = d.pop("order", UNSET)

        has_billing_period = d.pop("has_billing_period", UNSET)

        _billing_period_started_at = d.pop("billing_period_started_at", UNSET)
        billing_period_started_at: datetime.date | Unset
        if isinstance(_billing_period_started_at, Unset):
            billing_period_started_at = UNSET
        else:
            billing_period_started_at = datetime.date.fromisoformat(
                _billing_period_started_at
            )

        _billing_period_ended_at = d.pop("billing_period_ended_at", UNSET)
        billing_period_ended_at: datetime.date | Unset
        if isinstance(_billing_period_ended_at, Unset):
            billing_period_ended_at = UNSET
        else:
            billing_period_ended_at = datetime.date.fromisoformat(
                _billing_period_ended_at
            )

        _invoice_schema_map = d.pop("invoice_schema_map", UNSET)
        invoice_schema_map: InvoiceSchemaMap | Unset
        if isinstance(_invoice_schema_map, Unset):
            invoice_schema_map = UNSET
        else:
            invoice_schema_map = InvoiceSchemaMap.from_dict(_invoice_schema_map)

        invoice_line_item_input = cls(
            organization_product_id=organization_product_id,
            name_lang_map=name_lang_map,
            unit_lang_map=unit_lang_map,
            quantity=quantity,
            price=price,
            discount=discount,
            type_=type_,
            organization_tax_class_id=organization_tax_class_id,
            order=order,
            has_billing_period=has_billing_period,
            billing_period_started_at=billing_period_started_at,
            billing_period_ended_at=billing_period_ended_at,
            invoice_schema_map=invoice_schema_map,
        )

        invoice_line_item_input.additional_properties = d
        return invoice_line_item_input

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
