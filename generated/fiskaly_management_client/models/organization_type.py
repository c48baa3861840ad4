from enum import StrEnum


class OrganizationType(StrEnum):
    MANAGED_ORGANIZATION = "MANAGED_ORGANIZATION"
    ORGANIZATION = "ORGANIZATION"

    def __str__(self) -> str:
        return str(self.value)
