from enum import StrEnum


class UserOrderBy(StrEnum):
    EMAIL = "email"
    FIRST_NAME = "first_name"
    ID = "id"
    LAST_NAME = "last_name"

    def __str__(self) -> str:
        return str(self.value)
