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
from .invoice_activity_api_model import InvoiceActivityApiModel
from .invoice_attachment_api_model import InvoiceAttachmentApiModel
from .invoice_full_details_api_model_status_type_1 import (
    InvoiceFullDetailsApiModelStatusType1,
)
from .invoice_full_details_api_model_status_type_2_type_1 import (
    InvoiceFullDetailsApiModelStatusType2Type1,
)
from .invoice_full_details_api_model_status_type_3_type_1 import (
    InvoiceFullDetailsApiModelStatusType3Type1,
)
from .invoice_gateway_api_model import InvoiceGatewayApiModel
from .invoice_item_api_model import InvoiceItemApiModel
from .invoice_payment_api_model import InvoicePaymentApiModel
from .invoice_recurring_api_model import InvoiceRecurringApiModel

_InvoiceFullDetailsApiModelStatusType1_BY_VALUE: dict[
    Any, InvoiceFullDetailsApiModelStatusType1
] = {m.value: m for m in InvoiceFullDetailsApiModelStatusType1}
_InvoiceFullDetailsApiModelStatusType2Type1_BY_VALUE: dict[
    Any, InvoiceFullDetailsApiModelStatusType2Type1
] = {m.value: m for m in InvoiceFullDetailsApiModelStatusType2Type1}
_InvoiceFullDetailsApiModelStatusType3Type1_BY_VALUE: dict[
    Any, InvoiceFullDetailsApiModelStatusType3Type1
] = {m.value: m for m in InvoiceFullDetailsApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "AccessToken",
        "Activities",
        "Attachments",
        "Client",
        "ClonedFromId",
        "Currency",
        "DiscountAmount",
        "Duedate",
        "EnablePartialPayments",
        "Id",
        "InvoiceCategoryId",
        "IssuedOn",
        "Items",
        "Notes",
        "Number",
        "PaymentGateways",
        "Payments",
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
class InvoiceFullDetailsApiModel:
    """The InvoiceFullDetailsApiModel object.

    Attributes:
        access_token (None | str | Unset)
        activities (list[InvoiceActivityApiModel] | None | Unset)
        attachments (list[InvoiceAttachmentApiModel] | None | Unset)
        client (ClientDetailsApiModel | None | Unset)
        cloned_from_id (int | None | Unset)
        currency (CurrencyDetailsApiModel | None | Unset)
        discount_amount (float | None | Unset)
        duedate (datetime.datetime | None | Unset)
        enable_partial_payments (bool | None | Unset)
        id (int | None | Unset)
        invoice_category_id (int | None | Unset)
        issued_on (datetime.datetime | None | Unset)
        items (list[InvoiceItemApiModel] | None | Unset)
        notes (None | str | Unset)
        number (None | str | Unset)
        payment_gateways (list[InvoiceGatewayApiModel] | None | Unset)
        payments (list[InvoicePaymentApiModel] | None | Unset)
        po_number (None | str | Unset)
        recurring_profile (InvoiceRecurringApiModel | None | Unset)
        recurring_profile_id (int | None | Unset)
        should_send_reminders (bool | None | Unset)
        status (InvoiceFullDetailsApiModelStatusType1 |
        InvoiceFullDetailsApiModelStatusType2Type1 | InvoiceFullDetailsApiModelStatusType3Type1 |
        None | Unset)
        sub_total_amount (float | None | Unset)
        tax_amount (float | None | Unset)
        terms (None | str | Unset)
        total_amount (float | None | Unset)
    """

    access_token: None | str | Unset = UNSET
    activities: list[InvoiceActivityApiModel] | None | Unset = UNSET
    attachments: list[InvoiceAttachmentApiModel] | None | Unset = UNSET
    client: ClientDetailsApiModel | None | Unset = UNSET
    cloned_from_id: int | None | Unset = UNSET
    currency: CurrencyDetailsApiModel | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    duedate: datetime.datetime | None | Unset = UNSET
    enable_partial_payments: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    invoice_category_id: int | None | Unset = UNSET
    issued_on: datetime.datetime | None | Unset = UNSET
    items: list[InvoiceItemApiModel] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    payment_gateways: list[InvoiceGatewayApiModel] | None | Unset = UNSET
    payments: list[InvoicePaymentApiModel] | None | Unset = UNSET
    po_number: None | str | Unset = UNSET
    recurring_profile: InvoiceRecurringApiModel | None | Unset = UNSET
    recurring_profile_id: int | None | Unset = UNSET
    should_send_reminders: bool | None | Unset = UNSET
    status: (
        InvoiceFullDetailsApiModelStatusType1
        | InvoiceFullDetailsApiModelStatusType2Type1
        | InvoiceFullDetailsApiModelStatusType3Type1
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
        _activities = self.activities
        if not isinstance(_activities, Unset):
            _value30 = _activities
            if isinstance(_value30, list):
                field_dict["Activities"] = [_item31.to_dict() for _item31 in _value30]
            else:
                field_dict["Activities"] = _value30
        _attachments = self.attachments
        if not isinstance(_attachments, Unset):
            _value32 = _attachments
            if isinstance(_value32, list):
                field_dict["Attachments"] = [_item33.to_dict() for _item33 in _value32]
            else:
                field_dict["Attachments"] = _value32
        _client = self.client
        if not isinstance(_client, Unset):
            _value34 = _client
            if isinstance(_value34, ClientDetailsApiModel):
                field_dict["Client"] = _value34.to_dict()
            else:
                field_dict["Client"] = _value34
        _cloned_from_id = self.cloned_from_id
        if not isinstance(_cloned_from_id, Unset):
            field_dict["ClonedFromId"] = _cloned_from_id
        _currency = self.currency
        if not isinstance(_currency, Unset):
            _value35 = _currency
            if isinstance(_value35, CurrencyDetailsApiModel):
                field_dict["Currency"] = _value35.to_dict()
            else:
                field_dict["Currency"] = _value35
        _discount_amount = self.discount_amount
        if not isinstance(_discount_amount, Unset):
            field_dict["DiscountAmount"] = _discount_amount
        _duedate = self.duedate
        if not isinstance(_duedate, Unset):
            _value36 = _duedate
            if isinstance(_value36, datetime.datetime):
                field_dict["Duedate"] = _value36.isoformat()
            else:
                field_dict["Duedate"] = _value36
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
            _value37 = _issued_on
            if isinstance(_value37, datetime.datetime):
                field_dict["IssuedOn"] = _value37.isoformat()
            else:
                field_dict["IssuedOn"] = _value37
        _items = self.items
        if not isinstance(_items, Unset):
            _value38 = _items
            if isinstance(_value38, list):
                field_dict["Items"] = [_item39.to_dict() for _item39 in _value38]
            else:
                field_dict["Items"] = _value38
        _notes = self.notes
        if not isinstance(_notes, Unset):
            field_dict["Notes"] = _notes
        _number = self.number
        if not isinstance(_number, Unset):
            field_dict["Number"] = _number
        _payment_gateways = self.payment_gateways
        if not isinstance(_payment_gateways, Unset):
            _value40 = _payment_gateways
            if isinstance(_value40, list):
                field_dict["PaymentGateways"] = [
                    _item41.to_dict() for _item41 in _value40
                ]
            else:
                field_dict["PaymentGateways"] = _value40
        _payments = self.payments
        if not isinstance(_payments, Unset):
            _value42 = _payments
            if isinstance(_value42, list):
                field_dict["Payments"] = [_item43.to_dict() for _item43 in _value42]
            else:
                field_dict["Payments"] = _value42
        _po_number = self.po_number
        if not isinstance(_po_number, Unset):
            field_dict["PoNumber"] = _po_number
        _recurring_profile = self.recurring_profile
        if not isinstance(_recurring_profile, Unset):
            _value44 = _recurring_profile
            if isinstance(_value44, InvoiceRecurringApiModel):
                field_dict["RecurringProfile"] = _value44.to_dict()
            else:
                field_dict["RecurringProfile"] = _value44
        _recurring_profile_id = self.recurring_profile_id
        if not isinstance(_recurring_profile_id, Unset):
            field_dict["RecurringProfileId"] = _recurring_profile_id
        _should_send_reminders = self.should_send_reminders
        if not isinstance(_should_send_reminders, Unset):
            field_dict["ShouldSendReminders"] = _should_send_reminders
        _status = self.status
        if not isinstance(_status, Unset):
            _value45 = _status
            if isinstance(_value45, InvoiceFullDetailsApiModelStatusType1):
                field_dict["Status"] = (
                    _value45.value
                    if isinstance(_value45, InvoiceFullDetailsApiModelStatusType1)
                    else _value45
                )
            elif isinstance(_value45, InvoiceFullDetailsApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value45.value
                    if isinstance(_value45, InvoiceFullDetailsApiModelStatusType2Type1)
                    else _value45
                )
            elif isinstance(_value45, InvoiceFullDetailsApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value45.value
                    if isinstance(_value45, InvoiceFullDetailsApiModelStatusType3Type1)
                    else _value45
                )
            else:
                field_dict["Status"] = _value45
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
        _activities = get("Activities", UNSET)
        if _activities is UNSET:
            activities = UNSET
        else:
            if _activities is None:
                activities = None
            else:
                activities = _activities
                if isinstance(_activities, list):
                    try:
                        _converted2 = [
                            InvoiceActivityApiModel.from_dict(_item3)
                            for _item3 in _activities
                        ]
                        activities = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _attachments = get("Attachments", UNSET)
        if _attachments is UNSET:
            attachments = UNSET
        else:
            if _attachments is None:
                attachments = None
            else:
                attachments = _attachments
                if isinstance(_attachments, list):
                    try:
                        _converted5 = [
                            InvoiceAttachmentApiModel.from_dict(_item6)
                            for _item6 in _attachments
                        ]
                        attachments = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
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
                        _converted8 = ClientDetailsApiModel.from_dict(_client)
                        client = _converted8
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
                        _converted10 = CurrencyDetailsApiModel.from_dict(_currency)
                        currency = _converted10
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
                        _converted12 = datetime.datetime.fromisoformat(_duedate)
                        duedate = _converted12
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
                        _converted14 = datetime.datetime.fromisoformat(_issued_on)
                        issued_on = _converted14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _items = get("Items", UNSET)
        if _items is UNSET:
            items = UNSET
        else:
            if _items is None:
                items = None
            else:
                items = _items
                if isinstance(_items, list):
                    try:
                        _converted16 = [
                            InvoiceItemApiModel.from_dict(_item17) for _item17 in _items
                        ]
                        items = _converted16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        notes = get("Notes", UNSET)
        number = get("Number", UNSET)
        _payment_gateways = get("PaymentGateways", UNSET)
        if _payment_gateways is UNSET:
            payment_gateways = UNSET
        else:
            if _payment_gateways is None:
                payment_gateways = None
            else:
                payment_gateways = _payment_gateways
                if isinstance(_payment_gateways, list):
                    try:
                        _converted19 = [
                            InvoiceGatewayApiModel.from_dict(_item20)
                            for _item20 in _payment_gateways
                        ]
                        payment_gateways = _converted19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _payments = get("Payments", UNSET)
        if _payments is UNSET:
            payments = UNSET
        else:
            if _payments is None:
                payments = None
            else:
                payments = _payments
                if isinstance(_payments, list):
                    try:
                        _converted22 = [
                            InvoicePaymentApiModel.from_dict(_item23)
                            for _item23 in _payments
                        ]
                        payments = _converted22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
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
                        _converted25 = InvoiceRecurringApiModel.from_dict(
                            _recurring_profile
                        )
                        recurring_profile = _converted25
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
                _done26 = False
                if not _done26 and isinstance(_status, str):
                    try:
                        _converted27 = _InvoiceFullDetailsApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted27
                        _done26 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done26 and isinstance(_status, str):
                    try:
                        _converted28 = (
                            _InvoiceFullDetailsApiModelStatusType2Type1_BY_VALUE[
                                _status
                            ]
                        )
                        status = _converted28
                        _done26 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done26 and isinstance(_status, str):
                    try:
                        _converted29 = (
                            _InvoiceFullDetailsApiModelStatusType3Type1_BY_VALUE[
                                _status
                            ]
                        )
                        status = _converted29
                        _done26 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done26:
                    note_unknown_enum_value(
                        InvoiceFullDetailsApiModelStatusType1, _status
                    )
        sub_total_amount = get("SubTotalAmount", UNSET)
        tax_amount = get("TaxAmount", UNSET)
        terms = get("Terms", UNSET)
        total_amount = get("TotalAmount", UNSET)
        obj = cls(
            access_token,
            activities,
            attachments,
            client,
            cloned_from_id,
            currency,
            discount_amount,
            duedate,
            enable_partial_payments,
            id,
            invoice_category_id,
            issued_on,
            items,
            notes,
            number,
            payment_gateways,
            payments,
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
        if len(src_dict) > 26 or not _FIELDS.issuperset(src_dict):
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
