"""Contains all the data models used in inputs/outputs.

Each model is imported on first use: ``from <this package>.models import Invoice`` imports the
``invoice`` module and what it needs, not every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bank_account import BankAccount
    from .bank_account_create import BankAccountCreate
    from .bank_account_envelope import BankAccountEnvelope
    from .bank_account_information import BankAccountInformation
    from .bank_account_list import BankAccountList
    from .bank_account_type import BankAccountType
    from .bank_account_update import BankAccountUpdate
    from .deleted_filter import DeletedFilter
    from .delivery_method import DeliveryMethod
    from .error_message import ErrorMessage
    from .eu_vat_class import EuVatClass
    from .invoice import Invoice
    from .invoice_create import InvoiceCreate
    from .invoice_direction import InvoiceDirection
    from .invoice_envelope import InvoiceEnvelope
    from .invoice_line_item import InvoiceLineItem
    from .invoice_line_item_input import InvoiceLineItemInput
    from .invoice_line_items import InvoiceLineItems
    from .invoice_list import InvoiceList
    from .invoice_prefix import InvoicePrefix
    from .invoice_prefix_create import InvoicePrefixCreate
    from .invoice_prefix_envelope import InvoicePrefixEnvelope
    from .invoice_prefix_list import InvoicePrefixList
    from .invoice_prefix_update import InvoicePrefixUpdate
    from .invoice_schema_map import InvoiceSchemaMap
    from .invoice_source import InvoiceSource
    from .invoice_status import InvoiceStatus
    from .invoice_tax import InvoiceTax
    from .invoice_tax_input import InvoiceTaxInput
    from .invoice_taxes import InvoiceTaxes
    from .invoice_type import InvoiceType
    from .invoice_update import InvoiceUpdate
    from .json_object import JsonObject
    from .lang_map import LangMap
    from .list_meta import ListMeta
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .navigation_meta import NavigationMeta
    from .organization import Organization
    from .organization_envelope import OrganizationEnvelope
    from .organization_environment import OrganizationEnvironment
    from .organization_list import OrganizationList
    from .organization_user import OrganizationUser
    from .organization_user_create import OrganizationUserCreate
    from .organization_user_envelope import OrganizationUserEnvelope
    from .organization_user_list import OrganizationUserList
    from .organization_user_update import OrganizationUserUpdate
    from .pagination_links import PaginationLinks
    from .pagination_meta import PaginationMeta
    from .payment_method import PaymentMethod
    from .payment_qr_type import PaymentQrType
    from .price_map import PriceMap
    from .product import Product
    from .product_create import ProductCreate
    from .product_envelope import ProductEnvelope
    from .product_list import ProductList
    from .product_type import ProductType
    from .product_update import ProductUpdate
    from .resource_common import ResourceCommon
    from .sort_order import SortOrder
    from .tag import Tag
    from .tag_create import TagCreate
    from .tag_envelope import TagEnvelope
    from .tag_list import TagList
    from .tag_update import TagUpdate
    from .tax_class import TaxClass
    from .tax_class_create import TaxClassCreate
    from .tax_class_envelope import TaxClassEnvelope
    from .tax_class_list import TaxClassList
    from .tax_class_update import TaxClassUpdate
    from .tax_rate import TaxRate
    from .tax_rate_create import TaxRateCreate
    from .tax_rate_envelope import TaxRateEnvelope
    from .tax_rate_list import TaxRateList
    from .tax_rate_location import TaxRateLocation
    from .tax_rate_location_input import TaxRateLocationInput
    from .tax_rate_locations import TaxRateLocations
    from .tax_rate_update import TaxRateUpdate
    from .validation_error_body import ValidationErrorBody
    from .validation_error_body_errors import ValidationErrorBodyErrors
    from .webhook_event import WebhookEvent

# Each model's name -> the module (in this package) that defines it.
_MODULES = {
    "BankAccount": "bank_account",
    "BankAccountCreate": "bank_account_create",
    "BankAccountEnvelope": "bank_account_envelope",
    "BankAccountInformation": "bank_account_information",
    "BankAccountList": "bank_account_list",
    "BankAccountType": "bank_account_type",
    "BankAccountUpdate": "bank_account_update",
    "DeletedFilter": "deleted_filter",
    "DeliveryMethod": "delivery_method",
    "ErrorMessage": "error_message",
    "EuVatClass": "eu_vat_class",
    "Invoice": "invoice",
    "InvoiceCreate": "invoice_create",
    "InvoiceDirection": "invoice_direction",
    "InvoiceEnvelope": "invoice_envelope",
    "InvoiceLineItem": "invoice_line_item",
    "InvoiceLineItemInput": "invoice_line_item_input",
    "InvoiceLineItems": "invoice_line_items",
    "InvoiceList": "invoice_list",
    "InvoicePrefix": "invoice_prefix",
    "InvoicePrefixCreate": "invoice_prefix_create",
    "InvoicePrefixEnvelope": "invoice_prefix_envelope",
    "InvoicePrefixList": "invoice_prefix_list",
    "InvoicePrefixUpdate": "invoice_prefix_update",
    "InvoiceSchemaMap": "invoice_schema_map",
    "InvoiceSource": "invoice_source",
    "InvoiceStatus": "invoice_status",
    "InvoiceTax": "invoice_tax",
    "InvoiceTaxInput": "invoice_tax_input",
    "InvoiceTaxes": "invoice_taxes",
    "InvoiceType": "invoice_type",
    "InvoiceUpdate": "invoice_update",
    "JsonObject": "json_object",
    "LangMap": "lang_map",
    "ListMeta": "list_meta",
    "LoginRequest": "login_request",
    "LoginResponse": "login_response",
    "NavigationMeta": "navigation_meta",
    "Organization": "organization",
    "OrganizationEnvelope": "organization_envelope",
    "OrganizationEnvironment": "organization_environment",
    "OrganizationList": "organization_list",
    "OrganizationUser": "organization_user",
    "OrganizationUserCreate": "organization_user_create",
    "OrganizationUserEnvelope": "organization_user_envelope",
    "OrganizationUserList": "organization_user_list",
    "OrganizationUserUpdate": "organization_user_update",
    "PaginationLinks": "pagination_links",
    "PaginationMeta": "pagination_meta",
    "PaymentMethod": "payment_method",
    "PaymentQrType": "payment_qr_type",
    "PriceMap": "price_map",
    "Product": "product",
    "ProductCreate": "product_create",
    "ProductEnvelope": "product_envelope",
    "ProductList": "product_list",
    "ProductType": "product_type",
    "ProductUpdate": "product_update",
    "ResourceCommon": "resource_common",
    "SortOrder": "sort_order",
    "Tag": "tag",
    "TagCreate": "tag_create",
    "TagEnvelope": "tag_envelope",
    "TagList": "tag_list",
    "TagUpdate": "tag_update",
    "TaxClass": "tax_class",
    "TaxClassCreate": "tax_class_create",
    "TaxClassEnvelope": "tax_class_envelope",
    "TaxClassList": "tax_class_list",
    "TaxClassUpdate": "tax_class_update",
    "TaxRate": "tax_rate",
    "TaxRateCreate": "tax_rate_create",
    "TaxRateEnvelope": "tax_rate_envelope",
    "TaxRateList": "tax_rate_list",
    "TaxRateLocation": "tax_rate_location",
    "TaxRateLocationInput": "tax_rate_location_input",
    "TaxRateLocations": "tax_rate_locations",
    "TaxRateUpdate": "tax_rate_update",
    "ValidationErrorBody": "validation_error_body",
    "ValidationErrorBodyErrors": "validation_error_body_errors",
    "WebhookEvent": "webhook_event",
}

__all__ = (
    "BankAccount",
    "BankAccountCreate",
    "BankAccountEnvelope",
    "BankAccountInformation",
    "BankAccountList",
    "BankAccountType",
    "BankAccountUpdate",
    "DeletedFilter",
    "DeliveryMethod",
    "ErrorMessage",
    "EuVatClass",
    "Invoice",
    "InvoiceCreate",
    "InvoiceDirection",
    "InvoiceEnvelope",
    "InvoiceLineItem",
    "InvoiceLineItemInput",
    "InvoiceLineItems",
    "InvoiceList",
    "InvoicePrefix",
    "InvoicePrefixCreate",
    "InvoicePrefixEnvelope",
    "InvoicePrefixList",
    "InvoicePrefixUpdate",
    "InvoiceSchemaMap",
    "InvoiceSource",
    "InvoiceStatus",
    "InvoiceTax",
    "InvoiceTaxInput",
    "InvoiceTaxes",
    "InvoiceType",
    "InvoiceUpdate",
    "JsonObject",
    "LangMap",
    "ListMeta",
    "LoginRequest",
    "LoginResponse",
    "NavigationMeta",
    "Organization",
    "OrganizationEnvelope",
    "OrganizationEnvironment",
    "OrganizationList",
    "OrganizationUser",
    "OrganizationUserCreate",
    "OrganizationUserEnvelope",
    "OrganizationUserList",
    "OrganizationUserUpdate",
    "PaginationLinks",
    "PaginationMeta",
    "PaymentMethod",
    "PaymentQrType",
    "PriceMap",
    "Product",
    "ProductCreate",
    "ProductEnvelope",
    "ProductList",
    "ProductType",
    "ProductUpdate",
    "ResourceCommon",
    "SortOrder",
    "Tag",
    "TagCreate",
    "TagEnvelope",
    "TagList",
    "TagUpdate",
    "TaxClass",
    "TaxClassCreate",
    "TaxClassEnvelope",
    "TaxClassList",
    "TaxClassUpdate",
    "TaxRate",
    "TaxRateCreate",
    "TaxRateEnvelope",
    "TaxRateList",
    "TaxRateLocation",
    "TaxRateLocationInput",
    "TaxRateLocations",
    "TaxRateUpdate",
    "ValidationErrorBody",
    "ValidationErrorBodyErrors",
    "WebhookEvent",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
