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
from .currency_details_api_model import CurrencyDetailsApiModel
from .product_details_api_model_status_type_1 import ProductDetailsApiModelStatusType1
from .product_details_api_model_status_type_2_type_1 import (
    ProductDetailsApiModelStatusType2Type1,
)
from .product_details_api_model_status_type_3_type_1 import (
    ProductDetailsApiModelStatusType3Type1,
)

_ProductDetailsApiModelStatusType1_BY_VALUE: dict[
    Any, ProductDetailsApiModelStatusType1
] = {m.value: m for m in ProductDetailsApiModelStatusType1}
_ProductDetailsApiModelStatusType2Type1_BY_VALUE: dict[
    Any, ProductDetailsApiModelStatusType2Type1
] = {m.value: m for m in ProductDetailsApiModelStatusType2Type1}
_ProductDetailsApiModelStatusType3Type1_BY_VALUE: dict[
    Any, ProductDetailsApiModelStatusType3Type1
] = {m.value: m for m in ProductDetailsApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "AccessToken",
        "AfterPaymentDescription",
        "ButtonCallToAction",
        "Currency",
        "CurrencyId",
        "Description",
        "Id",
        "IsFeatured",
        "Name",
        "ShippingAmount",
        "ShippingDescription",
        "Status",
        "SubTotalAmount",
        "TotalAmount",
        "TotalWithShipping",
        "WhatHappensNextDescription",
    }
)


@_attrs_define
class ProductDetailsApiModel:
    """The ProductDetailsApiModel object.

    Attributes:
        access_token (None | str | Unset)
        after_payment_description (None | str | Unset)
        button_call_to_action (None | str | Unset)
        currency (CurrencyDetailsApiModel | None | Unset)
        currency_id (int | None | Unset)
        description (None | str | Unset)
        id (int | None | Unset)
        is_featured (bool | None | Unset)
        name (None | str | Unset)
        shipping_amount (float | None | Unset)
        shipping_description (None | str | Unset)
        status (None | ProductDetailsApiModelStatusType1 | ProductDetailsApiModelStatusType2Type1
        | ProductDetailsApiModelStatusType3Type1 | Unset)
        sub_total_amount (float | None | Unset)
        total_amount (float | None | Unset)
        total_with_shipping (float | None | Unset)
        what_happens_next_description (None | str | Unset)
    """

    access_token: None | str | Unset = UNSET
    after_payment_description: None | str | Unset = UNSET
    button_call_to_action: None | str | Unset = UNSET
    currency: CurrencyDetailsApiModel | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    is_featured: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    shipping_amount: float | None | Unset = UNSET
    shipping_description: None | str | Unset = UNSET
    status: (
        None
        | ProductDetailsApiModelStatusType1
        | ProductDetailsApiModelStatusType2Type1
        | ProductDetailsApiModelStatusType3Type1
        | Unset
    ) = UNSET
    sub_total_amount: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    total_with_shipping: float | None | Unset = UNSET
    what_happens_next_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _access_token = self.access_token
        if not isinstance(_access_token, Unset):
            field_dict["AccessToken"] = _access_token
        _after_payment_description = self.after_payment_description
        if not isinstance(_after_payment_description, Unset):
            field_dict["AfterPaymentDescription"] = _after_payment_description
        _button_call_to_action = self.button_call_to_action
        if not isinstance(_button_call_to_action, Unset):
            field_dict["ButtonCallToAction"] = _button_call_to_action
        _currency = self.currency
        if not isinstance(_currency, Unset):
            _value7 = _currency
            if isinstance(_value7, CurrencyDetailsApiModel):
                field_dict["Currency"] = _value7.to_dict()
            else:
                field_dict["Currency"] = _value7
        _currency_id = self.currency_id
        if not isinstance(_currency_id, Unset):
            field_dict["CurrencyId"] = _currency_id
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["Description"] = _description
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _is_featured = self.is_featured
        if not isinstance(_is_featured, Unset):
            field_dict["IsFeatured"] = _is_featured
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _shipping_amount = self.shipping_amount
        if not isinstance(_shipping_amount, Unset):
            field_dict["ShippingAmount"] = _shipping_amount
        _shipping_description = self.shipping_description
        if not isinstance(_shipping_description, Unset):
            field_dict["ShippingDescription"] = _shipping_description
        _status = self.status
        if not isinstance(_status, Unset):
            _value8 = _status
            if isinstance(_value8, ProductDetailsApiModelStatusType1):
                field_dict["Status"] = (
                    _value8.value
                    if isinstance(_value8, ProductDetailsApiModelStatusType1)
                    else _value8
                )
            elif isinstance(_value8, ProductDetailsApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value8.value
                    if isinstance(_value8, ProductDetailsApiModelStatusType2Type1)
                    else _value8
                )
            elif isinstance(_value8, ProductDetailsApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value8.value
                    if isinstance(_value8, ProductDetailsApiModelStatusType3Type1)
                    else _value8
                )
            else:
                field_dict["Status"] = _value8
        _sub_total_amount = self.sub_total_amount
        if not isinstance(_sub_total_amount, Unset):
            field_dict["SubTotalAmount"] = _sub_total_amount
        _total_amount = self.total_amount
        if not isinstance(_total_amount, Unset):
            field_dict["TotalAmount"] = _total_amount
        _total_with_shipping = self.total_with_shipping
        if not isinstance(_total_with_shipping, Unset):
            field_dict["TotalWithShipping"] = _total_with_shipping
        _what_happens_next_description = self.what_happens_next_description
        if not isinstance(_what_happens_next_description, Unset):
            field_dict["WhatHappensNextDescription"] = _what_happens_next_description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        access_token = get("AccessToken", UNSET)
        after_payment_description = get("AfterPaymentDescription", UNSET)
        button_call_to_action = get("ButtonCallToAction", UNSET)
        _currency = get("Currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            if _currency is None:
                currency = None
            else:
                currency = _currency
                if isinstance(_currency, dict):
                    try:
                        _converted2 = CurrencyDetailsApiModel.from_dict(_currency)
                        currency = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        currency_id = get("CurrencyId", UNSET)
        description = get("Description", UNSET)
        id = get("Id", UNSET)
        is_featured = get("IsFeatured", UNSET)
        name = get("Name", UNSET)
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
                _done3 = False
                if not _done3 and isinstance(_status, str):
                    try:
                        _converted4 = _ProductDetailsApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted4
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3 and isinstance(_status, str):
                    try:
                        _converted5 = _ProductDetailsApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted5
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3 and isinstance(_status, str):
                    try:
                        _converted6 = _ProductDetailsApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted6
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3:
                    note_unknown_enum_value(ProductDetailsApiModelStatusType1, _status)
        sub_total_amount = get("SubTotalAmount", UNSET)
        total_amount = get("TotalAmount", UNSET)
        total_with_shipping = get("TotalWithShipping", UNSET)
        what_happens_next_description = get("WhatHappensNextDescription", UNSET)
        obj = cls(
            access_token,
            after_payment_description,
            button_call_to_action,
            currency,
            currency_id,
            description,
            id,
            is_featured,
            name,
            shipping_amount,
            shipping_description,
            status,
            sub_total_amount,
            total_amount,
            total_with_shipping,
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
