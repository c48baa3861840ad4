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
from .price_map import PriceMap
from .product_type import ProductType

_ProductType_BY_VALUE: dict[Any, ProductType] = {m.value: m for m in ProductType}
_FIELDS = frozenset(
    {
        "type",
        "price_map",
        "primary_currency",
        "alias",
        "name_lang_map",
        "description_lang_map",
        "unit_lang_map",
        "description",
        "organization_tax_class_id",
        "invoice_schema_map",
        "stripe_product_id_list",
        "ean_number",
        "upc_number",
        "is_sold",
    }
)


@_attrs_define
class ProductUpdate:
    """Product fields; all optional.

    Attributes:
        type_ (ProductType | Unset): Kind of product or invoice line.
        price_map (PriceMap | Unset): Price per currency code.
        primary_currency (str | Unset): ISO 4217 currency code, upper case.
        alias (str | Unset): Short internal name or code.
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        description_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...),
        mapped to the text in that language.
        unit_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        description (str | Unset): Internal description.
        organization_tax_class_id (str | Unset): Tax class applied when the product is invoiced.
        invoice_schema_map (InvoiceSchemaMap | Unset): Codes used when the invoice is exported to
        e-invoicing formats.
        stripe_product_id_list (list[str] | Unset): Linked Stripe products.
        ean_number (str | Unset): EAN barcode.
        upc_number (str | Unset): UPC barcode.
        is_sold (bool | Unset): Whether the product is currently offered.
    """

    type_: ProductType | Unset = UNSET
    price_map: PriceMap | Unset = UNSET
    primary_currency: str | Unset = UNSET
    alias: str | Unset = UNSET
    name_lang_map: LangMap | Unset = UNSET
    description_lang_map: LangMap | Unset = UNSET
    unit_lang_map: LangMap | Unset = UNSET
    description: str | Unset = UNSET
    organization_tax_class_id: str | Unset = UNSET
    invoice_schema_map: InvoiceSchemaMap | Unset = UNSET
    stripe_product_id_list: list[str] | Unset = UNSET
    ean_number: str | Unset = UNSET
    upc_number: str | Unset = UNSET
    is_sold: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, ProductType) else _type_
            )
        _price_map = self.price_map
        if not isinstance(_price_map, Unset):
            field_dict["price_map"] = _price_map.to_dict()
        _primary_currency = self.primary_currency
        if not isinstance(_primary_currency, Unset):
            field_dict["primary_currency"] = _primary_currency
        _alias = self.alias
        if not isinstance(_alias, Unset):
            field_dict["alias"] = _alias
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            field_dict["name_lang_map"] = _name_lang_map.to_dict()
        _description_lang_map = self.description_lang_map
        if not isinstance(_description_lang_map, Unset):
            field_dict["description_lang_map"] = _description_lang_map.to_dict()
        _unit_lang_map = self.unit_lang_map
        if not isinstance(_unit_lang_map, Unset):
            field_dict["unit_lang_map"] = _unit_lang_map.to_dict()
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["description"] = _description
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _invoice_schema_map = self.invoice_schema_map
        if not isinstance(_invoice_schema_map, Unset):
            field_dict["invoice_schema_map"] = _invoice_schema_map.to_dict()
        _stripe_product_id_list = self.stripe_product_id_list
        if not isinstance(_stripe_product_id_list, Unset):
            field_dict["stripe_product_id_list"] = _stripe_product_id_list
        _ean_number = self.ean_number
        if not isinstance(_ean_number, Unset):
            field_dict["ean_number"] = _ean_number
        _upc_number = self.upc_number
        if not isinstance(_upc_number, Unset):
            field_dict["upc_number"] = _upc_number
        _is_sold = self.is_sold
        if not isinstance(_is_sold, Unset):
            field_dict["is_sold"] = _is_sold
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _ProductType_BY_VALUE:
                type_ = _ProductType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(ProductType, _type_)
        _price_map = get("price_map", UNSET)
        if _price_map is UNSET:
            price_map = UNSET
        else:
            price_map = PriceMap.from_dict(_price_map)
        primary_currency = get("primary_currency", UNSET)
        alias = get("alias", UNSET)
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)
        _description_lang_map = get("description_lang_map", UNSET)
        if _description_lang_map is UNSET:
            description_lang_map = UNSET
        else:
            description_lang_map = LangMap.from_dict(_description_lang_map)
        _unit_lang_map = get("unit_lang_map", UNSET)
        if _unit_lang_map is UNSET:
            unit_lang_map = UNSET
        else:
            unit_lang_map = LangMap.from_dict(_unit_lang_map)
        description = get("description", UNSET)
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        _invoice_schema_map = get("invoice_schema_map", UNSET)
        if _invoice_schema_map is UNSET:
            invoice_schema_map = UNSET
        else:
            invoice_schema_map = InvoiceSchemaMap.from_dict(_invoice_schema_map)
        stripe_product_id_list = get("stripe_product_id_list", UNSET)
        ean_number = get("ean_number", UNSET)
        upc_number = get("upc_number", UNSET)
        is_sold = get("is_sold", UNSET)
        obj = cls(
            type_,
            price_map,
            primary_currency,
            alias,
            name_lang_map,
            description_lang_map,
            unit_lang_map,
            description,
            organization_tax_class_id,
            invoice_schema_map,
            stripe_product_id_list,
            ean_number,
            upc_number,
            is_sold,
        )
        if len(src_dict) > 14 or not _FIELDS.issuperset(src_dict):
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
