from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .billing_address_type import BillingAddressType
from .country_code import CountryCode
from .env import Env
from .metadata import Metadata

_BillingAddressType_BY_VALUE: dict[Any, BillingAddressType] = {
    m.value: m for m in BillingAddressType
}
_CountryCode_BY_VALUE: dict[Any, CountryCode] = {m.value: m for m in CountryCode}
_Env_BY_VALUE: dict[Any, Env] = {m.value: m for m in Env}
_FIELDS = frozenset(
    {
        "_id",
        "_type",
        "_envs",
        "vat_id_valid",
        "vat_id",
        "recipient",
        "recipient_additions",
        "billing_contact_id",
        "address_line1",
        "address_line2",
        "zip",
        "town",
        "state",
        "country_code",
        "organization_id",
        "metadata",
    }
)


@_attrs_define
class BillingAddress:
    """A billing address as returned by the API.

    Attributes:
        field_id (UUID): Billing address ID.
        field_type_ (BillingAddressType): Type marker of a billing address.
        field_envs (list[Env] | Unset): Environments the resource exists in.
        vat_id_valid (bool | Unset): Result of the VAT ID check.
        vat_id (str | Unset): VAT identification number of the recipient.
        recipient (str | Unset): Who the invoice is addressed to, usually a company name.
        recipient_additions (str | Unset): Extra recipient line, such as a branch or contact
        person.
        billing_contact_id (UUID | Unset): User in charge of billing matters.
        address_line1 (str | Unset): First address line.
        address_line2 (str | Unset): Second address line.
        zip_ (str | Unset): Postal code.
        town (str | Unset): Town or city.
        state (str | Unset): Federal state.
        country_code (CountryCode | Unset): ISO 3166-1 alpha-3 country code.
        organization_id (UUID | Unset): Organization the address belongs to.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
    """

    field_id: UUID
    field_type_: BillingAddressType
    field_envs: list[Env] | Unset = UNSET
    vat_id_valid: bool | Unset = UNSET
    vat_id: str | Unset = UNSET
    recipient: str | Unset = UNSET
    recipient_additions: str | Unset = UNSET
    billing_contact_id: UUID | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    zip_: str | Unset = UNSET
    town: str | Unset = UNSET
    state: str | Unset = UNSET
    country_code: CountryCode | Unset = UNSET
    organization_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["_id"] = str(self.field_id)
        field_dict["_type"] = (
            self.field_type_.value
            if isinstance(self.field_type_, BillingAddressType)
            else self.field_type_
        )
        _field_envs = self.field_envs
        if not isinstance(_field_envs, Unset):
            field_dict["_envs"] = [
                _item3.value if isinstance(_item3, Env) else _item3
                for _item3 in _field_envs
            ]
        _vat_id_valid = self.vat_id_valid
        if not isinstance(_vat_id_valid, Unset):
            field_dict["vat_id_valid"] = _vat_id_valid
        _vat_id = self.vat_id
        if not isinstance(_vat_id, Unset):
            field_dict["vat_id"] = _vat_id
        _recipient = self.recipient
        if not isinstance(_recipient, Unset):
            field_dict["recipient"] = _recipient
        _recipient_additions = self.recipient_additions
        if not isinstance(_recipient_additions, Unset):
            field_dict["recipient_additions"] = _recipient_additions
        _billing_contact_id = self.billing_contact_id
        if not isinstance(_billing_contact_id, Unset):
            field_dict["billing_contact_id"] = str(_billing_contact_id)
        _address_line1 = self.address_line1
        if not isinstance(_address_line1, Unset):
            field_dict["address_line1"] = _address_line1
        _address_line2 = self.address_line2
        if not isinstance(_address_line2, Unset):
            field_dict["address_line2"] = _address_line2
        _zip_ = self.zip_
        if not isinstance(_zip_, Unset):
            field_dict["zip"] = _zip_
        _town = self.town
        if not isinstance(_town, Unset):
            field_dict["town"] = _town
        _state = self.state
        if not isinstance(_state, Unset):
            field_dict["state"] = _state
        _country_code = self.country_code
        if not isinstance(_country_code, Unset):
            field_dict["country_code"] = (
                _country_code.value
                if isinstance(_country_code, CountryCode)
                else _country_code
            )
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = str(_organization_id)
        _metadata = self.metadata
        if not isinstance(_metadata, Unset):
            field_dict["metadata"] = _metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _field_id = src_dict["_id"]
        field_id = UUID(_field_id)
        _field_type_ = src_dict["_type"]
        if _field_type_ in _BillingAddressType_BY_VALUE:
            field_type_ = _BillingAddressType_BY_VALUE[_field_type_]
        else:
            field_type_ = unknown_enum_value(BillingAddressType, _field_type_)
        _field_envs = get("_envs", UNSET)
        if _field_envs is UNSET:
            field_envs = UNSET
        else:
            field_envs = []
            for _item1 in _field_envs:
                if _item1 in _Env_BY_VALUE:
                    _parsed2 = _Env_BY_VALUE[_item1]
                else:
                    _parsed2 = unknown_enum_value(Env, _item1)
                field_envs.append(_parsed2)
        vat_id_valid = get("vat_id_valid", UNSET)
        vat_id = get("vat_id", UNSET)
        recipient = get("recipient", UNSET)
        recipient_additions = get("recipient_additions", UNSET)
        _billing_contact_id = get("billing_contact_id", UNSET)
        if _billing_contact_id is UNSET:
            billing_contact_id = UNSET
        else:
            billing_contact_id = UUID(_billing_contact_id)
        address_line1 = get("address_line1", UNSET)
        address_line2 = get("address_line2", UNSET)
        zip_ = get("zip", UNSET)
        town = get("town", UNSET)
        state = get("state", UNSET)
        _country_code = get("country_code", UNSET)
        if _country_code is UNSET:
            country_code = UNSET
        else:
            if _country_code in _CountryCode_BY_VALUE:
                country_code = _CountryCode_BY_VALUE[_country_code]
            else:
                country_code = unknown_enum_value(CountryCode, _country_code)
        _organization_id = get("organization_id", UNSET)
        if _organization_id is UNSET:
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)
        _metadata = get("metadata", UNSET)
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)
        obj = cls(
            field_id,
            field_type_,
            field_envs,
            vat_id_valid,
            vat_id,
            recipient,
            recipient_additions,
            billing_contact_id,
            address_line1,
            address_line2,
            zip_,
            town,
            state,
            country_code,
            organization_id,
            metadata,
        )
        if len(src_dict) > 16 or not _FIELDS.issuperset(src_dict):
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
