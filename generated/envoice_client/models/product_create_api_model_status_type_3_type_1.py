from enum import StrEnum


class ProductCreateApiModelStatusType3Type1(StrEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"
    NOTAVAILABLE = "NotAvailable"

    def __str__(self) -> str:
        return str(self.value)
