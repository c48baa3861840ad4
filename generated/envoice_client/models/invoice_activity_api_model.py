from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_activity_api_model_type_type_1 import (
    InvoiceActivityApiModelTypeType1,
)
from ..models.invoice_activity_api_model_type_type_2_type_1 import (
    InvoiceActivityApiModelTypeType2Type1,
)
from ..models.invoice_activity_api_model_type_type_3_type_1 import (
    InvoiceActivityApiModelTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceActivityApiModel")


@_attrs_define
class InvoiceActivityApiModel:
    """
    Attributes:
        id (int | None | Unset):
        invoice_number (None | str | Unset):
        link (None | str | Unset):
        message (None | str | Unset):
        type_ (InvoiceActivityApiModelTypeType1 | InvoiceActivityApiModelTypeType2Type1 |
            InvoiceActivityApiModelTypeType3Type1 | None | Unset):
    """

    id: int | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    type_: (
        InvoiceActivityApiModelTypeType1
        | InvoiceActivityApiModelTypeType2Type1
        | InvoiceActivityApiModelTypeType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif (
            isinstance(self.type_, InvoiceActivityApiModelTypeType1)
            or isinstance(self.type_, InvoiceActivityApiModelTypeType2Type1)
            or isinstance(self.type_, InvoiceActivityApiModelTypeType3Type1)
        ):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if invoice_number is not UNSET:
            field_dict["InvoiceNumber"] = invoice_number
        if link is not UNSET:
            field_dict["Link"] = link
        if message is not UNSET:
            field_dict["Message"] = message
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("InvoiceNumber", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("Link", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_type_(
            data: object,
        ) -> (
            InvoiceActivityApiModelTypeType1
            | InvoiceActivityApiModelTypeType2Type1
            | InvoiceActivityApiModelTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = InvoiceActivityApiModelTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = InvoiceActivityApiModelTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = InvoiceActivityApiModelTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceActivityApiModelTypeType1
                | InvoiceActivityApiModelTypeType2Type1
                | InvoiceActivityApiModelTypeType3Type1
                | None
                | Unset,
                data,
            )

        type_ = _parse_type_(d.pop("Type", UNSET))

        invoice_activity_api_model = cls(
            id=id,
            invoice_number=invoice_number,
            link=link,
            message=message,
            type_=type_,
        )

        invoice_activity_api_model.additional_properties = d
        return invoice_activity_api_model

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
