from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendInvoiceToClientApiModel")


@_attrs_define
class SendInvoiceToClientApiModel:
    """
    Attributes:
        attach_pdf (bool | None | Unset):
        id (int | None | Unset):
        invoice_id (int | None | Unset):
        message (None | str | Unset):
        send_to_self (bool | None | Unset):
        subject (None | str | Unset):
    """

    attach_pdf: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    send_to_self: bool | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attach_pdf: bool | None | Unset
        if isinstance(self.attach_pdf, Unset):
            attach_pdf = UNSET
        else:
            attach_pdf = self.attach_pdf

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        send_to_self: bool | None | Unset
        if isinstance(self.send_to_self, Unset):
            send_to_self = UNSET
        else:
            send_to_self = self.send_to_self

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attach_pdf is not UNSET:
            field_dict["AttachPdf"] = attach_pdf
        if id is not UNSET:
            field_dict["Id"] = id
        if invoice_id is not UNSET:
            field_dict["InvoiceId"] = invoice_id
        if message is not UNSET:
            field_dict["Message"] = message
        if send_to_self is not UNSET:
            field_dict["SendToSelf"] = send_to_self
        if subject is not UNSET:
            field_dict["Subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_attach_pdf(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attach_pdf = _parse_attach_pdf(d.pop("AttachPdf", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("InvoiceId", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_send_to_self(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_to_self = _parse_send_to_self(d.pop("SendToSelf", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        send_invoice_to_client_api_model = cls(
            attach_pdf=attach_pdf,
            id=id,
            invoice_id=invoice_id,
            message=message,
            send_to_self=send_to_self,
            subject=subject,
        )

        send_invoice_to_client_api_model.additional_properties = d
        return send_invoice_to_client_api_model

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
