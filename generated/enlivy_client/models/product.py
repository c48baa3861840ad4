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


T = TypeVar("T", bound="Product")


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        type_ (ProductType | Unset): Kind of product or invoice line.
        alias (None | str | Unset): Short internal name or code.
        name_lang_map (LangMap | None | Unset):
        description_lang_map (LangMap | None | Unset):
        unit_lang_map (LangMap | None | Unset):
        description (None | str | Unset): Internal description.
        organization_tax_class_id (None | str | Unset): Tax class applied when the product is invoiced.
        price_map (PriceMap | Unset): Price per currency code.
        primary_currency (None | str | Unset):
        price_is_tax_inclusive (bool | Unset): Whether the prices already include tax.
        invoice_schema_map (InvoiceSchemaMap | None | Unset):
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
        from ..models.invoice_schema_map import InvoiceSchemaMap
        from ..models.lang_map import LangMap

        id = self.id

        object_ = self.object_

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by_user_id: None | str | Unset
        if isinstance(self.deleted_by_user_id, Unset):
            deleted_by_user_id = UNSET
        else:
            deleted_by_user_id = self.deleted_by_user_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        name_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.name_lang_map, Unset):
            name_lang_map = UNSET
        elif isinstance(self.name_lang_map, LangMap):
            name_lang_map = self.name_lang_map.to_dict()
        else:
            name_lang_map = self.name_lang_map

        description_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.description_lang_map, Unset):
            description_lang_map = UNSET
        elif isinstance(self.description_lang_map, LangMap):
            description_lang_map = self.description_lang_map.to_dict()
        else:
            description_lang_map = self.description_lang_map

        unit_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.unit_lang_map, Unset):
            unit_lang_map = UNSET
        elif isinstance(self.unit_lang_map, LangMap):
            unit_lang_map = self.unit_lang_map.to_dict()
        else:
            unit_lang_map = self.unit_lang_map

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization_tax_class_id: None | str | Unset
        if isinstance(self.organization_tax_class_id, Unset):
            organization_tax_class_id = UNSET
        else:
            organization_tax_class_id = self.organization_tax_class_id

        price_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_map, Unset):
            price_map = self.price_map.to_dict()

        primary_currency: None | str | Unset
        if isinstance(self.primary_currency, Unset):
            primary_currency = UNSET
        else:
            primary_currency = self.primary_currency

        price_is_tax_inclusive = self.price_is_tax_inclusive

        invoice_schema_map: dict[str, Any] | None | Unset
        if isinstance(self.invoice_schema_map, Unset):
            invoice_schema_map = UNSET
        elif isinstance(self.invoice_schema_map, InvoiceSchemaMap):
            invoice_schema_map = self.invoice_schema_map.to_dict()
        else:
            invoice_schema_map = self.invoice_schema_map

        stripe_product_id_list: list[str] | None | Unset
        if isinstance(self.stripe_product_id_list, Unset):
            stripe_product_id_list = UNSET
        elif isinstance(self.stripe_product_id_list, list):
            stripe_product_id_list = self.stripe_product_id_list

        else:
            stripe_product_id_list = self.stripe_product_id_list

        ean_number: None | str | Unset
        if isinstance(self.ean_number, Unset):
            ean_number = UNSET
        else:
            ean_number = self.ean_number

        upc_number: None | str | Unset
        if isinstance(self.upc_number, Unset):
            upc_number = UNSET
        else:
            upc_number = self.upc_number

        is_sold = self.is_sold

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by_user_id is not UNSET:
            field_dict["deleted_by_user_id"] = deleted_by_user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if price_map is not UNSET:
            field_dict["price_map"] = price_map
        if primary_currency is not UNSET:
            field_dict["primary_currency"] = primary_currency
        if price_is_tax_inclusive is not UNSET:
            field_dict["price_is_tax_inclusive"] = price_is_tax_inclusive
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
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_schema_map import InvoiceSchemaMap
        from ..models.lang_map import LangMap
        from ..models.price_map import PriceMap

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_deleted_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by_user_id = _parse_deleted_by_user_id(
            d.pop("deleted_by_user_id", UNSET)
        )

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_name_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_lang_map_type_0 = LangMap.from_dict(data)

                return name_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        name_lang_map = _parse_name_lang_map(d.pop("name_lang_map", UNSET))

        def _parse_description_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_lang_map_type_0 = LangMap.from_dict(data)

                return description_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        description_lang_map = _parse_description_lang_map(
            d.pop("description_lang_map", UNSET)
        )

        def _parse_unit_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_lang_map_type_0 = LangMap.from_dict(data)

                return unit_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        unit_lang_map = _parse_unit_lang_map(d.pop("unit_lang_map", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_organization_tax_class_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_tax_class_id = _parse_organization_tax_class_id(
            d.pop("organization_tax_class_id", UNSET)
        )

        _price_map = d.pop("price_map", UNSET)
        price_map: PriceMap | Unset
        if isinstance(_price_map, Unset):
            price_map = UNSET
        else:
            price_map = PriceMap.from_dict(_price_map)

        def _parse_primary_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_currency = _parse_primary_currency(d.pop("primary_currency", UNSET))

        price_is_tax_inclusive = d.pop("price_is_tax_inclusive", UNSET)

        def _parse_invoice_schema_map(data: object) -> InvoiceSchemaMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_schema_map_type_0 = InvoiceSchemaMap.from_dict(data)

                return invoice_schema_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceSchemaMap | None | Unset, data)

        invoice_schema_map = _parse_invoice_schema_map(
            d.pop("invoice_schema_map", UNSET)
        )

        def _parse_stripe_product_id_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stripe_product_id_list_type_0 = cast(list[str], data)

                return stripe_product_id_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stripe_product_id_list = _parse_stripe_product_id_list(
            d.pop("stripe_product_id_list", UNSET)
        )

        def _parse_ean_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ean_number = _parse_ean_number(d.pop("ean_number", UNSET))

        def _parse_upc_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upc_number = _parse_upc_number(d.pop("upc_number", UNSET))

        is_sold = d.pop("is_sold", UNSET)

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        product = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            type_=type_,
            alias=alias,
            name_lang_map=name_lang_map,
            description_lang_map=description_lang_map,
            unit_lang_map=unit_lang_map,
            description=description,
            organization_tax_class_id=organization_tax_class_id,
            price_map=price_map,
            primary_currency=primary_currency,
            price_is_tax_inclusive=price_is_tax_inclusive,
            invoice_schema_map=invoice_schema_map,
            stripe_product_id_list=stripe_product_id_list,
            ean_number=ean_number,
            upc_number=upc_number,
            is_sold=is_sold,
            tag_ids=tag_ids,
        )

        product.additional_properties = d
        return product

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
