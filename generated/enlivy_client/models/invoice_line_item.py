from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_schema_map import InvoiceSchemaMap
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="InvoiceLineItem")


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
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        unit_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        invoice_schema_map (InvoiceSchemaMap | Unset): Codes used when the invoice is exported to e-invoicing formats.
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
        id = self.id

        organization_id = self.organization_id

        organization_invoice_id = self.organization_invoice_id

        organization_product_id: None | str | Unset
        if isinstance(self.organization_product_id, Unset):
            organization_product_id = UNSET
        else:
            organization_product_id = self.organization_product_id

        organization_tax_class_id: None | str | Unset
        if isinstance(self.organization_tax_class_id, Unset):
            organization_tax_class_id = UNSET
        else:
            organization_tax_class_id = self.organization_tax_class_id

        order = self.order

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_lang_map, Unset):
            name_lang_map = self.name_lang_map.to_dict()

        unit_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_lang_map, Unset):
            unit_lang_map = self.unit_lang_map.to_dict()

        invoice_schema_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_schema_map, Unset):
            invoice_schema_map = self.invoice_schema_map.to_dict()

        quantity = self.quantity

        price = self.price

        sub_total = self.sub_total

        discount = self.discount

        tax_total = self.tax_total

        total = self.total

        has_billing_period = self.has_billing_period

        billing_period_started_at: None | str | Unset
        if isinstance(self.billing_period_started_at, Unset):
            billing_period_started_at = UNSET
        else:
            billing_period_started_at = self.billing_period_started_at

        billing_period_ended_at: None | str | Unset
        if isinstance(self.billing_period_ended_at, Unset):
            billing_period_ended_at = UNSET
        else:
            billing_period_ended_at = self.billing_period_ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if organization_invoice_id is not UNSET:
            field_dict["organization_invoice_id"] = organization_invoice_id
        if organization_product_id is not UNSET:
            field_dict["organization_product_id"] = organization_product_id
        if organization_tax_class_id is not UNSET:
            field_dict["organization_tax_class_id"] = organization_tax_class_id
        if order is not UNSET:
            field_dict["order"] = order
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name_lang_map is not UNSET:
            field_dict["name_lang_map"] = name_lang_map
        if unit_lang_map is not UNSET:
            field_dict["unit_lang_map"] = unit_lang_map
        if invoice_schema_map is not UNSET:
            field_dict["invoice_schema_map"] = invoice_schema_map
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if sub_total is not UNSET:
            field_dict["sub_total"] = sub_total
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if total is not UNSET:
            field_dict["total"] = total
        if has_billing_period is not UNSET:
            field_dict["has_billing_period"] = has_billing_period
        if billing_period_started_at is not UNSET:
            field_dict["billing_period_started_at"] = billing_period_started_at
        if billing_period_ended_at is not UNSET:
            field_dict["billing_period_ended_at"] = billing_period_ended_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_schema_map import InvoiceSchemaMap
        from ..models.lang_map import LangMap

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        organization_invoice_id = d.pop("organization_invoice_id", UNSET)

        def _parse_organization_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_product_id = _parse_organization_product_id(
            d.pop("organization_product_id", UNSET)
        )

        def _parse_organization_tax_class_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_tax_class_id = _parse_organization_tax_class_id(
            d.pop("organization_tax_class_id", UNSET)
        )

        order = d.pop("order", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

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

        _invoice_schema_map = d.pop("invoice_schema_map", UNSET)
        invoice_schema_map: InvoiceSchemaMap | Unset
        if isinstance(_invoice_schema_map, Unset):
            invoice_schema_map = UNSET
        else:
            invoice_schema_map = InvoiceSchemaMap.from_dict(_invoice_schema_map)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        sub_total = d.pop("sub_total", UNSET)

        discount = d.pop("discount", UNSET)

        tax_total = d.pop("tax_total", UNSET)

        total = d.pop("total", UNSET)

        has_billing_period = d.pop("has_billing_period", UNSET)

        def _parse_billing_period_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_period_started_at = _parse_billing_period_started_at(
            d.pop("billing_period_started_at", UNSET)
        )

        def _parse_billing_period_ended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_period_ended_at = _parse_billing_period_ended_at(
            d.pop("billing_period_ended_at", UNSET)
        )

        invoice_line_item = cls(
            id=id,
            organization_id=organization_id,
            organization_invoice_id=organization_invoice_id,
            organization_product_id=organization_product_id,
            organization_tax_class_id=organization_tax_class_id,
            order=order,
            type_=type_,
            name_lang_map=name_lang_map,
            unit_lang_map=unit_lang_map,
            invoice_schema_map=invoice_schema_map,
            quantity=quantity,
            price=price,
            sub_total=sub_total,
            discount=discount,
            tax_total=tax_total,
            total=total,
            has_billing_period=has_billing_period,
            billing_period_started_at=billing_period_started_at,
            billing_period_ended_at=billing_period_ended_at,
        )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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
