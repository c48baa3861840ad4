from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    note_unknown_enum_value,
)
from .product_attachment_api_model import ProductAttachmentApiModel
from .product_coupon_api_model import ProductCouponApiModel
from .product_discount_api_model import ProductDiscountApiModel
from .product_gateway_api_model import ProductGatewayApiModel
from .product_item_api_model import ProductItemApiModel
from .product_update_api_model_status_type_1 import ProductUpdateApiModelStatusType1
from .product_update_api_model_status_type_2_type_1 import (
    ProductUpdateApiModelStatusType2Type1,
)
from .product_update_api_model_status_type_3_type_1 import (
    ProductUpdateApiModelStatusType3Type1,
)

_ProductUpdateApiModelStatusType1_BY_VALUE: dict[
    Any, ProductUpdateApiModelStatusType1
] = {m.value: m for m in ProductUpdateApiModelStatusType1}
_ProductUpdateApiModelStatusType2Type1_BY_VALUE: dict[
    Any, ProductUpdateApiModelStatusType2Type1
] = {m.value: m for m in ProductUpdateApiModelStatusType2Type1}
_ProductUpdateApiModelStatusType3Type1_BY_VALUE: dict[
    Any, ProductUpdateApiModelStatusType3Type1
] = {m.value: m for m in ProductUpdateApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "AfterPaymentDescription",
        "Attachments",
        "ButtonCallToAction",
        "Coupons",
        "CurrencyId",
        "Description",
        "Discounts",
        "Id",
        "IsFeatured",
        "Items",
        "Name",
        "PaymentGateways",
        "ShippingAmount",
        "ShippingDescription",
        "Status",
        "WhatHappensNextDescription",
    }
)


