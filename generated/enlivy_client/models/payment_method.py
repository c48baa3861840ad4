from enum import StrEnum


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD_PAYMENT = "card_payment"
    CASH = "cash"
    PAID_BY_PERSONAL_FUNDS = "paid_by_personal_funds"
    PAYPAL = "paypal"
    STRIPE_CARD_PAYMENT = "stripe_card_payment"

    def __str__(self) -> str:
        return str(self.value)
