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
from .billing_options import BillingOptions
from .country_code import CountryCode
from .metadata import Metadata

_CountryCode_BY_VALUE: dict[Any, CountryCode] = {m.value: m for m in CountryCode}
_FIELDS = frozenset(
    {
        "name",
        "address_line1",
        "zip",
        "town",
        "country_code",
        "display_name",
        "vat_id",
        "contact_person_id",
        "address_line2",
        "state",
        "tax_number",
        "economy_id",
        "billing_options",
        "billing_address_id",
        "metadata",
        "managed_by_organization_id",
    }
)


@_attrs_define
class OrganizationCreate:
    """Body for creating an organization.

    Attributes:
        name (str): Legal name.
        address_line1 (str): First address line.
        zip_ (str): Postal code.
        town (str): Town or city.
        country_code (CountryCode): ISO 3166-1 alpha-3 country code.
        display_name (str | Unset): Name shown in the dashboard.
        vat_id (str | Unset): VAT identification number.
        contact_person_id (UUID | Unset): User who is the contact person.
        address_line2 (str | Unset): Second address line.
        state (str | Unset): Federal state.
        tax_number (str | Unset): Tax number.
        economy_id (str | Unset): German economic identification number
        (Wirtschafts-Identifikationsnummer).
        billing_options (BillingOptions | Unset): How the organization is billed, including
        billing it to another organization.
        billing_address_id (UUID | Unset): Billing address to use.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
        managed_by_organization_id (UUID | Unset): Set to create a managed organization under
        this organization.
    """

    name: str
    address_line1: str
    zip_: str
    town: str
    country_code: CountryCode
    display_name: str | Unset = UNSET
    vat_id: str | Unset = UNSET
    contact_person_id: UUID | Unset = UNSET
    address_line2: str | Unset = UNSET
    state: str | Unset = UNSET
    tax_number: str | Unset = UNSET
    economy_id: str | Unset = UNSET
    billing_options: BillingOptions | Unset = UNSET
    billing_address_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    managed_by_organization_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["address_line1"] = self.address_line1
        field_dict["zip"] = self.zip_
        field_dict["town"] = self.town
        field_dict["country_code"] = (
            self.country_code.value
            if isinstance(self.country_code, CountryCode)
            else self.country_code
        )
        _display_name = self.display_name
        if not isinstance(_display_name, Unset):
            field_dict["display_name"] = _display_name
        _vat_id = self.vat_id
        if not isinstance(_vat_id, Unset):
            field_dict["vat_id"] = _vat_id
        _contact_person_id = self.contact_person_id
        if not isinstance(_contact_person_id, Unset):
            field_dict["contact_person_id"] = str(_contact_person_id)
        _address_line2 = self.address_line2
        if not isinstance(_address_line2, Unset):
            field_dict["address_line2"] = _address_line2
        _state = self.state
        if not isinstance(_state, Unset):
            field_dict["state"] = _state
        _tax_number = self.tax_number
        if not isinstance(_tax_number, Unset):
            field_dict["tax_number"] = _tax_number
        _economy_id = self.economy_id
        if not isinstance(_economy_id, Unset):
            field_dict["economy_id"] = _economy_id
        _billing_options = self.billing_options
        if not isinstance(_billing_options, Unset):
            field_dict["billing_options"] = _billing_options.to_dict()
        _billing_address_id = self.billing_address_id
        if not isinstance(_billing_address_id, Unset):
            field_dict["billing_address_id"] = str(_billing_address_id)
        _metadata = self.metadata
        if not isinstance(_metadata, Unset):
            field_dict["metadata"] = _metadata.to_dict()
        _managed_by_organization_id = self.managed_by_organization_id
        if not isinstance(_managed_by_organization_id, Unset):
            field_dict["managed_by_organization_id"] = str(_managed_by_organization_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        name = src_dict["name"]
        address_line1 = src_dict["address_line1"]
        zip_ = src_dict["zip"]
        town = src_dict["town"]
        _country_code = src_dict["country_code"]
        if _country_code in _CountryCode_BY_VALUE:
            country_code = _CountryCode_BY_VALUE[_country_code]
        else:
            country_code = unknown_enum_value(CountryCode, _country_code)
        display_name = get("display_name", UNSET)
        vat_id = get("vat_id", UNSET)
        _contact_person_id = get("contact_person_id", UNSET)
        if _contact_person_id is UNSET:
            contact_person_id = UNSET
        else:
            contact_person_id = UUID(_contact_person_id)
        address_line2 = get("address_line2", UNSET)
        state = get("state", UNSET)
        tax_number = get("tax_number", UNSET)
        economy_id = get("economy_id", UNSET)
        _billing_options = get("billing_options", UNSET)
        if _billing_options is UNSET:
            billing_options = UNSET
        else:
            billing_options = BillingOptions.from_dict(_billing_options)
        _billing_address_id = get("billing_address_id", UNSET)
        if _billing_address_id is UNSET:
            billing_address_id = UNSET
        else:
            billing_address_id = UUID(_billing_address_id)
        _metadata = get("metadata", UNSET)
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)
        _managed_by_organization_id = get("managed_by_organization_id", UNSET)
        if _managed_by_organization_id is UNSET:
            managed_by_organization_id = UNSET
        else:
            managed_by_organization_id = UUID(_managed_by_organization_id)
        obj = cls(
            name,
            address_line1,
            zip_,
            town,
            country_code,
            display_name,
            vat_id,
            contact_person_id,
            address_line2,
            state,
            tax_number,
            economy_id,
            billing_options,
            billing_address_id,
            metadata,
            managed_by_organization_id,
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
