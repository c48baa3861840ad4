from enum import StrEnum


class InvoiceCreateAttachmentApiModelTypeType2Type1(StrEnum):
    EXTERNAL = "External"
    UPLOADED = "Uploaded"

    def __str__(self) -> str:
        return str(self.value)
