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
from .country_code import CountryCode
from .metadata import Metadata

_CountryCode_BY_VALUE: dict[Any, CountryCode] = {m.value: m for m in CountryCode}
_FIELDS = frozenset(
    {
        "recipient",
        "address_line1",
        "zip",
        "town",
        "country_code",
        "vat_id",
        "recipient_additions",
        "billing_contact_id",
        "address_line2",
        "state",
        "organization_id",
        "metadata",
    }
)


@_attrs_define
class BillingAddressCreate:
    """Body for creating a billing address.

    Attributes:
        recipient (str): Who the invoice is addressed to, usually a company name.
        address_line1 (str): First address line.
        zip_ (str): Postal code.
        town (str): Town or city.
        country_code (CountryCode): ISO 3166-1 alpha-3 country code.
        vat_id (str | Unset): VAT identification number of the recipient.
        recipient_additions (str | Unset): Extra recipient line, such as a branch or contact
        person.
        billing_contact_id (UUID | Unset): User in charge of billing matters.
        address_line2 (str | Unset): Second address line.
        state (str | Unset): Federal state.
        organization_id (UUID | Unset): Organization the address belongs to.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
    """

    recipient: str
    address_line1: str
    zip_: str
    town: str
    country_code: CountryCode
    vat_id: str | Unset = UNSET
    recipient_additions: str | Unset = UNSET
    billing_contact_id: UUID | Unset = UNSET
    address_line2: str | Unset = UNSET
    state: str | Unset = UNSET
    organization_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["recipient"] = self.recipient
        field_dict["address_line1"] = self.address_line1
        field_dict["zip"] = self.zip_
        field_dict["town"] = self.town
        field_dict["country_code"] = (
            self.country_code.value
            if isinstance(self.country_code, CountryCode)
            else self.country_code
        )
        _vat_id = self.vat_id
        if not isinstance(_vat_id, Unset):
            field_dict["vat_id"] = _vat_id
        _recipient_additions = self.recipient_additions
        if not isinstance(_recipient_additions, Unset):
            field_dict["recipient_additions"] = _recipient_additions
        _billing_contact_id = self.billing_contact_id
        if not isinstance(_billing_contact_id, Unset):
            field_dict["billing_contact_id"] = str(_billing_contact_id)
        _address_line2 = self.address_line2
        if not isinstance(_address_line2, Unset):
            field_dict["address_line2"] = _address_line2
        _state = self.state
        if not isinstance(_state, Unset):
            field_dict["state"] = _state
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
        recipient = src_dict["recipient"]
        address_line1 = src_dict["address_line1"]
        zip_ = src_dict["zip"]
        town = src_dict["town"]
        _country_code = src_dict["country_code"]
        if _country_code in _CountryCode_BY_VALUE:
            country_code = _CountryCode_BY_VALUE[_country_code]
        else:
            country_code = unknown_enum_value(CountryCode, _country_code)
        vat_id = get("vat_id", UNSET)
        recipient_additions = get("recipient_additions", UNSET)
        _billing_contact_id = get("billing_contact_id", UNSET)
        if _billing_contact_id is UNSET:
            billing_contact_id = UNSET
        else:
            billing_contact_id = UUID(_billing_contact_id)
        address_line2 = get("address_line2", UNSET)
        state = get("state", UNSET)
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
            recipient,
            address_line1,
            zip_,
            town,
            country_code,
            vat_id,
            recipient_additions,
            billing_contact_id,
            address_line2,
            state,
            organization_id,
            metadata,
        )
        if len(src_dict) > 12 or not _FIELDS.issuperset(src_dict):
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
