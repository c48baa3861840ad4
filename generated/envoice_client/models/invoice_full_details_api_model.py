from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_full_details_api_model_status_type_1 import (
    InvoiceFullDetailsApiModelStatusType1,
)
from ..models.invoice_full_details_api_model_status_type_2_type_1 import (
    InvoiceFullDetailsApiModelStatusType2Type1,
)
from ..models.invoice_full_details_api_model_status_type_3_type_1 import (
    InvoiceFullDetailsApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_details_api_model import ClientDetailsApiModel
    from ..models.currency_details_api_model import CurrencyDetailsApiModel
    from ..models.invoice_activity_api_model import InvoiceActivityApiModel
    from ..models.invoice_attachment_api_model import InvoiceAttachmentApiModel
    from ..models.invoice_gateway_api_model import InvoiceGatewayApiModel
    from ..models.invoice_item_api_model import InvoiceItemApiModel
    from ..models.invoice_payment_api_model import InvoicePaymentApiModel
    from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel


T = TypeVar("T", bound="InvoiceFullDetailsApiModel")


@_attrs_define
class InvoiceFullDetailsApiModel:
    """
    Attributes:
        access_token (None | str | Unset):
        activities (list[InvoiceActivityApiModel] | None | Unset):
        attachments (list[InvoiceAttachmentApiModel] | None | Unset):
        client (ClientDetailsApiModel | None | Unset):
        cloned_from_id (int | None | Unset):
        currency (CurrencyDetailsApiModel | None | Unset):
        discount_amount (float | None | Unset):
        duedate (datetime.datetime | None | Unset):
        enable_partial_payments (bool | None | Unset):
        id (int | None | Unset):
        invoice_category_id (int | None | Unset):
        issued_on (datetime.datetime | None | Unset):
        items (list[InvoiceItemApiModel] | None | Unset):
        notes (None | str | Unset):
        number (None | str | Unset):
        payment_gateways (list[InvoiceGatewayApiModel] | None | Unset):
        payments (list[InvoicePaymentApiModel] | None | Unset):
        po_number (None | str | Unset):
        recurring_profile (InvoiceRecurringApiModel | None | Unset):
        recurring_profile_id (int | None | Unset):
        should_send_reminders (bool | None | Unset):
        status (InvoiceFullDetailsApiModelStatusType1 | InvoiceFullDetailsApiModelStatusType2Type1 |
            InvoiceFullDetailsApiModelStatusType3Type1 | None | Unset):
        sub_total_amount (float | None | Unset):
        tax_amount (float | None | Unset):
        terms (None | str | Unset):
        total_amount (float | None | Unset):
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
        from ..models.client_details_api_model import ClientDetailsApiModel
        from ..models.currency_details_api_model import CurrencyDetailsApiModel
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        activities: list[dict[str, Any]] | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        elif isinstance(self.activities, list):
            activities = []
            for activities_type_0_item_data in self.activities:
                activities_type_0_item = activities_type_0_item_data.to_dict()
                activities.append(activities_type_0_item)

        else:
            activities = self.activities

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

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

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

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

        payment_gateways: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_gateways, Unset):
            payment_gateways = UNSET
        elif isinstance(self.payment_gateways, list):
            payment_gateways = []
            for payment_gateways_type_0_item_data in self.payment_gateways:
                payment_gateways_type_0_item = (
                    payment_gateways_type_0_item_data.to_dict()
                )
                payment_gateways.append(payment_gateways_type_0_item)

        else:
            payment_gateways = self.payment_gateways

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

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
            isinstance(self.status, InvoiceFullDetailsApiModelStatusType1)
            or isinstance(self.status, InvoiceFullDetailsApiModelStatusType2Type1)
            or isinstance(self.status, InvoiceFullDetailsApiModelStatusType3Type1)
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
        if activities is not UNSET:
            field_dict["Activities"] = activities
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
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
        if items is not UNSET:
            field_dict["Items"] = items
        if notes is not UNSET:
            field_dict["Notes"] = notes
        if number is not UNSET:
            field_dict["Number"] = number
        if payment_gateways is not UNSET:
            field_dict["PaymentGateways"] = payment_gateways
        if payments is not UNSET:
            field_dict["Payments"] = payments
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
        from ..models.invoice_activity_api_model import InvoiceActivityApiModel
        from ..models.invoice_attachment_api_model import InvoiceAttachmentApiModel
        from ..models.invoice_gateway_api_model import InvoiceGatewayApiModel
        from ..models.invoice_item_api_model import InvoiceItemApiModel
        from ..models.invoice_payment_api_model import InvoicePaymentApiModel
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_token = _parse_access_token(d.pop("AccessToken", UNSET))

        def _parse_activities(
            data: object,
        ) -> list[InvoiceActivityApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                activities_type_0 = []
                _activities_type_0 = data
                for activities_type_0_item_data in _activities_type_0:
                    activities_type_0_item = InvoiceActivityApiModel.from_dict(
                        activities_type_0_item_data
                    )

                    activities_type_0.append(activities_type_0_item)

                return activities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceActivityApiModel] | None | Unset, data)

        activities = _parse_activities(d.pop("Activities", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[InvoiceAttachmentApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = InvoiceAttachmentApiModel.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceAttachmentApiModel] | None | Unset, data)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

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

        def _parse_items(data: object) -> list[InvoiceItemApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = InvoiceItemApiModel.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceItemApiModel] | None | Unset, data)

        items = _parse_items(d.pop("Items", UNSET))

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

        def _parse_payment_gateways(
            data: object,
        ) -> list[InvoiceGatewayApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_gateways_type_0 = []
                _payment_gateways_type_0 = data
                for payment_gateways_type_0_item_data in _payment_gateways_type_0:
                    payment_gateways_type_0_item = InvoiceGatewayApiModel.from_dict(
                        payment_gateways_type_0_item_data
                    )

                    payment_gateways_type_0.append(payment_gateways_type_0_item)

                return payment_gateways_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceGatewayApiModel] | None | Unset, data)

        payment_gateways = _parse_payment_gateways(d.pop("PaymentGateways", UNSET))

        def _parse_payments(
            data: object,
        ) -> list[InvoicePaymentApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = InvoicePaymentApiModel.from_dict(
                        payments_type_0_item_data
                    )

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePaymentApiModel] | None | Unset, data)

        payments = _parse_payments(d.pop("Payments", UNSET))

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
            InvoiceFullDetailsApiModelStatusType1
            | InvoiceFullDetailsApiModelStatusType2Type1
            | InvoiceFullDetailsApiModelStatusType3Type1
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
                status_type_1 = InvoiceFullDetailsApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = InvoiceFullDetailsApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = InvoiceFullDetailsApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceFullDetailsApiModelStatusType1
                | InvoiceFullDetailsApiModelStatusType2Type1
                | InvoiceFullDetailsApiModelStatusType3Type1
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

        invoice_full_details_api_model = cls(
            access_token=access_token,
            activities=activities,
            attachments=attachments,
            client=client,
            cloned_from_id=cloned_from_id,
            currency=currency,
            discount_amount=discount_amount,
            duedate=duedate,
            enable_partial_payments=enable_partial_payments,
            id=id,
            invoice_category_id=invoice_category_id,
            issued_on=issued_on,
            items=items,
            notes=notes,
            number=number,
            payment_gateways=payment_gateways,
            payments=payments,
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

        invoice_full_details_api_model.additional_properties = d
        return invoice_full_details_api_model

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
