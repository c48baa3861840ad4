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
    from ..models.price_map import PriceMap


T = TypeVar("T", bound="ProductUpdate")


@_attrs_define
class ProductUpdate:
    """Product fields; all optional.

    Attributes:
        type_ (ProductType | Unset): Kind of product or invoice line.
        price_map (PriceMap | Unset): Price per currency code.
        primary_currency (str | Unset): ISO 4217 currency code, upper case.
        alias (str | Unset): Short internal name or code.
        name_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        description_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        unit_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
            language.
        description (str | Unset): Internal description.
        organization_tax_class_id (str | Unset): Tax class applied when the product is invoiced.
        invoice_schema_map (InvoiceSchemaMap | Unset): Codes used when the invoice is exported to e-invoicing formats.
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
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        price_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_map, Unset):
            price_map = self.price_map.to_dict()

        primary_currency = self.primary_currency

        alias = self.alias

        name_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name_lang_map, Unset):
            name_lang_map = self.name_lang_map.to_dict()

        description_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_lang_map, Unset):
            description_lang_map = self.description_lang_map.to_dict()

        unit_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_lang_map, Unset):
            unit_lang_map = self.unit_lang_map.to_dict()

        description = self.description

        organization_tax_class_id = self.organization_tax_class_id

        invoice_schema_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_schema_map, Unset):
            invoice_schema_map = self.invoice_schema_map.to_dict()

        stripe_product_id_list: list[str] | Unset = UNSET
        if not isinstance(self.stripe_product_id_list, Unset):
            stripe_product_id_list = self.stripe_product_id_list

        ean_number = self.ean_number

        upc_number = self.upc_number

        is_sold = self.is_sold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price_map is not UNSET:
            field_dict["price_map"] = price_map
        if primary_currency is not UNSET:
            field_dict["primary_currency"] = primary_currency
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name_lang_map is not UNSET:
            field_dict["name_lang_map"] = name_lang_map
        if description_lang_map is not UNSET:
            field_dict["description_lang_map"] = description_lang_map
        if unit_lang_map is not UNSET:
            field_dict["unit_lang_map"] = unit_lang_map
        if description is not UNSET:
            field_dict["description"] = description
        if organization_tax_class_id is not UNSET:
            field_dict["organization_tax_class_id"] = organization_tax_class_id
        if invoice_schema_map is not UNSET:
            field_dict["invoice_schema_map"] = invoice_schema_map
        if stripe_product_id_list is not UNSET:
            field_dict["stripe_product_id_list"] = stripe_product_id_list
        if ean_number is not UNSET:
            field_dict["ean_number"] = ean_number
        if upc_number is not UNSET:
            field_dict["upc_number"] = upc_number
        if is_sold is not UNSET:
            field_dict["is_sold"] = is_sold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_schema_map import InvoiceSchemaMap
        from ..models.lang_map import LangMap
        from ..models.price_map import PriceMap

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        _price_map = d.pop("price_map", UNSET)
        price_map: PriceMap | Unset
        if isinstance(_price_map, Unset):
            price_map = UNSET
        else:
            price_map = PriceMap.from_dict(_price_map)

        primary_currency = d.pop("primary_currency", UNSET)

        alias = d.pop("alias", UNSET)

        _name_lang_map = d.pop("name_lang_map", UNSET)
        name_lang_map: LangMap | Unset
        if isinstance(_name_lang_map, Unset):
            name_lang_map = UNSET
        else:
            name_lang_map = LangMap.from_dict(_name_lang_map)

        _description_lang_map = d.pop("description_lang_map", UNSET)
        description_lang_map: LangMap | Unset
        if isinstance(_description_lang_map, Unset):
            description_lang_map = UNSET
        else:
            description_lang_map = LangMap.from_dict(_description_lang_map)

        _unit_lang_map = d.pop("unit_lang_map", UNSET)
        unit_lang_map: LangMap | Unset
        if isinstance(_unit_lang_map, Unset):
            unit_lang_map = UNSET
        else:
            unit_lang_map = LangMap.from_dict(_unit_lang_map)

        description = d.pop("description", UNSET)

        organization_tax_class_id = d.pop("organization_tax_class_id", UNSET)

        _invoice_schema_map = d.pop("invoice_schema_map", UNSET)
        invoice_schema_map: InvoiceSchemaMap | Unset
        if isinstance(_invoice_schema_map, Unset):
            invoice_schema_map = UNSET
        else:
            invoice_schema_map = InvoiceSchemaMap.from_dict(_invoice_schema_map)

        stripe_product_id_list = cast(list[str], d.pop("stripe_product_id_list", UNSET))

        ean_number = d.pop("ean_number", UNSET)

        upc_number = d.pop("upc_number", UNSET)

        is_sold = d.pop("is_sold", UNSET)

        product_update = cls(
            type_=type_,
            price_map=price_map,
            primary_currency=primary_currency,
            alias=alias,
            name_lang_map=name_lang_map,
            description_lang_map=description_lang_map,
            unit_lang_map=unit_lang_map,
            description=description,
            organization_tax_class_id=organization_tax_class_id,
            invoice_schema_map=invoice_schema_map,
            stripe_product_id_list=stripe_product_id_list,
            ean_number=ean_number,
            upc_number=upc_number,
            is_sold=is_sold,
        )

        product_update.additional_properties = d
        return product_update

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
