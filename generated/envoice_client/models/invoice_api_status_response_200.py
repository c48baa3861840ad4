from enum import StrEnum


class InvoiceApiStatusResponse200(StrEnum):
    DRAFT = "Draft"
    OVERDUE = "Overdue"
    PAID = "Paid"
    UNPAID = "Unpaid"
    VOID = "Void"

    def __str__(self) -> str:
        return str(self.value)
