from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

_FIELDS = frozenset(
    {
        "iban",
        "swift",
        "email",
        "account_id",
    }
)


@_attrs_define
class BankAccountInformation:
    """Account details; which keys apply depends on the account type (`iban` and `swift` for
    standard, `email` for PayPal, `account_id` for Stripe).

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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _iban = self.iban
        if not isinstance(_iban, Unset):
            field_dict["iban"] = _iban
        _swift = self.swift
        if not isinstance(_swift, Unset):
            field_dict["swift"] = _swift
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["email"] = _email
        _account_id = self.account_id
        if not isinstance(_account_id, Unset):
            field_dict["account_id"] = _account_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        iban = get("iban", UNSET)
        swift = get("swift", UNSET)
        email = get("email", UNSET)
        account_id = get("account_id", UNSET)
        obj = cls(iban, swift, email, account_id)
        if len(src_dict) > 4 or not _FIELDS.issuperset(src_dict):
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
