from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    note_unknown_enum_value,
    unknown_enum_value,
)
from .delivery_method import DeliveryMethod
from .invoice_direction import InvoiceDirection
from .invoice_line_items import InvoiceLineItems
from .invoice_prefix_envelope import InvoicePrefixEnvelope
from .invoice_source import InvoiceSource
from .invoice_status import InvoiceStatus
from .invoice_taxes import InvoiceTaxes
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
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "organization_invoice_id",
        "organization_bank_account_id",
        "organization_invoice_prefix_id",
        "organization_sender_user_id",
        "organization_receiver_user_id",
        "organization_receiver_user_address_id",
        "organization_receiver_shipping_user_address_id",
        "organization_contract_id",
        "number",
        "will_number_be_auto_assigned",
        "formatted_number",
        "status",
        "source",
        "type",
        "direction",
        "payment_method",
        "delivery_method",
        "delivery_method_information",
        "currency",
        "sub_total",
        "discount",
        "tax_total",
        "total",
        "issued_at",
        "due_at",
        "paid_at",
        "finalized_at",
        "note_lang_map",
        "peppol_project_reference",
        "peppol_purchase_order_reference",
        "peppol_sales_order_reference",
        "peppol_exchange_push_options",
        "peppol_exchange_scheduled_push_at",
        "peppol_exchange_scheduled_pushed_at",
        "peppol_exchanges_pushed",
        "receiver_has_custom_identity",
        "receiver_custom_identity_is_business",
        "receiver_custom_identity_organization_type",
        "receiver_custom_identity_name",
        "receiver_information",
        "receiver_organization_information",
        "receiver_country_code",
        "sender_has_custom_identity",
        "sender_custom_identity_is_business",
        "sender_custom_identity_organization_type",
        "sender_custom_identity_name",
        "sender_information",
        "sender_organization_information",
        "sender_country_code",
        "is_tax_charged",
        "is_downloadable",
        "file_extension",
        "bank_account_payment_qr_types",
        "organization_user_payment_method_id",
        "payment_provider_reference",
        "charge_first_failed_at",
        "next_charge_retry_at",
        "charge_retry_exhausted_at",
        "charge_retry_count",
        "tag_ids",
        "taxes",
        "invoice_prefix",
        "line_items",
    }
)


