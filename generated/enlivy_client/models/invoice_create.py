from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_method import DeliveryMethod
from ..models.invoice_direction import InvoiceDirection
from ..models.invoice_source import InvoiceSource
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_type import InvoiceType
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item_input import InvoiceLineItemInput
    from ..models.invoice_tax_input import InvoiceTaxInput
    from ..models.json_object import JsonObject
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="InvoiceCreate")


@_attrs_define
class InvoiceCreate:
    """Fields of a new invoice. `payment_method`, `delivery_method` and `line_items` are also needed when `source` is
    `internal`.

        Attributes:
            organization_receiver_user_id (str): Organization user to bill; its role must allow being invoiced.
            status (InvoiceStatus): Lifecycle state of an invoice.
            currency (str): ISO 4217 currency code, upper case.
            organization_sender_user_id (str | Unset): Organization user that issues the invoice; its role must allow
                invoicing.
            source (InvoiceSource | Unset): `internal` when Enlivy generates the document, `external` when it was produced
                elsewhere and only recorded (optionally with an uploaded file).
            direction (InvoiceDirection | Unset): `outbound` for invoices the organization issues, `inbound` for ones it
                receives.
            type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note) or a proforma.
            payment_method (PaymentMethod | Unset): How the invoice is (to be) paid.
            delivery_method (DeliveryMethod | Unset): How the invoice reaches the receiver.
            organization_bank_account_id (str | Unset): Bank account to show for payment.
            organization_invoice_prefix_id (str | Unset): Numbering series to use.
            number (str | Unset): Invoice number (external invoices).
            issued_at (datetime.date | Unset): Issue date.
            due_at (datetime.date | Unset): Payment due date.
            paid_at (str | Unset): Payment time, written as `YYYY-MM-DD HH:MM:SS`.
            sub_total (float | Unset): Amount before discount and tax (external invoices).
            discount (float | Unset): Discount amount (external invoices).
            tax_total (float | Unset): Tax amount (external invoices).
            total (float | Unset): Amount due (external invoices).
            taxes (list[InvoiceTaxInput] | Unset): Tax amounts (external invoices).
            line_items (list[InvoiceLineItemInput] | Unset): Invoice lines; required for internal invoices on create.
            note_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to the text in that
                language.
            peppol_project_reference (str | Unset): Project reference for e-invoicing.
            peppol_purchase_order_reference (str | Unset): Buyer's purchase order reference for e-invoicing.
            peppol_sales_order_reference (str | Unset): Seller's sales order reference for e-invoicing.
            receiver_has_custom_identity (bool | Unset): Enter receiver details on the invoice instead of using the user
                record.
            receiver_custom_identity_is_business (bool | Unset): Whether the custom receiver is a business.
            receiver_custom_identity_name (str | Unset): Name of the custom receiver.
            receiver_custom_identity_organization_type (str | Unset): Legal form of the custom receiver.
            receiver_information (JsonObject | Unset): Free-form JSON object whose keys depend on context.
            receiver_country_code (str | Unset): Country of the receiver.
            payment_stripe_account_id (str | Unset): Stripe account that collected the payment.
            payment_stripe_customer_id (str | Unset): Stripe customer that paid.
            payment_stripe_charge_id (str | Unset): Stripe charge of the payment.
            payment_stripe_intent_id (str | Unset): Stripe payment intent of the payment.
            bank_account_payment_qr_types (list[str] | Unset): Payment QR codes to print on the invoice.
    """

    organization_receiver_user_id: str
    status: InvoiceStatus
    currency: str
    organization_sender_user_id: str | Unset = UNSET
    source: InvoiceSource | Unset = UNSET
    direction: InvoiceDirection | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    delivery_method: DeliveryMethod | Unset = UNSET
    organization_bank_account_id: str | Unset = UNSET
    organization_invoice_prefix_id: str | Unset = UNSET
    number: str | Unset = UNSET
    issued_at: datetime.date | Unset = UNSET
    due_at: datetime.date | Unset = UNSET
    paid_at: str | Unset = UNSET
    sub_total: float | Unset = UNSET
    discount: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    total: float | Unset = UNSET
    taxes: list[InvoiceTaxInput] | Unset = UNSET
    line_items: list[InvoiceLineItemInput] | Unset = UNSET
    note_lang_map: LangMap | Unset = UNSET
    peppol_project_reference: str | Unset = UNSET
    peppol_purchase_order_reference: str | Unset = UNSET
    peppol_sales_order_reference: str | Unset = UNSET
    receiver_has_custom_identity: bool | Unset = UNSET
    receiver_custom_identity_is_business: bool | Unset = UNSET
    receiver_custom_identity_name: str | Unset = UNSET
    receiver_custom_identity_organization_type: str | Unset = UNSET
    receiver_information: JsonObject | Unset = UNSET
    receiver_country_code: str | Unset = UNSET
    payment_stripe_account_id: str | Unset = UNSET
    payment_stripe_customer_id: str | Unset = UNSET
    payment_stripe_charge_id: str | Unset = UNSET
    payment_stripe_intent_id: str | Unset = UNSET
    bank_account_payment_qr_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_receiver_user_id = self.organization_receiver_user_id

        status = self.status.value

        currency = self.currency

        organization_sender_user_id = self.organization_sender_user_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        delivery_method: str | Unset = UNSET
        if not isinstance(self.delivery_method, Unset):
            delivery_method = self.delivery_method.value

        organization_bank_account_id = self.organization_bank_account_id

        organization_invoice_prefix_id = self.organization_invoice_prefix_id

        number = self.number

        issued_at: str | Unset = UNSET
        if not isinstance(self.issued_at, Unset):
            issued_at = self.issued_at.isoformat()

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        paid_at = self.paid_at

        sub_total = self.sub_total

        discount = self.discount

        tax_total = self.tax_total

        total = self.total

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        note_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note_lang_map, Unset):
            note_lang_map = self.note_lang_map.to_dict()

        peppol_project_reference = self.peppol_project_reference

        peppol_purchase_order_reference = self.peppol_purchase_order_reference

        peppol_sales_order_reference = self.peppol_sales_order_reference

        receiver_has_custom_identity = self.receiver_has_custom_identity

        receiver_custom_identity_is_business = self.receiver_custom_identity_is_business

        receiver_custom_identity_name = self.receiver_custom_identity_name

        receiver_custom_identity_organization_type = (
            self.receiver_custom_identity_organization_type
        )

        receiver_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver_information, Unset):
            receiver_information = self.receiver_information.to_dict()

        receiver_country_code = self.receiver_country_code

        payment_stripe_account_id = self.payment_stripe_account_id

        payment_stripe_customer_id = self.payment_stripe_customer_id

        payment_stripe_charge_id = self.payment_stripe_charge_id

        payment_stripe_intent_id = self.payment_stripe_intent_id

        bank_account_payment_qr_types: list[str] | Unset = UNSET
        if not isinstance(self.bank_account_payment_qr_types, Unset):
            bank_account_payment_qr_types = self.bank_account_payment_qr_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_receiver_user_id": organization_receiver_user_id,
                "status": status,
                "currency": currency,
            }
        )
        if organization_sender_user_id is not UNSET:
            field_dict["organization_sender_user_id"] = organization_sender_user_id
        if source is not UNSET:
            field_dict["source"] = source
        if direction is not UNSET:
            field_dict["direction"] = direction
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if organization_bank_account_id is not UNSET:
            field_dict["organization_bank_account_id"] = organization_bank_account_id
        if organization_invoice_prefix_id is not UNSET:
            field_dict["organization_invoice_prefix_id"] = (
                organization_invoice_prefix_id
            )
        if number is not UNSET:
            field_dict["number"] = number
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if sub_total is not UNSET:
            field_dict["sub_total"] = sub_total
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if total is not UNSET:
            field_dict["total"] = total
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if note_lang_map is not UNSET:
            field_dict["note_lang_map"] = note_lang_map
        if peppol_project_reference is not UNSET:
            field_dict["peppol_project_reference"] = peppol_project_reference
        if peppol_purchase_order_reference is not UNSET:
            field_dict["peppol_purchase_order_reference"] = (
                peppol_purchase_order_reference
            )
        if peppol_sales_order_reference is not UNSET:
            field_dict["peppol_sales_order_reference"] = peppol_sales_order_reference
        if receiver_has_custom_identity is not UNSET:
            field_dict["receiver_has_custom_identity"] = receiver_has_custom_identity
        if receiver_custom_identity_is_business is not UNSET:
            field_dict["receiver_custom_identity_is_business"] = (
                receiver_custom_identity_is_business
            )
        if receiver_custom_identity_name is not UNSET:
            field_dict["receiver_custom_identity_name"] = receiver_custom_identity_name
        if receiver_custom_identity_organization_type is not UNSET:
            field_dict["receiver_custom_identity_organization_type"] = (
                receiver_custom_identity_organization_type
            )
        if receiver_information is not UNSET:
            field_dict["receiver_information"] = receiver_information
        if receiver_country_code is not UNSET:
            field_dict["receiver_country_code"] = receiver_country_code
        if payment_stripe_account_id is not UNSET:
            field_dict["payment_stripe_account_id"] = payment_stripe_account_id
        if payment_stripe_customer_id is not UNSET:
            field_dict["payment_stripe_customer_id"] = payment_stripe_customer_id
        if payment_stripe_charge_id is not UNSET:
            field_dict["payment_stripe_charge_id"] = payment_stripe_charge_id
        if payment_stripe_intent_id is not UNSET:
            field_dict["payment_stripe_intent_id"] = payment_stripe_intent_id
        if bank_account_payment_qr_types is not UNSET:
            field_dict["bank_account_payment_qr_types"] = bank_account_payment_qr_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_line_item_input import InvoiceLineItemInput
        from ..models.invoice_tax_input import InvoiceTaxInput
        from ..models.json_object import JsonObject
        from ..models.lang_map import LangMap

        d = dict(src_dict)
        organization_receiver_user_id = d.pop("organization_receiver_user_id")

        status = InvoiceStatus(d.pop("status"))

        currency = d.pop("currency")

        organization_sender_user_id = d.pop("organization_sender_user_id", UNSET)

        _source = d.pop("source", UNSET)
        source: InvoiceSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = InvoiceSource(_source)

        _direction = d.pop("direction", UNSET)
        direction: InvoiceDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = InvoiceDirection(_direction)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        _delivery_method = d.pop("delivery_method", UNSET)
        delivery_method: DeliveryMethod | Unset
        if isinstance(_delivery_method, Unset):
            delivery_method = UNSET
        else:
            delivery_method = DeliveryMethod(_delivery_method)

        organization_bank_account_id = d.pop("organization_bank_account_id", UNSET)

        organization_invoice_prefix_id = d.pop("organization_invoice_prefix_id", UNSET)

        number = d.pop("number", UNSET)

        _issued_at = d.pop("issued_at", UNSET)
        issued_at: datetime.date | Unset
        if isinstance(_issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = datetime.date.fromisoformat(_issued_at)

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.date | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.date.fromisoformat(_due_at)

        paid_at = d.pop("paid_at", UNSET)

        sub_total = d.pop("sub_total", UNSET)

        discount = d.pop("discount", UNSET)

        tax_total = d.pop("tax_total", UNSET)

        total = d.pop("total", UNSET)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[InvoiceTaxInput] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = InvoiceTaxInput.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[InvoiceLineItemInput] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = InvoiceLineItemInput.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _note_lang_map = d.pop("note_lang_map", UNSET)
        note_lang_map: LangMap | Unset
        if isinstance(_note_lang_map, Unset):
            note_lang_map = UNSET
        else:
            note_lang_map = LangMap.from_dict(_note_lang_map)

        peppol_project_reference = d.pop("peppol_project_reference", UNSET)

        peppol_purchase_order_reference = d.pop(
            "peppol_purchase_order_reference", UNSET
        )

        peppol_sales_order_reference = d.pop("peppol_sales_order_reference", UNSET)

        receiver_has_custom_identity = d.pop("receiver_has_custom_identity", UNSET)

        receiver_custom_identity_is_business = d.pop(
            "receiver_custom_identity_is_business", UNSET
        )

        receiver_custom_identity_name = d.pop("receiver_custom_identity_name", UNSET)

        receiver_custom_identity_organization_type = d.pop(
            "receiver_custom_identity_organization_type", UNSET
        )

        _receiver_information = d.pop("receiver_information", UNSET)
        receiver_information: JsonObject | Unset
        if isinstance(_receiver_information, Unset):
            receiver_information = UNSET
        else:
            receiver_information = JsonObject.from_dict(_receiver_information)

        receiver_country_code = d.pop("receiver_country_code", UNSET)

        payment_stripe_account_id = d.pop("payment_stripe_account_id", UNSET)

        payment_stripe_customer_id = d.pop("payment_stripe_customer_id", UNSET)

        payment_stripe_charge_id = d.pop("payment_stripe_charge_id", UNSET)

        payment_stripe_intent_id = d.pop("payment_stripe_intent_id", UNSET)

        bank_account_payment_qr_types = cast(
            list[str], d.pop("bank_account_payment_qr_types", UNSET)
        )

        invoice_create = cls(
            organization_receiver_user_id=organization_receiver_user_id,
            status=status,
            currency=currency,
            organization_sender_user_id=organization_sender_user_id,
            source=source,
            direction=direction,
            type_=type_,
            payment_method=payment_method,
            delivery_method=delivery_method,
            organization_bank_account_id=organization_bank_account_id,
            organization_invoice_prefix_id=organization_invoice_prefix_id,
            number=number,
            issued_at=issued_at,
            due_at=due_at,
            paid_at=paid_at,
            sub_total=sub_total,
            discount=discount,
            tax_total=tax_total,
            total=total,
            taxes=taxes,
            line_items=line_items,
            note_lang_map=note_lang_map,
            peppol_project_reference=peppol_project_reference,
            peppol_purchase_order_reference=peppol_purchase_order_reference,
            peppol_sales_order_reference=peppol_sales_order_reference,
            receiver_has_custom_identity=receiver_has_custom_identity,
            receiver_custom_identity_is_business=receiver_custom_identity_is_business,
            receiver_custom_identity_name=receiver_custom_identity_name,
            receiver_custom_identity_organization_type=receiver_custom_identity_organization_type,
            receiver_information=receiver_information,
            receiver_country_code=receiver_country_code,
            payment_stripe_account_id=payment_stripe_account_id,
            payment_stripe_customer_id=payment_stripe_customer_id,
            payment_stripe_charge_id=payment_stripe_charge_id,
            payment_stripe_intent_id=payment_stripe_intent_id,
            bank_account_payment_qr_types=bank_account_payment_qr_types,
        )

        invoice_create.additional_properties = d
        return invoice_create

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
