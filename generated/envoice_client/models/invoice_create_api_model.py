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
from .invoice_create_api_model_status_type_1 import InvoiceCreateApiModelStatusType1
from .invoice_create_api_model_status_type_2_type_1 import (
    InvoiceCreateApiModelStatusType2Type1,
)
from .invoice_create_api_model_status_type_3_type_1 import (
    InvoiceCreateApiModelStatusType3Type1,
)
from .invoice_create_attachment_api_model import InvoiceCreateAttachmentApiModel
from .invoice_create_item_api_model import InvoiceCreateItemApiModel
from .invoice_gateway_api_model import InvoiceGatewayApiModel
from .invoice_recurring_api_model import InvoiceRecurringApiModel

_InvoiceCreateApiModelStatusType1_BY_VALUE: dict[
    Any, InvoiceCreateApiModelStatusType1
] = {m.value: m for m in InvoiceCreateApiModelStatusType1}
_InvoiceCreateApiModelStatusType2Type1_BY_VALUE: dict[
    Any, InvoiceCreateApiModelStatusType2Type1
] = {m.value: m for m in InvoiceCreateApiModelStatusType2Type1}
_InvoiceCreateApiModelStatusType3Type1_BY_VALUE: dict[
    Any, InvoiceCreateApiModelStatusType3Type1
] = {m.value: m for m in InvoiceCreateApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "Attachments",
        "ClientId",
        "ClonedFromId",
        "CurrencyId",
        "Duedate",
        "InvoiceCategoryId",
        "IssuedOn",
        "Items",
        "Notes",
        "Number",
        "PaymentGateways",
        "PoNumber",
        "RecurringProfile",
        "RecurringProfileId",
        "ShouldSendReminders",
        "Status",
        "Terms",
    }
)


