from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_create_api_model_status_type_1 import (
    InvoiceCreateApiModelStatusType1,
)
from ..models.invoice_create_api_model_status_type_2_type_1 import (
    InvoiceCreateApiModelStatusType2Type1,
)
from ..models.invoice_create_api_model_status_type_3_type_1 import (
    InvoiceCreateApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_create_attachment_api_model import (
        InvoiceCreateAttachmentApiModel,
    )
    from ..models.invoice_create_item_api_model import InvoiceCreateItemApiModel
    from ..models.invoice_gateway_api_model import InvoiceGatewayApiModel
    from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel


T = TypeVar("T", bound="InvoiceCreateApiModel")


@_attrs_define
class InvoiceCreateApiModel:
    """
    Attributes:
        attachments (list[InvoiceCreateAttachmentApiModel] | None | Unset):
        client_id (int | None | Unset):
        cloned_from_id (int | None | Unset):
        currency_id (int | None | Unset):
        duedate (datetime.datetime | None | Unset):
        invoice_category_id (int | None | Unset):
        issued_on (datetime.datetime | None | Unset):
        items (list[InvoiceCreateItemApiModel] | None | Unset):
        notes (None | str | Unset):
        number (None | str | Unset):
        payment_gateways (list[InvoiceGatewayApiModel] | None | Unset):
        po_number (None | str | Unset):
        recurring_profile (InvoiceRecurringApiModel | None | Unset):
        recurring_profile_id (int | None | Unset):
        should_send_reminders (bool | None | Unset):
        status (InvoiceCreateApiModelStatusType1 | InvoiceCreateApiModelStatusType2Type1 |
            InvoiceCreateApiModelStatusType3Type1 | None | Unset):
        terms (None | str | Unset):
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
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

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

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        cloned_from_id: int | None | Unset
        if isinstance(self.cloned_from_id, Unset):
            cloned_from_id = UNSET
        else:
            cloned_from_id = self.cloned_from_id

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        elif isinstance(self.duedate, datetime.datetime):
            duedate = self.duedate.isoformat()
        else:
            duedate = self.duedate

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
            isinstance(self.status, InvoiceCreateApiModelStatusType1)
            or isinstance(self.status, InvoiceCreateApiModelStatusType2Type1)
            or isinstance(self.status, InvoiceCreateApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if client_id is not UNSET:
            field_dict["ClientId"] = client_id
        if cloned_from_id is not UNSET:
            field_dict["ClonedFromId"] = cloned_from_id
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if duedate is not UNSET:
            field_dict["Duedate"] = duedate
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
        if terms is not UNSET:
            field_dict["Terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_create_attachment_api_model import (
            InvoiceCreateAttachmentApiModel,
        )
        from ..models.invoice_create_item_api_model import InvoiceCreateItemApiModel
        from ..models.invoice_gateway_api_model import InvoiceGatewayApiModel
        from ..models.invoice_recurring_api_model import InvoiceRecurringApiModel

        d = dict(src_dict)

        def _parse_attachments(
            data: object,
        ) -> list[InvoiceCreateAttachmentApiModel] | None | Unset:
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
                    attachments_type_0_item = InvoiceCreateAttachmentApiModel.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceCreateAttachmentApiModel] | None | Unset, data)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("ClientId", UNSET))

        def _parse_cloned_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloned_from_id = _parse_cloned_from_id(d.pop("ClonedFromId", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        currency_id = _parse_currency_id(d.pop("CurrencyId", UNSET))

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

        def _parse_items(
            data: object,
        ) -> list[InvoiceCreateItemApiModel] | None | Unset:
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
                    items_type_0_item = InvoiceCreateItemApiModel.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceCreateItemApiModel] | None | Unset, data)

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
            InvoiceCreateApiModelStatusType1
            | InvoiceCreateApiModelStatusType2Type1
            | InvoiceCreateApiModelStatusType3Type1
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
                status_type_1 = InvoiceCreateApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = InvoiceCreateApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = InvoiceCreateApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceCreateApiModelStatusType1
                | InvoiceCreateApiModelStatusType2Type1
                | InvoiceCreateApiModelStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("Terms", UNSET))

        invoice_create_api_model = cls(
            attachments=attachments,
            client_id=client_id,
            cloned_from_id=cloned_from_id,
            currency_id=currency_id,
            duedate=duedate,
            invoice_category_id=invoice_category_id,
            issued_on=issued_on,
            items=items,
            notes=notes,
            number=number,
            payment_gateways=payment_gateways,
            po_number=po_number,
            recurring_profile=recurring_profile,
            recurring_profile_id=recurring_profile_id,
            should_send_reminders=should_send_reminders,
            status=status,
            terms=terms,
        )

        invoice_create_api_model.additional_properties = d
        return invoice_create_api_model

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
