"""Envoice's routes: method, path, the backend operation and how its failures are answered
(see :mod:`.responses`)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.routing import BaseRoute, Route

from .models import EnvoiceBackend
from .responses import EnvoiceResponses, Style


def table(b: EnvoiceBackend) -> list[tuple[str, str, Callable[..., object], Style]]:
    return [
        ("GET", "/api/client/all", b.client_all, "plain"),
        ("GET", "/api/client/candelete", b.client_can_delete, "plain"),
        ("POST", "/api/client/delete", b.client_delete, "plain"),
        ("GET", "/api/client/details", b.client_details, "object"),
        ("POST", "/api/client/new", b.client_new, "plain"),
        ("POST", "/api/client/update", b.client_update, "plain"),
        ("GET", "/api/general/countries", b.countries, "plain"),
        ("GET", "/api/general/currencies", b.currencies, "plain"),
        ("GET", "/api/general/dateformats", b.date_formats, "plain"),
        ("GET", "/api/general/uilanguages", b.ui_languages, "plain"),
        ("GET", "/api/invoice/all", b.invoice_all, "list"),
        ("GET", "/api/invoice/allcategories", b.invoice_all_categories, "list"),
        ("POST", "/api/invoice/changestatus", b.invoice_change_status, "plain"),
        ("POST", "/api/invoice/delete", b.invoice_delete, "plain"),
        ("POST", "/api/invoice/deletecategory", b.invoice_delete_category, "plain"),
        ("GET", "/api/invoice/details", b.invoice_details, "object"),
        ("POST", "/api/invoice/new", b.invoice_new, "object"),
        ("POST", "/api/invoice/newcategory", b.invoice_new_category, "object"),
        ("POST", "/api/invoice/sendtoaccountant", b.invoice_send_to_accountant, "plain"),
        ("POST", "/api/invoice/sendtoclient", b.invoice_send_to_client, "plain"),
        ("GET", "/api/invoice/status", b.invoice_status, "plain"),
        ("POST", "/api/invoice/update", b.invoice_update, "object"),
        ("POST", "/api/invoice/updatecategory", b.invoice_update_category, "object"),
        ("GET", "/api/invoice/uri", b.invoice_uri, "object"),
        ("GET", "/api/order/all", b.order_all, "list"),
        ("POST", "/api/order/changeshippingdetails", b.order_change_shipping, "plain"),
        ("POST", "/api/order/changestatus", b.order_change_status, "plain"),
        ("POST", "/api/order/delete", b.order_delete, "plain"),
        ("GET", "/api/order/details", b.order_details, "object"),
        ("POST", "/api/order/new", b.order_new, "plain"),
        ("GET", "/api/payment/supported", b.payment_supported, "plain"),
        ("GET", "/api/product/all", b.product_all, "list"),
        ("POST", "/api/product/delete", b.product_delete, "plain"),
        ("GET", "/api/product/details", b.product_details, "object"),
        ("POST", "/api/product/new", b.product_new, "plain"),
        ("POST", "/api/product/update", b.product_update, "plain"),
        ("GET", "/api/tax/all", b.tax_all, "plain"),
        ("POST", "/api/tax/delete", b.tax_delete, "plain"),
        ("POST", "/api/tax/new", b.tax_new, "plain"),
        ("POST", "/api/tax/update", b.tax_update, "plain"),
        ("GET", "/api/worktype/all", b.work_type_all, "plain"),
        ("POST", "/api/worktype/delete", b.work_type_delete, "plain"),
        ("GET", "/api/worktype/details", b.work_type_details, "object"),
        ("POST", "/api/worktype/new", b.work_type_new, "plain"),
        ("GET", "/api/worktype/search", b.work_type_search, "plain"),
        ("POST", "/api/worktype/update", b.work_type_update, "plain"),
    ]


def routes(r: EnvoiceResponses) -> list[BaseRoute]:
    return [
        Route(path, r.endpoint(operation, style), methods=[method])
        for method, path, operation, style in table(r.backend)
    ]
