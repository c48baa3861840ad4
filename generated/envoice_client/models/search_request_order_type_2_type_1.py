from enum import StrEnum


class SearchRequestOrderType2Type1(StrEnum):
    ASC = "Asc"
    DESC = "Desc"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
