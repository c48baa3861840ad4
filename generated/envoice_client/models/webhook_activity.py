from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

_FIELDS = frozenset(
    {
        "Id",
        "Type",
        "Message",
        "Link",
        "InvoiceNumber",
        "InvoiceId",
        "OrderNumber",
        "OrderId",
        "CreatedOn",
    }
)


@_attrs_define
class WebhookActivity:
    """The activity that triggered the delivery.

    Attributes:
        id (int | Unset): Id of the activity.
        type_ (int | Unset): Numeric kind of the activity.
        message (None | str | Unset): Human-readable text of the activity.
        link (None | str | Unset): Share link of the invoice or order.
        invoice_number (None | str | Unset)
        invoice_id (int | None | Unset)
        order_number (None | str | Unset)
        order_id (int | None | Unset)
        created_on (datetime.datetime | Unset)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["Type"] = _type_
        _message = self.message
        if not isinstance(_message, Unset):
            field_dict["Message"] = _message
        _link = self.link
        if not isinstance(_link, Unset):
            field_dict["Link"] = _link
        _invoice_number = self.invoice_number
        if not isinstance(_invoice_number, Unset):
            field_dict["InvoiceNumber"] = _invoice_number
        _invoice_id = self.invoice_id
        if not isinstance(_invoice_id, Unset):
            field_dict["InvoiceId"] = _invoice_id
        _order_number = self.order_number
        if not isinstance(_order_number, Unset):
            field_dict["OrderNumber"] = _order_number
        _order_id = self.order_id
        if not isinstance(_order_id, Unset):
            field_dict["OrderId"] = _order_id
        _created_on = self.created_on
        if not isinstance(_created_on, Unset):
            field_dict["CreatedOn"] = _created_on.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("Id", UNSET)
        type_ = get("Type", UNSET)
        message = get("Message", UNSET)
        link = get("Link", UNSET)
        invoice_number = get("InvoiceNumber", UNSET)
        invoice_id = get("InvoiceId", UNSET)
        order_number = get("OrderNumber", UNSET)
        order_id = get("OrderId", UNSET)
        _created_on = get("CreatedOn", UNSET)
        if _created_on is UNSET:
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)
        obj = cls(
            id,
            type_,
            message,
            link,
            invoice_number,
            invoice_id,
            order_number,
            order_id,
            created_on,
        )
        if len(src_dict) > 9 or not _FIELDS.issuperset(src_dict):
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
