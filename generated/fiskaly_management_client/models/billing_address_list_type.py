from enum import StrEnum


class BillingAddressListType(StrEnum):
    BILLING_ADDRESS_LIST = "BILLING_ADDRESS_LIST"

    def __str__(self) -> str:
        return str(self.value)
