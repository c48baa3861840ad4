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
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "type",
        "name",
        "currency",
        "bank_name",
        "bank_address",
        "bank_country_code",
        "account_information",
        "balance",
        "payment_qr_types",
        "tag_ids",
    }
)


@_attrs_define
class BankAccount:
    """An account that receives payments.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        type_ (BankAccountType | Unset): Kind of account.
        name (str | Unset): Display name.
        currency (str | Unset): ISO 4217 currency code, upper case.
        bank_name (None | str | Unset): Name of the bank.
        bank_address (None | str | Unset): Address of the bank.
        bank_country_code (None | str | Unset): Country of the bank.
        account_information (BankAccountInformation | Unset): Account details; which keys apply
        depends on the account type (`iban` and `swift` for standard, `email` for PayPal,
        `account_id` for Stripe).
        balance (float | None | Unset): Recorded balance.
        payment_qr_types (list[PaymentQrType] | None | Unset): Payment QR codes offered for this
        account.
        tag_ids (list[str] | Unset): Ids of attached tags (with `include=tag_ids`).
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    type_: BankAccountType | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    bank_address: None | str | Unset = UNSET
    bank_country_code: None | str | Unset = UNSET
    account_information: BankAccountInformation | Unset = UNSET
    balance: float | None | Unset = UNSET
    payment_qr_types: list[PaymentQrType] | None | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, BankAccountType) else _type_
            )
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _currency = self.currency
        if not isinstance(_currency, Unset):
            field_dict["currency"] = _currency
        _bank_name = self.bank_name
        if not isinstance(_bank_name, Unset):
            field_dict["bank_name"] = _bank_name
        _bank_address = self.bank_address
        if not isinstance(_bank_address, Unset):
            field_dict["bank_address"] = _bank_address
        _bank_country_code = self.bank_country_code
        if not isinstance(_bank_country_code, Unset):
            field_dict["bank_country_code"] = _bank_country_code
        _account_information = self.account_information
        if not isinstance(_account_information, Unset):
            field_dict["account_information"] = _account_information.to_dict()
        _balance = self.balance
        if not isinstance(_balance, Unset):
            field_dict["balance"] = _balance
        _payment_qr_types = self.payment_qr_types
        if not isinstance(_payment_qr_types, Unset):
            _value5 = _payment_qr_types
            if isinstance(_value5, list):
                field_dict["payment_qr_types"] = [
                    _item6.value if isinstance(_item6, PaymentQrType) else _item6
                    for _item6 in _value5
                ]
            else:
                field_dict["payment_qr_types"] = _value5
        _tag_ids = self.tag_ids
        if not isinstance(_tag_ids, Unset):
            field_dict["tag_ids"] = _tag_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _BankAccountType_BY_VALUE:
                type_ = _BankAccountType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(BankAccountType, _type_)
        name = get("name", UNSET)
        currency = get("currency", UNSET)
        bank_name = get("bank_name", UNSET)
        bank_address = get("bank_address", UNSET)
        bank_country_code = get("bank_country_code", UNSET)
        _account_information = get("account_information", UNSET)
        if _account_information is UNSET:
            account_information = UNSET
        else:
            account_information = BankAccountInformation.from_dict(_account_information)
        balance = get("balance", UNSET)
        _payment_qr_types = get("payment_qr_types", UNSET)
        if _payment_qr_types is UNSET:
            payment_qr_types = UNSET
        else:
            if _payment_qr_types is None:
                payment_qr_types = None
            else:
                payment_qr_types = _payment_qr_types
                if isinstance(_payment_qr_types, list):
                    try:
                        _converted2 = []
                        for _item3 in _payment_qr_types:
                            _parsed4 = _PaymentQrType_BY_VALUE[_item3]
                            _converted2.append(_parsed4)
                        payment_qr_types = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        tag_ids = get("tag_ids", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            type_,
            name,
            currency,
            bank_name,
            bank_address,
            bank_country_code,
            account_information,
            balance,
            payment_qr_types,
            tag_ids,
        )
        if len(src_dict) > 17 or not _FIELDS.issuperset(src_dict):
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
