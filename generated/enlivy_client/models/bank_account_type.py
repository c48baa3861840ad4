from enum import StrEnum


class BankAccountType(StrEnum):
    PAYPAL = "paypal"
    STANDARD = "standard"
    STRIPE = "stripe"

    def __str__(self) -> str:
        return str(self.value)
