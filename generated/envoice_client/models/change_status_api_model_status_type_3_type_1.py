from enum import StrEnum


class ChangeStatusApiModelStatusType3Type1(StrEnum):
    DRAFT = "Draft"
    OVERDUE = "Overdue"
    PAID = "Paid"
    UNPAID = "Unpaid"
    VOID = "Void"

    def __str__(self) -> str:
        return str(self.value)
