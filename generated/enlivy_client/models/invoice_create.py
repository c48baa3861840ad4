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
    unknown_enum_value,
)
from .delivery_method import DeliveryMethod
from .invoice_direction import InvoiceDirection
from .invoice_line_item_input import InvoiceLineItemInput
from .invoice_source import InvoiceSource
from .invoice_status import InvoiceStatus
from .invoice_tax_input import InvoiceTaxInput
from .invoice_type import InvoiceType
from .json_object import JsonObject
from .lang_map import LangMap
from .payment_method import PaymentMethod

_DeliveryMethod_BY_VALUE: dict[Any, DeliveryMethod] = {
    m.value: m for m in DeliveryMethod
}
_InvoiceDirection_BY_VALUE: dict[Any, InvoiceDirection] = {
    m.value: m for m in InvoiceDirection
}
_InvoiceSource_BY_VALUE: dict[Any, InvoiceSource] = {m.value: m for m in InvoiceSource}
_InvoiceStatus_BY_VALUE: dict[Any, InvoiceStatus] = {m.value: m for m in InvoiceStatus}
_InvoiceType_BY_VALUE: dict[Any, InvoiceType] = {m.value: m for m in InvoiceType}
_PaymentMethod_BY_VALUE: dict[Any, PaymentMethod] = {m.value: m for m in PaymentMethod}
_FIELDS = frozenset(
    {
        "organization_receiver_user_id",
        "status",
        "currency",
        "organization_sender_user_id",
        "source",
        "direction",
        "type",
        "payment_method",
        "delivery_method",
        "organization_bank_account_id",
        "organization_invoice_prefix_id",
        "number",
        "issued_at",
        "due_at",
        "paid_at",
        "sub_total",
        "discount",
        "tax_total",
        "total",
        "taxes",
        "line_items",
        "note_lang_map",
        "peppol_project_reference",
        "peppol_purchase_order_reference",
        "peppol_sales_order_reference",
        "receiver_has_custom_identity",
        "receiver_custom_identity_is_business",
        "receiver_custom_identity_name",
        "receiver_custom_identity_organization_type",
        "receiver_information",
        "receiver_country_code",
        "payment_stripe_account_id",
        "payment_stripe_customer_id",
        "payment_stripe_charge_id",
        "payment_stripe_intent_id",
        "bank_account_payment_qr_types",
    }
)


