"""Envoice's records and rules: clients, invoices (and their categories), orders, products,
taxes and work types of one account. Plain values in and out: each operation takes the request's
body or query and returns what the answer carries (None: no body); a refused request raises
:class:`~facade.testing.core.Refusal` with Envoice's error code.

Envoice's habits kept here: ids are integers counted per kind; timestamps carry seven fraction
digits and ``Z``; records point at the reference data (:mod:`.reference`) by id.
"""

from __future__ import annotations

import calendar
import datetime
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core import Context, Record, Refusal, money
from .reference import COUNTRIES, CURRENCIES, DATE_FORMATS, PAYMENT_GATEWAYS, UI_LANGUAGES

Query = Mapping[str, str]

TICKS_PER_SECOND = 10_000_000  # .NET ticks: the seven fraction digits of Envoice's timestamps
TICKS_PER_DAY = 86_400 * TICKS_PER_SECOND
DEFAULT_PAGE_SIZE = 20
SHARE_BASE_URL = "https://www.envoice.in"  # where share links point unless settings say otherwise

ORDER_FINAL_STATUSES = ("Cancelled", "Refunded")  # nothing changes on such an order any more
ORDER_BY = {"id": "Id", "title": "Title", "createdon": "CreatedOn"}  # work type search keys


# -- refusals ------------------------------------------------------------------------------------


def not_found(what: str, record_id: Any) -> Refusal:
    return Refusal(404, f"{what} {record_id} does not exist", code="E_NOT_FOUND")


def invalid(message: str, code: str = "E_VALIDATION") -> Refusal:
    return Refusal(400, message, code=code)


# -- time --------------------------------------------------------------------------------------

_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$"
)


def format_ticks(ticks: int) -> str:
    """``2026-11-21T10:11:12.1234567Z`` for a moment in 100 ns ticks since the epoch."""
    seconds, fraction = divmod(ticks, TICKS_PER_SECOND)
    moment = datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{fraction:07d}Z"


def parse_ticks(text: str, field: str) -> int:
    """Ticks since the epoch of an ISO date-time (any offset, up to seven fraction digits)."""
    match = _DATETIME.match(text)
    if match is None:
        raise invalid(f"{field}: {text!r} is not a date-time")
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    try:
        datetime.datetime(year, month, day, hour, minute, second)
    except ValueError as error:
        raise invalid(f"{field}: {text!r} is not a valid date-time ({error})") from None
    offset = 0
    zone = match.group(8)
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        offset = sign * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    seconds = calendar.timegm((year, month, day, hour, minute, second)) - offset
    return seconds * TICKS_PER_SECOND + int((match.group(7) or "").ljust(7, "0"))


# -- small helpers -----------------------------------------------------------------------------


def present(body: Record, *names: str) -> dict[str, Any]:
    """The fields of ``body`` among ``names`` that were sent with a value (null means absent)."""
    return {name: body[name] for name in names if body.get(name) is not None}


def text_value(body: Record, field: str) -> str:
    value = body.get(field)
    if not isinstance(value, str) or not value.strip():
        raise invalid(f"{field} is required")
    return value.strip()


def required_id(body: Record, field: str = "Id") -> int:
    value = body.get(field)
    if not isinstance(value, int):
        raise invalid(f"{field} is required")
    return value


def check_email(value: Any, field: str) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise invalid(f"{field}: {value!r} is not an e-mail address")


def check_not_negative(body: Record, *fields: str) -> None:
    for field in fields:
        value = body.get(field)
        if value is not None and value < 0:
            raise invalid(f"{field} must not be negative")


def by_id(records: Iterable[Record], record_id: Any) -> Record | None:
    return next((r for r in records if r["Id"] == record_id), None)


def page_of(records: list[Record], query: Query) -> list[Record]:
    """The page the request asks for (``queryOptions.page`` from 1, ``queryOptions.pageSize``)."""
    page = query_int(query, "queryOptions.page")
    size = query_int(query, "queryOptions.pageSize")
    page = 1 if page is None else page
    size = DEFAULT_PAGE_SIZE if size is None else size
    if page < 1:
        raise invalid("queryOptions.page must be 1 or more")
    if size < 1:
        raise invalid("queryOptions.pageSize must be 1 or more")
    return records[(page - 1) * size : page * size]


def query_int(query: Query, name: str) -> int | None:
    value = query.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:  # only reachable with spec validation off
        raise invalid(f"{name}: {value!r} is not an integer") from None


def require_query_int(query: Query, name: str) -> int:
    value = query_int(query, name)
    if value is None:
        raise invalid(f"{name} is required")
    return value


@dataclass(frozen=True)
class Kind:
    """A collection of the account, with the name its records go by in messages."""

    collection: str
    label: str


# -- the account -----------------------------------------------------------------------------


