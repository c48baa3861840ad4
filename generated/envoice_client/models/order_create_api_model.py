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
from .order_attachment_api_model import OrderAttachmentApiModel
from .order_billing_details_api_model import OrderBillingDetailsApiModel
from .order_create_api_model_status_type_1 import OrderCreateApiModelStatusType1
from .order_create_api_model_status_type_2_type_1 import (
    OrderCreateApiModelStatusType2Type1,
)
from .order_create_api_model_status_type_3_type_1 import (
    OrderCreateApiModelStatusType3Type1,
)
from .order_item_api_model import OrderItemApiModel
from .order_shipping_details_api_model import OrderShippingDetailsApiModel

_OrderCreateApiModelStatusType1_BY_VALUE: dict[Any, OrderCreateApiModelStatusType1] = {
    m.value: m for m in OrderCreateApiModelStatusType1
}
_OrderCreateApiModelStatusType2Type1_BY_VALUE: dict[
    Any, OrderCreateApiModelStatusType2Type1
] = {m.value: m for m in OrderCreateApiModelStatusType2Type1}
_OrderCreateApiModelStatusType3Type1_BY_VALUE: dict[
    Any, OrderCreateApiModelStatusType3Type1
] = {m.value: m for m in OrderCreateApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "AfterPaymentDescription",
        "Attachments",
        "CouponCode",
        "CurrencyId",
        "Description",
        "DiscountAmount",
        "Items",
        "Name",
        "Note",
        "OrderBillingDetails",
        "OrderShippingDetails",
        "ProductId",
        "Referral",
        "ShippingAmount",
        "ShippingDescription",
        "Status",
        "SubTotalAmount",
        "TaxAmount",
        "TotalAmount",
        "WhatHappensNextDescription",
    }
)


