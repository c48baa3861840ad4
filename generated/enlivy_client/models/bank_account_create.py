from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_type import BankAccountType
from ..models.payment_qr_type import PaymentQrType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_information import BankAccountInformation


T = TypeVar("T", bound="BankAccountCreate")


@_attrs_define
class BankAccountCreate:
    """Fields of a new bank account.

    Attributes:
        name (str): Display name.
        currency (str): ISO 4217 currency code, upper case.
        bank_name (str): Name of the bank.
        bank_address (str): Address of the bank.
        bank_country_code (str): Country of the bank.
        account_information (BankAccountInformation): Account details; which keys apply depends on the account type
            (`iban` and `swift` for standard, `email` for PayPal, `account_id` for Stripe).
        type_ (BankAccountType | Unset): Kind of account.
        balance (float | Unset): Recorded balance.
        payment_qr_types (list[PaymentQrType] | Unset): Payment QR codes to offer.
    """

    name: str
    currency: str
    bank_name: str
    bank_address: str
    bank_country_code: str
    account_information: BankAccountInformation
    type_: BankAccountType | Unset = UNSET
    balance: float | Unset = UNSET
    payment_qr_types: list[PaymentQrType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        currency = self.currency

        bank_name = self.bank_name

        bank_address = self.bank_address

        bank_country_code = self.bank_country_code

        account_information = self.account_information.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        balance = self.balance

        payment_qr_types: list[str] | Unset = UNSET
        if not isinstance(self.payment_qr_types, Unset):
            payment_qr_types = []
            for payment_qr_types_item_data in self.payment_qr_types:
                payment_qr_types_item = payment_qr_types_item_data.value
                payment_qr_types.append(payment_qr_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "currency": currency,
                "bank_name": bank_name,
                "bank_address": bank_address,
                "bank_country_code": bank_country_code,
                "account_information": account_information,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if balance is not UNSET:
            field_dict["balance"] = balance
        if payment_qr_types is not UNSET:
            field_dict["payment_qr_types"] = payment_qr_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account_information import BankAccountInformation

        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        bank_name = d.pop("bank_name")

        bank_address = d.pop("bank_address")

        bank_country_code = d.pop("bank_country_code")

        account_information = BankAccountInformation.from_dict(
            d.pop("account_information")
        )

        _type_ = d.pop("type", UNSET)
        type_: BankAccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BankAccountType(_type_)

        balance = d.pop("balance", UNSET)

        _payment_qr_types = d.pop("payment_qr_types", UNSET)
        payment_qr_types: list[PaymentQrType] | Unset = UNSET
        if _payment_qr_types is not UNSET:
            payment_qr_types = []
            for payment_qr_types_item_data in _payment_qr_types:
                payment_qr_types_item = PaymentQrType(payment_qr_types_item_data)

                payment_qr_types.append(payment_qr_types_item)

        bank_account_create = cls(
            name=name,
            currency=currency,
            bank_name=bank_name,
            bank_address=bank_address,
            bank_country_code=bank_country_code,
            account_information=account_information,
            type_=type_,
            balance=balance,
            payment_qr_types=payment_qr_types,
        )

        bank_account_create.additional_properties = d
        return bank_account_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
