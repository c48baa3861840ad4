from enum import StrEnum


class WorkTypeApiSearchQueryOptionsOrder(StrEnum):
    ASC = "Asc"
    DESC = "Desc"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
