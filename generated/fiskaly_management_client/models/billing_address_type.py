from enum import StrEnum


class BillingAddressType(StrEnum):
    BILLING_ADDRESS = "BILLING_ADDRESS"

    def __str__(self) -> str:
        return str(self.value)
