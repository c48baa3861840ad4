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
    note_unknown_enum_value,
)
from .client_details_api_model import ClientDetailsApiModel
from .currency_details_api_model import CurrencyDetailsApiModel
from .invoice_details_api_model_status_type_1 import InvoiceDetailsApiModelStatusType1
from .invoice_details_api_model_status_type_2_type_1 import (
    InvoiceDetailsApiModelStatusType2Type1,
)
from .invoice_details_api_model_status_type_3_type_1 import (
    InvoiceDetailsApiModelStatusType3Type1,
)
from .invoice_recurring_api_model import InvoiceRecurringApiModel

_InvoiceDetailsApiModelStatusType1_BY_VALUE: dict[
    Any, InvoiceDetailsApiModelStatusType1
] = {m.value: m for m in InvoiceDetailsApiModelStatusType1}
_InvoiceDetailsApiModelStatusType2Type1_BY_VALUE: dict[
    Any, InvoiceDetailsApiModelStatusType2Type1
] = {m.value: m for m in InvoiceDetailsApiModelStatusType2Type1}
_InvoiceDetailsApiModelStatusType3Type1_BY_VALUE: dict[
    Any, InvoiceDetailsApiModelStatusType3Type1
] = {m.value: m for m in InvoiceDetailsApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "AccessToken",
        "Client",
        "ClonedFromId",
        "Currency",
        "DiscountAmount",
        "Duedate",
        "EnablePartialPayments",
        "Id",
        "InvoiceCategoryId",
        "IssuedOn",
        "Notes",
        "Number",
        "PoNumber",
        "RecurringProfile",
        "RecurringProfileId",
        "ShouldSendReminders",
        "Status",
        "SubTotalAmount",
        "TaxAmount",
        "Terms",
        "TotalAmount",
    }
)


