from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .bank_account_information import BankAccountInformation
from .bank_account_type import BankAccountType
from .payment_qr_type import PaymentQrType

_BankAccountType_BY_VALUE: dict[Any, BankAccountType] = {
    m.value: m for m in BankAccountType
}
_PaymentQrType_BY_VALUE: dict[Any, PaymentQrType] = {m.value: m for m in PaymentQrType}
_FIELDS = frozenset(
    {
        "name",
        "currency",
        "bank_name",
        "bank_address",
        "bank_country_code",
        "account_information",
        "type",
        "balance",
        "payment_qr_types",
    }
)


@_attrs_define
class BankAccountCreate:
    """Fields of a new bank account.

    Attributes:
        name (str): Display name.
        currency (str): ISO 4217 currency code, upper case.
        bank_name (str): Name of the bank.
        bank_address (str): Address of the bank.
        bank_country_code (str): Country of the bank.
        account_information (BankAccountInformation): Account details; which keys apply depends
        on the account type (`iban` and `swift` for standard, `email` for PayPal, `account_id`
        for Stripe).
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["currency"] = self.currency
        field_dict["bank_name"] = self.bank_name
        field_dict["bank_address"] = self.bank_address
        field_dict["bank_country_code"] = self.bank_country_code
        field_dict["account_information"] = self.account_information.to_dict()
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, BankAccountType) else _type_
            )
        _balance = self.balance
        if not isinstance(_balance, Unset):
            field_dict["balance"] = _balance
        _payment_qr_types = self.payment_qr_types
        if not isinstance(_payment_qr_types, Unset):
            field_dict["payment_qr_types"] = [
                _item3.value if isinstance(_item3, PaymentQrType) else _item3
                for _item3 in _payment_qr_types
            ]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        name = src_dict["name"]
        currency = src_dict["currency"]
        bank_name = src_dict["bank_name"]
        bank_address = src_dict["bank_address"]
        bank_country_code = src_dict["bank_country_code"]
        _account_information = src_dict["account_information"]
        account_information = BankAccountInformation.from_dict(_account_information)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _BankAccountType_BY_VALUE:
                type_ = _BankAccountType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(BankAccountType, _type_)
        balance = get("balance", UNSET)
        _payment_qr_types = get("payment_qr_types", UNSET)
        if _payment_qr_types is UNSET:
            payment_qr_types = UNSET
        else:
            payment_qr_types = []
            for _item1 in _payment_qr_types:
                if _item1 in _PaymentQrType_BY_VALUE:
                    _parsed2 = _PaymentQrType_BY_VALUE[_item1]
                else:
                    _parsed2 = unknown_enum_value(PaymentQrType, _item1)
                payment_qr_types.append(_parsed2)
        obj = cls(
            name,
            currency,
            bank_name,
            bank_address,
            bank_country_code,
            account_information,
            type_,
            balance,
            payment_qr_types,
        )
        if len(src_dict) > 9 or not _FIELDS.issuperset(src_dict):
            rest = {k: v for k, v in src_dict.items() if k not in _FIELDS}
            obj.additional_properties = rest
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
