from enum import StrEnum


class InvoiceAttachmentApiModelTypeType3Type1(StrEnum):
    EXTERNAL = "External"
    UPLOADED = "Uploaded"

    def __str__(self) -> str:
        return str(self.value)