class EnvoiceBackend:
    """One Envoice account: its records, and what each operation does to them."""

    def __init__(self, ctx: Context, name: str) -> None:
        self.ctx = ctx
        self.name = name
        # Set from the seed (the same values after a restart on a SQLite file).
        self.account_email = ""
        self.accountant_email = ""

    def collection(self, name: str) -> str:
        return f"{self.name}.{name}"

    CLIENTS = Kind("clients", "client")
    INVOICES = Kind("invoices", "invoice")
    CATEGORIES = Kind("invoice_categories", "invoice category")
    ORDERS = Kind("orders", "order")
    PRODUCTS = Kind("products", "product")
    TAXES = Kind("taxes", "tax")
    WORK_TYPES = Kind("work_types", "work type")

    # -- plumbing ------------------------------------------------------------------------------

    def now_ticks(self) -> int:
        return int(self.ctx.clock() * TICKS_PER_SECOND)

    def now(self) -> str:
        return format_ticks(self.now_ticks())

    def next_id(self, kind: str) -> int:
        return self.ctx.store.next_number(self.collection(f"id.{kind}"))

    def all(self, kind: Kind) -> list[Record]:
        return self.ctx.store.find(self.collection(kind.collection))

    def listed(
        self, query: Query, records: list[Record], summary: Callable[[Record], Record]
    ) -> Record:
        """The requested page of ``records``, summarised, in Envoice's list envelope."""
        page = [summary(record) for record in page_of(records, query)]
        return list_result(page, len(records))

    def get(self, kind: Kind, record_id: int | None) -> Record | None:
        if record_id is None:
            return None
        return self.ctx.store.get(self.collection(kind.collection), str(record_id))

    def load(self, kind: Kind, record_id: int) -> Record:
        record = self.get(kind, record_id)
        if record is None:
            raise not_found(kind.label, record_id)
        return record

    def save(self, kind: Kind, record: Record) -> Record:
        return self.ctx.store.put(self.collection(kind.collection), str(record["Id"]), record)

    def remove(self, kind: Kind, record_id: int) -> None:
        self.ctx.store.delete(self.collection(kind.collection), str(record_id))

    def reference(self, kind: Kind, record_id: Any, field: str) -> Record:
        """The record a request field points at; a dangling reference is a 400."""
        record = self.get(kind, record_id) if isinstance(record_id, int) else None
        if record is None:
            raise invalid(f"{field}: no {kind.label} with id {record_id}", "E_INVALID_REFERENCE")
        return record

    @staticmethod
    def fixed_reference(table: tuple[Record, ...], record_id: Any, field: str) -> Record:
        record = by_id(table, record_id)
        if record is None:
            raise invalid(f"{field}: no such id {record_id}", "E_INVALID_REFERENCE")
        return record

    def outbox(self) -> list[Record]:
        """What the account would have e-mailed (invoices sent to clients or the accountant)."""
        return self.ctx.store.find(self.collection("outbox"))

    def share_link(self, what: str, token: str) -> str:
        base = str(self.ctx.settings.get("envoice_share_base_url", SHARE_BASE_URL)).rstrip("/")
        return f"{base}/{what}/share/{token}"

    # -- general -------------------------------------------------------------------------------

    def countries(self) -> Any:
        return list(COUNTRIES)

    def currencies(self) -> Any:
        return list(CURRENCIES)

    def date_formats(self) -> Any:
        return list(DATE_FORMATS)

    def ui_languages(self) -> Any:
        return list(UI_LANGUAGES)

    def payment_supported(self) -> Any:
        return list(PAYMENT_GATEWAYS)

    # -- clients -------------------------------------------------------------------------------

    _CLIENT_FIELDS = (
        "Name", "Email", "AdditionalEmails", "Address", "ClientCountryId", "ClientCurrencyId",
        "CompanyRegistrationNumber", "DefaultDueDateInDays", "PhoneNumber", "UiLanguageId", "Vat",
    )  # fmt: skip

    def _check_client(self, client: Record) -> None:
        if not isinstance(client.get("Name"), str) or not client["Name"].strip():
            raise invalid("Name is required")
        check_email(client.get("Email"), "Email")
        for i, extra in enumerate(client.get("AdditionalEmails") or []):
            check_email(extra.get("Email"), f"AdditionalEmails[{i}].Email")
        self.fixed_reference(UI_LANGUAGES, client.get("UiLanguageId"), "UiLanguageId")
        self.fixed_reference(CURRENCIES, client.get("ClientCurrencyId"), "ClientCurrencyId")
        self.fixed_reference(COUNTRIES, client.get("ClientCountryId"), "ClientCountryId")
        check_not_negative(client, "DefaultDueDateInDays")

    def client_view(self, client: Record) -> Record:
        view = {name: client.get(name) for name in self._CLIENT_FIELDS}
        view["AdditionalEmails"] = view["AdditionalEmails"] or []
        return {"Id": client["Id"], **view, "CreatedOn": client["CreatedOn"]}

    def client_in_use(self, client: Record) -> bool:
        """A client with invoices, or with orders billed to its e-mail, cannot be deleted."""
        if any(i["ClientId"] == client["Id"] for i in self.all(self.INVOICES)):
            return True
        email = str(client.get("Email") or "").lower()
        return any(
            str((o.get("OrderBillingDetails") or {}).get("Email") or "").lower() == email
            for o in self.all(self.ORDERS)
        )

    def client_all(self) -> Any:
        return [self.client_view(c) for c in self.all(self.CLIENTS)]

    def client_details(self, query: Query) -> Any:
        client = self.load(self.CLIENTS, require_query_int(query, "id"))
        return self.client_view(client)

    def client_new(self, body: Record) -> Any:
        client: Record = {name: body.get(name) for name in self._CLIENT_FIELDS}
        self._check_client(client)
        client["Name"] = text_value(client, "Name")
        client.update(Id=self.next_id("clients"), CreatedOn=self.now())
        self.save(self.CLIENTS, client)
        return client["Id"]

    def client_update(self, body: Record) -> None:
        client = self.load(self.CLIENTS, required_id(body))
        client.update(present(body, *self._CLIENT_FIELDS))
        self._check_client(client)
        self.save(self.CLIENTS, client)

    def client_can_delete(self, query: Query) -> Any:
        client = self.load(self.CLIENTS, require_query_int(query, "id"))
        return not self.client_in_use(client)

    def client_delete(self, body: Record) -> Any:
        client = self.load(self.CLIENTS, required_id(body))
        if self.client_in_use(client):
            raise invalid(f"client {client['Id']} has invoices or orders", "E_IN_USE")
        self.remove(self.CLIENTS, client["Id"])
        return client["Id"]

    # -- taxes -------------------------------------------------------------------------------

    @staticmethod
    def _check_tax(tax: Record) -> None:
        text_value(tax, "Name")
        percentage = tax.get("Percentage")
        if percentage is None:
            raise invalid("Percentage is required")
        if not 0 <= percentage <= 100:
            raise invalid("Percentage must be between 0 and 100")

    def tax_in_use(self, tax_id: int) -> bool:
        lines = [i for r in self.all(self.INVOICES) for i in r["Items"]]
        lines += [i for r in self.all(self.PRODUCTS) for i in r["Items"]]
        lines += [i for r in self.all(self.ORDERS) for i in r["Items"]]
        return any(line.get("TaxId") == tax_id for line in lines)

    def tax_all(self) -> Any:
        return self.all(self.TAXES)

    def tax_new(self, body: Record) -> Any:
        self._check_tax(body)
        tax = {
            "Id": self.next_id("taxes"),
            "Name": text_value(body, "Name"),
            "Percentage": float(body["Percentage"]),
            "CreatedOn": self.now(),
        }
        self.save(self.TAXES, tax)
        return tax["Id"]

    def tax_update(self, body: Record) -> None:
        tax = self.load(self.TAXES, required_id(body))
        tax.update(present(body, "Name", "Percentage"))
        self._check_tax(tax)
        tax["Name"] = text_value(tax, "Name")
        self.save(self.TAXES, tax)

    def tax_delete(self, body: Record) -> Any:
        tax = self.load(self.TAXES, required_id(body))
        if self.tax_in_use(tax["Id"]):
            raise invalid(f"tax {tax['Id']} is used by invoices, products or orders", "E_IN_USE")
        self.remove(self.TAXES, tax["Id"])
        return tax["Id"]

    # -- work types --------------------------------------------------------------------------

    def work_type_in_use(self, work_type_id: int) -> bool:
        lines = [i for r in self.all(self.INVOICES) for i in r["Items"]]
        lines += [i for r in self.all(self.PRODUCTS) for i in r["Items"]]
        lines += [i for r in self.all(self.ORDERS) for i in r["Items"]]
        return any(line.get("WorkTypeId") == work_type_id for line in lines)

    def work_type_all(self) -> Any:
        return self.all(self.WORK_TYPES)

    def work_type_details(self, query: Query) -> Any:
        return self.load(self.WORK_TYPES, require_query_int(query, "workTypeId"))

    def work_type_new(self, body: Record) -> Any:
        work_type = {
            "Id": self.next_id("work_types"),
            "Title": text_value(body, "Title"),
            "CreatedOn": self.now(),
        }
        self.save(self.WORK_TYPES, work_type)
        return work_type["Id"]

    def work_type_update(self, body: Record) -> None:
        work_type = self.load(self.WORK_TYPES, required_id(body))
        work_type["Title"] = text_value(body, "Title")
        self.save(self.WORK_TYPES, work_type)

    def work_type_delete(self, body: Record) -> Any:
        work_type = self.load(self.WORK_TYPES, required_id(body))
        if self.work_type_in_use(work_type["Id"]):
            raise invalid(
                f"work type {work_type['Id']} is used by invoices, products or orders", "E_IN_USE"
            )
        self.remove(self.WORK_TYPES, work_type["Id"])
        return work_type["Id"]

    def work_type_search(self, query: Query) -> Any:
        found = self.all(self.WORK_TYPES)
        term = (query.get("queryOptions.query") or "").strip().lower()
        if term:
            found = [w for w in found if term in str(w["Title"]).lower()]
        order_by = query.get("queryOptions.orderBy")
        order = query.get("queryOptions.order")
        key = "Id"
        if order_by:
            if order_by.lower() not in ORDER_BY:
                allowed = ", ".join(ORDER_BY.values())
                raise invalid(f"queryOptions.orderBy: {order_by!r} is not one of {allowed}")
            key = ORDER_BY[order_by.lower()]
        if order != "None":  # "None" keeps the stored order; Asc is the default with orderBy
            found.sort(key=lambda w: str(w[key]).lower() if key == "Title" else w[key])
            if order == "Desc":
                found.reverse()
        return page_of(found, query)

    # -- invoice categories ------------------------------------------------------------------

    def invoice_all_categories(self, query: Query) -> Any:
        categories = self.all(self.CATEGORIES)
        term = (query.get("query") or "").strip().lower()
        if term:
            categories = [c for c in categories if term in c["Name"].lower()]
        return list_result(categories, len(categories))

    def invoice_new_category(self, body: Record) -> Any:
        category = {"Id": self.next_id("invoice_categories"), "Name": text_value(body, "Name")}
        self.save(self.CATEGORIES, category)
        return category

    def invoice_update_category(self, body: Record) -> Any:
        category = self.load(self.CATEGORIES, required_id(body))
        category["Name"] = text_value(body, "Name")
        self.save(self.CATEGORIES, category)
        return category

    def invoice_delete_category(self, body: Record) -> Any:
        category = self.load(self.CATEGORIES, required_id(body))
        if any(i.get("InvoiceCategoryId") == category["Id"] for i in self.all(self.INVOICES)):
            raise invalid(f"invoice category {category['Id']} has invoices", "E_IN_USE")
        self.remove(self.CATEGORIES, category["Id"])
        return category["Id"]

    # -- invoices ----------------------------------------------------------------------------

    _INVOICE_TEXT = ("Notes", "Terms", "PoNumber", "RecurringProfileId", "ShouldSendReminders")

    def effective_status(self, invoice: Record) -> str:
        """Unpaid once its due day is over reads as Overdue (Envoice flips it on its own)."""
        status: str = invoice["Status"]
        due = invoice.get("Duedate")
        if status == "Unpaid" and due:
            day = parse_ticks(due, "Duedate") // TICKS_PER_DAY * TICKS_PER_DAY
            if self.now_ticks() >= day + TICKS_PER_DAY:
                return "Overdue"
        return status

    def _line(self, item: Record, line_id: int, index: int) -> Record:
        """A stored invoice line from a request item (its references checked)."""
        where = f"Items[{index}]"
        if item.get("WorkTypeId") is not None:
            self.reference(self.WORK_TYPES, item["WorkTypeId"], f"{where}.WorkTypeId")
        quantity = item.get("Quantity")
        quantity = 1.0 if quantity is None else float(quantity)
        if quantity <= 0:
            raise invalid(f"{where}.Quantity must be more than 0")
        cost = float(item.get("Cost") or 0.0)
        if cost < 0:
            raise invalid(f"{where}.Cost must not be negative")
        discount = float(item.get("DiscountPercentage") or 0.0)
        if not 0 <= discount <= 100:
            raise invalid(f"{where}.DiscountPercentage must be between 0 and 100")
        tax_percentage = float(item.get("TaxPercentage") or 0.0)
        if item.get("TaxId") is not None:
            # The rate at the time of invoicing sticks to the line.
            tax_percentage = float(
                self.reference(self.TAXES, item["TaxId"], f"{where}.TaxId")["Percentage"]
            )
        return {
            "Id": line_id,
            "WorkTypeId": item.get("WorkTypeId"),
            "Description": item.get("Description"),
            "Cost": cost,
            "Quantity": quantity,
            "DiscountPercentage": discount,
            "TaxId": item.get("TaxId"),
            "TaxPercentage": tax_percentage,
        }

    def _lines(self, items: list[Record], existing: list[Record]) -> list[Record]:
        known = {line["Id"] for line in existing}
        lines = []
        for index, item in enumerate(items):
            line_id = item.get("Id")
            if line_id is not None and line_id not in known:
                raise invalid(f"Items[{index}].Id: the invoice has no item {line_id}")
            lines.append(self._line(item, line_id or self.next_id("invoice_items"), index))
        return lines

    def _attachments(self, attachments: list[Record]) -> list[Record]:
        return [
            {
                "Id": a.get("Id") or self.next_id("attachments"),
                **{k: a.get(k) for k in ("Link", "ObfuscatedFileName", "OriginalFileName")},
                "Size": a.get("Size"),
                "Type": a.get("Type") or "External",
            }
            for a in attachments
        ]

    def _check_invoice(self, invoice: Record) -> None:
        """References and dates of a complete invoice record."""
        client = self.reference(self.CLIENTS, invoice.get("ClientId"), "ClientId")
        if invoice.get("CurrencyId") is None:
            invoice["CurrencyId"] = client["ClientCurrencyId"]
        currency = self.fixed_reference(CURRENCIES, invoice["CurrencyId"], "CurrencyId")
        if invoice.get("InvoiceCategoryId") is not None:
            self.reference(self.CATEGORIES, invoice["InvoiceCategoryId"], "InvoiceCategoryId")
        if invoice.get("ClonedFromId") is not None:
            self.reference(self.INVOICES, invoice["ClonedFromId"], "ClonedFromId")
        if not invoice.get("Number"):
            raise invalid("Number is required")
        clash = [
            i
            for i in self.all(self.INVOICES)
            if i["Number"] == invoice["Number"] and i["Id"] != invoice.get("Id")
        ]
        if clash:
            raise invalid(f"Number: invoice number {invoice['Number']!r} is taken", "E_DUPLICATE")
        for gateway in invoice["PaymentGateways"]:
            found = next((g for g in PAYMENT_GATEWAYS if g["Name"] == gateway.get("Name")), None)
            if found is None:
                raise invalid(f"PaymentGateways: unknown gateway {gateway.get('Name')!r}")
            if currency["Value"] not in {c["Value"] for c in found["SupportedCurrencies"]}:
                raise invalid(
                    f"PaymentGateways: {found['Name']} does not accept {currency['Value']}",
                    "E_UNSUPPORTED_CURRENCY",
                )
        if parse_ticks(invoice["Duedate"], "Duedate") < parse_ticks(
            invoice["IssuedOn"], "IssuedOn"
        ):
            raise invalid("Duedate must not be before IssuedOn")

    def _activity(self, invoice: Record, kind: str, message: str) -> None:
        invoice["Activities"].append(
            {
                "Id": self.next_id("activities"),
                "Type": kind,
                "Message": message,
                "InvoiceNumber": invoice["Number"],
                "Link": self.share_link("invoice", invoice["AccessToken"]),
                "CreatedOn": self.now(),
            }
        )

    def _set_status(self, invoice: Record, status: str) -> None:
        current = invoice["Status"]
        if status == current:
            return
        if current == "Void":
            raise invalid(f"invoice {invoice['Id']} is void", "E_INVALID_STATUS")
        if status == "Draft":
            raise invalid(
                f"invoice {invoice['Id']} was issued: it cannot become a draft again",
                "E_INVALID_STATUS",
            )
        invoice["Status"] = status
        kind = status if status in ("Paid", "Unpaid", "Overdue", "Void") else "ChangeStatus"
        self._activity(invoice, kind, f"Status changed from {current} to {status}")

    def invoice_summary(self, invoice: Record) -> Record:
        """``InvoiceDetailsApiModel``: the invoice with its amounts, client and currency."""
        client = self.get(self.CLIENTS, invoice["ClientId"])
        totals = {
            "SubTotalAmount": 0.0,
            "DiscountAmount": 0.0,
            "TaxAmount": 0.0,
            "TotalAmount": 0.0,
        }
        for line in self.line_amounts(invoice["Items"]):
            for name in totals:
                totals[name] += line[name]
        return {
            "Id": invoice["Id"],
            "Number": invoice["Number"],
            "AccessToken": invoice["AccessToken"],
            "Client": self.client_view(client) if client else None,
            "ClonedFromId": invoice.get("ClonedFromId"),
            "Currency": by_id(CURRENCIES, invoice["CurrencyId"]),
            "IssuedOn": invoice["IssuedOn"],
            "Duedate": invoice["Duedate"],
            "EnablePartialPayments": False,
            "InvoiceCategoryId": invoice.get("InvoiceCategoryId"),
            "Notes": invoice.get("Notes"),
            "Terms": invoice.get("Terms"),
            "PoNumber": invoice.get("PoNumber"),
            "RecurringProfile": invoice.get("RecurringProfile"),
            "RecurringProfileId": invoice.get("RecurringProfileId"),
            "ShouldSendReminders": bool(invoice.get("ShouldSendReminders")),
            "Status": self.effective_status(invoice),
            **{name: money(value) for name, value in totals.items()},
        }

    @staticmethod
    def line_amounts(lines: list[Record]) -> list[Record]:
        result = []
        for line in lines:
            subtotal = line["Cost"] * line["Quantity"]
            discount = subtotal * line["DiscountPercentage"] / 100
            tax = (subtotal - discount) * line["TaxPercentage"] / 100
            result.append(
                {
                    **line,
                    "SubTotalAmount": money(subtotal),
                    "DiscountAmount": money(discount),
                    "TaxAmount": money(tax),
                    "TotalAmount": money(subtotal - discount + tax),
                }
            )
        return result

    def invoice_view(self, invoice: Record) -> Record:
        """``InvoiceFullDetailsApiModel``."""
        return {
            **self.invoice_summary(invoice),
            "Items": self.line_amounts(invoice["Items"]),
            "Attachments": invoice["Attachments"],
            "PaymentGateways": invoice["PaymentGateways"],
            "Payments": invoice["Payments"],
            "Activities": [
                {k: a[k] for k in ("Id", "Type", "Message", "InvoiceNumber", "Link")}
                for a in invoice["Activities"]
            ],
        }

    def invoice_all(self, query: Query) -> Any:
        return self.listed(query, self.all(self.INVOICES), self.invoice_summary)

    def invoice_details(self, query: Query) -> Any:
        invoice = self.load(self.INVOICES, require_query_int(query, "id"))
        return self.invoice_view(invoice)

    def invoice_new(self, body: Record) -> Any:
        now = self.now()
        issued = format_ticks(parse_ticks(body.get("IssuedOn") or now, "IssuedOn"))
        client = self.reference(self.CLIENTS, body.get("ClientId"), "ClientId")
        if body.get("Duedate"):
            due = format_ticks(parse_ticks(body["Duedate"], "Duedate"))
        else:
            days = client.get("DefaultDueDateInDays") or 0  # none: due on the day of issue
            due = format_ticks(parse_ticks(issued, "IssuedOn") + days * TICKS_PER_DAY)
        invoice: Record = {
            "Id": None,
            "Number": body.get("Number"),
            "ClientId": client["Id"],
            "CurrencyId": body.get("CurrencyId"),
            "IssuedOn": issued,
            "Duedate": due,
            "Status": body.get("Status") or "Draft",
            "InvoiceCategoryId": body.get("InvoiceCategoryId"),
            "ClonedFromId": body.get("ClonedFromId"),
            "RecurringProfile": body.get("RecurringProfile"),
            **{name: body.get(name) for name in self._INVOICE_TEXT},
            "PaymentGateways": [{"Name": g.get("Name")} for g in body.get("PaymentGateways") or []],
            "Items": self._lines(body.get("Items") or [], []),
            "Attachments": self._attachments(body.get("Attachments") or []),
            "Payments": [],
            "Activities": [],
            "AccessToken": secrets.token_urlsafe(24),
            "CreatedOn": now,
        }
        self._check_invoice(invoice)
        invoice["Id"] = self.next_id("invoices")
        self._activity(invoice, "Created", f"Invoice {invoice['Number']} was created")
        self.save(self.INVOICES, invoice)
        return self.invoice_view(invoice)

    def invoice_update(self, body: Record) -> Any:
        invoice = self.load(self.INVOICES, required_id(body))
        if invoice["Status"] == "Void":
            raise invalid(f"invoice {invoice['Id']} is void", "E_INVALID_STATUS")
        changes = present(
            body,
            "Number",
            "ClientId",
            "CurrencyId",
            "InvoiceCategoryId",
            "ClonedFromId",
            "RecurringProfile",
            *self._INVOICE_TEXT,
        )
        invoice.update(changes)
        for name in ("IssuedOn", "Duedate"):
            if body.get(name):
                invoice[name] = format_ticks(parse_ticks(body[name], name))
        if body.get("PaymentGateways") is not None:
            invoice["PaymentGateways"] = [{"Name": g.get("Name")} for g in body["PaymentGateways"]]
        if body.get("Items") is not None:
            invoice["Items"] = self._lines(body["Items"], invoice["Items"])
        if body.get("Attachments") is not None:
            invoice["Attachments"] = self._attachments(body["Attachments"])
        self._check_invoice(invoice)
        if body.get("Status"):
            self._set_status(invoice, body["Status"])
        self._activity(invoice, "Updated", f"Invoice {invoice['Number']} was updated")
        self.save(self.INVOICES, invoice)
        return self.invoice_view(invoice)

    def invoice_delete(self, body: Record) -> Any:
        invoice = self.load(self.INVOICES, required_id(body))
        self.remove(self.INVOICES, invoice["Id"])
        return invoice["Id"]

    def invoice_status(self, query: Query) -> Any:
        invoice = self.load(self.INVOICES, require_query_int(query, "id"))
        return self.effective_status(invoice)

    def invoice_change_status(self, body: Record) -> Any:
        invoice = self.load(self.INVOICES, required_id(body))
        if not body.get("Status"):
            raise invalid("Status is required")
        self._set_status(invoice, body["Status"])
        self.save(self.INVOICES, invoice)
        return True

    def invoice_uri(self, query: Query) -> Any:
        invoice = self.load(self.INVOICES, require_query_int(query, "id"))
        return {"Link": self.share_link("invoice", invoice["AccessToken"])}

    def _mail(self, kind: str, invoice: Record, to: list[str], subject: str, **extra: Any) -> None:
        """Keep what would have been e-mailed (the sandbox's outbox)."""
        mail_id = self.next_id("outbox")
        self.ctx.store.put(
            self.collection("outbox"),
            str(mail_id),
            {
                "Id": mail_id,
                "Kind": kind,
                "InvoiceId": invoice["Id"],
                "To": to,
                "Subject": subject,
                "Link": self.share_link("invoice", invoice["AccessToken"]),
                "SentOn": self.now(),
                **extra,
            },
        )

    def invoice_send_to_client(self, body: Record) -> Any:
        invoice_id = body.get("InvoiceId") if body.get("InvoiceId") is not None else body.get("Id")
        if not isinstance(invoice_id, int):
            raise invalid("InvoiceId is required")
        invoice = self.load(self.INVOICES, invoice_id)
        if invoice["Status"] == "Void":
            raise invalid(f"invoice {invoice_id} is void", "E_INVALID_STATUS")
        client = self.load(self.CLIENTS, invoice["ClientId"])
        to = [client["Email"], *(e["Email"] for e in client.get("AdditionalEmails") or [])]
        if body.get("SendToSelf"):
            to.append(self.account_email)
        subject = body.get("Subject") or f"Invoice {invoice['Number']}"
        self._mail(
            "client",
            invoice,
            to,
            subject,
            Message=body.get("Message"),
            AttachPdf=bool(body.get("AttachPdf")),
        )
        if invoice["Status"] == "Draft":
            self._set_status(invoice, "Unpaid")  # sending issues the invoice
        self._activity(
            invoice, "SentViaEmail", f"Invoice {invoice['Number']} was sent to {client['Email']}"
        )
        self.save(self.INVOICES, invoice)
        return invoice["Id"]

    def invoice_send_to_accountant(self, body: Record) -> Any:
        invoice = self.load(self.INVOICES, required_id(body))
        self._mail("accountant", invoice, [self.accountant_email], f"Invoice {invoice['Number']}")
        self._activity(
            invoice, "SentToAccountant", f"Invoice {invoice['Number']} was sent to the accountant"
        )
        self.save(self.INVOICES, invoice)
        return invoice["Id"]

    # -- products ----------------------------------------------------------------------------

    _PRODUCT_FIELDS = (
        "Name", "Description", "AfterPaymentDescription", "ButtonCallToAction", "CurrencyId",
        "IsFeatured", "ShippingAmount", "ShippingDescription", "Status",
        "WhatHappensNextDescription",
    )  # fmt: skip

    def _product_items(self, items: list[Record], existing: list[Record]) -> list[Record]:
        known = {item["Id"] for item in existing}
        result = []
        for index, item in enumerate(items):
            where = f"Items[{index}]"
            if item.get("Id") is not None and item["Id"] not in known:
                raise invalid(f"{where}.Id: the product has no item {item['Id']}")
            if item.get("WorkTypeId") is not None:
                self.reference(self.WORK_TYPES, item["WorkTypeId"], f"{where}.WorkTypeId")
            tax_percentage = float(item.get("TaxPercentage") or 0.0)
            if item.get("TaxId") is not None:
                tax = self.reference(self.TAXES, item["TaxId"], f"{where}.TaxId")
                tax_percentage = float(tax["Percentage"])
            check_not_negative(item, "Cost", "MinimumQuantity")
            result.append(
                {
                    "Id": item.get("Id") or self.next_id("product_items"),
                    "WorkTypeId": item.get("WorkTypeId"),
                    "Description": item.get("Description"),
                    "ReferenceId": item.get("ReferenceId"),
                    "Cost": float(item.get("Cost") or 0.0),
                    "MinimumQuantity": float(item.get("MinimumQuantity") or 1.0),
                    "TaxId": item.get("TaxId"),
                    "TaxPercentage": tax_percentage,
                }
            )
        return result

    def _numbered(self, kind: str, entries: list[Record]) -> list[Record]:
        return [{**e, "Id": e.get("Id") or self.next_id(kind)} for e in entries]

    def _check_product(self, product: Record) -> None:
        if not isinstance(product.get("Name"), str) or not product["Name"].strip():
            raise invalid("Name is required")
        currency = self.fixed_reference(CURRENCIES, product.get("CurrencyId"), "CurrencyId")
        check_not_negative(product, "ShippingAmount")
        for gateway in product["PaymentGateways"]:
            found = next((g for g in PAYMENT_GATEWAYS if g["Name"] == gateway.get("Name")), None)
            if found is None:
                raise invalid(f"PaymentGateways: unknown gateway {gateway.get('Name')!r}")
            if currency["Value"] not in {c["Value"] for c in found["SupportedCurrencies"]}:
                raise invalid(
                    f"PaymentGateways: {found['Name']} does not accept {currency['Value']}",
                    "E_UNSUPPORTED_CURRENCY",
                )

    def _apply_product(self, product: Record, body: Record) -> None:
        product.update(present(body, *self._PRODUCT_FIELDS))
        if body.get("Items") is not None:
            product["Items"] = self._product_items(body["Items"], product["Items"])
        if body.get("PaymentGateways") is not None:
            product["PaymentGateways"] = [{"Name": g.get("Name")} for g in body["PaymentGateways"]]
        for name, kind in (
            ("Coupons", "coupons"),
            ("Discounts", "discounts"),
            ("Attachments", "attachments"),
        ):
            if body.get(name) is not None:
                product[name] = self._numbered(kind, body[name])
        self._check_product(product)

    def product_summary(self, product: Record) -> Record:
        """``ProductDetailsApiModel``."""
        subtotal = tax = 0.0
        for item in self.product_item_amounts(product["Items"]):
            subtotal += item["SubTotalAmount"]
            tax += item["TaxAmount"]
        shipping = float(product.get("ShippingAmount") or 0.0)
        return {
            "Id": product["Id"],
            "AccessToken": product["AccessToken"],
            **{name: product.get(name) for name in self._PRODUCT_FIELDS},
            "IsFeatured": bool(product.get("IsFeatured")),
            "ShippingAmount": shipping,
            "Currency": by_id(CURRENCIES, product["CurrencyId"]),
            "SubTotalAmount": money(subtotal),
            "TotalAmount": money(subtotal + tax),
            "TotalWithShipping": money(subtotal + tax + shipping),
        }

    @staticmethod
    def product_item_amounts(items: list[Record]) -> list[Record]:
        result = []
        for item in items:
            subtotal = item["Cost"] * item["MinimumQuantity"]
            tax = subtotal * item["TaxPercentage"] / 100
            result.append(
                {
                    **item,
                    "SubTotalAmount": money(subtotal),
                    "TaxAmount": money(tax),
                    "TotalAmount": money(subtotal + tax),
                }
            )
        return result

    def product_view(self, product: Record) -> Record:
        """``ProductFullDetailsApiModel``."""
        return {
            **self.product_summary(product),
            "Items": self.product_item_amounts(product["Items"]),
            "PaymentGateways": product["PaymentGateways"],
            "Coupons": product["Coupons"],
            "Discounts": product["Discounts"],
            "Attachments": product["Attachments"],
        }

    def product_all(self, query: Query) -> Any:
        return self.listed(query, self.all(self.PRODUCTS), self.product_summary)

    def product_details(self, query: Query) -> Any:
        product = self.load(self.PRODUCTS, require_query_int(query, "id"))
        return self.product_view(product)

    def product_new(self, body: Record) -> Any:
        product: Record = {
            "Id": None,
            "Status": "Active",
            "Items": [],
            "PaymentGateways": [],
            "Coupons": [],
            "Discounts": [],
            "Attachments": [],
            "AccessToken": secrets.token_urlsafe(24),
            "CreatedOn": self.now(),
        }
        self._apply_product(product, body)
        product["Id"] = self.next_id("products")
        self.save(self.PRODUCTS, product)
        return product["Id"]

    def product_update(self, body: Record) -> None:
        product = self.load(self.PRODUCTS, required_id(body))
        self._apply_product(product, body)
        self.save(self.PRODUCTS, product)

    def product_delete(self, body: Record) -> Any:
        product = self.load(self.PRODUCTS, required_id(body))
        if any(o.get("ProductId") == product["Id"] for o in self.all(self.ORDERS)):
            raise invalid(f"product {product['Id']} has orders", "E_IN_USE")
        self.remove(self.PRODUCTS, product["Id"])
        return product["Id"]

    # -- orders ------------------------------------------------------------------------------

    _ORDER_FIELDS = (
        "Name", "Description", "Note", "Referral", "AfterPaymentDescription",
        "WhatHappensNextDescription", "ShippingDescription", "CouponCode",
    )  # fmt: skip

    def _check_party(self, details: Record | None, field: str) -> Record | None:
        if details is None:
            return None
        if details.get("CountryId") is not None:
            self.fixed_reference(COUNTRIES, details["CountryId"], f"{field}.CountryId")
        if details.get("Email") is not None:
            check_email(details["Email"], f"{field}.Email")
        keys = ("Name", "Email", "Address", "CountryId", "PhoneNumber")
        return {k: details.get(k) for k in keys}

    def _order_items(self, items: list[Record], product: Record | None) -> list[Record]:
        product_items = {i["Id"]: i for i in (product or {}).get("Items", [])}
        if not items and product is not None:
            # Ordering a product without lines buys each of its items at the minimum quantity.
            items = [
                {"ProductItemId": i["Id"], "Quantity": i["MinimumQuantity"]}
                for i in product_items.values()
            ]
        result = []
        for index, item in enumerate(items):
            where = f"Items[{index}]"
            source: Record = {}
            if item.get("ProductItemId") is not None:
                if item["ProductItemId"] not in product_items:
                    raise invalid(
                        f"{where}.ProductItemId: the product has no item {item['ProductItemId']}",
                        "E_INVALID_REFERENCE",
                    )
                source = product_items[item["ProductItemId"]]
            quantity = float(item.get("Quantity") or 1.0)
            if quantity <= 0:
                raise invalid(f"{where}.Quantity must be more than 0")
            if source and quantity < source["MinimumQuantity"]:
                raise invalid(
                    f"{where}.Quantity is below the item's minimum of {source['MinimumQuantity']:g}"
                )
            work_type_id = item.get("WorkTypeId", source.get("WorkTypeId"))
            if work_type_id is not None:
                self.reference(self.WORK_TYPES, work_type_id, f"{where}.WorkTypeId")
            tax_id = item.get("TaxId") if item.get("TaxId") is not None else source.get("TaxId")
            tax_percentage = float(item.get("TaxPercentage") or source.get("TaxPercentage") or 0.0)
            if tax_id is not None:
                tax_percentage = float(
                    self.reference(self.TAXES, tax_id, f"{where}.TaxId")["Percentage"]
                )
            given = item.get("Cost")
            cost = float(given if given is not None else source.get("Cost", 0.0))
            if cost < 0:
                raise invalid(f"{where}.Cost must not be negative")
            subtotal = cost * quantity
            tax = subtotal * tax_percentage / 100
            result.append(
                {
                    "ProductItemId": item.get("ProductItemId"),
                    "WorkTypeId": work_type_id,
                    "Description": item.get("Description") or source.get("Description"),
                    "ReferenceId": item.get("ReferenceId") or source.get("ReferenceId"),
                    "Cost": cost,
                    "Quantity": quantity,
                    "TaxId": tax_id,
                    "TaxPercentage": tax_percentage,
                    "SubTotalAmount": money(subtotal),
                    "TaxAmount": money(tax),
                    "TotalAmount": money(subtotal + tax),
                }
            )
        return result

    def _coupon_discount(self, code: str, product: Record | None, subtotal: float) -> float:
        coupon = next(
            (c for c in (product or {}).get("Coupons", []) if c.get("Code") == code), None
        )
        if coupon is None:
            raise invalid(
                f"CouponCode: {code!r} is not a coupon of the product", "E_INVALID_COUPON"
            )
        if (
            coupon.get("ValidUntil")
            and parse_ticks(coupon["ValidUntil"], "ValidUntil") < self.now_ticks()
        ):
            raise invalid(f"CouponCode: {code!r} has expired", "E_INVALID_COUPON")
        if coupon.get("DiscountAmount") is not None:
            return min(subtotal, float(coupon["DiscountAmount"]))
        return subtotal * float(coupon.get("DiscountPercentage") or 0.0) / 100

    def order_summary(self, order: Record) -> Record:
        """``OrderDetailsApiModel``."""
        view = {
            k: v
            for k, v in order.items()
            if k not in ("Items", "Attachments", "CreatedOn", "StatusReason")
        }
        view["Currency"] = by_id(CURRENCIES, order["CurrencyId"])
        return view

    def order_view(self, order: Record) -> Record:
        """``OrderFullDetailsApiModel``."""
        view = self.order_summary(order)
        view.update(Items=order["Items"], Attachments=order["Attachments"])
        return view

    def order_all(self, query: Query) -> Any:
        return self.listed(query, self.all(self.ORDERS), self.order_summary)

    def order_details(self, query: Query) -> Any:
        order = self.load(self.ORDERS, require_query_int(query, "id"))
        return self.order_view(order)

    def order_new(self, body: Record) -> Any:
        product = None
        if body.get("ProductId") is not None:
            product = self.reference(self.PRODUCTS, body["ProductId"], "ProductId")
        currency_id = body.get("CurrencyId")
        if currency_id is None and product is not None:
            currency_id = product["CurrencyId"]
        self.fixed_reference(CURRENCIES, currency_id, "CurrencyId")
        check_not_negative(body, "ShippingAmount", "DiscountAmount")
        items = self._order_items(body.get("Items") or [], product)
        subtotal = sum(i["SubTotalAmount"] for i in items)
        tax = sum(i["TaxAmount"] for i in items)
        discount = float(body.get("DiscountAmount") or 0.0)
        if body.get("CouponCode"):
            discount = self._coupon_discount(body["CouponCode"], product, subtotal)
        shipping = body.get("ShippingAmount")
        if shipping is None:
            shipping = (product or {}).get("ShippingAmount") or 0.0
        total = subtotal - discount + tax
        order: Record = {
            "Id": self.next_id("orders"),
            **{name: body.get(name) for name in self._ORDER_FIELDS},
            "ProductId": body.get("ProductId"),
            "CurrencyId": currency_id,
            "Status": body.get("Status") or "PendingPayment",
            "OrderBillingDetails": self._check_party(
                body.get("OrderBillingDetails"), "OrderBillingDetails"
            ),
            "OrderShippingDetails": self._check_party(
                body.get("OrderShippingDetails"), "OrderShippingDetails"
            ),
            "Items": items,
            "Attachments": body.get("Attachments") or [],
            "SubTotalAmount": money(subtotal),
            "DiscountAmount": money(discount),
            "TaxAmount": money(tax),
            "TotalAmount": money(total),
            "ShippingAmount": money(float(shipping)),
            "TotalWithShipping": money(total + float(shipping)),
            "AccessToken": secrets.token_urlsafe(24),
            "CreatedOn": self.now(),
        }
        self.save(self.ORDERS, order)
        return order["Id"]

    def _open_order(self, order_id: int) -> Record:
        order = self.load(self.ORDERS, order_id)
        if order["Status"] in ORDER_FINAL_STATUSES:
            raise invalid(f"order {order_id} is {order['Status']}", "E_INVALID_STATUS")
        return order

    def order_change_status(self, body: Record) -> None:
        order = self.load(self.ORDERS, required_id(body))
        if not body.get("Status"):
            raise invalid("Status is required")
        if body["Status"] != order["Status"]:
            order = self._open_order(order["Id"])
            order.update(Status=body["Status"], StatusReason=body.get("Reason"))
            self.save(self.ORDERS, order)

    def order_change_shipping(self, query: Query, body: Callable[[], Record]) -> None:
        order = self._open_order(require_query_int(query, "orderId"))
        details = self._check_party(body(), "OrderShippingDetails")
        order["OrderShippingDetails"] = details
        self.save(self.ORDERS, order)

    def order_delete(self, body: Record) -> Any:
        order = self.load(self.ORDERS, required_id(body))
        self.remove(self.ORDERS, order["Id"])
        return order["Id"]


def list_result(items: list[Record], total: int) -> Record:
    """Envoice's list envelope: ``Count`` is this page, ``TotalCount`` every match."""
    return {
        "Result": items,
        "Count": len(items),
        "TotalCount": total,
        "IsFaulted": False,
        "ErrorMessages": [],
    }
