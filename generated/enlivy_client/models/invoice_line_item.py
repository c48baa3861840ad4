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
from .invoice_schema_map import InvoiceSchemaMap
from .lang_map import LangMap
from .product_type import ProductType

_ProductType_BY_VALUE: dict[Any, ProductType] = {m.value: m for m in ProductType}
_FIELDS = frozenset(
    {
        "id",
        "organization_id",
        "organization_invoice_id",
        "organization_product_id",
        "organization_tax_class_id",
        "order",
        "type",
        "name_lang_map",
        "unit_lang_map",
        "invoice_schema_map",
        "quantity",
        "price",
        "sub_total",
        "discount",
        "tax_total",
        "total",
        "has_billing_period",
        "billing_period_started_at",
        "billing_period_ended_at",
    }
)


@_attrs_define
class InvoiceLineItem:
    """One line of an invoice, as returned by the API.

    Attributes:
        id (str | Unset): Line item id.
        organization_id (str | Unset): Organization that owns the invoice.
        organization_invoice_id (str | Unset): Invoice the line belongs to.
        organization_product_id (None | str | Unset): Product the line was taken from, if any.
        organization_tax_class_id (None | str | Unset): Tax class applied to the line.
        order (int | Unset): Position of the line on the invoice.
        type_ (ProductType | Unset): Kind of product or invoice line.
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        unit_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        invoice_schema_map (InvoiceSchemaMap | Unset): Codes used when the invoice is exported to
        e-invoicing formats.
        quantity (float | Unset): Quantity billed.
        price (float | Unset): Unit price.
        sub_total (float | Unset): Quantity times price.
        discount (float | Unset): Discount amount taken off the line.
        tax_total (float | Unset): Tax amount of the line.
        total (float | Unset): Line total after discount and tax.
        has_billing_period (bool | Unset): Whether the line covers a service period.
        billing_period_started_at (None | str | Unset): First day of the service period.
        billing_period_ended_at (None | str | Unset): Last day of the service period.
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    organization_invoice_id: str | Unset = UNSET
    organization_product_id: None | str | Unset = UNSET
    organization_tax_class_id: None | str | Unset = UNSET
    order: int | Unset = UNSET
    type_: ProductType | Unset = UNSET
    name_lang_map: LangMap | Unset = UNSET
    unit_lang_map: LangMap | Unset = UNSET
    invoice_schema_map: InvoiceSchemaMap | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    sub_total: float | Unset = UNSET
    discount: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    total: float | Unset = UNSET
    has_billing_period: bool | Unset = UNSET
    billing_period_started_at: None | str | Unset = UNSET
    billing_period_ended_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["id"] = _id
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _organization_invoice_id = self.organization_invoice_id
        if not isinstance(_organization_invoice_id, Unset):
            field_dict["organization_invoice_id"] = _organization_invoice_id
        _organization_product_id = self.organization_product_id
        if not isinstance(_organization_product_id, Unset):
            field_dict["organization_product_id"] = _organization_product_id
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _order = self.order
        if not isinstance(_order, Unset):
            field_dict["order"] = _order
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, ProductType) else _type_
            )
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            field_dict["name_lang_map"] = _name_lang_map.to_dict()
        _unit_lang_map = self.unit_lang_map
        if not isinstance(_unit_lang_map, Unset):
            field_dict["unit_lang_map"] = _unit_lang_map.to_dict()
        _invoice_schema_map = self.invoice_schema_map
        if not isinstance(_invoice_schema_map, Unset):
            field_dict["invoice_schema_map"] = _invoice_schema_map.to_dict()
        _quantity = self.quantity
        if not isinstance(_quantity, Unset):
            field_dict["quantity"] = _quantity
        _price = self.price
        if not isinstance(_price, Unset):
            field_dict["price"] = _price
        _sub_total = self.sub_total
        if not isinstance(_sub_total, Unset):
            field_dict["sub_total"] = _sub_total
        _discount = self.discount
        if not isinstance(_discount, Unset):
            field_dict["discount"] = _discount
        _tax_total = self.tax_total
        if not isinstance(_tax_total, Unset):
            field_dict["tax_total"] = _tax_total
        _total = self.total
        if not isinstance(_total, Unset):
            field_dict["total"] = _total
        _has_billing_period = self.has_billing_period
        if not isinstance(_has_billing_period, Unset):
            field_dict["has_billing_period"] = _has_billing_period
        _billing_period_started_at = self.billing_period_started_at
        if not isinstance(_billing_period_started_at, Unset):
            field_dict["billing_period_started_at"] = _billing_period_started_at
        _billing_period_ended_at = self.billing_period_ended_at
        if not isinstance(_billing_period_ended_at, Unset):
            field_dict["billing_period_ended_at"] = _billing_period_ended_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        organization_id = get("organization_id", UNSET)
        organization_invoice_id = get("organization_invoice_id", UNSET)
        organization_product_id = get("organization_product_id", UNSET)
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        order = get("order", UNSET)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _ProductType_BY_VALUE:
                type_ = _ProductType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(ProductType, _type_)
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)
        _unit_lang_map = get("unit_lang_map", UNSET)
        if _unit_lang_map is UNSET:
            unit_lang_map = UNSET
        else:
            unit_lang_map = LangMap.from_dict(_unit_lang_map)
        _invoice_schema_map = get("invoice_schema_map", UNSET)
        if _invoice_schema_map is UNSET:
            invoice_schema_map = UNSET
        else:
            invoice_schema_map = InvoiceSchemaMap.from_dict(_invoice_schema_map)
        quantity = get("quantity", UNSET)
        price = get("price", UNSET)
        sub_total = get("sub_total", UNSET)
        discount = get("discount", UNSET)
        tax_total = get("tax_total", UNSET)
        total = get("total", UNSET)
        has_billing_period = get("has_billing_period", UNSET)
        billing_period_started_at = get("billing_period_started_at", UNSET)
        billing_period_ended_at = get("billing_period_ended_at", UNSET)
        obj = cls(
            id,
            organization_id,
            organization_invoice_id,
            organization_product_id,
            organization_tax_class_id,
            order,
            type_,
            name_lang_map,
            unit_lang_map,
            invoice_schema_map,
            quantity,
            price,
            sub_total,
            discount,
            tax_total,
            total,
            has_billing_period,
            billing_period_started_at,
            billing_period_ended_at,
        )
        if len(src_dict) > 19 or not _FIELDS.issuperset(src_dict):
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
