from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_type import BankAccountType
from ..models.payment_qr_type import PaymentQrType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account_information import BankAccountInformation


T = TypeVar("T", bound="BankAccount")


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        type_ (BankAccountType | Unset): Kind of account.
        name (str | Unset): Display name.
        currency (str | Unset): ISO 4217 currency code, upper case.
        bank_name (None | str | Unset): Name of the bank.
        bank_address (None | str | Unset): Address of the bank.
        bank_country_code (None | str | Unset): Country of the bank.
        account_information (BankAccountInformation | Unset): Account details; which keys apply depends on the account
            type (`iban` and `swift` for standard, `email` for PayPal, `account_id` for Stripe).
        balance (float | None | Unset): Recorded balance.
        payment_qr_types (list[PaymentQrType] | None | Unset): Payment QR codes offered for this account.
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
        id = self.id

        object_ = self.object_

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by_user_id: None | str | Unset
        if isinstance(self.deleted_by_user_id, Unset):
            deleted_by_user_id = UNSET
        else:
            deleted_by_user_id = self.deleted_by_user_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        currency = self.currency

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        bank_address: None | str | Unset
        if isinstance(self.bank_address, Unset):
            bank_address = UNSET
        else:
            bank_address = self.bank_address

        bank_country_code: None | str | Unset
        if isinstance(self.bank_country_code, Unset):
            bank_country_code = UNSET
        else:
            bank_country_code = self.bank_country_code

        account_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_information, Unset):
            account_information = self.account_information.to_dict()

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        payment_qr_types: list[str] | None | Unset
        if isinstance(self.payment_qr_types, Unset):
            payment_qr_types = UNSET
        elif isinstance(self.payment_qr_types, list):
            payment_qr_types = []
            for payment_qr_types_type_0_item_data in self.payment_qr_types:
                payment_qr_types_type_0_item = payment_qr_types_type_0_item_data.value
                payment_qr_types.append(payment_qr_types_type_0_item)

        else:
            payment_qr_types = self.payment_qr_types

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by_user_id is not UNSET:
            field_dict["deleted_by_user_id"] = deleted_by_user_id
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
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account_information import BankAccountInformation

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_deleted_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by_user_id = _parse_deleted_by_user_id(
            d.pop("deleted_by_user_id", UNSET)
        )

        _type_ = d.pop("type", UNSET)
        type_: BankAccountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BankAccountType(_type_)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_bank_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_address = _parse_bank_address(d.pop("bank_address", UNSET))

        def _parse_bank_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_country_code = _parse_bank_country_code(d.pop("bank_country_code", UNSET))

        _account_information = d.pop("account_information", UNSET)
        account_information: BankAccountInformation | Unset
        if isinstance(_account_information, Unset):
            account_information = UNSET
        else:
            account_information = BankAccountInformation.from_dict(_account_information)

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_payment_qr_types(data: object) -> list[PaymentQrType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_qr_types_type_0 = []
                _payment_qr_types_type_0 = data
                for payment_qr_types_type_0_item_data in _payment_qr_types_type_0:
                    payment_qr_types_type_0_item = PaymentQrType(
                        payment_qr_types_type_0_item_data
                    )

                    payment_qr_types_type_0.append(payment_qr_types_type_0_item)

                return payment_qr_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentQrType] | None | Unset, data)

        payment_qr_types = _parse_payment_qr_types(d.pop("payment_qr_types", UNSET))

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        bank_account = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            type_=type_,
            name=name,
            currency=currency,
            bank_name=bank_name,
            bank_address=bank_address,
            bank_country_code=bank_country_code,
            account_information=account_information,
            balance=balance,
            payment_qr_types=payment_qr_types,
            tag_ids=tag_ids,
        )

        bank_account.additional_properties = d
        return bank_account

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
