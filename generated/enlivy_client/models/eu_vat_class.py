from enum import StrEnum


class EuVatClass(StrEnum):
    REDUCED = "reduced"
    STANDARD = "standard"
    SUPER_REDUCED = "super_reduced"
    ZERO = "zero"

    def __str__(self) -> str:
        return str(self.value)
