from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_api_model_type_type_1 import (
    InvoicePaymentApiModelTypeType1,
)
from ..models.invoice_payment_api_model_type_type_2_type_1 import (
    InvoicePaymentApiModelTypeType2Type1,
)
from ..models.invoice_payment_api_model_type_type_3_type_1 import (
    InvoicePaymentApiModelTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePaymentApiModel")


@_attrs_define
class InvoicePaymentApiModel:
    """
    Attributes:
        amount (float | None | Unset):
        id (int | None | Unset):
        is_automatic (bool | None | Unset):
        note (None | str | Unset):
        paid_on (datetime.datetime | None | Unset):
        reference_id (None | str | Unset):
        type_ (InvoicePaymentApiModelTypeType1 | InvoicePaymentApiModelTypeType2Type1 |
            InvoicePaymentApiModelTypeType3Type1 | None | Unset):
    """

    amount: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    is_automatic: bool | None | Unset = UNSET
    note: None | str | Unset = UNSET
    paid_on: datetime.datetime | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    type_: (
        InvoicePaymentApiModelTypeType1
        | InvoicePaymentApiModelTypeType2Type1
        | InvoicePaymentApiModelTypeType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_automatic: bool | None | Unset
        if isinstance(self.is_automatic, Unset):
            is_automatic = UNSET
        else:
            is_automatic = self.is_automatic

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.datetime):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif (
            isinstance(self.type_, InvoicePaymentApiModelTypeType1)
            or isinstance(self.type_, InvoicePaymentApiModelTypeType2Type1)
            or isinstance(self.type_, InvoicePaymentApiModelTypeType3Type1)
        ):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if id is not UNSET:
            field_dict["Id"] = id
        if is_automatic is not UNSET:
            field_dict["IsAutomatic"] = is_automatic
        if note is not UNSET:
            field_dict["Note"] = note
        if paid_on is not UNSET:
            field_dict["PaidOn"] = paid_on
        if reference_id is not UNSET:
            field_dict["ReferenceId"] = reference_id
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("Amount", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_is_automatic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_automatic = _parse_is_automatic(d.pop("IsAutomatic", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("Note", UNSET))

        def _parse_paid_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.datetime.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("PaidOn", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("ReferenceId", UNSET))

        def _parse_type_(
            data: object,
        ) -> (
            InvoicePaymentApiModelTypeType1
            | InvoicePaymentApiModelTypeType2Type1
            | InvoicePaymentApiModelTypeType3Type1
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
                type_type_1 = InvoicePaymentApiModelTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = InvoicePaymentApiModelTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = InvoicePaymentApiModelTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoicePaymentApiModelTypeType1
                | InvoicePaymentApiModelTypeType2Type1
                | InvoicePaymentApiModelTypeType3Type1
                | None
                | Unset,
                data,
            )

        type_ = _parse_type_(d.pop("Type", UNSET))

        invoice_payment_api_model = cls(
            amount=amount,
            id=id,
            is_automatic=is_automatic,
            note=note,
            paid_on=paid_on,
            reference_id=reference_id,
            type_=type_,
        )

        invoice_payment_api_model.additional_properties = d
        return invoice_payment_api_model

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
