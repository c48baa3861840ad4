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
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "type",
        "alias",
        "name_lang_map",
        "description_lang_map",
        "unit_lang_map",
        "description",
        "organization_tax_class_id",
        "price_map",
        "primary_currency",
        "price_is_tax_inclusive",
        "invoice_schema_map",
        "stripe_product_id_list",
        "ean_number",
        "upc_number",
        "is_sold",
        "tag_ids",
    }
)


@_attrs_define
class Product:
    """A product or service that can be invoiced.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        type_ (ProductType | Unset): Kind of product or invoice line.
        alias (None | str | Unset): Short internal name or code.
        name_lang_map (LangMap | None | Unset)
        description_lang_map (LangMap | None | Unset)
        unit_lang_map (LangMap | None | Unset)
        description (None | str | Unset): Internal description.
        organization_tax_class_id (None | str | Unset): Tax class applied when the product is
        invoiced.
        price_map (PriceMap | Unset): Price per currency code.
        primary_currency (None | str | Unset)
        price_is_tax_inclusive (bool | Unset): Whether the prices already include tax.
        invoice_schema_map (InvoiceSchemaMap | None | Unset)
        stripe_product_id_list (list[str] | None | Unset): Linked Stripe products.
        ean_number (None | str | Unset): EAN barcode.
        upc_number (None | str | Unset): UPC barcode.
        is_sold (bool | Unset): Whether the product is currently offered.
        tag_ids (list[str] | Unset): Ids of attached tags (with `include=tag_ids`).
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    type_: ProductType | Unset = UNSET
    alias: None | str | Unset = UNSET
    name_lang_map: LangMap | None | Unset = UNSET
    description_lang_map: LangMap | None | Unset = UNSET
    unit_lang_map: LangMap | None | Unset = UNSET
    description: None | str | Unset = UNSET
    organization_tax_class_id: None | str | Unset = UNSET
    price_map: PriceMap | Unset = UNSET
    primary_currency: None | str | Unset = UNSET
    price_is_tax_inclusive: bool | Unset = UNSET
    invoice_schema_map: InvoiceSchemaMap | None | Unset = UNSET
    stripe_product_id_list: list[str] | None | Unset = UNSET
    ean_number: None | str | Unset = UNSET
    upc_number: None | str | Unset = UNSET
    is_sold: bool | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, ProductType) else _type_
            )
        _alias = self.alias
        if not isinstance(_alias, Unset):
            field_dict["alias"] = _alias
        _name_lang_map = self.name_lang_map
        if not isinstance(_name_lang_map, Unset):
            _value9 = _name_lang_map
            if isinstance(_value9, LangMap):
                field_dict["name_lang_map"] = _value9.to_dict()
            else:
                field_dict["name_lang_map"] = _value9
        _description_lang_map = self.description_lang_map
        if not isinstance(_description_lang_map, Unset):
            _value10 = _description_lang_map
            if isinstance(_value10, LangMap):
                field_dict["description_lang_map"] = _value10.to_dict()
            else:
                field_dict["description_lang_map"] = _value10
        _unit_lang_map = self.unit_lang_map
        if not isinstance(_unit_lang_map, Unset):
            _value11 = _unit_lang_map
            if isinstance(_value11, LangMap):
                field_dict["unit_lang_map"] = _value11.to_dict()
            else:
                field_dict["unit_lang_map"] = _value11
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["description"] = _description
        _organization_tax_class_id = self.organization_tax_class_id
        if not isinstance(_organization_tax_class_id, Unset):
            field_dict["organization_tax_class_id"] = _organization_tax_class_id
        _price_map = self.price_map
        if not isinstance(_price_map, Unset):
            field_dict["price_map"] = _price_map.to_dict()
        _primary_currency = self.primary_currency
        if not isinstance(_primary_currency, Unset):
            field_dict["primary_currency"] = _primary_currency
        _price_is_tax_inclusive = self.price_is_tax_inclusive
        if not isinstance(_price_is_tax_inclusive, Unset):
            field_dict["price_is_tax_inclusive"] = _price_is_tax_inclusive
        _invoice_schema_map = self.invoice_schema_map
        if not isinstance(_invoice_schema_map, Unset):
            _value12 = _invoice_schema_map
            if isinstance(_value12, InvoiceSchemaMap):
                field_dict["invoice_schema_map"] = _value12.to_dict()
            else:
                field_dict["invoice_schema_map"] = _value12
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
        _tag_ids = self.tag_ids
        if not isinstance(_tag_ids, Unset):
            field_dict["tag_ids"] = _tag_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _ProductType_BY_VALUE:
                type_ = _ProductType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(ProductType, _type_)
        alias = get("alias", UNSET)
        _name_lang_map = get("name_lang_map", UNSET)
        if _name_lang_map is UNSET:
            name_lang_map = UNSET
        else:
            if _name_lang_map is None:
                name_lang_map = None
            else:
                name_lang_map = _name_lang_map
                if isinstance(_name_lang_map, dict):
                    try:
                        _converted2 = LangMap.from_dict(_name_lang_map)
                        name_lang_map = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _description_lang_map = get("description_lang_map", UNSET)
        if _description_lang_map is UNSET:
            description_lang_map = UNSET
        else:
            if _description_lang_map is None:
                description_lang_map = None
            else:
                description_lang_map = _description_lang_map
                if isinstance(_description_lang_map, dict):
                    try:
                        _converted4 = LangMap.from_dict(_description_lang_map)
                        description_lang_map = _converted4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _unit_lang_map = get("unit_lang_map", UNSET)
        if _unit_lang_map is UNSET:
            unit_lang_map = UNSET
        else:
            if _unit_lang_map is None:
                unit_lang_map = None
            else:
                unit_lang_map = _unit_lang_map
                if isinstance(_unit_lang_map, dict):
                    try:
                        _converted6 = LangMap.from_dict(_unit_lang_map)
                        unit_lang_map = _converted6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        description = get("description", UNSET)
        organization_tax_class_id = get("organization_tax_class_id", UNSET)
        _price_map = get("price_map", UNSET)
        if _price_map is UNSET:
            price_map = UNSET
        else:
            price_map = PriceMap.from_dict(_price_map)
        primary_currency = get("primary_currency", UNSET)
        price_is_tax_inclusive = get("price_is_tax_inclusive", UNSET)
        _invoice_schema_map = get("invoice_schema_map", UNSET)
        if _invoice_schema_map is UNSET:
            invoice_schema_map = UNSET
        else:
            if _invoice_schema_map is None:
                invoice_schema_map = None
            else:
                invoice_schema_map = _invoice_schema_map
                if isinstance(_invoice_schema_map, dict):
                    try:
                        _converted8 = InvoiceSchemaMap.from_dict(_invoice_schema_map)
                        invoice_schema_map = _converted8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        stripe_product_id_list = get("stripe_product_id_list", UNSET)
        ean_number = get("ean_number", UNSET)
        upc_number = get("upc_number", UNSET)
        is_sold = get("is_sold", UNSET)
        tag_ids = get("tag_ids", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            type_,
            alias,
            name_lang_map,
            description_lang_map,
            unit_lang_map,
            description,
            organization_tax_class_id,
            price_map,
            primary_currency,
            price_is_tax_inclusive,
            invoice_schema_map,
            stripe_product_id_list,
            ean_number,
            upc_number,
            is_sold,
            tag_ids,
        )
        if len(src_dict) > 23 or not _FIELDS.issuperset(src_dict):
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
