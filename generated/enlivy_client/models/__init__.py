"""Contains all the data models used in inputs/outputs"""

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
