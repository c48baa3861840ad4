from enum import StrEnum


class OrganizationListType(StrEnum):
    ORGANIZATION_LIST = "ORGANIZATION_LIST"

    def __str__(self) -> str:
        return str(self.value)
