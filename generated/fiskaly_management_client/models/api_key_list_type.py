from enum import StrEnum


class ApiKeyListType(StrEnum):
    API_KEY_LIST = "API_KEY_LIST"

    def __str__(self) -> str:
        return str(self.value)
