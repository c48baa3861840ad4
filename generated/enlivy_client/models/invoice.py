from __future__ import annotations

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
    from ..models.invoice_line_items import InvoiceLineItems
    from ..models.invoice_prefix_envelope import InvoicePrefixEnvelope
    from ..models.invoice_taxes import InvoiceTaxes
    from ..models.json_object import JsonObject
    from ..models.lang_map import LangMap


T = TypeVar("T", bound="Invoice")


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        organization_invoice_id (None | str | Unset): Parent invoice, e.g. the original of a reversal.
        organization_bank_account_id (None | str | Unset): Bank account shown for payment.
        organization_invoice_prefix_id (None | str | Unset): Numbering series of the invoice.
        organization_sender_user_id (None | str | Unset): Organization user that issues the invoice.
        organization_receiver_user_id (None | str | Unset): Organization user that is billed.
        organization_receiver_user_address_id (None | str | Unset): Billing address of the receiver.
        organization_receiver_shipping_user_address_id (None | str | Unset): Shipping address of the receiver.
        organization_contract_id (None | str | Unset): Contract the invoice relates to.
        number (None | str | Unset): Invoice number within its prefix.
        will_number_be_auto_assigned (bool | Unset): Whether the number is assigned by Enlivy later.
        formatted_number (str | Unset): Number including the prefix, as printed.
        status (InvoiceStatus | Unset): Lifecycle state of an invoice.
        source (InvoiceSource | Unset): `internal` when Enlivy generates the document, `external` when it was produced
            elsewhere and only recorded (optionally with an uploaded file).
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note) or a proforma.
        direction (InvoiceDirection | Unset): `outbound` for invoices the organization issues, `inbound` for ones it
            receives.
        payment_method (None | PaymentMethod | Unset):
        delivery_method (DeliveryMethod | None | Unset):
        delivery_method_information (JsonObject | None | Unset):
        currency (str | Unset): ISO 4217 currency code, upper case.
        sub_total (float | Unset): Sum of the lines before discount and tax.
        discount (float | Unset): Total discount amount.
        tax_total (float | Unset): Total tax amount.
        total (float | Unset): Amount due.
        issued_at (None | str | Unset): Issue date or time.
        due_at (None | str | Unset): Payment due date or time.
        paid_at (None | str | Unset): Time the invoice was paid.
        finalized_at (None | str | Unset): Time the invoice was finalized.
        note_lang_map (LangMap | None | Unset):
        peppol_project_reference (None | str | Unset): Project reference for e-invoicing.
        peppol_purchase_order_reference (None | str | Unset): Buyer's purchase order reference for e-invoicing.
        peppol_sales_order_reference (None | str | Unset): Seller's sales order reference for e-invoicing.
        peppol_exchange_push_options (list[Any] | None | Unset): Networks the invoice is set to be pushed to.
        peppol_exchange_scheduled_push_at (None | str | Unset): When the next e-invoicing push is planned.
        peppol_exchange_scheduled_pushed_at (None | str | Unset): When the planned e-invoicing push ran.
        peppol_exchanges_pushed (list[Any] | None | Unset): Networks the invoice has been pushed to.
        receiver_has_custom_identity (bool | Unset): Whether receiver details were entered on the invoice instead of
            taken from the user record.
        receiver_custom_identity_is_business (bool | None | Unset): Whether the custom receiver is a business.
        receiver_custom_identity_organization_type (None | str | Unset): Legal form of the custom receiver.
        receiver_custom_identity_name (None | str | Unset): Name of the custom receiver.
        receiver_information (JsonObject | None | Unset):
        receiver_organization_information (JsonObject | None | Unset):
        receiver_country_code (None | str | Unset): Country of the receiver.
        sender_has_custom_identity (bool | Unset): Whether sender details were entered on the invoice instead of taken
            from the user record.
        sender_custom_identity_is_business (bool | None | Unset): Whether the custom sender is a business.
        sender_custom_identity_organization_type (None | str | Unset): Legal form of the custom sender.
        sender_custom_identity_name (None | str | Unset): Name of the custom sender.
        sender_information (JsonObject | None | Unset):
        sender_organization_information (JsonObject | None | Unset):
        sender_country_code (None | str | Unset): Country of the sender.
        is_tax_charged (bool | Unset): Whether tax is charged on the invoice.
        is_downloadable (bool | Unset): Whether a document can be downloaded for the invoice.
        file_extension (None | str | Unset): Extension of the uploaded file of an external invoice.
        bank_account_payment_qr_types (list[str] | None | Unset): Payment QR codes printed on the invoice.
        organization_user_payment_method_id (None | str | Unset): Stored payment method used to charge the invoice.
        payment_provider_reference (None | str | Unset): Reference of the payment at the payment provider.
        charge_first_failed_at (None | str | Unset): First failed charge attempt (API-charged invoices only).
        next_charge_retry_at (None | str | Unset): Next planned charge attempt (API-charged invoices only).
        charge_retry_exhausted_at (None | str | Unset): When charge retries ran out (API-charged invoices only).
        charge_retry_count (int | None | Unset): Charge attempts so far (API-charged invoices only).
        tag_ids (list[str] | Unset): Ids of attached tags (with `include=tag_ids`).
        taxes (InvoiceTaxes | Unset): Embedded taxes (present when `include` contains `taxes`). May be an empty object
            when nothing was loaded.
        invoice_prefix (InvoicePrefixEnvelope | Unset): A single invoice prefix; also how a prefix is embedded in an
            invoice.
        line_items (InvoiceLineItems | Unset): Embedded line items (present when `include` contains `line_items`).
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
        from ..models.json_object import JsonObject
        from ..models.lang_map import LangMap

        id = self.id

        object_ = self.object_

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by_user_id: None | str | Unset
        if isinstance(self.deleted_by_user_id, Unset):
            deleted_by_user_id = UNSET
        else:
            deleted_by_user_id = self.deleted_by_user_id

        organization_invoice_id: None | str | Unset
        if isinstance(self.organization_invoice_id, Unset):
            organization_invoice_id = UNSET
        else:
            organization_invoice_id = self.organization_invoice_id

        organization_bank_account_id: None | str | Unset
        if isinstance(self.organization_bank_account_id, Unset):
            organization_bank_account_id = UNSET
        else:
            organization_bank_account_id = self.organization_bank_account_id

        organization_invoice_prefix_id: None | str | Unset
        if isinstance(self.organization_invoice_prefix_id, Unset):
            organization_invoice_prefix_id = UNSET
        else:
            organization_invoice_prefix_id = self.organization_invoice_prefix_id

        organization_sender_user_id: None | str | Unset
        if isinstance(self.organization_sender_user_id, Unset):
            organization_sender_user_id = UNSET
        else:
            organization_sender_user_id = self.organization_sender_user_id

        organization_receiver_user_id: None | str | Unset
        if isinstance(self.organization_receiver_user_id, Unset):
            organization_receiver_user_id = UNSET
        else:
            organization_receiver_user_id = self.organization_receiver_user_id

        organization_receiver_user_address_id: None | str | Unset
        if isinstance(self.organization_receiver_user_address_id, Unset):
            organization_receiver_user_address_id = UNSET
        else:
            organization_receiver_user_address_id = (
                self.organization_receiver_user_address_id
            )

        organization_receiver_shipping_user_address_id: None | str | Unset
        if isinstance(self.organization_receiver_shipping_user_address_id, Unset):
            organization_receiver_shipping_user_address_id = UNSET
        else:
            organization_receiver_shipping_user_address_id = (
                self.organization_receiver_shipping_user_address_id
            )

        organization_contract_id: None | str | Unset
        if isinstance(self.organization_contract_id, Unset):
            organization_contract_id = UNSET
        else:
            organization_contract_id = self.organization_contract_id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        will_number_be_auto_assigned = self.will_number_be_auto_assigned

        formatted_number = self.formatted_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        delivery_method: None | str | Unset
        if isinstance(self.delivery_method, Unset):
            delivery_method = UNSET
        elif isinstance(self.delivery_method, DeliveryMethod):
            delivery_method = self.delivery_method.value
        else:
            delivery_method = self.delivery_method

        delivery_method_information: dict[str, Any] | None | Unset
        if isinstance(self.delivery_method_information, Unset):
            delivery_method_information = UNSET
        elif isinstance(self.delivery_method_information, JsonObject):
            delivery_method_information = self.delivery_method_information.to_dict()
        else:
            delivery_method_information = self.delivery_method_information

        currency = self.currency

        sub_total = self.sub_total

        discount = self.discount

        tax_total = self.tax_total

        total = self.total

        issued_at: None | str | Unset
        if isinstance(self.issued_at, Unset):
            issued_at = UNSET
        else:
            issued_at = self.issued_at

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        else:
            due_at = self.due_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        else:
            paid_at = self.paid_at

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        else:
            finalized_at = self.finalized_at

        note_lang_map: dict[str, Any] | None | Unset
        if isinstance(self.note_lang_map, Unset):
            note_lang_map = UNSET
        elif isinstance(self.note_lang_map, LangMap):
            note_lang_map = self.note_lang_map.to_dict()
        else:
            note_lang_map = self.note_lang_map

        peppol_project_reference: None | str | Unset
        if isinstance(self.peppol_project_reference, Unset):
            peppol_project_reference = UNSET
        else:
            peppol_project_reference = self.peppol_project_reference

        peppol_purchase_order_reference: None | str | Unset
        if isinstance(self.peppol_purchase_order_reference, Unset):
            peppol_purchase_order_reference = UNSET
        else:
            peppol_purchase_order_reference = self.peppol_purchase_order_reference

        peppol_sales_order_reference: None | str | Unset
        if isinstance(self.peppol_sales_order_reference, Unset):
            peppol_sales_order_reference = UNSET
        else:
            peppol_sales_order_reference = self.peppol_sales_order_reference

        peppol_exchange_push_options: list[Any] | None | Unset
        if isinstance(self.peppol_exchange_push_options, Unset):
            peppol_exchange_push_options = UNSET
        elif isinstance(self.peppol_exchange_push_options, list):
            peppol_exchange_push_options = self.peppol_exchange_push_options

        else:
            peppol_exchange_push_options = self.peppol_exchange_push_options

        peppol_exchange_scheduled_push_at: None | str | Unset
        if isinstance(self.peppol_exchange_scheduled_push_at, Unset):
            peppol_exchange_scheduled_push_at = UNSET
        else:
            peppol_exchange_scheduled_push_at = self.peppol_exchange_scheduled_push_at

        peppol_exchange_scheduled_pushed_at: None | str | Unset
        if isinstance(self.peppol_exchange_scheduled_pushed_at, Unset):
            peppol_exchange_scheduled_pushed_at = UNSET
        else:
            peppol_exchange_scheduled_pushed_at = (
                self.peppol_exchange_scheduled_pushed_at
            )

        peppol_exchanges_pushed: list[Any] | None | Unset
        if isinstance(self.peppol_exchanges_pushed, Unset):
            peppol_exchanges_pushed = UNSET
        elif isinstance(self.peppol_exchanges_pushed, list):
            peppol_exchanges_pushed = self.peppol_exchanges_pushed

        else:
            peppol_exchanges_pushed = self.peppol_exchanges_pushed

        receiver_has_custom_identity = self.receiver_has_custom_identity

        receiver_custom_identity_is_business: bool | None | Unset
        if isinstance(self.receiver_custom_identity_is_business, Unset):
            receiver_custom_identity_is_business = UNSET
        else:
            receiver_custom_identity_is_business = (
                self.receiver_custom_identity_is_business
            )

        receiver_custom_identity_organization_type: None | str | Unset
        if isinstance(self.receiver_custom_identity_organization_type, Unset):
            receiver_custom_identity_organization_type = UNSET
        else:
            receiver_custom_identity_organization_type = (
                self.receiver_custom_identity_organization_type
            )

        receiver_custom_identity_name: None | str | Unset
        if isinstance(self.receiver_custom_identity_name, Unset):
            receiver_custom_identity_name = UNSET
        else:
            receiver_custom_identity_name = self.receiver_custom_identity_name

        receiver_information: dict[str, Any] | None | Unset
        if isinstance(self.receiver_information, Unset):
            receiver_information = UNSET
        elif isinstance(self.receiver_information, JsonObject):
            receiver_information = self.receiver_information.to_dict()
        else:
            receiver_information = self.receiver_information

        receiver_organization_information: dict[str, Any] | None | Unset
        if isinstance(self.receiver_organization_information, Unset):
            receiver_organization_information = UNSET
        elif isinstance(self.receiver_organization_information, JsonObject):
            receiver_organization_information = (
                self.receiver_organization_information.to_dict()
            )
        else:
            receiver_organization_information = self.receiver_organization_information

        receiver_country_code: None | str | Unset
        if isinstance(self.receiver_country_code, Unset):
            receiver_country_code = UNSET
        else:
            receiver_country_code = self.receiver_country_code

        sender_has_custom_identity = self.sender_has_custom_identity

        sender_custom_identity_is_business: bool | None | Unset
        if isinstance(self.sender_custom_identity_is_business, Unset):
            sender_custom_identity_is_business = UNSET
        else:
            sender_custom_identity_is_business = self.sender_custom_identity_is_business

        sender_custom_identity_organization_type: None | str | Unset
        if isinstance(self.sender_custom_identity_organization_type, Unset):
            sender_custom_identity_organization_type = UNSET
        else:
            sender_custom_identity_organization_type = (
                self.sender_custom_identity_organization_type
            )

        sender_custom_identity_name: None | str | Unset
        if isinstance(self.sender_custom_identity_name, Unset):
            sender_custom_identity_name = UNSET
        else:
            sender_custom_identity_name = self.sender_custom_identity_name

        sender_information: dict[str, Any] | None | Unset
        if isinstance(self.sender_information, Unset):
            sender_information = UNSET
        elif isinstance(self.sender_information, JsonObject):
            sender_information = self.sender_information.to_dict()
        else:
            sender_information = self.sender_information

        sender_organization_information: dict[str, Any] | None | Unset
        if isinstance(self.sender_organization_information, Unset):
            sender_organization_information = UNSET
        elif isinstance(self.sender_organization_information, JsonObject):
            sender_organization_information = (
                self.sender_organization_information.to_dict()
            )
        else:
            sender_organization_information = self.sender_organization_information

        sender_country_code: None | str | Unset
        if isinstance(self.sender_country_code, Unset):
            sender_country_code = UNSET
        else:
            sender_country_code = self.sender_country_code

        is_tax_charged = self.is_tax_charged

        is_downloadable = self.is_downloadable

        file_extension: None | str | Unset
        if isinstance(self.file_extension, Unset):
            file_extension = UNSET
        else:
            file_extension = self.file_extension

        bank_account_payment_qr_types: list[str] | None | Unset
        if isinstance(self.bank_account_payment_qr_types, Unset):
            bank_account_payment_qr_types = UNSET
        elif isinstance(self.bank_account_payment_qr_types, list):
            bank_account_payment_qr_types = self.bank_account_payment_qr_types

        else:
            bank_account_payment_qr_types = self.bank_account_payment_qr_types

        organization_user_payment_method_id: None | str | Unset
        if isinstance(self.organization_user_payment_method_id, Unset):
            organization_user_payment_method_id = UNSET
        else:
            organization_user_payment_method_id = (
                self.organization_user_payment_method_id
            )

        payment_provider_reference: None | str | Unset
        if isinstance(self.payment_provider_reference, Unset):
            payment_provider_reference = UNSET
        else:
            payment_provider_reference = self.payment_provider_reference

        charge_first_failed_at: None | str | Unset
        if isinstance(self.charge_first_failed_at, Unset):
            charge_first_failed_at = UNSET
        else:
            charge_first_failed_at = self.charge_first_failed_at

        next_charge_retry_at: None | str | Unset
        if isinstance(self.next_charge_retry_at, Unset):
            next_charge_retry_at = UNSET
        else:
            next_charge_retry_at = self.next_charge_retry_at

        charge_retry_exhausted_at: None | str | Unset
        if isinstance(self.charge_retry_exhausted_at, Unset):
            charge_retry_exhausted_at = UNSET
        else:
            charge_retry_exhausted_at = self.charge_retry_exhausted_at

        charge_retry_count: int | None | Unset
        if isinstance(self.charge_retry_count, Unset):
            charge_retry_count = UNSET
        else:
            charge_retry_count = self.charge_retry_count

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes.to_dict()

        invoice_prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_prefix, Unset):
            invoice_prefix = self.invoice_prefix.to_dict()

        line_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = self.line_items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by_user_id is not UNSET:
            field_dict["deleted_by_user_id"] = deleted_by_user_id
        if organization_invoice_id is not UNSET:
            field_dict["organization_invoice_id"] = organization_invoice_id
        if organization_bank_account_id is not UNSET:
            field_dict["organization_bank_account_id"] = organization_bank_account_id
        if organization_invoice_prefix_id is not UNSET:
            field_dict["organization_invoice_prefix_id"] = (
                organization_invoice_prefix_id
            )
        if organization_sender_user_id is not UNSET:
            field_dict["organization_sender_user_id"] = organization_sender_user_id
        if organization_receiver_user_id is not UNSET:
            field_dict["organization_receiver_user_id"] = organization_receiver_user_id
        if organization_receiver_user_address_id is not UNSET:
            field_dict["organization_receiver_user_address_id"] = (
                organization_receiver_user_address_id
            )
        if organization_receiver_shipping_user_address_id is not UNSET:
            field_dict["organization_receiver_shipping_user_address_id"] = (
                organization_receiver_shipping_user_address_id
            )
        if organization_contract_id is not UNSET:
            field_dict["organization_contract_id"] = organization_contract_id
        if number is not UNSET:
            field_dict["number"] = number
        if will_number_be_auto_assigned is not UNSET:
            field_dict["will_number_be_auto_assigned"] = will_number_be_auto_assigned
        if formatted_number is not UNSET:
            field_dict["formatted_number"] = formatted_number
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if direction is not UNSET:
            field_dict["direction"] = direction
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if delivery_method_information is not UNSET:
            field_dict["delivery_method_information"] = delivery_method_information
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sub_total is not UNSET:
            field_dict["sub_total"] = sub_total
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if total is not UNSET:
            field_dict["total"] = total
        if issued_at is not UNSET:
            field_dict["issued_at"] = issued_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
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
        if peppol_exchange_push_options is not UNSET:
            field_dict["peppol_exchange_push_options"] = peppol_exchange_push_options
        if peppol_exchange_scheduled_push_at is not UNSET:
            field_dict["peppol_exchange_scheduled_push_at"] = (
                peppol_exchange_scheduled_push_at
            )
        if peppol_exchange_scheduled_pushed_at is not UNSET:
            field_dict["peppol_exchange_scheduled_pushed_at"] = (
                peppol_exchange_scheduled_pushed_at
            )
        if peppol_exchanges_pushed is not UNSET:
            field_dict["peppol_exchanges_pushed"] = peppol_exchanges_pushed
        if receiver_has_custom_identity is not UNSET:
            field_dict["receiver_has_custom_identity"] = receiver_has_custom_identity
        if receiver_custom_identity_is_business is not UNSET:
            field_dict["receiver_custom_identity_is_business"] = (
                receiver_custom_identity_is_business
            )
        if receiver_custom_identity_organization_type is not UNSET:
            field_dict["receiver_custom_identity_organization_type"] = (
                receiver_custom_identity_organization_type
            )
        if receiver_custom_identity_name is not UNSET:
            field_dict["receiver_custom_identity_name"] = receiver_custom_identity_name
        if receiver_information is not UNSET:
            field_dict["receiver_information"] = receiver_information
        if receiver_organization_information is not UNSET:
            field_dict["receiver_organization_information"] = (
                receiver_organization_information
            )
        if receiver_country_code is not UNSET:
            field_dict["receiver_country_code"] = receiver_country_code
        if sender_has_custom_identity is not UNSET:
            field_dict["sender_has_custom_identity"] = sender_has_custom_identity
        if sender_custom_identity_is_business is not UNSET:
            field_dict["sender_custom_identity_is_business"] = (
                sender_custom_identity_is_business
            )
        if sender_custom_identity_organization_type is not UNSET:
            field_dict["sender_custom_identity_organization_type"] = (
                sender_custom_identity_organization_type
            )
        if sender_custom_identity_name is not UNSET:
            field_dict["sender_custom_identity_name"] = sender_custom_identity_name
        if sender_information is not UNSET:
            field_dict["sender_information"] = sender_information
        if sender_organization_information is not UNSET:
            field_dict["sender_organization_information"] = (
                sender_organization_information
            )
        if sender_country_code is not UNSET:
            field_dict["sender_country_code"] = sender_country_code
        if is_tax_charged is not UNSET:
            field_dict["is_tax_charged"] = is_tax_charged
        if is_downloadable is not UNSET:
            field_dict["is_downloadable"] = is_downloadable
        if file_extension is not UNSET:
            field_dict["file_extension"] = file_extension
        if bank_account_payment_qr_types is not UNSET:
            field_dict["bank_account_payment_qr_types"] = bank_account_payment_qr_types
        if organization_user_payment_method_id is not UNSET:
            field_dict["organization_user_payment_method_id"] = (
                organization_user_payment_method_id
            )
        if payment_provider_reference is not UNSET:
            field_dict["payment_provider_reference"] = payment_provider_reference
        if charge_first_failed_at is not UNSET:
            field_dict["charge_first_failed_at"] = charge_first_failed_at
        if next_charge_retry_at is not UNSET:
            field_dict["next_charge_retry_at"] = next_charge_retry_at
        if charge_retry_exhausted_at is not UNSET:
            field_dict["charge_retry_exhausted_at"] = charge_retry_exhausted_at
        if charge_retry_count is not UNSET:
            field_dict["charge_retry_count"] = charge_retry_count
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if invoice_prefix is not UNSET:
            field_dict["invoice_prefix"] = invoice_prefix
        if line_items is not UNSET:
            field_dict["line_items"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoice_line_items import InvoiceLineItems
        from ..models.invoice_prefix_envelope import InvoicePrefixEnvelope
        from ..models.invoice_taxes import InvoiceTaxes
        from ..models.json_object import JsonObject
        from ..models.lang_map import LangMap

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_deleted_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by_user_id = _parse_deleted_by_user_id(
            d.pop("deleted_by_user_id", UNSET)
        )

        def _parse_organization_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_invoice_id = _parse_organization_invoice_id(
            d.pop("organization_invoice_id", UNSET)
        )

        def _parse_organization_bank_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_bank_account_id = _parse_organization_bank_account_id(
            d.pop("organization_bank_account_id", UNSET)
        )

        def _parse_organization_invoice_prefix_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_invoice_prefix_id = _parse_organization_invoice_prefix_id(
            d.pop("organization_invoice_prefix_id", UNSET)
        )

        def _parse_organization_sender_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_sender_user_id = _parse_organization_sender_user_id(
            d.pop("organization_sender_user_id", UNSET)
        )

        def _parse_organization_receiver_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_receiver_user_id = _parse_organization_receiver_user_id(
            d.pop("organization_receiver_user_id", UNSET)
        )

        def _parse_organization_receiver_user_address_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_receiver_user_address_id = (
            _parse_organization_receiver_user_address_id(
                d.pop("organization_receiver_user_address_id", UNSET)
            )
        )

        def _parse_organization_receiver_shipping_user_address_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_receiver_shipping_user_address_id = (
            _parse_organization_receiver_shipping_user_address_id(
                d.pop("organization_receiver_shipping_user_address_id", UNSET)
            )
        )

        def _parse_organization_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_contract_id = _parse_organization_contract_id(
            d.pop("organization_contract_id", UNSET)
        )

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        will_number_be_auto_assigned = d.pop("will_number_be_auto_assigned", UNSET)

        formatted_number = d.pop("formatted_number", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        _source = d.pop("source", UNSET)
        source: InvoiceSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = InvoiceSource(_source)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        _direction = d.pop("direction", UNSET)
        direction: InvoiceDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = InvoiceDirection(_direction)

        def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_0 = PaymentMethod(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_delivery_method(data: object) -> DeliveryMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_method_type_0 = DeliveryMethod(data)

                return delivery_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryMethod | None | Unset, data)

        delivery_method = _parse_delivery_method(d.pop("delivery_method", UNSET))

        def _parse_delivery_method_information(
            data: object,
        ) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_method_information_type_0 = JsonObject.from_dict(data)

                return delivery_method_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        delivery_method_information = _parse_delivery_method_information(
            d.pop("delivery_method_information", UNSET)
        )

        currency = d.pop("currency", UNSET)

        sub_total = d.pop("sub_total", UNSET)

        discount = d.pop("discount", UNSET)

        tax_total = d.pop("tax_total", UNSET)

        total = d.pop("total", UNSET)

        def _parse_issued_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issued_at = _parse_issued_at(d.pop("issued_at", UNSET))

        def _parse_due_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        def _parse_paid_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        def _parse_finalized_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        def _parse_note_lang_map(data: object) -> LangMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                note_lang_map_type_0 = LangMap.from_dict(data)

                return note_lang_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LangMap | None | Unset, data)

        note_lang_map = _parse_note_lang_map(d.pop("note_lang_map", UNSET))

        def _parse_peppol_project_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        peppol_project_reference = _parse_peppol_project_reference(
            d.pop("peppol_project_reference", UNSET)
        )

        def _parse_peppol_purchase_order_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        peppol_purchase_order_reference = _parse_peppol_purchase_order_reference(
            d.pop("peppol_purchase_order_reference", UNSET)
        )

        def _parse_peppol_sales_order_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        peppol_sales_order_reference = _parse_peppol_sales_order_reference(
            d.pop("peppol_sales_order_reference", UNSET)
        )

        def _parse_peppol_exchange_push_options(
            data: object,
        ) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                peppol_exchange_push_options_type_0 = cast(list[Any], data)

                return peppol_exchange_push_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        peppol_exchange_push_options = _parse_peppol_exchange_push_options(
            d.pop("peppol_exchange_push_options", UNSET)
        )

        def _parse_peppol_exchange_scheduled_push_at(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        peppol_exchange_scheduled_push_at = _parse_peppol_exchange_scheduled_push_at(
            d.pop("peppol_exchange_scheduled_push_at", UNSET)
        )

        def _parse_peppol_exchange_scheduled_pushed_at(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        peppol_exchange_scheduled_pushed_at = (
            _parse_peppol_exchange_scheduled_pushed_at(
                d.pop("peppol_exchange_scheduled_pushed_at", UNSET)
            )
        )

        def _parse_peppol_exchanges_pushed(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                peppol_exchanges_pushed_type_0 = cast(list[Any], data)

                return peppol_exchanges_pushed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        peppol_exchanges_pushed = _parse_peppol_exchanges_pushed(
            d.pop("peppol_exchanges_pushed", UNSET)
        )

        receiver_has_custom_identity = d.pop("receiver_has_custom_identity", UNSET)

        def _parse_receiver_custom_identity_is_business(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        receiver_custom_identity_is_business = (
            _parse_receiver_custom_identity_is_business(
                d.pop("receiver_custom_identity_is_business", UNSET)
            )
        )

        def _parse_receiver_custom_identity_organization_type(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_custom_identity_organization_type = (
            _parse_receiver_custom_identity_organization_type(
                d.pop("receiver_custom_identity_organization_type", UNSET)
            )
        )

        def _parse_receiver_custom_identity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_custom_identity_name = _parse_receiver_custom_identity_name(
            d.pop("receiver_custom_identity_name", UNSET)
        )

        def _parse_receiver_information(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_information_type_0 = JsonObject.from_dict(data)

                return receiver_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        receiver_information = _parse_receiver_information(
            d.pop("receiver_information", UNSET)
        )

        def _parse_receiver_organization_information(
            data: object,
        ) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_organization_information_type_0 = JsonObject.from_dict(data)

                return receiver_organization_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        receiver_organization_information = _parse_receiver_organization_information(
            d.pop("receiver_organization_information", UNSET)
        )

        def _parse_receiver_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_country_code = _parse_receiver_country_code(
            d.pop("receiver_country_code", UNSET)
        )

        sender_has_custom_identity = d.pop("sender_has_custom_identity", UNSET)

        def _parse_sender_custom_identity_is_business(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sender_custom_identity_is_business = _parse_sender_custom_identity_is_business(
            d.pop("sender_custom_identity_is_business", UNSET)
        )

        def _parse_sender_custom_identity_organization_type(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_custom_identity_organization_type = (
            _parse_sender_custom_identity_organization_type(
                d.pop("sender_custom_identity_organization_type", UNSET)
            )
        )

        def _parse_sender_custom_identity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_custom_identity_name = _parse_sender_custom_identity_name(
            d.pop("sender_custom_identity_name", UNSET)
        )

        def _parse_sender_information(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_information_type_0 = JsonObject.from_dict(data)

                return sender_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        sender_information = _parse_sender_information(
            d.pop("sender_information", UNSET)
        )

        def _parse_sender_organization_information(
            data: object,
        ) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_organization_information_type_0 = JsonObject.from_dict(data)

                return sender_organization_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        sender_organization_information = _parse_sender_organization_information(
            d.pop("sender_organization_information", UNSET)
        )

        def _parse_sender_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_country_code = _parse_sender_country_code(
            d.pop("sender_country_code", UNSET)
        )

        is_tax_charged = d.pop("is_tax_charged", UNSET)

        is_downloadable = d.pop("is_downloadable", UNSET)

        def _parse_file_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_extension = _parse_file_extension(d.pop("file_extension", UNSET))

        def _parse_bank_account_payment_qr_types(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bank_account_payment_qr_types_type_0 = cast(list[str], data)

                return bank_account_payment_qr_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bank_account_payment_qr_types = _parse_bank_account_payment_qr_types(
            d.pop("bank_account_payment_qr_types", UNSET)
        )

        def _parse_organization_user_payment_method_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_user_payment_method_id = (
            _parse_organization_user_payment_method_id(
                d.pop("organization_user_payment_method_id", UNSET)
            )
        )

        def _parse_payment_provider_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_provider_reference = _parse_payment_provider_reference(
            d.pop("payment_provider_reference", UNSET)
        )

        def _parse_charge_first_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_first_failed_at = _parse_charge_first_failed_at(
            d.pop("charge_first_failed_at", UNSET)
        )

        def _parse_next_charge_retry_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_charge_retry_at = _parse_next_charge_retry_at(
            d.pop("next_charge_retry_at", UNSET)
        )

        def _parse_charge_retry_exhausted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_retry_exhausted_at = _parse_charge_retry_exhausted_at(
            d.pop("charge_retry_exhausted_at", UNSET)
        )

        def _parse_charge_retry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        charge_retry_count = _parse_charge_retry_count(
            d.pop("charge_retry_count", UNSET)
        )

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        _taxes = d.pop("taxes", UNSET)
        taxes: InvoiceTaxes | Unset
        if isinstance(_taxes, Unset):
            taxes = UNSET
        else:
            taxes = InvoiceTaxes.from_dict(_taxes)

        _invoice_prefix = d.pop("invoice_prefix", UNSET)
        invoice_prefix: InvoicePrefixEnvelope | Unset
        if isinstance(_invoice_prefix, Unset):
            invoice_prefix = UNSET
        else:
            invoice_prefix = InvoicePrefixEnvelope.from_dict(_invoice_prefix)

        _line_items = d.pop("line_items", UNSET)
        line_items: InvoiceLineItems | Unset
        if isinstance(_line_items, Unset):
            line_items = UNSET
        else:
            line_items = InvoiceLineItems.from_dict(_line_items)

        invoice = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            organization_invoice_id=organization_invoice_id,
            organization_bank_account_id=organization_bank_account_id,
            organization_invoice_prefix_id=organization_invoice_prefix_id,
            organization_sender_user_id=organization_sender_user_id,
            organization_receiver_user_id=organization_receiver_user_id,
            organization_receiver_user_address_id=organization_receiver_user_address_id,
            organization_receiver_shipping_user_address_id=organization_receiver_shipping_user_address_id,
            organization_contract_id=organization_contract_id,
            number=number,
            will_number_be_auto_assigned=will_number_be_auto_assigned,
            formatted_number=formatted_number,
            status=status,
            source=source,
            type_=type_,
            direction=direction,
            payment_method=payment_method,
            delivery_method=delivery_method,
            delivery_method_information=delivery_method_information,
            currency=currency,
            sub_total=sub_total,
            discount=discount,
            tax_total=tax_total,
            total=total,
            issued_at=issued_at,
            due_at=due_at,
            paid_at=paid_at,
            finalized_at=finalized_at,
            note_lang_map=note_lang_map,
            peppol_project_reference=peppol_project_reference,
            peppol_purchase_order_reference=peppol_purchase_order_reference,
            peppol_sales_order_reference=peppol_sales_order_reference,
            peppol_exchange_push_options=peppol_exchange_push_options,
            peppol_exchange_scheduled_push_at=peppol_exchange_scheduled_push_at,
            peppol_exchange_scheduled_pushed_at=peppol_exchange_scheduled_pushed_at,
            peppol_exchanges_pushed=peppol_exchanges_pushed,
            receiver_has_custom_identity=receiver_has_custom_identity,
            receiver_custom_identity_is_business=receiver_custom_identity_is_business,
            receiver_custom_identity_organization_type=receiver_custom_identity_organization_type,
            receiver_custom_identity_name=receiver_custom_identity_name,
            receiver_information=receiver_information,
            receiver_organization_information=receiver_organization_information,
            receiver_country_code=receiver_country_code,
            sender_has_custom_identity=sender_has_custom_identity,
            sender_custom_identity_is_business=sender_custom_identity_is_business,
            sender_custom_identity_organization_type=sender_custom_identity_organization_type,
            sender_custom_identity_name=sender_custom_identity_name,
            sender_information=sender_information,
            sender_organization_information=sender_organization_information,
            sender_country_code=sender_country_code,
            is_tax_charged=is_tax_charged,
            is_downloadable=is_downloadable,
            file_extension=file_extension,
            bank_account_payment_qr_types=bank_account_payment_qr_types,
            organization_user_payment_method_id=organization_user_payment_method_id,
            payment_provider_reference=payment_provider_reference,
            charge_first_failed_at=charge_first_failed_at,
            next_charge_retry_at=next_charge_retry_at,
            charge_retry_exhausted_at=charge_retry_exhausted_at,
            charge_retry_count=charge_retry_count,
            tag_ids=tag_ids,
            taxes=taxes,
            invoice_prefix=invoice_prefix,
            line_items=line_items,
        )

        invoice.additional_properties = d
        return invoice

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
