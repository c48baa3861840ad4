from enum import StrEnum


class InvoicePaymentApiModelTypeType3Type1(StrEnum):
    ACH = "Ach"
    AUTHORIZENET = "AuthorizeNet"
    BAMBORAEU = "BamboraEU"
    BAMBORANA = "BamboraNA"
    BANK = "Bank"
    BRAINTREE = "Braintree"
    CASH = "Cash"
    CHEQUE = "Cheque"
    HALKBANK = "Halkbank"
    KLIKANDPAY = "KlikAndPay"
    NLB = "Nlb"
    OTHER = "Other"
    PAYMENTWALL = "PaymentWall"
    PAYONEER = "Payoneer"
    PAYPAL = "Paypal"
    RAZORPAY = "Razorpay"
    SEPA = "Sepa"
    SQUARE = "Square"
    STRIPE = "Stripe"
    TWOCHECKOUT = "TwoCheckout"
    WEPAY = "Wepay"

    def __str__(self) -> str:
        return str(self.value)
