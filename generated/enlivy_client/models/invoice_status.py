from enum import StrEnum


class InvoiceStatus(StrEnum):
    APPROVAL_REQUIRED = "approval_required"
    CANCELLED = "cancelled"
    DRAFT = "draft"
    OVERDUE = "overdue"
    PAID = "paid"
    PAYMENT_PARTIAL = "payment_partial"
    PENDING = "pending"
    SCHEDULED = "scheduled"
    SENT_EMAIL = "sent_email"
    SENT_PHYSICAL = "sent_physical"
    SOLVED = "solved"

    def __str__(self) -> str:
        return str(self.value)
