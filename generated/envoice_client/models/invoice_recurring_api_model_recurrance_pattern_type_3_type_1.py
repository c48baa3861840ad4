from enum import StrEnum


class InvoiceRecurringApiModelRecurrancePatternType3Type1(StrEnum):
    DAILY = "Daily"
    MONTHLY = "Monthly"
    WEEKLY = "Weekly"
    YEARLY = "Yearly"

    def __str__(self) -> str:
        return str(self.value)
