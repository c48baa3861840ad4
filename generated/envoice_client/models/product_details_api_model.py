from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_details_api_model_status_type_1 import (
    ProductDetailsApiModelStatusType1,
)
from ..models.product_details_api_model_status_type_2_type_1 import (
    ProductDetailsApiModelStatusType2Type1,
)
from ..models.product_details_api_model_status_type_3_type_1 import (
    ProductDetailsApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_details_api_model import CurrencyDetailsApiModel


T = TypeVar("T", bound="ProductDetailsApiModel")


@_attrs_define
class ProductDetailsApiModel:
    """
    Attributes:
        access_token (None | str | Unset):
        after_payment_description (None | str | Unset):
        button_call_to_action (None | str | Unset):
        currency (CurrencyDetailsApiModel | None | Unset):
        currency_id (int | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        is_featured (bool | None | Unset):
        name (None | str | Unset):
        shipping_amount (float | None | Unset):
        shipping_description (None | str | Unset):
        status (None | ProductDetailsApiModelStatusType1 | ProductDetailsApiModelStatusType2Type1 |
            ProductDetailsApiModelStatusType3Type1 | Unset):
        sub_total_amount (float | None | Unset):
        total_amount (float | None | Unset):
        total_with_shipping (float | None | Unset):
        what_happens_next_description (None | str | Unset):
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
        from ..models.currency_details_api_model import CurrencyDetailsApiModel

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        after_payment_description: None | str | Unset
        if isinstance(self.after_payment_description, Unset):
            after_payment_description = UNSET
        else:
            after_payment_description = self.after_payment_description

        button_call_to_action: None | str | Unset
        if isinstance(self.button_call_to_action, Unset):
            button_call_to_action = UNSET
        else:
            button_call_to_action = self.button_call_to_action

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyDetailsApiModel):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_featured: bool | None | Unset
        if isinstance(self.is_featured, Unset):
            is_featured = UNSET
        else:
            is_featured = self.is_featured

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        shipping_amount: float | None | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        shipping_description: None | str | Unset
        if isinstance(self.shipping_description, Unset):
            shipping_description = UNSET
        else:
            shipping_description = self.shipping_description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, ProductDetailsApiModelStatusType1)
            or isinstance(self.status, ProductDetailsApiModelStatusType2Type1)
            or isinstance(self.status, ProductDetailsApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        sub_total_amount: float | None | Unset
        if isinstance(self.sub_total_amount, Unset):
            sub_total_amount = UNSET
        else:
            sub_total_amount = self.sub_total_amount

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_with_shipping: float | None | Unset
        if isinstance(self.total_with_shipping, Unset):
            total_with_shipping = UNSET
        else:
            total_with_shipping = self.total_with_shipping

        what_happens_next_description: None | str | Unset
        if isinstance(self.what_happens_next_description, Unset):
            what_happens_next_description = UNSET
        else:
            what_happens_next_description = self.what_happens_next_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["AccessToken"] = access_token
        if after_payment_description is not UNSET:
            field_dict["AfterPaymentDescription"] = after_payment_description
        if button_call_to_action is not UNSET:
            field_dict["ButtonCallToAction"] = button_call_to_action
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if description is not UNSET:
            field_dict["Description"] = description
        if id is not UNSET:
            field_dict["Id"] = id
        if is_featured is not UNSET:
            field_dict["IsFeatured"] = is_featured
        if name is not UNSET:
            field_dict["Name"] = name
        if shipping_amount is not UNSET:
            field_dict["ShippingAmount"] = shipping_amount
        if shipping_description is not UNSET:
            field_dict["ShippingDescription"] = shipping_description
        if status is not UNSET:
            field_dict["Status"] = status
        if sub_total_amount is not UNSET:
            field_dict["SubTotalAmount"] = sub_total_amount
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if total_with_shipping is not UNSET:
            field_dict["TotalWithShipping"] = total_with_shipping
        if what_happens_next_description is not UNSET:
            field_dict["WhatHappensNextDescription"] = what_happens_next_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_details_api_model import CurrencyDetailsApiModel

        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("AccessToken", UNSET))

        def _parse_after_payment_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after_payment_description = _parse_after_payment_description(
            d.pop("AfterPaymentDescription", UNSET)
        )

        def _parse_button_call_to_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        button_call_to_action = _parse_button_call_to_action(
            d.pop("ButtonCallToAction", UNSET)
        )

        def _parse_currency(data: object) -> CurrencyDetailsApiModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = CurrencyDetailsApiModel.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrencyDetailsApiModel | None | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        currency_id = _parse_currency_id(d.pop("CurrencyId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_is_featured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_featured = _parse_is_featured(d.pop("IsFeatured", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_shipping_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipping_amount = _parse_shipping_amount(d.pop("ShippingAmount", UNSET))

        def _parse_shipping_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_description = _parse_shipping_description(
            d.pop("ShippingDescription", UNSET)
        )

        def _parse_status(
            data: object,
        ) -> (
            None
            | ProductDetailsApiModelStatusType1
            | ProductDetailsApiModelStatusType2Type1
            | ProductDetailsApiModelStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ProductDetailsApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = ProductDetailsApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = ProductDetailsApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductDetailsApiModelStatusType1
                | ProductDetailsApiModelStatusType2Type1
                | ProductDetailsApiModelStatusType3Type1
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_sub_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sub_total_amount = _parse_sub_total_amount(d.pop("SubTotalAmount", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("TotalAmount", UNSET))

        def _parse_total_with_shipping(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_with_shipping = _parse_total_with_shipping(
            d.pop("TotalWithShipping", UNSET)
        )

        def _parse_what_happens_next_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_happens_next_description = _parse_what_happens_next_description(
            d.pop("WhatHappensNextDescription", UNSET)
        )

        product_details_api_model = cls(
            access_token=access_token,
            after_payment_description=after_payment_description,
            button_call_to_action=button_call_to_action,
            currency=currency,
            currency_id=currency_id,
            description=description,
            id=id,
            is_featured=is_featured,
            name=name,
            shipping_amount=shipping_amount,
            shipping_description=shipping_description,
            status=status,
            sub_total_amount=sub_total_amount,
            total_amount=total_amount,
            total_with_shipping=total_with_shipping,
            what_happens_next_description=what_happens_next_description,
        )

        product_details_api_model.additional_properties = d
        return product_details_api_model

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