@_attrs_define
class InvoiceCreateApiModel:
    """The InvoiceCreateApiModel object.

    Attributes:
        attachments (list[InvoiceCreateAttachmentApiModel] | None | Unset)
        client_id (int | None | Unset)
        cloned_from_id (int | None | Unset)
        currency_id (int | None | Unset)
        duedate (datetime.datetime | None | Unset)
        invoice_category_id (int | None | Unset)
        issued_on (datetime.datetime | None | Unset)
        items (list[InvoiceCreateItemApiModel] | None | Unset)
        notes (None | str | Unset)
        number (None | str | Unset)
        payment_gateways (list[InvoiceGatewayApiModel] | None | Unset)
        po_number (None | str | Unset)
        recurring_profile (InvoiceRecurringApiModel | None | Unset)
        recurring_profile_id (int | None | Unset)
        should_send_reminders (bool | None | Unset)
        status (InvoiceCreateApiModelStatusType1 | InvoiceCreateApiModelStatusType2Type1 |
        InvoiceCreateApiModelStatusType3Type1 | None | Unset)
        terms (None | str | Unset)
    """

    attachments: list[InvoiceCreateAttachmentApiModel] | None | Unset = UNSET
    client_id: int | None | Unset = UNSET
    cloned_from_id: int | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    duedate: datetime.datetime | None | Unset = UNSET
    invoice_category_id: int | None | Unset = UNSET
    issued_on: datetime.datetime | None | Unset = UNSET
    items: list[InvoiceCreateItemApiModel] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    payment_gateways: list[InvoiceGatewayApiModel] | None | Unset = UNSET
    po_number: None | str | Unset = UNSET
    recurring_profile: InvoiceRecurringApiModel | None | Unset = UNSET
    recurring_profile_id: int | None | Unset = UNSET
    should_send_reminders: bool | None | Unset = UNSET
    status: (
        InvoiceCreateApiModelStatusType1
        | InvoiceCreateApiModelStatusType2Type1
        | InvoiceCreateApiModelStatusType3Type1
        | None
        | Unset
    ) = UNSET
    terms: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _attachments = self.attachments
        if not isinstance(_attachments, Unset):
            _value20 = _attachments
            if isinstance(_value20, list):
                field_dict["Attachments"] = [_item21.to_dict() for _item21 in _value20]
            else:
                field_dict["Attachments"] = _value20
        _client_id = self.client_id
        if not isinstance(_client_id, Unset):
            field_dict["ClientId"] = _client_id
        _cloned_from_id = self.cloned_from_id
        if not isinstance(_cloned_from_id, Unset):
            field_dict["ClonedFromId"] = _cloned_from_id
        _currency_id = self.currency_id
        if not isinstance(_currency_id, Unset):
            field_dict["CurrencyId"] = _currency_id
        _duedate = self.duedate
        if not isinstance(_duedate, Unset):
            _value22 = _duedate
            if isinstance(_value22, datetime.datetime):
                field_dict["Duedate"] = _value22.isoformat()
            else:
                field_dict["Duedate"] = _value22
        _invoice_category_id = self.invoice_category_id
        if not isinstance(_invoice_category_id, Unset):
            field_dict["InvoiceCategoryId"] = _invoice_category_id
        _issued_on = self.issued_on
        if not isinstance(_issued_on, Unset):
            _value23 = _issued_on
            if isinstance(_value23, datetime.datetime):
                field_dict["IssuedOn"] = _value23.isoformat()
            else:
                field_dict["IssuedOn"] = _value23
        _items = self.items
        if not isinstance(_items, Unset):
            _value24 = _items
            if isinstance(_value24, list):
                field_dict["Items"] = [_item25.to_dict() for _item25 in _value24]
            else:
                field_dict["Items"] = _value24
        _notes = self.notes
        if not isinstance(_notes, Unset):
            field_dict["Notes"] = _notes
        _number = self.number
        if not isinstance(_number, Unset):
            field_dict["Number"] = _number
        _payment_gateways = self.payment_gateways
        if not isinstance(_payment_gateways, Unset):
            _value26 = _payment_gateways
            if isinstance(_value26, list):
                field_dict["PaymentGateways"] = [
                    _item27.to_dict() for _item27 in _value26
                ]
            else:
                field_dict["PaymentGateways"] = _value26
        _po_number = self.po_number
        if not isinstance(_po_number, Unset):
            field_dict["PoNumber"] = _po_number
        _recurring_profile = self.recurring_profile
        if not isinstance(_recurring_profile, Unset):
            _value28 = _recurring_profile
            if isinstance(_value28, InvoiceRecurringApiModel):
                field_dict["RecurringProfile"] = _value28.to_dict()
            else:
                field_dict["RecurringProfile"] = _value28
        _recurring_profile_id = self.recurring_profile_id
        if not isinstance(_recurring_profile_id, Unset):
            field_dict["RecurringProfileId"] = _recurring_profile_id
        _should_send_reminders = self.should_send_reminders
        if not isinstance(_should_send_reminders, Unset):
            field_dict["ShouldSendReminders"] = _should_send_reminders
        _status = self.status
        if not isinstance(_status, Unset):
            _value29 = _status
            if isinstance(_value29, InvoiceCreateApiModelStatusType1):
                field_dict["Status"] = (
                    _value29.value
                    if isinstance(_value29, InvoiceCreateApiModelStatusType1)
                    else _value29
                )
            elif isinstance(_value29, InvoiceCreateApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value29.value
                    if isinstance(_value29, InvoiceCreateApiModelStatusType2Type1)
                    else _value29
                )
            elif isinstance(_value29, InvoiceCreateApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value29.value
                    if isinstance(_value29, InvoiceCreateApiModelStatusType3Type1)
                    else _value29
                )
            else:
                field_dict["Status"] = _value29
        _terms = self.terms
        if not isinstance(_terms, Unset):
            field_dict["Terms"] = _terms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
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
                        _converted2 = [
                            InvoiceCreateAttachmentApiModel.from_dict(_item3)
                            for _item3 in _attachments
                        ]
                        attachments = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        client_id = get("ClientId", UNSET)
        cloned_from_id = get("ClonedFromId", UNSET)
        currency_id = get("CurrencyId", UNSET)
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
                        _converted5 = datetime.datetime.fromisoformat(_duedate)
                        duedate = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
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
                        _converted7 = datetime.datetime.fromisoformat(_issued_on)
                        issued_on = _converted7
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
                        _converted9 = [
                            InvoiceCreateItemApiModel.from_dict(_item10)
                            for _item10 in _items
                        ]
                        items = _converted9
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
                        _converted12 = [
                            InvoiceGatewayApiModel.from_dict(_item13)
                            for _item13 in _payment_gateways
                        ]
                        payment_gateways = _converted12
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
                        _converted15 = InvoiceRecurringApiModel.from_dict(
                            _recurring_profile
                        )
                        recurring_profile = _converted15
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
                _done16 = False
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted17 = _InvoiceCreateApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted17
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted18 = _InvoiceCreateApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted18
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16 and isinstance(_status, str):
                    try:
                        _converted19 = _InvoiceCreateApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted19
                        _done16 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done16:
                    note_unknown_enum_value(InvoiceCreateApiModelStatusType1, _status)
        terms = get("Terms", UNSET)
        obj = cls(
            attachments,
            client_id,
            cloned_from_id,
            currency_id,
            duedate,
            invoice_category_id,
            issued_on,
            items,
            notes,
            number,
            payment_gateways,
            po_number,
            recurring_profile,
            recurring_profile_id,
            should_send_reminders,
            status,
            terms,
        )
        if len(src_dict) > 17 or not _FIELDS.issuperset(src_dict):
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
