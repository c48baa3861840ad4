from enum import StrEnum


class ApiKeyType(StrEnum):
    API_KEY = "API_KEY"
    MANAGED_API_KEY = "MANAGED_API_KEY"

    def __str__(self) -> str:
        return str(self.value)
