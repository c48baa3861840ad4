from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookActivity")


@_attrs_define
class WebhookActivity:
    """The activity that triggered the delivery.

    Attributes:
        id (int | Unset): Id of the activity.
        type_ (int | Unset): Numeric kind of the activity.
        message (None | str | Unset): Human-readable text of the activity.
        link (None | str | Unset): Share link of the invoice or order.
        invoice_number (None | str | Unset):
        invoice_id (int | None | Unset):
        order_number (None | str | Unset):
        order_id (int | None | Unset):
        created_on (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    type_: int | Unset = UNSET
    message: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    order_number: None | str | Unset = UNSET
    order_id: int | None | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if message is not UNSET:
            field_dict["Message"] = message
        if link is not UNSET:
            field_dict["Link"] = link
        if invoice_number is not UNSET:
            field_dict["InvoiceNumber"] = invoice_number
        if invoice_id is not UNSET:
            field_dict["InvoiceId"] = invoice_id
        if order_number is not UNSET:
            field_dict["OrderNumber"] = order_number
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if created_on is not UNSET:
            field_dict["CreatedOn"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        type_ = d.pop("Type", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("Link", UNSET))

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("InvoiceNumber", UNSET))

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("InvoiceId", UNSET))

        def _parse_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_number = _parse_order_number(d.pop("OrderNumber", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("OrderId", UNSET))

        _created_on = d.pop("CreatedOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        webhook_activity = cls(
            id=id,
            type_=type_,
            message=message,
            link=link,
            invoice_number=invoice_number,
            invoice_id=invoice_id,
            order_number=order_number,
            order_id=order_id,
            created_on=created_on,
        )

        webhook_activity.additional_properties = d
        return webhook_activity

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
