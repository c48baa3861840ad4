from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountInformation")


@_attrs_define
class BankAccountInformation:
    """Account details; which keys apply depends on the account type (`iban` and `swift` for standard, `email` for PayPal,
    `account_id` for Stripe).

        Attributes:
            iban (str | Unset): IBAN (standard accounts).
            swift (str | Unset): SWIFT/BIC code (standard accounts).
            email (str | Unset): PayPal account e-mail (PayPal accounts).
            account_id (str | Unset): Stripe account id (Stripe accounts).
    """

    iban: str | Unset = UNSET
    swift: str | Unset = UNSET
    email: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iban = self.iban

        swift = self.swift

        email = self.email

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iban is not UNSET:
            field_dict["iban"] = iban
        if swift is not UNSET:
            field_dict["swift"] = swift
        if email is not UNSET:
            field_dict["email"] = email
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        iban = d.pop("iban", UNSET)

        swift = d.pop("swift", UNSET)

        email = d.pop("email", UNSET)

        account_id = d.pop("account_id", UNSET)

        bank_account_information = cls(
            iban=iban,
            swift=swift,
            email=email,
            account_id=account_id,
        )

        bank_account_information.additional_properties = d
        return bank_account_information

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
