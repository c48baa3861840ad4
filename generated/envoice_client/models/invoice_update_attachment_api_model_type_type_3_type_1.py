from enum import StrEnum


class InvoiceUpdateAttachmentApiModelTypeType3Type1(StrEnum):
    EXTERNAL = "External"
    UPLOADED = "Uploaded"

    def __str__(self) -> str:
        return str(self.value)
