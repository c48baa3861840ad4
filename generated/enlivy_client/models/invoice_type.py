from enum import StrEnum


class InvoiceType(StrEnum):
    PROFORMA = "proforma"
    REVERSAL = "reversal"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
