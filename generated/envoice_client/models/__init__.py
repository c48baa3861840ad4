"""Contains all the data models used in inputs/outputs.

Each model is imported on first use: ``from <this package>.models import Invoice`` imports the
``invoice`` module and what it needs, not every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_client_email_api_model import AdditionalClientEmailApiModel
    from .change_order_status_api_model import ChangeOrderStatusApiModel
    from .change_order_status_api_model_status_type_1 import (
        ChangeOrderStatusApiModelStatusType1,
    )
    from .change_order_status_api_model_status_type_2_type_1 import (
        ChangeOrderStatusApiModelStatusType2Type1,
    )
    from .change_order_status_api_model_status_type_3_type_1 import (
        ChangeOrderStatusApiModelStatusType3Type1,
    )
    from .change_status_api_model import ChangeStatusApiModel
    from .change_status_api_model_status_type_1 import ChangeStatusApiModelStatusType1
    from .change_status_api_model_status_type_2_type_1 import (
        ChangeStatusApiModelStatusType2Type1,
    )
    from .change_status_api_model_status_type_3_type_1 import (
        ChangeStatusApiModelStatusType3Type1,
    )
    from .client_create_api_model import ClientCreateApiModel
    from .client_delete_api_model import ClientDeleteApiModel
    from .client_details_api_model import ClientDetailsApiModel
    from .client_update_api_model import ClientUpdateApiModel
    from .country_details_api_model import CountryDetailsApiModel
    from .currency_api_model import CurrencyApiModel
    from .currency_details_api_model import CurrencyDetailsApiModel
    from .fault_result import FaultResult
    from .i_error_info import IErrorInfo
    from .invoice_activity_api_model import InvoiceActivityApiModel
    from .invoice_activity_api_model_type_type_1 import InvoiceActivityApiModelTypeType1
    from .invoice_activity_api_model_type_type_2_type_1 import (
        InvoiceActivityApiModelTypeType2Type1,
    )
    from .invoice_activity_api_model_type_type_3_type_1 import (
        InvoiceActivityApiModelTypeType3Type1,
    )
    from .invoice_api_status_response_200 import InvoiceApiStatusResponse200
    from .invoice_attachment_api_model import InvoiceAttachmentApiModel
    from .invoice_attachment_api_model_type_type_1 import (
        InvoiceAttachmentApiModelTypeType1,
    )
    from .invoice_attachment_api_model_type_type_2_type_1 import (
        InvoiceAttachmentApiModelTypeType2Type1,
    )
    from .invoice_attachment_api_model_type_type_3_type_1 import (
        InvoiceAttachmentApiModelTypeType3Type1,
    )
    from .invoice_category_api_model import InvoiceCategoryApiModel
    from .invoice_category_create_api_model import InvoiceCategoryCreateApiModel
    from .invoice_category_delete_api_model import InvoiceCategoryDeleteApiModel
    from .invoice_category_update_api_model import InvoiceCategoryUpdateApiModel
    from .invoice_create_api_model import InvoiceCreateApiModel
    from .invoice_create_api_model_status_type_1 import InvoiceCreateApiModelStatusType1
    from .invoice_create_api_model_status_type_2_type_1 import (
        InvoiceCreateApiModelStatusType2Type1,
    )
    from .invoice_create_api_model_status_type_3_type_1 import (
        InvoiceCreateApiModelStatusType3Type1,
    )
    from .invoice_create_attachment_api_model import InvoiceCreateAttachmentApiModel
    from .invoice_create_attachment_api_model_type_type_1 import (
        InvoiceCreateAttachmentApiModelTypeType1,
    )
    from .invoice_create_attachment_api_model_type_type_2_type_1 import (
        InvoiceCreateAttachmentApiModelTypeType2Type1,
    )
    from .invoice_create_attachment_api_model_type_type_3_type_1 import (
        InvoiceCreateAttachmentApiModelTypeType3Type1,
    )
    from .invoice_create_item_api_model import InvoiceCreateItemApiModel
    from .invoice_delete_api_model import InvoiceDeleteApiModel
    from .invoice_details_api_model import InvoiceDetailsApiModel
    from .invoice_details_api_model_status_type_1 import (
        InvoiceDetailsApiModelStatusType1,
    )
    from .invoice_details_api_model_status_type_2_type_1 import (
        InvoiceDetailsApiModelStatusType2Type1,
    )
    from .invoice_details_api_model_status_type_3_type_1 import (
        InvoiceDetailsApiModelStatusType3Type1,
    )
    from .invoice_full_details_api_model import InvoiceFullDetailsApiModel
    from .invoice_full_details_api_model_status_type_1 import (
        InvoiceFullDetailsApiModelStatusType1,
    )
    from .invoice_full_details_api_model_status_type_2_type_1 import (
        InvoiceFullDetailsApiModelStatusType2Type1,
    )
    from .invoice_full_details_api_model_status_type_3_type_1 import (
        InvoiceFullDetailsApiModelStatusType3Type1,
    )
    from .invoice_gateway_api_model import InvoiceGatewayApiModel
    from .invoice_item_api_model import InvoiceItemApiModel
    from .invoice_payment_api_model import InvoicePaymentApiModel
    from .invoice_payment_api_model_type_type_1 import InvoicePaymentApiModelTypeType1
    from .invoice_payment_api_model_type_type_2_type_1 import (
        InvoicePaymentApiModelTypeType2Type1,
    )
    from .invoice_payment_api_model_type_type_3_type_1 import (
        InvoicePaymentApiModelTypeType3Type1,
    )
    from .invoice_recurring_api_model import InvoiceRecurringApiModel
    from .invoice_recurring_api_model_day_of_week_type_1 import (
        InvoiceRecurringApiModelDayOfWeekType1,
    )
    from .invoice_recurring_api_model_day_of_week_type_2_type_1 import (
        InvoiceRecurringApiModelDayOfWeekType2Type1,
    )
    from .invoice_recurring_api_model_day_of_week_type_3_type_1 import (
        InvoiceRecurringApiModelDayOfWeekType3Type1,
    )
    from .invoice_recurring_api_model_recurrance_pattern_type_1 import (
        InvoiceRecurringApiModelRecurrancePatternType1,
    )
    from .invoice_recurring_api_model_recurrance_pattern_type_2_type_1 import (
        InvoiceRecurringApiModelRecurrancePatternType2Type1,
    )
    from .invoice_recurring_api_model_recurrance_pattern_type_3_type_1 import (
        InvoiceRecurringApiModelRecurrancePatternType3Type1,
    )
    from .invoice_recurring_api_model_status_type_1 import (
        InvoiceRecurringApiModelStatusType1,
    )
    from .invoice_recurring_api_model_status_type_2_type_1 import (
        InvoiceRecurringApiModelStatusType2Type1,
    )
    from .invoice_recurring_api_model_status_type_3_type_1 import (
        InvoiceRecurringApiModelStatusType3Type1,
    )
    from .invoice_update_api_model import InvoiceUpdateApiModel
    from .invoice_update_api_model_status_type_1 import InvoiceUpdateApiModelStatusType1
    from .invoice_update_api_model_status_type_2_type_1 import (
        InvoiceUpdateApiModelStatusType2Type1,
    )
    from .invoice_update_api_model_status_type_3_type_1 import (
        InvoiceUpdateApiModelStatusType3Type1,
    )
    from .invoice_update_attachment_api_model import InvoiceUpdateAttachmentApiModel
    from .invoice_update_attachment_api_model_type_type_1 import (
        InvoiceUpdateAttachmentApiModelTypeType1,
    )
    from .invoice_update_attachment_api_model_type_type_2_type_1 import (
        InvoiceUpdateAttachmentApiModelTypeType2Type1,
    )
    from .invoice_update_attachment_api_model_type_type_3_type_1 import (
        InvoiceUpdateAttachmentApiModelTypeType3Type1,
    )
    from .invoice_update_item_api_model import InvoiceUpdateItemApiModel
    from .invoice_uri_api_model import InvoiceUriApiModel
    from .list_result_invoice_category_api_model import (
        ListResultInvoiceCategoryApiModel,
    )
    from .list_result_invoice_details_api_model import ListResultInvoiceDetailsApiModel
    from .list_result_order_details_api_model import ListResultOrderDetailsApiModel
    from .list_result_product_details_api_model import ListResultProductDetailsApiModel
    from .order_attachment_api_model import OrderAttachmentApiModel
    from .order_attachment_api_model_type_type_1 import OrderAttachmentApiModelTypeType1
    from .order_attachment_api_model_type_type_2_type_1 import (
        OrderAttachmentApiModelTypeType2Type1,
    )
    from .order_attachment_api_model_type_type_3_type_1 import (
        OrderAttachmentApiModelTypeType3Type1,
    )
    from .order_billing_details_api_model import OrderBillingDetailsApiModel
    from .order_create_api_model import OrderCreateApiModel
    from .order_create_api_model_status_type_1 import OrderCreateApiModelStatusType1
    from .order_create_api_model_status_type_2_type_1 import (
        OrderCreateApiModelStatusType2Type1,
    )
    from .order_create_api_model_status_type_3_type_1 import (
        OrderCreateApiModelStatusType3Type1,
    )
    from .order_delete_api_model import OrderDeleteApiModel
    from .order_details_api_model import OrderDetailsApiModel
    from .order_details_api_model_status_type_1 import OrderDetailsApiModelStatusType1
    from .order_details_api_model_status_type_2_type_1 import (
        OrderDetailsApiModelStatusType2Type1,
    )
    from .order_details_api_model_status_type_3_type_1 import (
        OrderDetailsApiModelStatusType3Type1,
    )
    from .order_full_details_api_model import OrderFullDetailsApiModel
    from .order_full_details_api_model_status_type_1 import (
        OrderFullDetailsApiModelStatusType1,
    )
    from .order_full_details_api_model_status_type_2_type_1 import (
        OrderFullDetailsApiModelStatusType2Type1,
    )
    from .order_full_details_api_model_status_type_3_type_1 import (
        OrderFullDetailsApiModelStatusType3Type1,
    )
    from .order_item_api_model import OrderItemApiModel
    from .order_shipping_details_api_model import OrderShippingDetailsApiModel
    from .payment_gateway_details_api_model import PaymentGatewayDetailsApiModel
    from .product_attachment_api_model import ProductAttachmentApiModel
    from .product_attachment_api_model_type_type_1 import (
        ProductAttachmentApiModelTypeType1,
    )
    from .product_attachment_api_model_type_type_2_type_1 import (
        ProductAttachmentApiModelTypeType2Type1,
    )
    from .product_attachment_api_model_type_type_3_type_1 import (
        ProductAttachmentApiModelTypeType3Type1,
    )
    from .product_coupon_api_model import ProductCouponApiModel
    from .product_create_api_model import ProductCreateApiModel
    from .product_create_api_model_status_type_1 import ProductCreateApiModelStatusType1
    from .product_create_api_model_status_type_2_type_1 import (
        ProductCreateApiModelStatusType2Type1,
    )
    from .product_create_api_model_status_type_3_type_1 import (
        ProductCreateApiModelStatusType3Type1,
    )
    from .product_delete_api_model import ProductDeleteApiModel
    from .product_details_api_model import ProductDetailsApiModel
    from .product_details_api_model_status_type_1 import (
        ProductDetailsApiModelStatusType1,
    )
    from .product_details_api_model_status_type_2_type_1 import (
        ProductDetailsApiModelStatusType2Type1,
    )
    from .product_details_api_model_status_type_3_type_1 import (
        ProductDetailsApiModelStatusType3Type1,
    )
    from .product_discount_api_model import ProductDiscountApiModel
    from .product_full_details_api_model import ProductFullDetailsApiModel
    from .product_full_details_api_model_status_type_1 import (
        ProductFullDetailsApiModelStatusType1,
    )
    from .product_full_details_api_model_status_type_2_type_1 import (
        ProductFullDetailsApiModelStatusType2Type1,
    )
    from .product_full_details_api_model_status_type_3_type_1 import (
        ProductFullDetailsApiModelStatusType3Type1,
    )
    from .product_gateway_api_model import ProductGatewayApiModel
    from .product_item_api_model import ProductItemApiModel
    from .product_update_api_model import ProductUpdateApiModel
    from .product_update_api_model_status_type_1 import ProductUpdateApiModelStatusType1
    from .product_update_api_model_status_type_2_type_1 import (
        ProductUpdateApiModelStatusType2Type1,
    )
    from .product_update_api_model_status_type_3_type_1 import (
        ProductUpdateApiModelStatusType3Type1,
    )
    from .query_options import QueryOptions
    from .search_request import SearchRequest
    from .search_request_order_type_1 import SearchRequestOrderType1
    from .search_request_order_type_2_type_1 import SearchRequestOrderType2Type1
    from .search_request_order_type_3_type_1 import SearchRequestOrderType3Type1
    from .send_invoice_to_accountant_api_model import SendInvoiceToAccountantApiModel
    from .send_invoice_to_client_api_model import SendInvoiceToClientApiModel
    from .tax_create_api_model import TaxCreateApiModel
    from .tax_delete_api_model import TaxDeleteApiModel
    from .tax_details_api_model import TaxDetailsApiModel
    from .tax_update_api_model import TaxUpdateApiModel
    from .ui_language_details_api_model import UILanguageDetailsApiModel
    from .webhook_activity import WebhookActivity
    from .webhook_event import WebhookEvent
    from .work_type_api_search_query_options_order import (
        WorkTypeApiSearchQueryOptionsOrder,
    )
    from .work_type_create_api_model import WorkTypeCreateApiModel
    from .work_type_delete_api_model import WorkTypeDeleteApiModel
    from .work_type_details_api_model import WorkTypeDetailsApiModel
    from .work_type_update_api_model import WorkTypeUpdateApiModel

# Each model's name -> the module (in this package) that defines it.
_MODULES = {
    "AdditionalClientEmailApiModel": "additional_client_email_api_model",
    "ChangeOrderStatusApiModel": "change_order_status_api_model",
    "ChangeOrderStatusApiModelStatusType1": "change_order_status_api_model_status_type_1",
    "ChangeOrderStatusApiModelStatusType2Type1": "change_order_status_api_model_status_type_2_type_1",
    "ChangeOrderStatusApiModelStatusType3Type1": "change_order_status_api_model_status_type_3_type_1",
    "ChangeStatusApiModel": "change_status_api_model",
    "ChangeStatusApiModelStatusType1": "change_status_api_model_status_type_1",
    "ChangeStatusApiModelStatusType2Type1": "change_status_api_model_status_type_2_type_1",
    "ChangeStatusApiModelStatusType3Type1": "change_status_api_model_status_type_3_type_1",
    "ClientCreateApiModel": "client_create_api_model",
    "ClientDeleteApiModel": "client_delete_api_model",
    "ClientDetailsApiModel": "client_details_api_model",
    "ClientUpdateApiModel": "client_update_api_model",
    "CountryDetailsApiModel": "country_details_api_model",
    "CurrencyApiModel": "currency_api_model",
    "CurrencyDetailsApiModel": "currency_details_api_model",
    "FaultResult": "fault_result",
    "IErrorInfo": "i_error_info",
    "InvoiceActivityApiModel": "invoice_activity_api_model",
    "InvoiceActivityApiModelTypeType1": "invoice_activity_api_model_type_type_1",
    "InvoiceActivityApiModelTypeType2Type1": "invoice_activity_api_model_type_type_2_type_1",
    "InvoiceActivityApiModelTypeType3Type1": "invoice_activity_api_model_type_type_3_type_1",
    "InvoiceApiStatusResponse200": "invoice_api_status_response_200",
    "InvoiceAttachmentApiModel": "invoice_attachment_api_model",
    "InvoiceAttachmentApiModelTypeType1": "invoice_attachment_api_model_type_type_1",
    "InvoiceAttachmentApiModelTypeType2Type1": "invoice_attachment_api_model_type_type_2_type_1",
    "InvoiceAttachmentApiModelTypeType3Type1": "invoice_attachment_api_model_type_type_3_type_1",
    "InvoiceCategoryApiModel": "invoice_category_api_model",
    "InvoiceCategoryCreateApiModel": "invoice_category_create_api_model",
    "InvoiceCategoryDeleteApiModel": "invoice_category_delete_api_model",
    "InvoiceCategoryUpdateApiModel": "invoice_category_update_api_model",
    "InvoiceCreateApiModel": "invoice_create_api_model",
    "InvoiceCreateApiModelStatusType1": "invoice_create_api_model_status_type_1",
    "InvoiceCreateApiModelStatusType2Type1": "invoice_create_api_model_status_type_2_type_1",
    "InvoiceCreateApiModelStatusType3Type1": "invoice_create_api_model_status_type_3_type_1",
    "InvoiceCreateAttachmentApiModel": "invoice_create_attachment_api_model",
    "InvoiceCreateAttachmentApiModelTypeType1": "invoice_create_attachment_api_model_type_type_1",
    "InvoiceCreateAttachmentApiModelTypeType2Type1": "invoice_create_attachment_api_model_type_type_2_type_1",
    "InvoiceCreateAttachmentApiModelTypeType3Type1": "invoice_create_attachment_api_model_type_type_3_type_1",
    "InvoiceCreateItemApiModel": "invoice_create_item_api_model",
    "InvoiceDeleteApiModel": "invoice_delete_api_model",
    "InvoiceDetailsApiModel": "invoice_details_api_model",
    "InvoiceDetailsApiModelStatusType1": "invoice_details_api_model_status_type_1",
    "InvoiceDetailsApiModelStatusType2Type1": "invoice_details_api_model_status_type_2_type_1",
    "InvoiceDetailsApiModelStatusType3Type1": "invoice_details_api_model_status_type_3_type_1",
    "InvoiceFullDetailsApiModel": "invoice_full_details_api_model",
    "InvoiceFullDetailsApiModelStatusType1": "invoice_full_details_api_model_status_type_1",
    "InvoiceFullDetailsApiModelStatusType2Type1": "invoice_full_details_api_model_status_type_2_type_1",
    "InvoiceFullDetailsApiModelStatusType3Type1": "invoice_full_details_api_model_status_type_3_type_1",
    "InvoiceGatewayApiModel": "invoice_gateway_api_model",
    "InvoiceItemApiModel": "invoice_item_api_model",
    "InvoicePaymentApiModel": "invoice_payment_api_model",
    "InvoicePaymentApiModelTypeType1": "invoice_payment_api_model_type_type_1",
    "InvoicePaymentApiModelTypeType2Type1": "invoice_payment_api_model_type_type_2_type_1",
    "InvoicePaymentApiModelTypeType3Type1": "invoice_payment_api_model_type_type_3_type_1",
    "InvoiceRecurringApiModel": "invoice_recurring_api_model",
    "InvoiceRecurringApiModelDayOfWeekType1": "invoice_recurring_api_model_day_of_week_type_1",
    "InvoiceRecurringApiModelDayOfWeekType2Type1": "invoice_recurring_api_model_day_of_week_type_2_type_1",
    "InvoiceRecurringApiModelDayOfWeekType3Type1": "invoice_recurring_api_model_day_of_week_type_3_type_1",
    "InvoiceRecurringApiModelRecurrancePatternType1": "invoice_recurring_api_model_recurrance_pattern_type_1",
    "InvoiceRecurringApiModelRecurrancePatternType2Type1": "invoice_recurring_api_model_recurrance_pattern_type_2_type_1",
    "InvoiceRecurringApiModelRecurrancePatternType3Type1": "invoice_recurring_api_model_recurrance_pattern_type_3_type_1",
    "InvoiceRecurringApiModelStatusType1": "invoice_recurring_api_model_status_type_1",
    "InvoiceRecurringApiModelStatusType2Type1": "invoice_recurring_api_model_status_type_2_type_1",
    "InvoiceRecurringApiModelStatusType3Type1": "invoice_recurring_api_model_status_type_3_type_1",
    "InvoiceUpdateApiModel": "invoice_update_api_model",
    "InvoiceUpdateApiModelStatusType1": "invoice_update_api_model_status_type_1",
    "InvoiceUpdateApiModelStatusType2Type1": "invoice_update_api_model_status_type_2_type_1",
    "InvoiceUpdateApiModelStatusType3Type1": "invoice_update_api_model_status_type_3_type_1",
    "InvoiceUpdateAttachmentApiModel": "invoice_update_attachment_api_model",
    "InvoiceUpdateAttachmentApiModelTypeType1": "invoice_update_attachment_api_model_type_type_1",
    "InvoiceUpdateAttachmentApiModelTypeType2Type1": "invoice_update_attachment_api_model_type_type_2_type_1",
    "InvoiceUpdateAttachmentApiModelTypeType3Type1": "invoice_update_attachment_api_model_type_type_3_type_1",
    "InvoiceUpdateItemApiModel": "invoice_update_item_api_model",
    "InvoiceUriApiModel": "invoice_uri_api_model",
    "ListResultInvoiceCategoryApiModel": "list_result_invoice_category_api_model",
    "ListResultInvoiceDetailsApiModel": "list_result_invoice_details_api_model",
    "ListResultOrderDetailsApiModel": "list_result_order_details_api_model",
    "ListResultProductDetailsApiModel": "list_result_product_details_api_model",
    "OrderAttachmentApiModel": "order_attachment_api_model",
    "OrderAttachmentApiModelTypeType1": "order_attachment_api_model_type_type_1",
    "OrderAttachmentApiModelTypeType2Type1": "order_attachment_api_model_type_type_2_type_1",
    "OrderAttachmentApiModelTypeType3Type1": "order_attachment_api_model_type_type_3_type_1",
    "OrderBillingDetailsApiModel": "order_billing_details_api_model",
    "OrderCreateApiModel": "order_create_api_model",
    "OrderCreateApiModelStatusType1": "order_create_api_model_status_type_1",
    "OrderCreateApiModelStatusType2Type1": "order_create_api_model_status_type_2_type_1",
    "OrderCreateApiModelStatusType3Type1": "order_create_api_model_status_type_3_type_1",
    "OrderDeleteApiModel": "order_delete_api_model",
    "OrderDetailsApiModel": "order_details_api_model",
    "OrderDetailsApiModelStatusType1": "order_details_api_model_status_type_1",
    "OrderDetailsApiModelStatusType2Type1": "order_details_api_model_status_type_2_type_1",
    "OrderDetailsApiModelStatusType3Type1": "order_details_api_model_status_type_3_type_1",
    "OrderFullDetailsApiModel": "order_full_details_api_model",
    "OrderFullDetailsApiModelStatusType1": "order_full_details_api_model_status_type_1",
    "OrderFullDetailsApiModelStatusType2Type1": "order_full_details_api_model_status_type_2_type_1",
    "OrderFullDetailsApiModelStatusType3Type1": "order_full_details_api_model_status_type_3_type_1",
    "OrderItemApiModel": "order_item_api_model",
    "OrderShippingDetailsApiModel": "order_shipping_details_api_model",
    "PaymentGatewayDetailsApiModel": "payment_gateway_details_api_model",
    "ProductAttachmentApiModel": "product_attachment_api_model",
    "ProductAttachmentApiModelTypeType1": "product_attachment_api_model_type_type_1",
    "ProductAttachmentApiModelTypeType2Type1": "product_attachment_api_model_type_type_2_type_1",
    "ProductAttachmentApiModelTypeType3Type1": "product_attachment_api_model_type_type_3_type_1",
    "ProductCouponApiModel": "product_coupon_api_model",
    "ProductCreateApiModel": "product_create_api_model",
    "ProductCreateApiModelStatusType1": "product_create_api_model_status_type_1",
    "ProductCreateApiModelStatusType2Type1": "product_create_api_model_status_type_2_type_1",
    "ProductCreateApiModelStatusType3Type1": "product_create_api_model_status_type_3_type_1",
    "ProductDeleteApiModel": "product_delete_api_model",
    "ProductDetailsApiModel": "product_details_api_model",
    "ProductDetailsApiModelStatusType1": "product_details_api_model_status_type_1",
    "ProductDetailsApiModelStatusType2Type1": "product_details_api_model_status_type_2_type_1",
    "ProductDetailsApiModelStatusType3Type1": "product_details_api_model_status_type_3_type_1",
    "ProductDiscountApiModel": "product_discount_api_model",
    "ProductFullDetailsApiModel": "product_full_details_api_model",
    "ProductFullDetailsApiModelStatusType1": "product_full_details_api_model_status_type_1",
    "ProductFullDetailsApiModelStatusType2Type1": "product_full_details_api_model_status_type_2_type_1",
    "ProductFullDetailsApiModelStatusType3Type1": "product_full_details_api_model_status_type_3_type_1",
    "ProductGatewayApiModel": "product_gateway_api_model",
    "ProductItemApiModel": "product_item_api_model",
    "ProductUpdateApiModel": "product_update_api_model",
    "ProductUpdateApiModelStatusType1": "product_update_api_model_status_type_1",
    "ProductUpdateApiModelStatusType2Type1": "product_update_api_model_status_type_2_type_1",
    "ProductUpdateApiModelStatusType3Type1": "product_update_api_model_status_type_3_type_1",
    "QueryOptions": "query_options",
    "SearchRequest": "search_request",
    "SearchRequestOrderType1": "search_request_order_type_1",
    "SearchRequestOrderType2Type1": "search_request_order_type_2_type_1",
    "SearchRequestOrderType3Type1": "search_request_order_type_3_type_1",
    "SendInvoiceToAccountantApiModel": "send_invoice_to_accountant_api_model",
    "SendInvoiceToClientApiModel": "send_invoice_to_client_api_model",
    "TaxCreateApiModel": "tax_create_api_model",
    "TaxDeleteApiModel": "tax_delete_api_model",
    "TaxDetailsApiModel": "tax_details_api_model",
    "TaxUpdateApiModel": "tax_update_api_model",
    "UILanguageDetailsApiModel": "ui_language_details_api_model",
    "WebhookActivity": "webhook_activity",
    "WebhookEvent": "webhook_event",
    "WorkTypeApiSearchQueryOptionsOrder": "work_type_api_search_query_options_order",
    "WorkTypeCreateApiModel": "work_type_create_api_model",
    "WorkTypeDeleteApiModel": "work_type_delete_api_model",
    "WorkTypeDetailsApiModel": "work_type_details_api_model",
    "WorkTypeUpdateApiModel": "work_type_update_api_model",
}

__all__ = (
    "AdditionalClientEmailApiModel",
    "ChangeOrderStatusApiModel",
    "ChangeOrderStatusApiModelStatusType1",
    "ChangeOrderStatusApiModelStatusType2Type1",
    "ChangeOrderStatusApiModelStatusType3Type1",
    "ChangeStatusApiModel",
    "ChangeStatusApiModelStatusType1",
    "ChangeStatusApiModelStatusType2Type1",
    "ChangeStatusApiModelStatusType3Type1",
    "ClientCreateApiModel",
    "ClientDeleteApiModel",
    "ClientDetailsApiModel",
    "ClientUpdateApiModel",
    "CountryDetailsApiModel",
    "CurrencyApiModel",
    "CurrencyDetailsApiModel",
    "FaultResult",
    "IErrorInfo",
    "InvoiceActivityApiModel",
    "InvoiceActivityApiModelTypeType1",
    "InvoiceActivityApiModelTypeType2Type1",
    "InvoiceActivityApiModelTypeType3Type1",
    "InvoiceApiStatusResponse200",
    "InvoiceAttachmentApiModel",
    "InvoiceAttachmentApiModelTypeType1",
    "InvoiceAttachmentApiModelTypeType2Type1",
    "InvoiceAttachmentApiModelTypeType3Type1",
    "InvoiceCategoryApiModel",
    "InvoiceCategoryCreateApiModel",
    "InvoiceCategoryDeleteApiModel",
    "InvoiceCategoryUpdateApiModel",
    "InvoiceCreateApiModel",
    "InvoiceCreateApiModelStatusType1",
    "InvoiceCreateApiModelStatusType2Type1",
    "InvoiceCreateApiModelStatusType3Type1",
    "InvoiceCreateAttachmentApiModel",
    "InvoiceCreateAttachmentApiModelTypeType1",
    "InvoiceCreateAttachmentApiModelTypeType2Type1",
    "InvoiceCreateAttachmentApiModelTypeType3Type1",
    "InvoiceCreateItemApiModel",
    "InvoiceDeleteApiModel",
    "InvoiceDetailsApiModel",
    "InvoiceDetailsApiModelStatusType1",
    "InvoiceDetailsApiModelStatusType2Type1",
    "InvoiceDetailsApiModelStatusType3Type1",
    "InvoiceFullDetailsApiModel",
    "InvoiceFullDetailsApiModelStatusType1",
    "InvoiceFullDetailsApiModelStatusType2Type1",
    "InvoiceFullDetailsApiModelStatusType3Type1",
    "InvoiceGatewayApiModel",
    "InvoiceItemApiModel",
    "InvoicePaymentApiModel",
    "InvoicePaymentApiModelTypeType1",
    "InvoicePaymentApiModelTypeType2Type1",
    "InvoicePaymentApiModelTypeType3Type1",
    "InvoiceRecurringApiModel",
    "InvoiceRecurringApiModelDayOfWeekType1",
    "InvoiceRecurringApiModelDayOfWeekType2Type1",
    "InvoiceRecurringApiModelDayOfWeekType3Type1",
    "InvoiceRecurringApiModelRecurrancePatternType1",
    "InvoiceRecurringApiModelRecurrancePatternType2Type1",
    "InvoiceRecurringApiModelRecurrancePatternType3Type1",
    "InvoiceRecurringApiModelStatusType1",
    "InvoiceRecurringApiModelStatusType2Type1",
    "InvoiceRecurringApiModelStatusType3Type1",
    "InvoiceUpdateApiModel",
    "InvoiceUpdateApiModelStatusType1",
    "InvoiceUpdateApiModelStatusType2Type1",
    "InvoiceUpdateApiModelStatusType3Type1",
    "InvoiceUpdateAttachmentApiModel",
    "InvoiceUpdateAttachmentApiModelTypeType1",
    "InvoiceUpdateAttachmentApiModelTypeType2Type1",
    "InvoiceUpdateAttachmentApiModelTypeType3Type1",
    "InvoiceUpdateItemApiModel",
    "InvoiceUriApiModel",
    "ListResultInvoiceCategoryApiModel",
    "ListResultInvoiceDetailsApiModel",
    "ListResultOrderDetailsApiModel",
    "ListResultProductDetailsApiModel",
    "OrderAttachmentApiModel",
    "OrderAttachmentApiModelTypeType1",
    "OrderAttachmentApiModelTypeType2Type1",
    "OrderAttachmentApiModelTypeType3Type1",
    "OrderBillingDetailsApiModel",
    "OrderCreateApiModel",
    "OrderCreateApiModelStatusType1",
    "OrderCreateApiModelStatusType2Type1",
    "OrderCreateApiModelStatusType3Type1",
    "OrderDeleteApiModel",
    "OrderDetailsApiModel",
    "OrderDetailsApiModelStatusType1",
    "OrderDetailsApiModelStatusType2Type1",
    "OrderDetailsApiModelStatusType3Type1",
    "OrderFullDetailsApiModel",
    "OrderFullDetailsApiModelStatusType1",
    "OrderFullDetailsApiModelStatusType2Type1",
    "OrderFullDetailsApiModelStatusType3Type1",
    "OrderItemApiModel",
    "OrderShippingDetailsApiModel",
    "PaymentGatewayDetailsApiModel",
    "ProductAttachmentApiModel",
    "ProductAttachmentApiModelTypeType1",
    "ProductAttachmentApiModelTypeType2Type1",
    "ProductAttachmentApiModelTypeType3Type1",
    "ProductCouponApiModel",
    "ProductCreateApiModel",
    "ProductCreateApiModelStatusType1",
    "ProductCreateApiModelStatusType2Type1",
    "ProductCreateApiModelStatusType3Type1",
    "ProductDeleteApiModel",
    "ProductDetailsApiModel",
    "ProductDetailsApiModelStatusType1",
    "ProductDetailsApiModelStatusType2Type1",
    "ProductDetailsApiModelStatusType3Type1",
    "ProductDiscountApiModel",
    "ProductFullDetailsApiModel",
    "ProductFullDetailsApiModelStatusType1",
    "ProductFullDetailsApiModelStatusType2Type1",
    "ProductFullDetailsApiModelStatusType3Type1",
    "ProductGatewayApiModel",
    "ProductItemApiModel",
    "ProductUpdateApiModel",
    "ProductUpdateApiModelStatusType1",
    "ProductUpdateApiModelStatusType2Type1",
    "ProductUpdateApiModelStatusType3Type1",
    "QueryOptions",
    "SearchRequest",
    "SearchRequestOrderType1",
    "SearchRequestOrderType2Type1",
    "SearchRequestOrderType3Type1",
    "SendInvoiceToAccountantApiModel",
    "SendInvoiceToClientApiModel",
    "TaxCreateApiModel",
    "TaxDeleteApiModel",
    "TaxDetailsApiModel",
    "TaxUpdateApiModel",
    "UILanguageDetailsApiModel",
    "WebhookActivity",
    "WebhookEvent",
    "WorkTypeApiSearchQueryOptionsOrder",
    "WorkTypeCreateApiModel",
    "WorkTypeDeleteApiModel",
    "WorkTypeDetailsApiModel",
    "WorkTypeUpdateApiModel",
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
