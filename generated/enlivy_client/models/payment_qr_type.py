from enum import StrEnum


class PaymentQrType(StrEnum):
    ISO_20022 = "iso_20022"
    ROPAY = "ropay"
    SEPA = "sepa"

    def __str__(self) -> str:
        return str(self.value)
