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


T = TypeVar("T", bound="BankAccountUpdate")


@_attrs_define
class BankAccountUpdate:
    """Bank account fields; all optional.

    Attributes:
        type_ (BankAccountType | Unset): Kind of account.
        name (str | Unset): Display name.
        currency (str | Unset): ISO 4217 currency code, upper case.
        bank_name (str | Unset): Name of the bank.
        bank_address (str | Unset): Address of the bank.
        bank_country_code (str | Unset): Country of the bank.
        account_information (BankAccountInformation | Unset): Account details; which keys apply depends on the account
            type (`iban` and `swift` for standard, `email` for PayPal, `account_id` for Stripe).
        balance (float | Unset): Recorded balance.
        payment_qr_types (list[PaymentQrType] | Unset): Payment QR codes to offer.
    """

    type_: BankAccountType | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    bank_address: str | Unset = UNSET
    bank_country_code: str | Unset = UNSET
    account_information: BankAccountInformation | Unset = UNSET
    balance: float | Unset = UNSET
    payment_qr_types: list[PaymentQrType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        currency = self.currency

        bank_name = self.bank_name

        bank_address = self.bank_address

        bank_country_code = self.bank_country_code

        account_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_information, Unset):
            account_information = self.account_information.to_dict()

        balance = self.balance

        payment_qr_types: list[str] | Unset = UNSET
        if not isinstance(self.payment_qr_types, Unset):
            payment_qr_types = []
            for payment_qr_types_item_data in self.payment_qr_types:
                payment_qr_types_item = payment_qr_types_item_data.value
                payment_qr_types.append(payment_qr_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if bank_address is not UNSET:
            field_dict["bank_address"] = bank_address
        if bank_country_code is not UNSET:
            field_dict["bank_country_code"] = bank_country_code
        if account_information is not UNSET:
            field_dict["account_information"] = account_information
        if balance is not UNSET:
            field_dict["balance"] = balance
        if payment_qr_types is not UNSET:
            field_dict["payment_qr_types"] = payment_qr_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account_information import BankAccountInformation

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: BankAccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BankAccountType(_type_)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        bank_name = d.pop("bank_name", UNSET)

        bank_address = d.pop("bank_address", UNSET)

        bank_country_code = d.pop("bank_country_code", UNSET)

        _account_information = d.pop("account_information", UNSET)
        account_information: BankAccountInformation | Unset
        if isinstance(_account_information, Unset):
            account_information = UNSET
        else:
            account_information = BankAccountInformation.from_dict(_account_information)

        balance = d.pop("balance", UNSET)

        _payment_qr_types = d.pop("payment_qr_types", UNSET)
        payment_qr_types: list[PaymentQrType] | Unset = UNSET
        if _payment_qr_types is not UNSET:
            payment_qr_types = []
            for payment_qr_types_item_data in _payment_qr_types:
                payment_qr_types_item = PaymentQrType(payment_qr_types_item_data)

                payment_qr_types.append(payment_qr_types_item)

        bank_account_update = cls(
            type_=type_,
            name=name,
            currency=currency,
            bank_name=bank_name,
            bank_address=bank_address,
            bank_country_code=bank_country_code,
            account_information=account_information,
            balance=balance,
            payment_qr_types=payment_qr_types,
        )

        bank_account_update.additional_properties = d
        return bank_account_update

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
