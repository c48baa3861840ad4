from enum import StrEnum


class ProductType(StrEnum):
    BONUS = "bonus"
    DIGITAL = "digital"
    PHYSICAL = "physical"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