@_attrs_define
class InvoiceCreate:
    """Fields of a new invoice. `payment_method`, `delivery_method` and `line_items` are also needed
    when `source` is `internal`.

    Attributes:
        organization_receiver_user_id (str): Organization user to bill; its role must allow being
        invoiced.
        status (InvoiceStatus): Lifecycle state of an invoice.
        currency (str): ISO 4217 currency code, upper case.
        organization_sender_user_id (str | Unset): Organization user that issues the invoice; its
        role must allow invoicing.
        source (InvoiceSource | Unset): `internal` when Enlivy generates the document, `external`
        when it was produced elsewhere and only recorded (optionally with an uploaded file).
        direction (InvoiceDirection | Unset): `outbound` for invoices the organization issues,
        `inbound` for ones it receives.
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note)
        or a proforma.
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
        line_items (list[InvoiceLineItemInput] | Unset): Invoice lines; required for internal
        invoices on create.
        note_lang_map (LangMap | Unset): Text per locale code (`en`, `ro`, `de`, ...), mapped to
        the text in that language.
        peppol_project_reference (str | Unset): Project reference for e-invoicing.
        peppol_purchase_order_reference (str | Unset): Buyer's purchase order reference for
        e-invoicing.
        peppol_sales_order_reference (str | Unset): Seller's sales order reference for
        e-invoicing.
        receiver_has_custom_identity (bool | Unset): Enter receiver details on the invoice
        instead of using the user record.
        receiver_custom_identity_is_business (bool | Unset): Whether the custom receiver is a
        business.
        receiver_custom_identity_name (str | Unset): Name of the custom receiver.
        receiver_custom_identity_organization_type (str | Unset): Legal form of the custom
        receiver.
        receiver_information (JsonObject | Unset): Free-form JSON object whose keys depend on
        context.
        receiver_country_code (str | Unset): Country of the receiver.
        payment_stripe_account_id (str | Unset): Stripe account that collected the payment.
        payment_stripe_customer_id (str | Unset): Stripe customer that paid.
        payment_stripe_charge_id (str | Unset): Stripe charge of the payment.
        payment_stripe_intent_id (str | Unset): Stripe payment intent of the payment.
        bank_account_payment_qr_types (list[str] | Unset): Payment QR codes to print on the
        invoice.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["organization_receiver_user_id"] = self.organization_receiver_user_id
        field_dict["status"] = (
            self.status.value if isinstance(self.status, InvoiceStatus) else self.status
        )
        field_dict["currency"] = self.currency
        _organization_sender_user_id = self.organization_sender_user_id
        if not isinstance(_organization_sender_user_id, Unset):
            field_dict["organization_sender_user_id"] = _organization_sender_user_id
        _source = self.source
        if not isinstance(_source, Unset):
            field_dict["source"] = (
                _source.value if isinstance(_source, InvoiceSource) else _source
            )
        _direction = self.direction
        if not isinstance(_direction, Unset):
            field_dict["direction"] = (
                _direction.value
                if isinstance(_direction, InvoiceDirection)
                else _direction
            )
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, InvoiceType) else _type_
            )
        _payment_method = self.payment_method
        if not isinstance(_payment_method, Unset):
            field_dict["payment_method"] = (
                _payment_method.value
                if isinstance(_payment_method, PaymentMethod)
                else _payment_method
            )
        _delivery_method = self.delivery_method
        if not isinstance(_delivery_method, Unset):
            field_dict["delivery_method"] = (
                _delivery_method.value
                if isinstance(_delivery_method, DeliveryMethod)
                else _delivery_method
            )
        _organization_bank_account_id = self.organization_bank_account_id
        if not isinstance(_organization_bank_account_id, Unset):
            field_dict["organization_bank_account_id"] = _organization_bank_account_id
        _organization_invoice_prefix_id = self.organization_invoice_prefix_id
        if not isinstance(_organization_invoice_prefix_id, Unset):
            field_dict["organization_invoice_prefix_id"] = (
                _organization_invoice_prefix_id
            )
        _number = self.number
        if not isinstance(_number, Unset):
            field_dict["number"] = _number
        _issued_at = self.issued_at
        if not isinstance(_issued_at, Unset):
            field_dict["issued_at"] = _issued_at.isoformat()
        _due_at = self.due_at
        if not isinstance(_due_at, Unset):
            field_dict["due_at"] = _due_at.isoformat()
        _paid_at = self.paid_at
        if not isinstance(_paid_at, Unset):
            field_dict["paid_at"] = _paid_at
        _sub_total = self.sub_total
        if not isinstance(_sub_total, Unset):
            field_dict["sub_total"] = _sub_total
        _discount = self.discount
        if not isinstance(_discount, Unset):
            field_dict["discount"] = _discount
        _tax_total = self.tax_total
        if not isinstance(_tax_total, Unset):
            field_dict["tax_total"] = _tax_total
        _total = self.total
        if not isinstance(_total, Unset):
            field_dict["total"] = _total
        _taxes = self.taxes
        if not isinstance(_taxes, Unset):
            field_dict["taxes"] = [_item3.to_dict() for _item3 in _taxes]
        _line_items = self.line_items
        if not isinstance(_line_items, Unset):
            field_dict["line_items"] = [_item4.to_dict() for _item4 in _line_items]
        _note_lang_map = self.note_lang_map
        if not isinstance(_note_lang_map, Unset):
            field_dict["note_lang_map"] = _note_lang_map.to_dict()
        _peppol_project_reference = self.peppol_project_reference
        if not isinstance(_peppol_project_reference, Unset):
            field_dict["peppol_project_reference"] = _peppol_project_reference
        _peppol_purchase_order_reference = self.peppol_purchase_order_reference
        if not isinstance(_peppol_purchase_order_reference, Unset):
            field_dict["peppol_purchase_order_reference"] = (
                _peppol_purchase_order_reference
            )
        _peppol_sales_order_reference = self.peppol_sales_order_reference
        if not isinstance(_peppol_sales_order_reference, Unset):
            field_dict["peppol_sales_order_reference"] = _peppol_sales_order_reference
        _receiver_has_custom_identity = self.receiver_has_custom_identity
        if not isinstance(_receiver_has_custom_identity, Unset):
            field_dict["receiver_has_custom_identity"] = _receiver_has_custom_identity
        _receiver_custom_identity_is_business = (
            self.receiver_custom_identity_is_business
        )
        if not isinstance(_receiver_custom_identity_is_business, Unset):
            field_dict["receiver_custom_identity_is_business"] = (
                _receiver_custom_identity_is_business
            )
        _receiver_custom_identity_name = self.receiver_custom_identity_name
        if not isinstance(_receiver_custom_identity_name, Unset):
            field_dict["receiver_custom_identity_name"] = _receiver_custom_identity_name
        _receiver_custom_identity_organization_type = (
            self.receiver_custom_identity_organization_type
        )
        if not isinstance(_receiver_custom_identity_organization_type, Unset):
            field_dict["receiver_custom_identity_organization_type"] = (
                _receiver_custom_identity_organization_type
            )
        _receiver_information = self.receiver_information
        if not isinstance(_receiver_information, Unset):
            field_dict["receiver_information"] = _receiver_information.to_dict()
        _receiver_country_code = self.receiver_country_code
        if not isinstance(_receiver_country_code, Unset):
            field_dict["receiver_country_code"] = _receiver_country_code
        _payment_stripe_account_id = self.payment_stripe_account_id
        if not isinstance(_payment_stripe_account_id, Unset):
            field_dict["payment_stripe_account_id"] = _payment_stripe_account_id
        _payment_stripe_customer_id = self.payment_stripe_customer_id
        if not isinstance(_payment_stripe_customer_id, Unset):
            field_dict["payment_stripe_customer_id"] = _payment_stripe_customer_id
        _payment_stripe_charge_id = self.payment_stripe_charge_id
        if not isinstance(_payment_stripe_charge_id, Unset):
            field_dict["payment_stripe_charge_id"] = _payment_stripe_charge_id
        _payment_stripe_intent_id = self.payment_stripe_intent_id
        if not isinstance(_payment_stripe_intent_id, Unset):
            field_dict["payment_stripe_intent_id"] = _payment_stripe_intent_id
        _bank_account_payment_qr_types = self.bank_account_payment_qr_types
        if not isinstance(_bank_account_payment_qr_types, Unset):
            field_dict["bank_account_payment_qr_types"] = _bank_account_payment_qr_types
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        organization_receiver_user_id = src_dict["organization_receiver_user_id"]
        _status = src_dict["status"]
        if _status in _InvoiceStatus_BY_VALUE:
            status = _InvoiceStatus_BY_VALUE[_status]
        else:
            status = unknown_enum_value(InvoiceStatus, _status)
        currency = src_dict["currency"]
        organization_sender_user_id = get("organization_sender_user_id", UNSET)
        _source = get("source", UNSET)
        if _source is UNSET:
            source = UNSET
        else:
            if _source in _InvoiceSource_BY_VALUE:
                source = _InvoiceSource_BY_VALUE[_source]
            else:
                source = unknown_enum_value(InvoiceSource, _source)
        _direction = get("direction", UNSET)
        if _direction is UNSET:
            direction = UNSET
        else:
            if _direction in _InvoiceDirection_BY_VALUE:
                direction = _InvoiceDirection_BY_VALUE[_direction]
            else:
                direction = unknown_enum_value(InvoiceDirection, _direction)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _InvoiceType_BY_VALUE:
                type_ = _InvoiceType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(InvoiceType, _type_)
        _payment_method = get("payment_method", UNSET)
        if _payment_method is UNSET:
            payment_method = UNSET
        else:
            if _payment_method in _PaymentMethod_BY_VALUE:
                payment_method = _PaymentMethod_BY_VALUE[_payment_method]
            else:
                payment_method = unknown_enum_value(PaymentMethod, _payment_method)
        _delivery_method = get("delivery_method", UNSET)
        if _delivery_method is UNSET:
            delivery_method = UNSET
        else:
            if _delivery_method in _DeliveryMethod_BY_VALUE:
                delivery_method = _DeliveryMethod_BY_VALUE[_delivery_method]
            else:
                delivery_method = unknown_enum_value(DeliveryMethod, _delivery_method)
        organization_bank_account_id = get("organization_bank_account_id", UNSET)
        organization_invoice_prefix_id = get("organization_invoice_prefix_id", UNSET)
        number = get("number", UNSET)
        _issued_at = get("issued_at", UNSET)
        if _issued_at is UNSET:
            issued_at = UNSET
        else:
            issued_at = datetime.date.fromisoformat(_issued_at)
        _due_at = get("due_at", UNSET)
        if _due_at is UNSET:
            due_at = UNSET
        else:
            due_at = datetime.date.fromisoformat(_due_at)
        paid_at = get("paid_at", UNSET)
        sub_total = get("sub_total", UNSET)
        discount = get("discount", UNSET)
        tax_total = get("tax_total", UNSET)
        total = get("total", UNSET)
        _taxes = get("taxes", UNSET)
        if _taxes is UNSET:
            taxes = UNSET
        else:
            taxes = [InvoiceTaxInput.from_dict(_item1) for _item1 in _taxes]
        _line_items = get("line_items", UNSET)
        if _line_items is UNSET:
            line_items = UNSET
        else:
            line_items = [
                InvoiceLineItemInput.from_dict(_item2) for _item2 in _line_items
            ]
        _note_lang_map = get("note_lang_map", UNSET)
        if _note_lang_map is UNSET:
            note_lang_map = UNSET
        else:
            note_lang_map = LangMap.from_dict(_note_lang_map)
        peppol_project_reference = get("peppol_project_reference", UNSET)
        peppol_purchase_order_reference = get("peppol_purchase_order_reference", UNSET)
        peppol_sales_order_reference = get("peppol_sales_order_reference", UNSET)
        receiver_has_custom_identity = get("receiver_has_custom_identity", UNSET)
        receiver_custom_identity_is_business = get(
            "receiver_custom_identity_is_business", UNSET
        )
        receiver_custom_identity_name = get("receiver_custom_identity_name", UNSET)
        receiver_custom_identity_organization_type = get(
            "receiver_custom_identity_organization_type", UNSET
        )
        _receiver_information = get("receiver_information", UNSET)
        if _receiver_information is UNSET:
            receiver_information = UNSET
        else:
            receiver_information = JsonObject.from_dict(_receiver_information)
        receiver_country_code = get("receiver_country_code", UNSET)
        payment_stripe_account_id = get("payment_stripe_account_id", UNSET)
        payment_stripe_customer_id = get("payment_stripe_customer_id", UNSET)
        payment_stripe_charge_id = get("payment_stripe_charge_id", UNSET)
        payment_stripe_intent_id = get("payment_stripe_intent_id", UNSET)
        bank_account_payment_qr_types = get("bank_account_payment_qr_types", UNSET)
        obj = cls(
            organization_receiver_user_id,
            status,
            currency,
            organization_sender_user_id,
            source,
            direction,
            type_,
            payment_method,
            delivery_method,
            organization_bank_account_id,
            organization_invoice_prefix_id,
            number,
            issued_at,
            due_at,
            paid_at,
            sub_total,
            discount,
            tax_total,
            total,
            taxes,
            line_items,
            note_lang_map,
            peppol_project_reference,
            peppol_purchase_order_reference,
            peppol_sales_order_reference,
            receiver_has_custom_identity,
            receiver_custom_identity_is_business,
            receiver_custom_identity_name,
            receiver_custom_identity_organization_type,
            receiver_information,
            receiver_country_code,
            payment_stripe_account_id,
            payment_stripe_customer_id,
            payment_stripe_charge_id,
            payment_stripe_intent_id,
            bank_account_payment_qr_types,
        )
        if len(src_dict) > 36 or not _FIELDS.issuperset(src_dict):
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
