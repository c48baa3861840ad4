from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_create_api_model_status_type_1 import OrderCreateApiModelStatusType1
from ..models.order_create_api_model_status_type_2_type_1 import (
    OrderCreateApiModelStatusType2Type1,
)
from ..models.order_create_api_model_status_type_3_type_1 import (
    OrderCreateApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_attachment_api_model import OrderAttachmentApiModel
    from ..models.order_billing_details_api_model import OrderBillingDetailsApiModel
    from ..models.order_item_api_model import OrderItemApiModel
    from ..models.order_shipping_details_api_model import OrderShippingDetailsApiModel


T = TypeVar("T", bound="OrderCreateApiModel")


@_attrs_define
class OrderCreateApiModel:
    """
    Attributes:
        after_payment_description (None | str | Unset):
        attachments (list[OrderAttachmentApiModel] | None | Unset):
        coupon_code (None | str | Unset):
        currency_id (int | None | Unset):
        description (None | str | Unset):
        discount_amount (float | None | Unset):
        items (list[OrderItemApiModel] | None | Unset):
        name (None | str | Unset):
        note (None | str | Unset):
        order_billing_details (None | OrderBillingDetailsApiModel | Unset):
        order_shipping_details (None | OrderShippingDetailsApiModel | Unset):
        product_id (int | None | Unset):
        referral (None | str | Unset):
        shipping_amount (float | None | Unset):
        shipping_description (None | str | Unset):
        status (None | OrderCreateApiModelStatusType1 | OrderCreateApiModelStatusType2Type1 |
            OrderCreateApiModelStatusType3Type1 | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset):
        total_amount (float | None | Unset):
        what_happens_next_description (None | str | Unset):
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
        from ..models.order_billing_details_api_model import OrderBillingDetailsApiModel
        from ..models.order_shipping_details_api_model import (
            OrderShippingDetailsApiModel,
        )

        after_payment_description: None | str | Unset
        if isinstance(self.after_payment_description, Unset):
            after_payment_description = UNSET
        else:
            after_payment_description = self.after_payment_description

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

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

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        order_billing_details: dict[str, Any] | None | Unset
        if isinstance(self.order_billing_details, Unset):
            order_billing_details = UNSET
        elif isinstance(self.order_billing_details, OrderBillingDetailsApiModel):
            order_billing_details = self.order_billing_details.to_dict()
        else:
            order_billing_details = self.order_billing_details

        order_shipping_details: dict[str, Any] | None | Unset
        if isinstance(self.order_shipping_details, Unset):
            order_shipping_details = UNSET
        elif isinstance(self.order_shipping_details, OrderShippingDetailsApiModel):
            order_shipping_details = self.order_shipping_details.to_dict()
        else:
            order_shipping_details = self.order_shipping_details

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        referral: None | str | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        else:
            referral = self.referral

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
            isinstance(self.status, OrderCreateApiModelStatusType1)
            or isinstance(self.status, OrderCreateApiModelStatusType2Type1)
            or isinstance(self.status, OrderCreateApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        sub_total_amount: float | None | Unset
        if isinstance(self.sub_total_amount, Unset):
            sub_total_amount = UNSET
        else:
            sub_total_amount = self.sub_total_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        what_happens_next_description: None | str | Unset
        if isinstance(self.what_happens_next_description, Unset):
            what_happens_next_description = UNSET
        else:
            what_happens_next_description = self.what_happens_next_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after_payment_description is not UNSET:
            field_dict["AfterPaymentDescription"] = after_payment_description
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if coupon_code is not UNSET:
            field_dict["CouponCode"] = coupon_code
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if description is not UNSET:
            field_dict["Description"] = description
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount
        if items is not UNSET:
            field_dict["Items"] = items
        if name is not UNSET:
            field_dict["Name"] = name
        if note is not UNSET:
            field_dict["Note"] = note
        if order_billing_details is not UNSET:
            field_dict["OrderBillingDetails"] = order_billing_details
        if order_shipping_details is not UNSET:
            field_dict["OrderShippingDetails"] = order_shipping_details
        if product_id is not UNSET:
            field_dict["ProductId"] = product_id
        if referral is not UNSET:
            field_dict["Referral"] = referral
        if shipping_amount is not UNSET:
            field_dict["ShippingAmount"] = shipping_amount
        if shipping_description is not UNSET:
            field_dict["ShippingDescription"] = shipping_description
        if status is not UNSET:
            field_dict["Status"] = status
        if sub_total_amount is not UNSET:
            field_dict["SubTotalAmount"] = sub_total_amount
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if what_happens_next_description is not UNSET:
            field_dict["WhatHappensNextDescription"] = what_happens_next_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_attachment_api_model import OrderAttachmentApiModel
        from ..models.order_billing_details_api_model import OrderBillingDetailsApiModel
        from ..models.order_item_api_model import OrderItemApiModel
        from ..models.order_shipping_details_api_model import (
            OrderShippingDetailsApiModel,
        )

        d = dict(src_dict)

        def _parse_after_payment_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after_payment_description = _parse_after_payment_description(
            d.pop("AfterPaymentDescription", UNSET)
        )

        def _parse_attachments(
            data: object,
        ) -> list[OrderAttachmentApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = OrderAttachmentApiModel.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderAttachmentApiModel] | None | Unset, data)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

        def _parse_coupon_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_code = _parse_coupon_code(d.pop("CouponCode", UNSET))

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

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("DiscountAmount", UNSET))

        def _parse_items(data: object) -> list[OrderItemApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = OrderItemApiModel.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderItemApiModel] | None | Unset, data)

        items = _parse_items(d.pop("Items", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("Note", UNSET))

        def _parse_order_billing_details(
            data: object,
        ) -> None | OrderBillingDetailsApiModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_billing_details_type_0 = OrderBillingDetailsApiModel.from_dict(
                    data
                )

                return order_billing_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderBillingDetailsApiModel | Unset, data)

        order_billing_details = _parse_order_billing_details(
            d.pop("OrderBillingDetails", UNSET)
        )

        def _parse_order_shipping_details(
            data: object,
        ) -> None | OrderShippingDetailsApiModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_shipping_details_type_0 = OrderShippingDetailsApiModel.from_dict(
                    data
                )

                return order_shipping_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderShippingDetailsApiModel | Unset, data)

        order_shipping_details = _parse_order_shipping_details(
            d.pop("OrderShippingDetails", UNSET)
        )

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("ProductId", UNSET))

        def _parse_referral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral = _parse_referral(d.pop("Referral", UNSET))

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
            | OrderCreateApiModelStatusType1
            | OrderCreateApiModelStatusType2Type1
            | OrderCreateApiModelStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = OrderCreateApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = OrderCreateApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = OrderCreateApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | OrderCreateApiModelStatusType1
                | OrderCreateApiModelStatusType2Type1
                | OrderCreateApiModelStatusType3Type1
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

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("TaxAmount", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("TotalAmount", UNSET))

        def _parse_what_happens_next_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_happens_next_description = _parse_what_happens_next_description(
            d.pop("WhatHappensNextDescription", UNSET)
        )

        order_create_api_model = cls(
            after_payment_description=after_payment_description,
            attachments=attachments,
            coupon_code=coupon_code,
            currency_id=currency_id,
            description=description,
            discount_amount=discount_amount,
            items=items,
            name=name,
            note=note,
            order_billing_details=order_billing_details,
            order_shipping_details=order_shipping_details,
            product_id=product_id,
            referral=referral,
            shipping_amount=shipping_amount,
            shipping_description=shipping_description,
            status=status,
            sub_total_amount=sub_total_amount,
            tax_amount=tax_amount,
            total_amount=total_amount,
            what_happens_next_description=what_happens_next_description,
        )

        order_create_api_model.additional_properties = d
        return order_create_api_model

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
