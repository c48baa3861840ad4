"""Enlivy's invoice rules: references and roles of the parties, line items priced from products
and taxed by their tax classes, totals (computed for internal invoices, carried for external
ones), dates, and numbers taken from the invoice prefix."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..core import Record, money
from .models import (
    BANK_ACCOUNTS,
    INVOICE_PREFIXES,
    INVOICES,
    MAX_AMOUNT,
    ORGANIZATION_USERS,
    PRODUCTS,
    TAX_CLASSES,
    TAX_RATES,
    Call,
    Errors,
    parse_date,
    parse_datetime,
)

if TYPE_CHECKING:
    from .models import EnlivyBackend


class InvoiceRules:
    """Builds invoice records for :class:`~.models.EnlivyBackend`."""

    def __init__(self, backend: EnlivyBackend) -> None:
        self.backend = backend

    def build(self, call: Call, sent: Record, doc: Record, errors: Errors, new: bool) -> None:
        org = call.organization
        org_id = org["id"]
        special = {
            "line_items",
            "taxes",
            "sub_total",
            "discount",
            "tax_total",
            "total",
            "number",
            "payment_stripe_account_id",
            "payment_stripe_customer_id",
            "payment_stripe_charge_id",
            "payment_stripe_intent_id",
        }
        doc.update({k: v for k, v in sent.items() if k not in special})
        for name in special & set(sent):
            if name.startswith("payment_stripe_"):
                doc[f"_{name}"] = sent[name]

        receiver = self.backend.refer(
            errors,
            "organization_receiver_user_id",
            ORGANIZATION_USERS,
            org_id,
            sent.get("organization_receiver_user_id"),
        )
        if receiver is not None and not self._role_allows(receiver, "can_be_invoiced"):
            errors.add(
                "organization_receiver_user_id",
                "The selected organization user cannot be invoiced (their role does not allow it).",
            )
        if receiver is not None and "receiver_country_code" not in sent:
            doc["receiver_country_code"] = receiver["country_code"]
        sender = self.backend.refer(
            errors,
            "organization_sender_user_id",
            ORGANIZATION_USERS,
            org_id,
            sent.get("organization_sender_user_id"),
        )
        if sender is not None and not self._role_allows(sender, "can_be_invoicing"):
            errors.add(
                "organization_sender_user_id",
                "The selected organization user cannot issue invoices (their role forbids it).",
            )
        self.backend.refer(
            errors,
            "organization_bank_account_id",
            BANK_ACCOUNTS,
            org_id,
            sent.get("organization_bank_account_id"),
        )
        prefix = self.backend.refer(
            errors,
            "organization_invoice_prefix_id",
            INVOICE_PREFIXES,
            org_id,
            sent.get("organization_invoice_prefix_id"),
        )
        if prefix is not None and prefix["type"] != doc["type"]:
            errors.add(
                "organization_invoice_prefix_id",
                f"The selected prefix is for {prefix['type']} invoices, not {doc['type']} ones.",
            )
        if new:
            doc["sender_country_code"] = org["country_code"]

        internal = doc["source"] == "internal"
        if internal:
            for name in ("payment_method", "delivery_method"):
                if doc.get(name) is None:
                    errors.add(
                        name,
                        f"The {name.replace('_', ' ')} field is required when source is internal.",
                    )
            if new and not sent.get("line_items"):
                errors.add("line_items", "An internal invoice needs at least one line item.")
            if "line_items" in sent and not sent["line_items"]:
                errors.add("line_items", "An internal invoice needs at least one line item.")
        doc["is_downloadable"] = internal
        self._check_dates(doc, sent, errors)

        if "line_items" in sent:
            lines, taxes = self._lines(org_id, doc, sent["line_items"], errors)
            doc["_line_items"] = lines
            if internal:
                doc["_taxes"] = taxes
                self._totals_from_lines(doc, lines)
        if not internal:
            self._external_totals(org_id, doc, sent, errors)

        if errors.fields:
            return
        self._number(org_id, doc, sent, prefix, errors, new)

    def _role_allows(self, user: Record, ability: str) -> bool:
        role = self.backend.ctx.store.get(
            self.backend.collection("roles"), user["organization_user_role_id"]
        )
        return bool(role and role.get(ability))

    def _check_dates(self, doc: Record, sent: Record, errors: Errors) -> None:
        for name in ("issued_at", "due_at"):
            if name in sent and parse_date(sent[name]) is None:
                errors.add(name, f"The {name} field must be a date (YYYY-MM-DD).")
        issued = parse_date(doc["issued_at"]) if doc.get("issued_at") else None
        due = parse_date(doc["due_at"]) if doc.get("due_at") else None
        if issued and due and due < issued:
            errors.add("due_at", "The due date must not be before the issue date.")
        if "paid_at" in sent and parse_datetime(sent["paid_at"]) is None:
            errors.add(
                "paid_at", "The paid_at field must be a time written as YYYY-MM-DD HH:MM:SS."
            )
        if doc["status"] == "paid" and not doc.get("paid_at"):
            # Marking an invoice paid without a time records the payment as now.
            moment = datetime.fromtimestamp(self.backend.ctx.clock(), UTC)
            doc["paid_at"] = moment.strftime("%Y-%m-%d %H:%M:%S")

    def _lines(
        self, org_id: str, doc: Record, items: list[Record], errors: Errors
    ) -> tuple[list[Record], list[Record]]:
        """Line items with their amounts, and the invoice's taxes per rate."""
        lines: list[Record] = []
        taxes: dict[tuple[str, str], float] = {}
        for index, item in enumerate(items):
            where = f"line_items.{index}"
            product = self.backend.refer(
                errors,
                f"{where}.organization_product_id",
                PRODUCTS,
                org_id,
                item.get("organization_product_id"),
            )
            tax_class_id = item.get("organization_tax_class_id")
            if tax_class_id is not None:
                self.backend.refer(
                    errors, f"{where}.organization_tax_class_id", TAX_CLASSES, org_id, tax_class_id
                )
            elif product is not None:
                tax_class_id = product.get("organization_tax_class_id")
            price = item.get("price")
            if price is None and product is not None:
                price = (product.get("price_map") or {}).get(doc["currency"])
                if price is None:
                    errors.add(
                        f"{where}.price",
                        f"The product has no price in {doc['currency']}; send a price.",
                    )
            elif price is None and "organization_product_id" not in item:
                errors.add(f"{where}.price", "The price field is required (or send a product).")
            name = item.get("name_lang_map") or (product or {}).get("name_lang_map")
            if not name and "organization_product_id" not in item:
                errors.add(f"{where}.name_lang_map", "A line item needs a name (or a product).")
            percent = item.get("discount", 0)
            if not 0 <= percent <= 100:
                errors.add(f"{where}.discount", "The discount is a percentage between 0 and 100.")
            quantity = item.get("quantity", 1)
            for label, value in (("quantity", quantity), ("price", price)):
                if value is not None and abs(value) > MAX_AMOUNT:
                    errors.add(f"{where}.{label}", f"The {label} is too large.")
            if price is None or errors.fields:
                continue
            sub_total = money(quantity * price)
            discount = money(sub_total * percent / 100)
            base = sub_total - discount
            line_tax = 0.0
            plain = 0.0
            for rate in self._rates(org_id, tax_class_id):
                taxed = base + plain if rate["is_compound"] else base
                amount = money(taxed * rate["rate"] / 100)
                if not rate["is_compound"]:
                    plain += amount
                line_tax += amount
                slot = (rate["organization_tax_class_id"], rate["id"])
                taxes[slot] = taxes.get(slot, 0.0) + amount
            line_id = self.backend.new_id("org_inv_li")
            lines.append(
                {
                    "id": line_id,
                    "organization_id": org_id,
                    "organization_invoice_id": doc.get("id", ""),
                    "organization_product_id": item.get("organization_product_id"),
                    "organization_tax_class_id": tax_class_id,
                    "order": item.get("order", index + 1),
                    "type": item.get("type") or (product or {}).get("type") or "service",
                    "name_lang_map": name or {},
                    "unit_lang_map": item.get("unit_lang_map")
                    or (product or {}).get("unit_lang_map")
                    or {},
                    "invoice_schema_map": item.get("invoice_schema_map")
                    or (product or {}).get("invoice_schema_map")
                    or {},
                    "quantity": quantity,
                    "price": price,
                    "sub_total": sub_total,
                    "discount": discount,
                    "tax_total": money(line_tax),
                    "total": money(base + line_tax),
                    "has_billing_period": item.get("has_billing_period", False),
                    "billing_period_started_at": item.get("billing_period_started_at"),
                    "billing_period_ended_at": item.get("billing_period_ended_at"),
                }
            )
        lines.sort(key=lambda line: line["order"])
        summary = [
            {"organization_tax_class_id": c, "organization_tax_rate_id": r, "amount": money(a)}
            for (c, r), a in taxes.items()
        ]
        return lines, summary

    def _rates(self, org_id: str, tax_class_id: str | None) -> list[Record]:
        """Active rates of a tax class, in priority order (none without a class)."""
        if tax_class_id is None:
            return []
        rates = self.backend.ctx.store.find(
            self.backend.collection(TAX_RATES.key),
            lambda r: (
                r.get("organization_id") == org_id
                and r.get("organization_tax_class_id") == tax_class_id
                and r.get("deleted_at") is None
            ),
        )
        return sorted(rates, key=lambda r: (r.get("is_compound", False), r.get("priority", 0)))

    def _totals_from_lines(self, doc: Record, lines: list[Record]) -> None:
        sub_total = money(sum(line["sub_total"] for line in lines))
        discount = money(sum(line["discount"] for line in lines))
        tax_total = money(sum(line["tax_total"] for line in lines))
        doc.update(
            sub_total=sub_total,
            discount=discount,
            tax_total=tax_total,
            total=money(sub_total - discount + tax_total),
            is_tax_charged=tax_total > 0,
        )

    def _external_totals(self, org_id: str, doc: Record, sent: Record, errors: Errors) -> None:
        """External invoices carry the totals they were issued with."""
        amounts = {"taxes", "sub_total", "discount", "tax_total", "total"}
        for name in sorted(amounts - {"taxes"} & set(sent)):
            if abs(sent[name]) > MAX_AMOUNT:
                errors.add(name, f"The {name} is too large.")
        for index, entry in enumerate(sent.get("taxes", [])):
            if abs(entry.get("amount", 0.0)) > MAX_AMOUNT:
                errors.add(f"taxes.{index}.amount", "The amount is too large.")
        if not amounts & set(sent) and doc.get("id") and doc.get("created_at"):
            return  # an update that leaves the amounts alone
        if "taxes" in sent:
            taxes = []
            for index, entry in enumerate(sent["taxes"]):
                where = f"taxes.{index}"
                self.backend.refer(
                    errors,
                    f"{where}.organization_tax_class_id",
                    TAX_CLASSES,
                    org_id,
                    entry.get("organization_tax_class_id"),
                )
                rate = self.backend.refer(
                    errors,
                    f"{where}.organization_tax_rate_id",
                    TAX_RATES,
                    org_id,
                    entry.get("organization_tax_rate_id"),
                )
                taxes.append(
                    {
                        "organization_tax_class_id": entry.get("organization_tax_class_id")
                        or (rate or {}).get("organization_tax_class_id"),
                        "organization_tax_rate_id": entry.get("organization_tax_rate_id"),
                        "amount": money(entry.get("amount", 0.0)),
                    }
                )
            doc["_taxes"] = taxes
        for name in ("sub_total", "discount"):
            if name in sent:
                doc[name] = money(sent[name])
        if "tax_total" in sent:
            doc["tax_total"] = money(sent["tax_total"])
        elif "taxes" in sent:
            doc["tax_total"] = money(sum(t["amount"] for t in doc["_taxes"]))
        computed = money(doc["sub_total"] - doc["discount"] + doc["tax_total"])
        doc["total"] = money(sent["total"]) if "total" in sent else computed
        doc["is_tax_charged"] = doc["tax_total"] > 0

    def _number(
        self,
        org_id: str,
        doc: Record,
        sent: Record,
        prefix: Record | None,
        errors: Errors,
        new: bool,
    ) -> None:
        """Take the number from the prefix when none is given (outbound invoices only)."""
        if prefix is None and doc.get("organization_invoice_prefix_id"):
            prefix = self.backend.record(
                INVOICE_PREFIXES, org_id, doc["organization_invoice_prefix_id"], active=False
            )
        if prefix is None and new and doc["direction"] == "outbound":
            prefix = next(
                iter(
                    self.backend.ctx.store.find(
                        self.backend.collection(INVOICE_PREFIXES.key),
                        lambda p: (
                            p.get("organization_id") == org_id
                            and p.get("deleted_at") is None
                            and p.get("type") == doc["type"]
                        ),
                    )
                ),
                None,
            )
            if prefix is not None:
                doc["organization_invoice_prefix_id"] = prefix["id"]
        if "number" in sent:
            number = str(sent["number"])
            taken = self.backend.ctx.store.find(
                self.backend.collection(INVOICES.key),
                lambda i: (
                    i.get("organization_id") == org_id
                    and i.get("deleted_at") is None
                    and i.get("id") != doc.get("id")
                    and i.get("number") == number
                    and i.get("organization_invoice_prefix_id")
                    == doc.get("organization_invoice_prefix_id")
                ),
            )
            if taken:
                errors.add("number", f"Number {number} is already used in this series.")
                errors.raise_any()
            doc["number"] = number
        elif new and prefix is not None and doc["direction"] == "outbound":
            prefix = dict(prefix, current_number=int(prefix["current_number"]) + 1)
            prefix["updated_at"] = self.backend.now()
            self.backend.ctx.store.put(
                self.backend.collection(INVOICE_PREFIXES.key), prefix["id"], prefix
            )
            doc["number"] = str(prefix["current_number"]).zfill(int(prefix.get("_padding", 0)))
        alias = str(prefix["alias"]) if prefix is not None else ""
        number_text = doc.get("number") or ""
        doc["formatted_number"] = f"{alias}-{number_text}" if alias and number_text else number_text
        doc["will_number_be_auto_assigned"] = False