@_attrs_define
class Invoice:
    """An issued or received invoice.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        organization_invoice_id (None | str | Unset): Parent invoice, e.g. the original of a
        reversal.
        organization_bank_account_id (None | str | Unset): Bank account shown for payment.
        organization_invoice_prefix_id (None | str | Unset): Numbering series of the invoice.
        organization_sender_user_id (None | str | Unset): Organization user that issues the
        invoice.
        organization_receiver_user_id (None | str | Unset): Organization user that is billed.
        organization_receiver_user_address_id (None | str | Unset): Billing address of the
        receiver.
        organization_receiver_shipping_user_address_id (None | str | Unset): Shipping address of
        the receiver.
        organization_contract_id (None | str | Unset): Contract the invoice relates to.
        number (None | str | Unset): Invoice number within its prefix.
        will_number_be_auto_assigned (bool | Unset): Whether the number is assigned by Enlivy
        later.
        formatted_number (str | Unset): Number including the prefix, as printed.
        status (InvoiceStatus | Unset): Lifecycle state of an invoice.
        source (InvoiceSource | Unset): `internal` when Enlivy generates the document, `external`
        when it was produced elsewhere and only recorded (optionally with an uploaded file).
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note)
        or a proforma.
        direction (InvoiceDirection | Unset): `outbound` for invoices the organization issues,
        `inbound` for ones it receives.
        payment_method (None | PaymentMethod | Unset)
        delivery_method (DeliveryMethod | None | Unset)
        delivery_method_information (JsonObject | None | Unset)
        currency (str | Unset): ISO 4217 currency code, upper case.
        sub_total (float | Unset): Sum of the lines before discount and tax.
        discount (float | Unset): Total discount amount.
        tax_total (float | Unset): Total tax amount.
        total (float | Unset): Amount due.
        issued_at (None | str | Unset): Issue date or time.
        due_at (None | str | Unset): Payment due date or time.
        paid_at (None | str | Unset): Time the invoice was paid.
        finalized_at (None | str | Unset): Time the invoice was finalized.
        note_lang_map (LangMap | None | Unset)
        peppol_project_reference (None | str | Unset): Project reference for e-invoicing.
        peppol_purchase_order_reference (None | str | Unset): Buyer's purchase order reference
        for e-invoicing.
        peppol_sales_order_reference (None | str | Unset): Seller's sales order reference for
        e-invoicing.
        peppol_exchange_push_options (list[Any] | None | Unset): Networks the invoice is set to
        be pushed to.
        peppol_exchange_scheduled_push_at (None | str | Unset): When the next e-invoicing push is
        planned.
        peppol_exchange_scheduled_pushed_at (None | str | Unset): When the planned e-invoicing
        push ran.
        peppol_exchanges_pushed (list[Any] | None | Unset): Networks the invoice has been pushed
        to.
        receiver_has_custom_identity (bool | Unset): Whether receiver details were entered on the
        invoice instead of taken from the user record.
        receiver_custom_identity_is_business (bool | None | Unset): Whether the custom receiver
        is a business.
        receiver_custom_identity_organization_type (None | str | Unset): Legal form of the custom
        receiver.
        receiver_custom_identity_name (None | str | Unset): Name of the custom receiver.
        receiver_information (JsonObject | None | Unset)
        receiver_organization_information (JsonObject | None | Unset)
        receiver_country_code (None | str | Unset): Country of the receiver.
        sender_has_custom_identity (bool | Unset): Whether sender details were entered on the
        invoice instead of taken from the user record.
        sender_custom_identity_is_business (bool | None | Unset): Whether the custom sender is a
        business.
        sender_custom_identity_organization_type (None | str | Unset): Legal form of the custom
        sender.
        sender_custom_identity_name (None | str | Unset): Name of the custom sender.
        sender_information (JsonObject | None | Unset)
        sender_organization_information (JsonObject | None | Unset)
        sender_country_code (None | str | Unset): Country of the sender.
        is_tax_charged (bool | Unset): Whether tax is charged on the invoice.
        is_downloadable (bool | Unset): Whether a document can be downloaded for the invoice.
        file_extension (None | str | Unset): Extension of the uploaded file of an external
        invoice.
        bank_account_payment_qr_types (list[str] | None | Unset): Payment QR codes printed on the
        invoice.
        organization_user_payment_method_id (None | str | Unset): Stored payment method used to
        charge the invoice.
        payment_provider_reference (None | str | Unset): Reference of the payment at the payment
        provider.
        charge_first_failed_at (None | str | Unset): First failed charge attempt (API-charged
        invoices only).
        next_charge_retry_at (None | str | Unset): Next planned charge attempt (API-charged
        invoices only).
        charge_retry_exhausted_at (None | str | Unset): When charge retries ran out (API-charged
        invoices only).
        charge_retry_count (int | None | Unset): Charge attempts so far (API-charged invoices
        only).
        tag_ids (list[str] | Unset): Ids of attached tags (with `include=tag_ids`).
        taxes (InvoiceTaxes | Unset): Embedded taxes (present when `include` contains `taxes`).
        May be an empty object when nothing was loaded.
        invoice_prefix (InvoicePrefixEnvelope | Unset): A single invoice prefix; also how a
        prefix is embedded in an invoice.
        line_items (InvoiceLineItems | Unset): Embedded line items (present when `include`
        contains `line_items`).
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    organization_invoice_id: None | str | Unset = UNSET
    organization_bank_account_id: None | str | Unset = UNSET
    organization_invoice_prefix_id: None | str | Unset = UNSET
    organization_sender_user_id: None | str | Unset = UNSET
    organization_receiver_user_id: None | str | Unset = UNSET
    organization_receiver_user_address_id: None | str | Unset = UNSET
    organization_receiver_shipping_user_address_id: None | str | Unset = UNSET
    organization_contract_id: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    will_number_be_auto_assigned: bool | Unset = UNSET
    formatted_number: str | Unset = UNSET
    status: InvoiceStatus | Unset = UNSET
    source: InvoiceSource | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    direction: InvoiceDirection | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    delivery_method: DeliveryMethod | None | Unset = UNSET
    delivery_method_information: JsonObject | None | Unset = UNSET
    currency: str | Unset = UNSET
    sub_total: float | Unset = UNSET
    discount: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    total: float | Unset = UNSET
    issued_at: None | str | Unset = UNSET
    due_at: None | str | Unset = UNSET
    paid_at: None | str | Unset = UNSET
    finalized_at: None | str | Unset = UNSET
    note_lang_map: LangMap | None | Unset = UNSET
    peppol_project_reference: None | str | Unset = UNSET
    peppol_purchase_order_reference: None | str | Unset = UNSET
    peppol_sales_order_reference: None | str | Unset = UNSET
    peppol_exchange_push_options: list[Any] | None | Unset = UNSET
    peppol_exchange_scheduled_push_at: None | str | Unset = UNSET
    peppol_exchange_scheduled_pushed_at: None | str | Unset = UNSET
    peppol_exchanges_pushed: list[Any] | None | Unset = UNSET
    receiver_has_custom_identity: bool | Unset = UNSET
    receiver_custom_identity_is_business: bool | None | Unset = UNSET
    receiver_custom_identity_organization_type: None | str | Unset = UNSET
    receiver_custom_identity_name: None | str | Unset = UNSET
    receiver_information: JsonObject | None | Unset = UNSET
    receiver_organization_information: JsonObject | None | Unset = UNSET
    receiver_country_code: None | str | Unset = UNSET
    sender_has_custom_identity: bool | Unset = UNSET
    sender_custom_identity_is_business: bool | None | Unset = UNSET
    sender_custom_identity_organization_type: None | str | Unset = UNSET
    sender_custom_identity_name: None | str | Unset = UNSET
    sender_information: JsonObject | None | Unset = UNSET
    sender_organization_information: JsonObject | None | Unset = UNSET
    sender_country_code: None | str | Unset = UNSET
    is_tax_charged: bool | Unset = UNSET
    is_downloadable: bool | Unset = UNSET
    file_extension: None | str | Unset = UNSET
    bank_account_payment_qr_types: list[str] | None | Unset = UNSET
    organization_user_payment_method_id: None | str | Unset = UNSET
    payment_provider_reference: None | str | Unset = UNSET
    charge_first_failed_at: None | str | Unset = UNSET
    next_charge_retry_at: None | str | Unset = UNSET
    charge_retry_exhausted_at: None | str | Unset = UNSET
    charge_retry_count: int | None | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    taxes: InvoiceTaxes | Unset = UNSET
    invoice_prefix: InvoicePrefixEnvelope | Unset = UNSET
    line_items: InvoiceLineItems | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _organization_invoice_id = self.organization_invoice_id
        if not isinstance(_organization_invoice_id, Unset):
            field_dict["organization_invoice_id"] = _organization_invoice_id
        _organization_bank_account_id = self.organization_bank_account_id
        if not isinstance(_organization_bank_account_id, Unset):
            field_dict["organization_bank_account_id"] = _organization_bank_account_id
        _organization_invoice_prefix_id = self.organization_invoice_prefix_id
        if not isinstance(_organization_invoice_prefix_id, Unset):
            field_dict["organization_invoice_prefix_id"] = (
                _organization_invoice_prefix_id
            )
        _organization_sender_user_id = self.organization_sender_user_id
        if not isinstance(_organization_sender_user_id, Unset):
            field_dict["organization_sender_user_id"] = _organization_sender_user_id
        _organization_receiver_user_id = self.organization_receiver_user_id
        if not isinstance(_organization_receiver_user_id, Unset):
            field_dict["organization_receiver_user_id"] = _organization_receiver_user_id
        _organization_receiver_user_address_id = (
            self.organization_receiver_user_address_id
        )
        if not isinstance(_organization_receiver_user_address_id, Unset):
            field_dict["organization_receiver_user_address_id"] = (
                _organization_receiver_user_address_id
            )
        _organization_receiver_shipping_user_address_id = (
            self.organization_receiver_shipping_user_address_id
        )
        if not isinstance(_organization_receiver_shipping_user_address_id, Unset):
            field_dict["organization_receiver_shipping_user_address_id"] = (
                _organization_receiver_shipping_user_address_id
            )
        _organization_contract_id = self.organization_contract_id
        if not isinstance(_organization_contract_id, Unset):
            field_dict["organization_contract_id"] = _organization_contract_id
        _number = self.number
        if not isinstance(_number, Unset):
            field_dict["number"] = _number
        _will_number_be_auto_assigned = self.will_number_be_auto_assigned
        if not isinstance(_will_number_be_auto_assigned, Unset):
            field_dict["will_number_be_auto_assigned"] = _will_number_be_auto_assigned
        _formatted_number = self.formatted_number
        if not isinstance(_formatted_number, Unset):
            field_dict["formatted_number"] = _formatted_number
        _status = self.status
        if not isinstance(_status, Unset):
            field_dict["status"] = (
                _status.value if isinstance(_status, InvoiceStatus) else _status
            )
        _source = self.source
        if not isinstance(_source, Unset):
            field_dict["source"] = (
                _source.value if isinstance(_source, InvoiceSource) else _source
            )
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, InvoiceType) else _type_
            )
        _direction = self.direction
        if not isinstance(_direction, Unset):
            field_dict["direction"] = (
                _direction.value
                if isinstance(_direction, InvoiceDirection)
                else _direction
            )
        _payment_method = self.payment_method
        if not isinstance(_payment_method, Unset):
            _value17 = _payment_method
            if isinstance(_value17, PaymentMethod):
                field_dict["payment_method"] = (
                    _value17.value if isinstance(_value17, PaymentMethod) else _value17
                )
            else:
                field_dict["payment_method"] = _value17
        _delivery_method = self.delivery_method
        if not isinstance(_delivery_method, Unset):
            _value18 = _delivery_method
            if isinstance(_value18, DeliveryMethod):
                field_dict["delivery_method"] = (
                    _value18.value if isinstance(_value18, DeliveryMethod) else _value18
                )
            else:
                field_dict["delivery_method"] = _value18
        _delivery_method_information = self.delivery_method_information
        if not isinstance(_delivery_method_information, Unset):
            _value19 = _delivery_method_information
            if isinstance(_value19, JsonObject):
                field_dict["delivery_method_information"] = _value19.to_dict()
            else:
                field_dict["delivery_method_information"] = _value19
        _currency = self.currency
        if not isinstance(_currency, Unset):
            field_dict["currency"] = _currency
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
        _issued_at = self.issued_at
        if not isinstance(_issued_at, Unset):
            field_dict["issued_at"] = _issued_at
        _due_at = self.due_at
        if not isinstance(_due_at, Unset):
            field_dict["due_at"] = _due_at
        _paid_at = self.paid_at
        if not isinstance(_paid_at, Unset):
            field_dict["paid_at"] = _paid_at
        _finalized_at = self.finalized_at
        if not isinstance(_finalized_at, Unset):
            field_dict["finalized_at"] = _finalized_at
        _note_lang_map = self.note_lang_map
        if not isinstance(_note_lang_map, Unset):
            _value20 = _note_lang_map
            if isinstance(_value20, LangMap):
                field_dict["note_lang_map"] = _value20.to_dict()
            else:
                field_dict["note_lang_map"] = _value20
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
        _peppol_exchange_push_options = self.peppol_exchange_push_options
        if not isinstance(_peppol_exchange_push_options, Unset):
            field_dict["peppol_exchange_push_options"] = _peppol_exchange_push_options
        _peppol_exchange_scheduled_push_at = self.peppol_exchange_scheduled_push_at
        if not isinstance(_peppol_exchange_scheduled_push_at, Unset):
            field_dict["peppol_exchange_scheduled_push_at"] = (
                _peppol_exchange_scheduled_push_at
            )
        _peppol_exchange_scheduled_pushed_at = self.peppol_exchange_scheduled_pushed_at
        if not isinstance(_peppol_exchange_scheduled_pushed_at, Unset):
            field_dict["peppol_exchange_scheduled_pushed_at"] = (
                _peppol_exchange_scheduled_pushed_at
            )
        _peppol_exchanges_pushed = self.peppol_exchanges_pushed
        if not isinstance(_peppol_exchanges_pushed, Unset):
            field_dict["peppol_exchanges_pushed"] = _peppol_exchanges_pushed
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
        _receiver_custom_identity_organization_type = (
            self.receiver_custom_identity_organization_type
        )
        if not isinstance(_receiver_custom_identity_organization_type, Unset):
            field_dict["receiver_custom_identity_organization_type"] = (
                _receiver_custom_identity_organization_type
            )
        _receiver_custom_identity_name = self.receiver_custom_identity_name
        if not isinstance(_receiver_custom_identity_name, Unset):
            field_dict["receiver_custom_identity_name"] = _receiver_custom_identity_name
        _receiver_information = self.receiver_information
        if not isinstance(_receiver_information, Unset):
            _value21 = _receiver_information
            if isinstance(_value21, JsonObject):
                field_dict["receiver_information"] = _value21.to_dict()
            else:
                field_dict["receiver_information"] = _value21
        _receiver_organization_information = self.receiver_organization_information
        if not isinstance(_receiver_organization_information, Unset):
            _value22 = _receiver_organization_information
            if isinstance(_value22, JsonObject):
                field_dict["receiver_organization_information"] = _value22.to_dict()
            else:
                field_dict["receiver_organization_information"] = _value22
        _receiver_country_code = self.receiver_country_code
        if not isinstance(_receiver_country_code, Unset):
            field_dict["receiver_country_code"] = _receiver_country_code
        _sender_has_custom_identity = self.sender_has_custom_identity
        if not isinstance(_sender_has_custom_identity, Unset):
            field_dict["sender_has_custom_identity"] = _sender_has_custom_identity
        _sender_custom_identity_is_business = self.sender_custom_identity_is_business
        if not isinstance(_sender_custom_identity_is_business, Unset):
            field_dict["sender_custom_identity_is_business"] = (
                _sender_custom_identity_is_business
            )
        _sender_custom_identity_organization_type = (
            self.sender_custom_identity_organization_type
        )
        if not isinstance(_sender_custom_identity_organization_type, Unset):
            field_dict["sender_custom_identity_organization_type"] = (
                _sender_custom_identity_organization_type
            )
        _sender_custom_identity_name = self.sender_custom_identity_name
        if not isinstance(_sender_custom_identity_name, Unset):
            field_dict["sender_custom_identity_name"] = _sender_custom_identity_name
        _sender_information = self.sender_information
        if not isinstance(_sender_information, Unset):
            _value23 = _sender_information
            if isinstance(_value23, JsonObject):
                field_dict["sender_information"] = _value23.to_dict()
            else:
                field_dict["sender_information"] = _value23
        _sender_organization_information = self.sender_organization_information
        if not isinstance(_sender_organization_information, Unset):
            _value24 = _sender_organization_information
            if isinstance(_value24, JsonObject):
                field_dict["sender_organization_information"] = _value24.to_dict()
            else:
                field_dict["sender_organization_information"] = _value24
        _sender_country_code = self.sender_country_code
        if not isinstance(_sender_country_code, Unset):
            field_dict["sender_country_code"] = _sender_country_code
        _is_tax_charged = self.is_tax_charged
        if not isinstance(_is_tax_charged, Unset):
            field_dict["is_tax_charged"] = _is_tax_charged
        _is_downloadable = self.is_downloadable
        if not isinstance(_is_downloadable, Unset):
            field_dict["is_downloadable"] = _is_downloadable
        _file_extension = self.file_extension
        if not isinstance(_file_extension, Unset):
            field_dict["file_extension"] = _file_extension
        _bank_account_payment_qr_types = self.bank_account_payment_qr_types
        if not isinstance(_bank_account_payment_qr_types, Unset):
            field_dict["bank_account_payment_qr_types"] = _bank_account_payment_qr_types
        _organization_user_payment_method_id = self.organization_user_payment_method_id
        if not isinstance(_organization_user_payment_method_id, Unset):
            field_dict["organization_user_payment_method_id"] = (
                _organization_user_payment_method_id
            )
        _payment_provider_reference = self.payment_provider_reference
        if not isinstance(_payment_provider_reference, Unset):
            field_dict["payment_provider_reference"] = _payment_provider_reference
        _charge_first_failed_at = self.charge_first_failed_at
        if not isinstance(_charge_first_failed_at, Unset):
            field_dict["charge_first_failed_at"] = _charge_first_failed_at
        _next_charge_retry_at = self.next_charge_retry_at
        if not isinstance(_next_charge_retry_at, Unset):
            field_dict["next_charge_retry_at"] = _next_charge_retry_at
        _charge_retry_exhausted_at = self.charge_retry_exhausted_at
        if not isinstance(_charge_retry_exhausted_at, Unset):
            field_dict["charge_retry_exhausted_at"] = _charge_retry_exhausted_at
        _charge_retry_count = self.charge_retry_count
        if not isinstance(_charge_retry_count, Unset):
            field_dict["charge_retry_count"] = _charge_retry_count
        _tag_ids = self.tag_ids
        if not isinstance(_tag_ids, Unset):
            field_dict["tag_ids"] = _tag_ids
        _taxes = self.taxes
        if not isinstance(_taxes, Unset):
            field_dict["taxes"] = _taxes.to_dict()
        _invoice_prefix = self.invoice_prefix
        if not isinstance(_invoice_prefix, Unset):
            field_dict["invoice_prefix"] = _invoice_prefix.to_dict()
        _line_items = self.line_items
        if not isinstance(_line_items, Unset):
            field_dict["line_items"] = _line_items.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        organization_invoice_id = get("organization_invoice_id", UNSET)
        organization_bank_account_id = get("organization_bank_account_id", UNSET)
        organization_invoice_prefix_id = get("organization_invoice_prefix_id", UNSET)
        organization_sender_user_id = get("organization_sender_user_id", UNSET)
        organization_receiver_user_id = get("organization_receiver_user_id", UNSET)
        organization_receiver_user_address_id = get(
            "organization_receiver_user_address_id", UNSET
        )
        organization_receiver_shipping_user_address_id = get(
            "organization_receiver_shipping_user_address_id", UNSET
        )
        organization_contract_id = get("organization_contract_id", UNSET)
        number = get("number", UNSET)
        will_number_be_auto_assigned = get("will_number_be_auto_assigned", UNSET)
        formatted_number = get("formatted_number", UNSET)
        _status = get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status in _InvoiceStatus_BY_VALUE:
                status = _InvoiceStatus_BY_VALUE[_status]
            else:
                status = unknown_enum_value(InvoiceStatus, _status)
        _source = get("source", UNSET)
        if _source is UNSET:
            source = UNSET
        else:
            if _source in _InvoiceSource_BY_VALUE:
                source = _InvoiceSource_BY_VALUE[_source]
            else:
                source = unknown_enum_value(InvoiceSource, _source)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _InvoiceType_BY_VALUE:
                type_ = _InvoiceType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(InvoiceType, _type_)
        _direction = get("direction", UNSET)
        if _direction is UNSET:
            direction = UNSET
        else:
            if _direction in _InvoiceDirection_BY_VALUE:
                direction = _InvoiceDirection_BY_VALUE[_direction]
            else:
                direction = unknown_enum_value(InvoiceDirection, _direction)
        _payment_method = get("payment_method", UNSET)
        if _payment_method is UNSET:
            payment_method = UNSET
        else:
            if _payment_method is None:
                payment_method = None
            else:
                payment_method = _payment_method
                _done1 = False
                if not _done1 and isinstance(_payment_method, str):
                    try:
                        _converted2 = _PaymentMethod_BY_VALUE[_payment_method]
                        payment_method = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(PaymentMethod, _payment_method)
        _delivery_method = get("delivery_method", UNSET)
        if _delivery_method is UNSET:
            delivery_method = UNSET
        else:
            if _delivery_method is None:
                delivery_method = None
            else:
                delivery_method = _delivery_method
                _done3 = False
                if not _done3 and isinstance(_delivery_method, str):
                    try:
                        _converted4 = _DeliveryMethod_BY_VALUE[_delivery_method]
                        delivery_method = _converted4
                        _done3 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done3:
                    note_unknown_enum_value(DeliveryMethod, _delivery_method)
        _delivery_method_information = get("delivery_method_information", UNSET)
        if _delivery_method_information is UNSET:
            delivery_method_information = UNSET
        else:
            if _delivery_method_information is None:
                delivery_method_information = None
            else:
                delivery_method_information = _delivery_method_information
                if isinstance(_delivery_method_information, dict):
                    try:
                        _converted6 = JsonObject.from_dict(_delivery_method_information)
                        delivery_method_information = _converted6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        currency = get("currency", UNSET)
        sub_total = get("sub_total", UNSET)
        discount = get("discount", UNSET)
        tax_total = get("tax_total", UNSET)
        total = get("total", UNSET)
        issued_at = get("issued_at", UNSET)
        due_at = get("due_at", UNSET)
        paid_at = get("paid_at", UNSET)
        finalized_at = get("finalized_at", UNSET)
        _note_lang_map = get("note_lang_map", UNSET)
        if _note_lang_map is UNSET:
            note_lang_map = UNSET
        else:
            if _note_lang_map is None:
                note_lang_map = None
            else:
                note_lang_map = _note_lang_map
                if isinstance(_note_lang_map, dict):
                    try:
                        _converted8 = LangMap.from_dict(_note_lang_map)
                        note_lang_map = _converted8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        peppol_project_reference = get("peppol_project_reference", UNSET)
        peppol_purchase_order_reference = get("peppol_purchase_order_reference", UNSET)
        peppol_sales_order_reference = get("peppol_sales_order_reference", UNSET)
        peppol_exchange_push_options = get("peppol_exchange_push_options", UNSET)
        peppol_exchange_scheduled_push_at = get(
            "peppol_exchange_scheduled_push_at", UNSET
        )
        peppol_exchange_scheduled_pushed_at = get(
            "peppol_exchange_scheduled_pushed_at", UNSET
        )
        peppol_exchanges_pushed = get("peppol_exchanges_pushed", UNSET)
        receiver_has_custom_identity = get("receiver_has_custom_identity", UNSET)
        receiver_custom_identity_is_business = get(
            "receiver_custom_identity_is_business", UNSET
        )
        receiver_custom_identity_organization_type = get(
            "receiver_custom_identity_organization_type", UNSET
        )
        receiver_custom_identity_name = get("receiver_custom_identity_name", UNSET)
        _receiver_information = get("receiver_information", UNSET)
        if _receiver_information is UNSET:
            receiver_information = UNSET
        else:
            if _receiver_information is None:
                receiver_information = None
            else:
                receiver_information = _receiver_information
                if isinstance(_receiver_information, dict):
                    try:
                        _converted10 = JsonObject.from_dict(_receiver_information)
                        receiver_information = _converted10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _receiver_organization_information = get(
            "receiver_organization_information", UNSET
        )
        if _receiver_organization_information is UNSET:
            receiver_organization_information = UNSET
        else:
            if _receiver_organization_information is None:
                receiver_organization_information = None
            else:
                receiver_organization_information = _receiver_organization_information
                if isinstance(_receiver_organization_information, dict):
                    try:
                        _converted12 = JsonObject.from_dict(
                            _receiver_organization_information
                        )
                        receiver_organization_information = _converted12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        receiver_country_code = get("receiver_country_code", UNSET)
        sender_has_custom_identity = get("sender_has_custom_identity", UNSET)
        sender_custom_identity_is_business = get(
            "sender_custom_identity_is_business", UNSET
        )
        sender_custom_identity_organization_type = get(
            "sender_custom_identity_organization_type", UNSET
        )
        sender_custom_identity_name = get("sender_custom_identity_name", UNSET)
        _sender_information = get("sender_information", UNSET)
        if _sender_information is UNSET:
            sender_information = UNSET
        else:
            if _sender_information is None:
                sender_information = None
            else:
                sender_information = _sender_information
                if isinstance(_sender_information, dict):
                    try:
                        _converted14 = JsonObject.from_dict(_sender_information)
                        sender_information = _converted14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _sender_organization_information = get("sender_organization_information", UNSET)
        if _sender_organization_information is UNSET:
            sender_organization_information = UNSET
        else:
            if _sender_organization_information is None:
                sender_organization_information = None
            else:
                sender_organization_information = _sender_organization_information
                if isinstance(_sender_organization_information, dict):
                    try:
                        _converted16 = JsonObject.from_dict(
                            _sender_organization_information
                        )
                        sender_organization_information = _converted16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        sender_country_code = get("sender_country_code", UNSET)
        is_tax_charged = get("is_tax_charged", UNSET)
        is_downloadable = get("is_downloadable", UNSET)
        file_extension = get("file_extension", UNSET)
        bank_account_payment_qr_types = get("bank_account_payment_qr_types", UNSET)
        organization_user_payment_method_id = get(
            "organization_user_payment_method_id", UNSET
        )
        payment_provider_reference = get("payment_provider_reference", UNSET)
        charge_first_failed_at = get("charge_first_failed_at", UNSET)
        next_charge_retry_at = get("next_charge_retry_at", UNSET)
        charge_retry_exhausted_at = get("charge_retry_exhausted_at", UNSET)
        charge_retry_count = get("charge_retry_count", UNSET)
        tag_ids = get("tag_ids", UNSET)
        _taxes = get("taxes", UNSET)
        if _taxes is UNSET:
            taxes = UNSET
        else:
            taxes = InvoiceTaxes.from_dict(_taxes)
        _invoice_prefix = get("invoice_prefix", UNSET)
        if _invoice_prefix is UNSET:
            invoice_prefix = UNSET
        else:
            invoice_prefix = InvoicePrefixEnvelope.from_dict(_invoice_prefix)
        _line_items = get("line_items", UNSET)
        if _line_items is UNSET:
            line_items = UNSET
        else:
            line_items = InvoiceLineItems.from_dict(_line_items)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            organization_invoice_id,
            organization_bank_account_id,
            organization_invoice_prefix_id,
            organization_sender_user_id,
            organization_receiver_user_id,
            organization_receiver_user_address_id,
            organization_receiver_shipping_user_address_id,
            organization_contract_id,
            number,
            will_number_be_auto_assigned,
            formatted_number,
            status,
            source,
            type_,
            direction,
            payment_method,
            delivery_method,
            delivery_method_information,
            currency,
            sub_total,
            discount,
            tax_total,
            total,
            issued_at,
            due_at,
            paid_at,
            finalized_at,
            note_lang_map,
            peppol_project_reference,
            peppol_purchase_order_reference,
            peppol_sales_order_reference,
            peppol_exchange_push_options,
            peppol_exchange_scheduled_push_at,
            peppol_exchange_scheduled_pushed_at,
            peppol_exchanges_pushed,
            receiver_has_custom_identity,
            receiver_custom_identity_is_business,
            receiver_custom_identity_organization_type,
            receiver_custom_identity_name,
            receiver_information,
            receiver_organization_information,
            receiver_country_code,
            sender_has_custom_identity,
            sender_custom_identity_is_business,
            sender_custom_identity_organization_type,
            sender_custom_identity_name,
            sender_information,
            sender_organization_information,
            sender_country_code,
            is_tax_charged,
            is_downloadable,
            file_extension,
            bank_account_payment_qr_types,
            organization_user_payment_method_id,
            payment_provider_reference,
            charge_first_failed_at,
            next_charge_retry_at,
            charge_retry_exhausted_at,
            charge_retry_count,
            tag_ids,
            taxes,
            invoice_prefix,
            line_items,
        )
        if len(src_dict) > 70 or not _FIELDS.issuperset(src_dict):
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
