from enum import StrEnum


class UserType(StrEnum):
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
