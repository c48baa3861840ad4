from enum import StrEnum


class UserListType(StrEnum):
    USER_LIST = "USER_LIST"

    def __str__(self) -> str:
        return str(self.value)
