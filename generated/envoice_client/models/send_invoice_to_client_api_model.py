from __future__ import annotations

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
        "AttachPdf",
        "Id",
        "InvoiceId",
        "Message",
        "SendToSelf",
        "Subject",
    }
)


@_attrs_define
class SendInvoiceToClientApiModel:
    """The SendInvoiceToClientApiModel object.

    Attributes:
        attach_pdf (bool | None | Unset)
        id (int | None | Unset)
        invoice_id (int | None | Unset)
        message (None | str | Unset)
        send_to_self (bool | None | Unset)
        subject (None | str | Unset)
    """

    attach_pdf: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    send_to_self: bool | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _attach_pdf = self.attach_pdf
        if not isinstance(_attach_pdf, Unset):
            field_dict["AttachPdf"] = _attach_pdf
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _invoice_id = self.invoice_id
        if not isinstance(_invoice_id, Unset):
            field_dict["InvoiceId"] = _invoice_id
        _message = self.message
        if not isinstance(_message, Unset):
            field_dict["Message"] = _message
        _send_to_self = self.send_to_self
        if not isinstance(_send_to_self, Unset):
            field_dict["SendToSelf"] = _send_to_self
        _subject = self.subject
        if not isinstance(_subject, Unset):
            field_dict["Subject"] = _subject
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        attach_pdf = get("AttachPdf", UNSET)
        id = get("Id", UNSET)
        invoice_id = get("InvoiceId", UNSET)
        message = get("Message", UNSET)
        send_to_self = get("SendToSelf", UNSET)
        subject = get("Subject", UNSET)
        obj = cls(attach_pdf, id, invoice_id, message, send_to_self, subject)
        if len(src_dict) > 6 or not _FIELDS.issuperset(src_dict):
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
