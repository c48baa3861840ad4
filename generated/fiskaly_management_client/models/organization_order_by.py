from enum import StrEnum


class OrganizationOrderBy(StrEnum):
    ADDRESS_LINE1 = "address_line1"
    ADDRESS_LINE2 = "address_line2"
    DISPLAY_NAME = "display_name"
    ECONOMY_ID = "economy_id"
    ID = "id"
    NAME = "name"
    STATE = "state"
    TAX_NUMBER = "tax_number"
    TOWN = "town"
    VAT_ID = "vat_id"
    ZIP = "zip"

    def __str__(self) -> str:
        return str(self.value)
