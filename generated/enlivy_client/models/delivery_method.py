from enum import StrEnum


class DeliveryMethod(StrEnum):
    DELEGATE = "delegate"
    EMAIL = "email"

    def __str__(self) -> str:
        return str(self.value)
