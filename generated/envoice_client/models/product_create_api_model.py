from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_create_api_model_status_type_1 import (
    ProductCreateApiModelStatusType1,
)
from ..models.product_create_api_model_status_type_2_type_1 import (
    ProductCreateApiModelStatusType2Type1,
)
from ..models.product_create_api_model_status_type_3_type_1 import (
    ProductCreateApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_attachment_api_model import ProductAttachmentApiModel
    from ..models.product_coupon_api_model import ProductCouponApiModel
    from ..models.product_discount_api_model import ProductDiscountApiModel
    from ..models.product_gateway_api_model import ProductGatewayApiModel
    from ..models.product_item_api_model import ProductItemApiModel


T = TypeVar("T", bound="ProductCreateApiModel")


@_attrs_define
class ProductCreateApiModel:
    """
    Attributes:
        after_payment_description (None | str | Unset):
        attachments (list[ProductAttachmentApiModel] | None | Unset):
        button_call_to_action (None | str | Unset):
        coupons (list[ProductCouponApiModel] | None | Unset):
        currency_id (int | None | Unset):
        description (None | str | Unset):
        discounts (list[ProductDiscountApiModel] | None | Unset):
        is_featured (bool | None | Unset):
        items (list[ProductItemApiModel] | None | Unset):
        name (None | str | Unset):
        payment_gateways (list[ProductGatewayApiModel] | None | Unset):
        shipping_amount (float | None | Unset):
        shipping_description (None | str | Unset):
        status (None | ProductCreateApiModelStatusType1 | ProductCreateApiModelStatusType2Type1 |
            ProductCreateApiModelStatusType3Type1 | Unset):
        what_happens_next_description (None | str | Unset):
    """

    after_payment_description: None | str | Unset = UNSET
    attachments: list[ProductAttachmentApiModel] | None | Unset = UNSET
    button_call_to_action: None | str | Unset = UNSET
    coupons: list[ProductCouponApiModel] | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    discounts: list[ProductDiscountApiModel] | None | Unset = UNSET
    is_featured: bool | None | Unset = UNSET
    items: list[ProductItemApiModel] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    payment_gateways: list[ProductGatewayApiModel] | None | Unset = UNSET
    shipping_amount: float | None | Unset = UNSET
    shipping_description: None | str | Unset = UNSET
    status: (
        None
        | ProductCreateApiModelStatusType1
        | ProductCreateApiModelStatusType2Type1
        | ProductCreateApiModelStatusType3Type1
        | Unset
    ) = UNSET
    what_happens_next_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        button_call_to_action: None | str | Unset
        if isinstance(self.button_call_to_action, Unset):
            button_call_to_action = UNSET
        else:
            button_call_to_action = self.button_call_to_action

        coupons: list[dict[str, Any]] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

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

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        is_featured: bool | None | Unset
        if isinstance(self.is_featured, Unset):
            is_featured = UNSET
        else:
            is_featured = self.is_featured

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

        payment_gateways: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_gateways, Unset):
            payment_gateways = UNSET
        elif isinstance(self.payment_gateways, list):
            payment_gateways = []
            for payment_gateways_type_0_item_data in self.payment_gateways:
                payment_gateways_type_0_item = (
                    payment_gateways_type_0_item_data.to_dict()
                )
                payment_gateways.append(payment_gateways_type_0_item)

        else:
            payment_gateways = self.payment_gateways

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
            isinstance(self.status, ProductCreateApiModelStatusType1)
            or isinstance(self.status, ProductCreateApiModelStatusType2Type1)
            or isinstance(self.status, ProductCreateApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

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
        if button_call_to_action is not UNSET:
            field_dict["ButtonCallToAction"] = button_call_to_action
        if coupons is not UNSET:
            field_dict["Coupons"] = coupons
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if description is not UNSET:
            field_dict["Description"] = description
        if discounts is not UNSET:
            field_dict["Discounts"] = discounts
        if is_featured is not UNSET:
            field_dict["IsFeatured"] = is_featured
        if items is not UNSET:
            field_dict["Items"] = items
        if name is not UNSET:
            field_dict["Name"] = name
        if payment_gateways is not UNSET:
            field_dict["PaymentGateways"] = payment_gateways
        if shipping_amount is not UNSET:
            field_dict["ShippingAmount"] = shipping_amount
        if shipping_description is not UNSET:
            field_dict["ShippingDescription"] = shipping_description
        if status is not UNSET:
            field_dict["Status"] = status
        if what_happens_next_description is not UNSET:
            field_dict["WhatHappensNextDescription"] = what_happens_next_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_attachment_api_model import ProductAttachmentApiModel
        from ..models.product_coupon_api_model import ProductCouponApiModel
        from ..models.product_discount_api_model import ProductDiscountApiModel
        from ..models.product_gateway_api_model import ProductGatewayApiModel
        from ..models.product_item_api_model import ProductItemApiModel

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
        ) -> list[ProductAttachmentApiModel] | None | Unset:
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
                    attachments_type_0_item = ProductAttachmentApiModel.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductAttachmentApiModel] | None | Unset, data)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

        def _parse_button_call_to_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        button_call_to_action = _parse_button_call_to_action(
            d.pop("ButtonCallToAction", UNSET)
        )

        def _parse_coupons(data: object) -> list[ProductCouponApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coupons_type_0 = []
                _coupons_type_0 = data
                for coupons_type_0_item_data in _coupons_type_0:
                    coupons_type_0_item = ProductCouponApiModel.from_dict(
                        coupons_type_0_item_data
                    )

                    coupons_type_0.append(coupons_type_0_item)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductCouponApiModel] | None | Unset, data)

        coupons = _parse_coupons(d.pop("Coupons", UNSET))

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

        def _parse_discounts(
            data: object,
        ) -> list[ProductDiscountApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = ProductDiscountApiModel.from_dict(
                        discounts_type_0_item_data
                    )

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductDiscountApiModel] | None | Unset, data)

        discounts = _parse_discounts(d.pop("Discounts", UNSET))

        def _parse_is_featured(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_featured = _parse_is_featured(d.pop("IsFeatured", UNSET))

        def _parse_items(data: object) -> list[ProductItemApiModel] | None | Unset:
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
                    items_type_0_item = ProductItemApiModel.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductItemApiModel] | None | Unset, data)

        items = _parse_items(d.pop("Items", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_payment_gateways(
            data: object,
        ) -> list[ProductGatewayApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_gateways_type_0 = []
                _payment_gateways_type_0 = data
                for payment_gateways_type_0_item_data in _payment_gateways_type_0:
                    payment_gateways_type_0_item = ProductGatewayApiModel.from_dict(
                        payment_gateways_type_0_item_data
                    )

                    payment_gateways_type_0.append(payment_gateways_type_0_item)

                return payment_gateways_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductGatewayApiModel] | None | Unset, data)

        payment_gateways = _parse_payment_gateways(d.pop("PaymentGateways", UNSET))

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
            | ProductCreateApiModelStatusType1
            | ProductCreateApiModelStatusType2Type1
            | ProductCreateApiModelStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ProductCreateApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = ProductCreateApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = ProductCreateApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductCreateApiModelStatusType1
                | ProductCreateApiModelStatusType2Type1
                | ProductCreateApiModelStatusType3Type1
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_what_happens_next_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_happens_next_description = _parse_what_happens_next_description(
            d.pop("WhatHappensNextDescription", UNSET)
        )

        product_create_api_model = cls(
            after_payment_description=after_payment_description,
            attachments=attachments,
            button_call_to_action=button_call_to_action,
            coupons=coupons,
            currency_id=currency_id,
            description=description,
            discounts=discounts,
            is_featured=is_featured,
            items=items,
            name=name,
            payment_gateways=payment_gateways,
            shipping_amount=shipping_amount,
            shipping_description=shipping_description,
            status=status,
            what_happens_next_description=what_happens_next_description,
        )

        product_create_api_model.additional_properties = d
        return product_create_api_model

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