@_attrs_define
class OrderCreateApiModel:
    """The OrderCreateApiModel object.

    Attributes:
        after_payment_description (None | str | Unset)
        attachments (list[OrderAttachmentApiModel] | None | Unset)
        coupon_code (None | str | Unset)
        currency_id (int | None | Unset)
        description (None | str | Unset)
        discount_amount (float | None | Unset)
        items (list[OrderItemApiModel] | None | Unset)
        name (None | str | Unset)
        note (None | str | Unset)
        order_billing_details (None | OrderBillingDetailsApiModel | Unset)
        order_shipping_details (None | OrderShippingDetailsApiModel | Unset)
        product_id (int | None | Unset)
        referral (None | str | Unset)
        shipping_amount (float | None | Unset)
        shipping_description (None | str | Unset)
        status (None | OrderCreateApiModelStatusType1 | OrderCreateApiModelStatusType2Type1 |
        OrderCreateApiModelStatusType3Type1 | Unset)
        sub_total_amount (float | None | Unset)
        tax_amount (float | None | Unset)
        total_amount (float | None | Unset)
        what_happens_next_description (None | str | Unset)
    """

    after_payment_description: None | str | Unset = UNSET
    attachments: list[OrderAttachmentApiModel] | None | Unset = UNSET
    coupon_code: None | str | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    items: list[OrderItemApiModel] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    order_billing_details: None | OrderBillingDetailsApiModel | Unset = UNSET
    order_shipping_details: None | OrderShippingDetailsApiModel | Unset = UNSET
    product_id: int | None | Unset = UNSET
    referral: None | str | Unset = UNSET
    shipping_amount: float | None | Unset = UNSET
    shipping_description: None | str | Unset = UNSET
    status: (
        None
        | OrderCreateApiModelStatusType1
        | OrderCreateApiModelStatusType2Type1
        | OrderCreateApiModelStatusType3Type1
        | Unset
    ) = UNSET
    sub_total_amount: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    what_happens_next_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _after_payment_description = self.after_payment_description
        if not isinstance(_after_payment_description, Unset):
            field_dict["AfterPaymentDescription"] = _after_payment_description
        _attachments = self.attachments
        if not isinstance(_attachments, Unset):
            _value15 = _attachments
            if isinstance(_value15, list):
                field_dict["Attachments"] = [_item16.to_dict() for _item16 in _value15]
            else:
                field_dict["Attachments"] = _value15
        _coupon_code = self.coupon_code
        if not isinstance(_coupon_code, Unset):
            field_dict["CouponCode"] = _coupon_code
        _currency_id = self.currency_id
        if not isinstance(_currency_id, Unset):
            field_dict["CurrencyId"] = _currency_id
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["Description"] = _description
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _items = self.items
        if not isinstance(_items, Unset):
            _value17 = _items
            if isinstance(_value17, list):
                field_dict["Items"] = [_item18.to_dict() for _item18 in _value17]
            else:
                field_dict["Items"] = _value17
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _note = self.note
        if not isinstance(_note, Unset):
            field_dict["Note"] = _note
        _order_billing_details = self.order_billing_details
        if not isinstance(_order_billing_details, Unset):
            _value19 = _order_billing_details
            if isinstance(_value19, OrderBillingDetailsApiModel):
                field_dict["OrderBillingDetails"] = _value19.to_dict()
            else:
                field_dict["OrderBillingDetails"] = _value19
        _order_shipping_details = self.order_shipping_details
        if not isinstance(_order_shipping_details, Unset):
            _value20 = _order_shipping_details
            if isinstance(_value20, OrderShippingDetailsApiModel):
                field_dict["OrderShippingDetails"] = _value20.to_dict()
            else:
                field_dict["OrderShippingDetails"] = _value20
        _product_id = self.product_id
        if not isinstance(_product_id, Unset):
            field_dict["ProductId"] = _product_id
        _referral = self.referral
        if not isinstance(_referral, Unset):
            field_dict["Referral"] = _referral
        _shipping_amount = self.shipping_amount
        if not isinstance(_shipping_amount, Unset):
            field_dict["ShippingAmount"] = _shipping_amount
        _shipping_description = self.shipping_description
        if not isinstance(_shipping_description, Unset):
            field_dict["ShippingDescription"] = _shipping_description
        _status = self.status
        if not isinstance(_status, Unset):
            _value21 = _status
            if isinstance(_value21, OrderCreateApiModelStatusType1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, OrderCreateApiModelStatusType1)
                    else _value21
                )
            elif isinstance(_value21, OrderCreateApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, OrderCreateApiModelStatusType2Type1)
                    else _value21
                )
            elif isinstance(_value21, OrderCreateApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, OrderCreateApiModelStatusType3Type1)
                    else _value21
                )
            else:
                field_dict["Status"] = _value21
        _sub_total_amount = self.sub_total_amount
        if not isinstance(_sub_total_amount, Unset):
            field_dict["SubTotalAmount"] = _sub_total_amount
        _tax_amount = self.tax_amount
        if not isinstance(_tax_amount, Unset):
            field_dict["TaxAmount"] = _tax_amount
        _total_amount = self.total_amount
        if not isinstance(_total_amount, Unset):
            field_dict["TotalAmount"] = _total_amount
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
                            OrderAttachmentApiModel.from_dict(_item3)
                            for _item3 in _attachments
                        ]
                        attachments = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        coupon_code = get("CouponCode", UNSET)
        currency_id = get("CurrencyId", UNSET)
        description = get("Description", UNSET)
        discount_amount = get("DiscountAmount", UNSET)
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
                        _converted5 = [
                            OrderItemApiModel.from_dict(_item6) for _item6 in _items
                        ]
                        items = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        name = get("Name", UNSET)
        note = get("Note", UNSET)
        _order_billing_details = get("OrderBillingDetails", UNSET)
        if _order_billing_details is UNSET:
            order_billing_details = UNSET
        else:
            if _order_billing_details is None:
                order_billing_details = None
            else:
                order_billing_details = _order_billing_details
                if isinstance(_order_billing_details, dict):
                    try:
                        _converted8 = OrderBillingDetailsApiModel.from_dict(
                            _order_billing_details
                        )
                        order_billing_details = _converted8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _order_shipping_details = get("OrderShippingDetails", UNSET)
        if _order_shipping_details is UNSET:
            order_shipping_details = UNSET
        else:
            if _order_shipping_details is None:
                order_shipping_details = None
            else:
                order_shipping_details = _order_shipping_details
                if isinstance(_order_shipping_details, dict):
                    try:
                        _converted10 = OrderShippingDetailsApiModel.from_dict(
                            _order_shipping_details
                        )
                        order_shipping_details = _converted10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        product_id = get("ProductId", UNSET)
        referral = get("Referral", UNSET)
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
                _done11 = False
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted12 = _OrderCreateApiModelStatusType1_BY_VALUE[_status]
                        status = _converted12
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted13 = _OrderCreateApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted13
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted14 = _OrderCreateApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted14
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11:
                    note_unknown_enum_value(OrderCreateApiModelStatusType1, _status)
        sub_total_amount = get("SubTotalAmount", UNSET)
        tax_amount = get("TaxAmount", UNSET)
        total_amount = get("TotalAmount", UNSET)
        what_happens_next_description = get("WhatHappensNextDescription", UNSET)
        obj = cls(
            after_payment_description,
            attachments,
            coupon_code,
            currency_id,
            description,
            discount_amount,
            items,
            name,
            note,
            order_billing_details,
            order_shipping_details,
            product_id,
            referral,
            shipping_amount,
            shipping_description,
            status,
            sub_total_amount,
            tax_amount,
            total_amount,
            what_happens_next_description,
        )
        if len(src_dict) > 20 or not _FIELDS.issuperset(src_dict):
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