@_attrs_define
class ProductUpdateApiModel:
    """The ProductUpdateApiModel object.

    Attributes:
        after_payment_description (None | str | Unset)
        attachments (list[ProductAttachmentApiModel] | None | Unset)
        button_call_to_action (None | str | Unset)
        coupons (list[ProductCouponApiModel] | None | Unset)
        currency_id (int | None | Unset)
        description (None | str | Unset)
        discounts (list[ProductDiscountApiModel] | None | Unset)
        id (int | None | Unset)
        is_featured (bool | None | Unset)
        items (list[ProductItemApiModel] | None | Unset)
        name (None | str | Unset)
        payment_gateways (list[ProductGatewayApiModel] | None | Unset)
        shipping_amount (float | None | Unset)
        shipping_description (None | str | Unset)
        status (None | ProductUpdateApiModelStatusType1 | ProductUpdateApiModelStatusType2Type1 |
        ProductUpdateApiModelStatusType3Type1 | Unset)
        what_happens_next_description (None | str | Unset)
    """

    after_payment_description: None | str | Unset = UNSET
    attachments: list[ProductAttachmentApiModel] | None | Unset = UNSET
    button_call_to_action: None | str | Unset = UNSET
    coupons: list[ProductCouponApiModel] | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discounts: list[ProductDiscountApiModel] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    is_featured: bool | None | Unset = UNSET
    items: list[ProductItemApiModel] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    payment_gateways: list[ProductGatewayApiModel] | None | Unset = UNSET
    shipping_amount: float | None | Unset = UNSET
    shipping_description: None | str | Unset = UNSET
    status: (
        None
        | ProductUpdateApiModelStatusType1
        | ProductUpdateApiModelStatusType2Type1
        | ProductUpdateApiModelStatusType3Type1
        | Unset
    ) = UNSET
    what_happens_next_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _after_payment_description = self.after_payment_description
        if not isinstance(_after_payment_description, Unset):
            field_dict["AfterPaymentDescription"] = _after_payment_description
        _attachments = self.attachments
        if not isinstance(_attachments, Unset):
            _value20 = _attachments
            if isinstance(_value20, list):
                field_dict["Attachments"] = [_item21.to_dict() for _item21 in _value20]
            else:
                field_dict["Attachments"] = _value20
        _button_call_to_action = self.button_call_to_action
        if not isinstance(_button_call_to_action, Unset):
            field_dict["ButtonCallToAction"] = _button_call_to_action
        _coupons = self.coupons
        if not isinstance(_coupons, Unset):
            _value22 = _coupons
            if isinstance(_value22, list):
                field_dict["Coupons"] = [_item23.to_dict() for _item23 in _value22]
            else:
                field_dict["Coupons"] = _value22
        _currency_id = self.currency_id
        if not isinstance(_currency_id, Unset):
            field_dict["CurrencyId"] = _currency_id
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["Description"] = _description
        _discounts = self.discounts
        if not isinstance(_discounts, Unset):
            _value24 = _discounts
            if isinstance(_value24, list):
                field_dict["Discounts"] = [_item25.to_dict() for _item25 in _value24]
            else:
                field_dict["Discounts"] = _value24
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _is_featured = self.is_featured
        if not isinstance(_is_featured, Unset):
            field_dict["IsFeatured"] = _is_featured
        _items = self.items
        if not isinstance(_items, Unset):
            _value26 = _items
            if isinstance(_value26, list):
                field_dict["Items"] = [_item27.to_dict() for _item27 in _value26]
            else:
                field_dict["Items"] = _value26
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _payment_gateways = self.payment_gateways
        if not isinstance(_payment_gateways, Unset):
            _value28 = _payment_gateways
            if isinstance(_value28, list):
                field_dict["PaymentGateways"] = [
                    _item29.to_dict() for _item29 in _value28
                ]
            else:
                field_dict["PaymentGateways"] = _value28
        _shipping_amount = self.shipping_amount
        if not isinstance(_shipping_amount, Unset):
            field_dict["ShippingAmount"] = _shipping_amount
        _shipping_description = self.shipping_description
        if not isinstance(_shipping_description, Unset):
            field_dict["ShippingDescription"] = _shipping_description
        _status = self.status
        if not isinstance(_status, Unset):
            _value30 = _status
            if isinstance(_value30, ProductUpdateApiModelStatusType1):
                field_dict["Status"] = (
                    _value30.value
                    if isinstance(_value30, ProductUpdateApiModelStatusType1)
                    else _value30
                )
            elif isinstance(_value30, ProductUpdateApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value30.value
                    if isinstance(_value30, ProductUpdateApiModelStatusType2Type1)
                    else _value30
                )
            elif isinstance(_value30, ProductUpdateApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value30.value
                    if isinstance(_value30, ProductUpdateApiModelStatusType3Type1)
                    else _value30
                )
            else:
                field_dict["Status"] = _value30
        _what_happens_next_description = self.what_happens_next_description
        if not isinstance(_what_happens_next_description, Unset):
            field_dict["WhatHappensNextDescription"] = _what_happens_next_description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        after_payment_description = get("AfterPaymentDescription", UNSET)
        _attachments = get("Attachments", UNSET)
        if _attachments is UNSET:
            attachments = UNSET
        else:
            if _attachments is None:
                attachments = None
            else:
                attachments = _attachments
                if isinstance(_attachments, list):
                    try:
                        _converted2 = [
                            ProductAttachmentApiModel.from_dict(_item3)
                            for _item3 in _attachments
                        ]
                        attachments = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        button_call_to_action = get("ButtonCallToAction", UNSET)
        _coupons = get("Coupons", UNSET)
        if _coupons is UNSET:
            coupons = UNSET
        else:
            if _coupons is None:
                coupons = None
            else:
                coupons = _coupons
                if isinstance(_coupons, list):
                    try:
                        _converted5 = [
                            ProductCouponApiModel.from_dict(_item6)
                            for _item6 in _coupons
                        ]
                        coupons = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        currency_id = get("CurrencyId", UNSET)
        description = get("Description", UNSET)
        _discounts = get("Discounts", UNSET)
        if _discounts is UNSET:
            discounts = UNSET
        else:
            if _discounts is None:
                discounts = None
            else:
                discounts = _discounts
                if isinstance(_discounts, list):
                    try:
                        _converted8 = [
                            ProductDiscountApiModel.from_dict(_item9)
                            for _item9 in _discounts
                        ]
                        discounts = _converted8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        id = get("Id", UNSET)
        is_featured = get("IsFeatured", UNSET)
        _items = get("Items", UNSET)
        if _items is UNSET:
            items = UNSET
        else:
            if _items is None:
                items = None
            else:
                items = _items
                if isinstance(_items, list):
                    try:
                        _converted11 = [
                            ProductItemApiModel.from_dict(_item12) for _item12 in _items
                        ]
                        items = _converted11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        name = get("Name", UNSET)
        _payment_gateways = get("PaymentGateways", UNSET)
        if _payment_gateways is UNSET:
            payment_gateways = UNSET
        else:
            if _payment_gateways is None:
                payment_gateways = None
            else:
                payment_gateways = _payment_gateways
                if isinstance(_payment_gateways, list):
                    try:
                        _converted14 = [
                            ProductGatewayApiModel.from_dict(_item15)
                            for _item15 in _payment_gateways
                        ]
                        payment_gateways = _converted14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        shipping_amount = get("ShippingAmount", UNSET)
        shipping_description = get("ShippingDescription", UNSET)
        _status = get("Status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status is None:
                status = None
            else:
                status = _status
                _done16 = False
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted17 = _ProductUpdateApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted17
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted18 = _ProductUpdateApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted18
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted19 = _ProductUpdateApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted19
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16:
                    note_unknown_enum_value(ProductUpdateApiModelStatusType1, _status)
        what_happens_next_description = get("WhatHappensNextDescription", UNSET)
        obj = cls(
            after_payment_description,
            attachments,
            button_call_to_action,
            coupons,
            currency_id,
            description,
            discounts,
            id,
            is_featured,
            items,
            name,
            payment_gateways,
            shipping_amount,
            shipping_description,
            status,
            what_happens_next_description,
        )
        if len(src_dict) > 16 or not _FIELDS.issuperset(src_dict):
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