@_attrs_define
class InvoiceDetailsApiModel:
    """The InvoiceDetailsApiModel object.

    Attributes:
        access_token (None | str | Unset)
        client (ClientDetailsApiModel | None | Unset)
        cloned_from_id (int | None | Unset)
        currency (CurrencyDetailsApiModel | None | Unset)
        discount_amount (float | None | Unset)
        duedate (datetime.datetime | None | Unset)
        enable_partial_payments (bool | None | Unset)
        id (int | None | Unset)
        invoice_category_id (int | None | Unset)
        issued_on (datetime.datetime | None | Unset)
        notes (None | str | Unset)
        number (None | str | Unset)
        po_number (None | str | Unset)
        recurring_profile (InvoiceRecurringApiModel | None | Unset)
        recurring_profile_id (int | None | Unset)
        should_send_reminders (bool | None | Unset)
        status (InvoiceDetailsApiModelStatusType1 | InvoiceDetailsApiModelStatusType2Type1 |
        InvoiceDetailsApiModelStatusType3Type1 | None | Unset)
        sub_total_amount (float | None | Unset)
        tax_amount (float | None | Unset)
        terms (None | str | Unset)
        total_amount (float | None | Unset)
    """

    access_token: None | str | Unset = UNSET
    client: ClientDetailsApiModel | None | Unset = UNSET
    cloned_from_id: int | None | Unset = UNSET
    currency: CurrencyDetailsApiModel | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    duedate: datetime.datetime | None | Unset = UNSET
    enable_partial_payments: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    invoice_category_id: int | None | Unset = UNSET
    issued_on: datetime.datetime | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    po_number: None | str | Unset = UNSET
    recurring_profile: InvoiceRecurringApiModel | None | Unset = UNSET
    recurring_profile_id: int | None | Unset = UNSET
    should_send_reminders: bool | None | Unset = UNSET
    status: (
        InvoiceDetailsApiModelStatusType1
        | InvoiceDetailsApiModelStatusType2Type1
        | InvoiceDetailsApiModelStatusType3Type1
        | None
        | Unset
    ) = UNSET
    sub_total_amount: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    terms: None | str | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _access_token = self.access_token
        if not isinstance(_access_token, Unset):
            field_dict["AccessToken"] = _access_token
        _client = self.client
        if not isinstance(_client, Unset):
            _value15 = _client
            if isinstance(_value15, ClientDetailsApiModel):
                field_dict["Client"] = _value15.to_dict()
            else:
                field_dict["Client"] = _value15
        _cloned_from_id = self.cloned_from_id
        if not isinstance(_cloned_from_id, Unset):
            field_dict["ClonedFromId"] = _cloned_from_id
        _currency = self.currency
        if not isinstance(_currency, Unset):
            _value16 = _currency
            if isinstance(_value16, CurrencyDetailsApiModel):
                field_dict["Currency"] = _value16.to_dict()
            else:
                field_dict["Currency"] = _value16
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _duedate = self.duedate
        if not isinstance(_duedate, Unset):
            _value17 = _duedate
            if isinstance(_value17, datetime.datetime):
                field_dict["Duedate"] = _value17.isoformat()
            else:
                field_dict["Duedate"] = _value17
        _enable_partial_payments = self.enable_partial_payments
        if not isinstance(_enable_partial_payments, Unset):
            field_dict["EnablePartialPayments"] = _enable_partial_payments
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _invoice_category_id = self.invoice_category_id
        if not isinstance(_invoice_category_id, Unset):
            field_dict["InvoiceCategoryId"] = _invoice_category_id
        _issued_on = self.issued_on
        if not isinstance(_issued_on, Unset):
            _value18 = _issued_on
            if isinstance(_value18, datetime.datetime):
                field_dict["IssuedOn"] = _value18.isoformat()
            else:
                field_dict["IssuedOn"] = _value18
        _notes = self.notes
        if not isinstance(_notes, Unset):
            field_dict["Notes"] = _notes
        _number = self.number
        if not isinstance(_number, Unset):
            field_dict["Number"] = _number
        _po_number = self.po_number
        if not isinstance(_po_number, Unset):
            field_dict["PoNumber"] = _po_number
        _recurring_profile = self.recurring_profile
        if not isinstance(_recurring_profile, Unset):
            _value19 = _recurring_profile
            if isinstance(_value19, InvoiceRecurringApiModel):
                field_dict["RecurringProfile"] = _value19.to_dict()
            else:
                field_dict["RecurringProfile"] = _value19
        _recurring_profile_id = self.recurring_profile_id
        if not isinstance(_recurring_profile_id, Unset):
            field_dict["RecurringProfileId"] = _recurring_profile_id
        _should_send_reminders = self.should_send_reminders
        if not isinstance(_should_send_reminders, Unset):
            field_dict["ShouldSendReminders"] = _should_send_reminders
        _status = self.status
        if not isinstance(_status, Unset):
            _value20 = _status
            if isinstance(_value20, InvoiceDetailsApiModelStatusType1):
                field_dict["Status"] = (
                    _value20.value
                    if isinstance(_value20, InvoiceDetailsApiModelStatusType1)
                    else _value20
                )
            elif isinstance(_value20, InvoiceDetailsApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value20.value
                    if isinstance(_value20, InvoiceDetailsApiModelStatusType2Type1)
                    else _value20
                )
            elif isinstance(_value20, InvoiceDetailsApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value20.value
                    if isinstance(_value20, InvoiceDetailsApiModelStatusType3Type1)
                    else _value20
                )
            else:
                field_dict["Status"] = _value20
        _sub_total_amount = self.sub_total_amount
        if not isinstance(_sub_total_amount, Unset):
            field_dict["SubTotalAmount"] = _sub_total_amount
        _tax_amount = self.tax_amount
        if not isinstance(_tax_amount, Unset):
            field_dict["TaxAmount"] = _tax_amount
        _terms = self.terms
        if not isinstance(_terms, Unset):
            field_dict["Terms"] = _terms
        _total_amount = self.total_amount
        if not isinstance(_total_amount, Unset):
            field_dict["TotalAmount"] = _total_amount
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        access_token = get("AccessToken", UNSET)
        _client = get("Client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            if _client is None:
                client = None
            else:
                client = _client
                if isinstance(_client, dict):
                    try:
                        _converted2 = ClientDetailsApiModel.from_dict(_client)
                        client = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        cloned_from_id = get("ClonedFromId", UNSET)
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
                        _converted4 = CurrencyDetailsApiModel.from_dict(_currency)
                        currency = _converted4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        discount_amount = get("DiscountAmount", UNSET)
        _duedate = get("Duedate", UNSET)
        if _duedate is UNSET:
            duedate = UNSET
        else:
            if _duedate is None:
                duedate = None
            else:
                duedate = _duedate
                if isinstance(_duedate, str):
                    try:
                        _converted6 = datetime.datetime.fromisoformat(_duedate)
                        duedate = _converted6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        enable_partial_payments = get("EnablePartialPayments", UNSET)
        id = get("Id", UNSET)
        invoice_category_id = get("InvoiceCategoryId", UNSET)
        _issued_on = get("IssuedOn", UNSET)
        if _issued_on is UNSET:
            issued_on = UNSET
        else:
            if _issued_on is None:
                issued_on = None
            else:
                issued_on = _issued_on
                if isinstance(_issued_on, str):
                    try:
                        _converted8 = datetime.datetime.fromisoformat(_issued_on)
                        issued_on = _converted8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        notes = get("Notes", UNSET)
        number = get("Number", UNSET)
        po_number = get("PoNumber", UNSET)
        _recurring_profile = get("RecurringProfile", UNSET)
        if _recurring_profile is UNSET:
            recurring_profile = UNSET
        else:
            if _recurring_profile is None:
                recurring_profile = None
            else:
                recurring_profile = _recurring_profile
                if isinstance(_recurring_profile, dict):
                    try:
                        _converted10 = InvoiceRecurringApiModel.from_dict(
                            _recurring_profile
                        )
                        recurring_profile = _converted10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        recurring_profile_id = get("RecurringProfileId", UNSET)
        should_send_reminders = get("ShouldSendReminders", UNSET)
        _status = get("Status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status is None:
                status = None
            else:
                status = _status
                _done11 = False
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted12 = _InvoiceDetailsApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted12
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted13 = _InvoiceDetailsApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted13
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11 and isinstance(_status, str):
                    try:
                        _converted14 = _InvoiceDetailsApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted14
                        _done11 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done11:
                    note_unknown_enum_value(InvoiceDetailsApiModelStatusType1, _status)
        sub_total_amount = get("SubTotalAmount", UNSET)
        tax_amount = get("TaxAmount", UNSET)
        terms = get("Terms", UNSET)
        total_amount = get("TotalAmount", UNSET)
        obj = cls(
            access_token,
            client,
            cloned_from_id,
            currency,
            discount_amount,
            duedate,
            enable_partial_payments,
            id,
            invoice_category_id,
            issued_on,
            notes,
            number,
            po_number,
            recurring_profile,
            recurring_profile_id,
            should_send_reminders,
            status,
            sub_total_amount,
            tax_amount,
            terms,
            total_amount,
        )
        if len(src_dict) > 21 or not _FIELDS.issuperset(src_dict):
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
