from enum import StrEnum


class InvoiceRecurringApiModelStatusType3Type1(StrEnum):
    ACTIVE = "Active"
    CANCELLED = "Cancelled"
    FINISHED = "Finished"
    PENDING = "Pending"

    def __str__(self) -> str:
        return str(self.value)
