from enum import StrEnum


class ProductDetailsApiModelStatusType1(StrEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"
    NOTAVAILABLE = "NotAvailable"

    def __str__(self) -> str:
        return str(self.value)
