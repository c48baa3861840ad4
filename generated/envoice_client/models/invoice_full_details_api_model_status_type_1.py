from enum import StrEnum


class InvoiceFullDetailsApiModelStatusType1(StrEnum):
    DRAFT = "Draft"
    OVERDUE = "Overdue"
    PAID = "Paid"
    UNPAID = "Unpaid"
    VOID = "Void"

    def __str__(self) -> str:
        return str(self.value)
