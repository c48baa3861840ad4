from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_details_api_model_status_type_1 import (
    InvoiceDetailsApiModelStatusType1,
)
from ..models.invoice_details_api_model_status_type_2_type_1 import (
    InvoiceDetailsApiModelStatusType2Type1,
)
from ..models.invoice_details_api_model_status_type_3_type_1 import (
    InvoiceDetailsApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_details_api_model import ClientDetailsApiModel
    from ..models.currency_details_api_model import CurrencyDetailsApiModel
    from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel


T = TypeVar("T", bound="InvoiceDetailsApiModel")


@_attrs_define
class InvoiceDetailsApiModel:
    """
    Attributes:
        access_token (None | str | Unset):
        client (ClientDetailsApiModel | None | Unset):
        cloned_from_id (int | None | Unset):
        currency (CurrencyDetailsApiModel | None | Unset):
        discount_amount (float | None | Unset):
        duedate (datetime.datetime | None | Unset):
        enable_partial_payments (bool | None | Unset):
        id (int | None | Unset):
        invoice_category_id (int | None | Unset):
        issued_on (datetime.datetime | None | Unset):
        notes (None | str | Unset):
        number (None | str | Unset):
        po_number (None | str | Unset):
        recurring_profile (InvoiceRecurringApiModel | None | Unset):
        recurring_profile_id (int | None | Unset):
        should_send_reminders (bool | None | Unset):
        status (InvoiceDetailsApiModelStatusType1 | InvoiceDetailsApiModelStatusType2Type1 |
            InvoiceDetailsApiModelStatusType3Type1 | None | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset):
        terms (None | str | Unset):
        total_amount (float | None | Unset):
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
        from ..models.client_details_api_model import ClientDetailsApiModel
        from ..models.currency_details_api_model import CurrencyDetailsApiModel
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, ClientDetailsApiModel):
            client = self.client.to_dict()
        else:
            client = self.client

        cloned_from_id: int | None | Unset
        if isinstance(self.cloned_from_id, Unset):
            cloned_from_id = UNSET
        else:
            cloned_from_id = self.cloned_from_id

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyDetailsApiModel):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        elif isinstance(self.duedate, datetime.datetime):
            duedate = self.duedate.isoformat()
        else:
            duedate = self.duedate

        enable_partial_payments: bool | None | Unset
        if isinstance(self.enable_partial_payments, Unset):
            enable_partial_payments = UNSET
        else:
            enable_partial_payments = self.enable_partial_payments

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        invoice_category_id: int | None | Unset
        if isinstance(self.invoice_category_id, Unset):
            invoice_category_id = UNSET
        else:
            invoice_category_id = self.invoice_category_id

        issued_on: None | str | Unset
        if isinstance(self.issued_on, Unset):
            issued_on = UNSET
        elif isinstance(self.issued_on, datetime.datetime):
            issued_on = self.issued_on.isoformat()
        else:
            issued_on = self.issued_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        recurring_profile: dict[str, Any] | None | Unset
        if isinstance(self.recurring_profile, Unset):
            recurring_profile = UNSET
        elif isinstance(self.recurring_profile, InvoiceRecurringApiModel):
            recurring_profile = self.recurring_profile.to_dict()
        else:
            recurring_profile = self.recurring_profile

        recurring_profile_id: int | None | Unset
        if isinstance(self.recurring_profile_id, Unset):
            recurring_profile_id = UNSET
        else:
            recurring_profile_id = self.recurring_profile_id

        should_send_reminders: bool | None | Unset
        if isinstance(self.should_send_reminders, Unset):
            should_send_reminders = UNSET
        else:
            should_send_reminders = self.should_send_reminders

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, InvoiceDetailsApiModelStatusType1)
            or isinstance(self.status, InvoiceDetailsApiModelStatusType2Type1)
            or isinstance(self.status, InvoiceDetailsApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        sub_total_amount: float | None | Unset
        if isinstance(self.sub_total_amount, Unset):
            sub_total_amount = UNSET
        else:
            sub_total_amount = self.sub_total_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["AccessToken"] = access_token
        if client is not UNSET:
            field_dict["Client"] = client
        if cloned_from_id is not UNSET:
            field_dict["ClonedFromId"] = cloned_from_id
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount
        if duedate is not UNSET:
            field_dict["Duedate"] = duedate
        if enable_partial_payments is not UNSET:
            field_dict["EnablePartialPayments"] = enable_partial_payments
        if id is not UNSET:
            field_dict["Id"] = id
        if invoice_category_id is not UNSET:
            field_dict["InvoiceCategoryId"] = invoice_category_id
        if issued_on is not UNSET:
            field_dict["IssuedOn"] = issued_on
        if notes is not UNSET:
            field_dict["Notes"] = notes
        if number is not UNSET:
            field_dict["Number"] = number
        if po_number is not UNSET:
            field_dict["PoNumber"] = po_number
        if recurring_profile is not UNSET:
            field_dict["RecurringProfile"] = recurring_profile
        if recurring_profile_id is not UNSET:
            field_dict["RecurringProfileId"] = recurring_profile_id
        if should_send_reminders is not UNSET:
            field_dict["ShouldSendReminders"] = should_send_reminders
        if status is not UNSET:
            field_dict["Status"] = status
        if sub_total_amount is not UNSET:
            field_dict["SubTotalAmount"] = sub_total_amount
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if terms is not UNSET:
            field_dict["Terms"] = terms
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_details_api_model import ClientDetailsApiModel
        from ..models.currency_details_api_model import CurrencyDetailsApiModel
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("AccessToken", UNSET))

        def _parse_client(data: object) -> ClientDetailsApiModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_0 = ClientDetailsApiModel.from_dict(data)

                return client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientDetailsApiModel | None | Unset, data)

        client = _parse_client(d.pop("Client", UNSET))

        def _parse_cloned_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloned_from_id = _parse_cloned_from_id(d.pop("ClonedFromId", UNSET))

        def _parse_currency(data: object) -> CurrencyDetailsApiModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = CurrencyDetailsApiModel.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurrencyDetailsApiModel | None | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("DiscountAmount", UNSET))

        def _parse_duedate(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                duedate_type_0 = datetime.datetime.fromisoformat(data)

                return duedate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        duedate = _parse_duedate(d.pop("Duedate", UNSET))

        def _parse_enable_partial_payments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_partial_payments = _parse_enable_partial_payments(
            d.pop("EnablePartialPayments", UNSET)
        )

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_invoice_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_category_id = _parse_invoice_category_id(
            d.pop("InvoiceCategoryId", UNSET)
        )

        def _parse_issued_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_on_type_0 = datetime.datetime.fromisoformat(data)

                return issued_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        issued_on = _parse_issued_on(d.pop("IssuedOn", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("Notes", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("Number", UNSET))

        def _parse_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        po_number = _parse_po_number(d.pop("PoNumber", UNSET))

        def _parse_recurring_profile(
            data: object,
        ) -> InvoiceRecurringApiModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurring_profile_type_0 = InvoiceRecurringApiModel.from_dict(data)

                return recurring_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceRecurringApiModel | None | Unset, data)

        recurring_profile = _parse_recurring_profile(d.pop("RecurringProfile", UNSET))

        def _parse_recurring_profile_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recurring_profile_id = _parse_recurring_profile_id(
            d.pop("RecurringProfileId", UNSET)
        )

        def _parse_should_send_reminders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        should_send_reminders = _parse_should_send_reminders(
            d.pop("ShouldSendReminders", UNSET)
        )

        def _parse_status(
            data: object,
        ) -> (
            InvoiceDetailsApiModelStatusType1
            | InvoiceDetailsApiModelStatusType2Type1
            | InvoiceDetailsApiModelStatusType3Type1
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
                status_type_1 = InvoiceDetailsApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = InvoiceDetailsApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = InvoiceDetailsApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceDetailsApiModelStatusType1
                | InvoiceDetailsApiModelStatusType2Type1
                | InvoiceDetailsApiModelStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_sub_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sub_total_amount = _parse_sub_total_amount(d.pop("SubTotalAmount", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("TaxAmount", UNSET))

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("Terms", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("TotalAmount", UNSET))

        invoice_details_api_model = cls(
            access_token=access_token,
            client=client,
            cloned_from_id=cloned_from_id,
            currency=currency,
            discount_amount=discount_amount,
            duedate=duedate,
            enable_partial_payments=enable_partial_payments,
            id=id,
            invoice_category_id=invoice_category_id,
            issued_on=issued_on,
            notes=notes,
            number=number,
            po_number=po_number,
            recurring_profile=recurring_profile,
            recurring_profile_id=recurring_profile_id,
            should_send_reminders=should_send_reminders,
            status=status,
            sub_total_amount=sub_total_amount,
            tax_amount=tax_amount,
            terms=terms,
            total_amount=total_amount,
        )

        invoice_details_api_model.additional_properties = d
        return invoice_details_api_model

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
