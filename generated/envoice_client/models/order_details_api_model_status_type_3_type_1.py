from enum import StrEnum


class OrderDetailsApiModelStatusType3Type1(StrEnum):
    CANCELLED = "Cancelled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    ONHOLD = "OnHold"
    PENDINGPAYMENT = "PendingPayment"
    PROCESSING = "Processing"
    REFUNDED = "Refunded"
    SHIPPED = "Shipped"

    def __str__(self) -> str:
        return str(self.value)
