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
from .env import Env
from .managed_organization_configuration import ManagedOrganizationConfiguration
from .metadata import Metadata
from .organization_type import OrganizationType

_CountryCode_BY_VALUE: dict[Any, CountryCode] = {m.value: m for m in CountryCode}
_Env_BY_VALUE: dict[Any, Env] = {m.value: m for m in Env}
_OrganizationType_BY_VALUE: dict[Any, OrganizationType] = {
    m.value: m for m in OrganizationType
}
_FIELDS = frozenset(
    {
        "_id",
        "_type",
        "_envs",
        "name",
        "display_name",
        "vat_id",
        "contact_person_id",
        "address_line1",
        "address_line2",
        "zip",
        "town",
        "state",
        "country_code",
        "tax_number",
        "economy_id",
        "billing_options",
        "billing_address_id",
        "metadata",
        "managed_by_organization_id",
        "managed_configuration",
        "created_by_user",
    }
)


@_attrs_define
class Organization:
    """An organization or managed organization as returned by the API.

    Attributes:
        field_id (UUID): Organization ID.
        field_type_ (OrganizationType): Kind of organization.
        field_envs (list[Env] | Unset): Environments the resource exists in.
        name (str | Unset): Legal name.
        display_name (str | Unset): Name shown in the dashboard.
        vat_id (str | Unset): VAT identification number.
        contact_person_id (UUID | Unset): User who is the contact person.
        address_line1 (str | Unset): First address line.
        address_line2 (str | Unset): Second address line.
        zip_ (str | Unset): Postal code.
        town (str | Unset): Town or city.
        state (str | Unset): Federal state.
        country_code (CountryCode | Unset): ISO 3166-1 alpha-3 country code.
        tax_number (str | Unset): Tax number.
        economy_id (str | Unset): German economic identification number
        (Wirtschafts-Identifikationsnummer).
        billing_options (BillingOptions | Unset): How the organization is billed, including
        billing it to another organization.
        billing_address_id (UUID | Unset): Billing address in use.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
        managed_by_organization_id (UUID | Unset): Organization that manages this one, for
        managed organizations.
        managed_configuration (ManagedOrganizationConfiguration | Unset): Old billing setting for
        managed organizations; superseded by `billing_options`.
        created_by_user (str | Unset): ID of the user who created the organization.
    """

    field_id: UUID
    field_type_: OrganizationType
    field_envs: list[Env] | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    vat_id: str | Unset = UNSET
    contact_person_id: UUID | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    zip_: str | Unset = UNSET
    town: str | Unset = UNSET
    state: str | Unset = UNSET
    country_code: CountryCode | Unset = UNSET
    tax_number: str | Unset = UNSET
    economy_id: str | Unset = UNSET
    billing_options: BillingOptions | Unset = UNSET
    billing_address_id: UUID | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    managed_by_organization_id: UUID | Unset = UNSET
    managed_configuration: ManagedOrganizationConfiguration | Unset = UNSET
    created_by_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["_id"] = str(self.field_id)
        field_dict["_type"] = (
            self.field_type_.value
            if isinstance(self.field_type_, OrganizationType)
            else self.field_type_
        )
        _field_envs = self.field_envs
        if not isinstance(_field_envs, Unset):
            field_dict["_envs"] = [
                _item3.value if isinstance(_item3, Env) else _item3
                for _item3 in _field_envs
            ]
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _display_name = self.display_name
        if not isinstance(_display_name, Unset):
            field_dict["display_name"] = _display_name
        _vat_id = self.vat_id
        if not isinstance(_vat_id, Unset):
            field_dict["vat_id"] = _vat_id
        _contact_person_id = self.contact_person_id
        if not isinstance(_contact_person_id, Unset):
            field_dict["contact_person_id"] = str(_contact_person_id)
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
        _managed_configuration = self.managed_configuration
        if not isinstance(_managed_configuration, Unset):
            field_dict["managed_configuration"] = _managed_configuration.to_dict()
        _created_by_user = self.created_by_user
        if not isinstance(_created_by_user, Unset):
            field_dict["created_by_user"] = _created_by_user
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _field_id = src_dict["_id"]
        field_id = UUID(_field_id)
        _field_type_ = src_dict["_type"]
        if _field_type_ in _OrganizationType_BY_VALUE:
            field_type_ = _OrganizationType_BY_VALUE[_field_type_]
        else:
            field_type_ = unknown_enum_value(OrganizationType, _field_type_)
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
        name = get("name", UNSET)
        display_name = get("display_name", UNSET)
        vat_id = get("vat_id", UNSET)
        _contact_person_id = get("contact_person_id", UNSET)
        if _contact_person_id is UNSET:
            contact_person_id = UNSET
        else:
            contact_person_id = UUID(_contact_person_id)
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
        _managed_configuration = get("managed_configuration", UNSET)
        if _managed_configuration is UNSET:
            managed_configuration = UNSET
        else:
            managed_configuration = ManagedOrganizationConfiguration.from_dict(
                _managed_configuration
            )
        created_by_user = get("created_by_user", UNSET)
        obj = cls(
            field_id,
            field_type_,
            field_envs,
            name,
            display_name,
            vat_id,
            contact_person_id,
            address_line1,
            address_line2,
            zip_,
            town,
            state,
            country_code,
            tax_number,
            economy_id,
            billing_options,
            billing_address_id,
            metadata,
            managed_by_organization_id,
            managed_configuration,
            created_by_user,
        )
        if len(src_dict) > 21 or not _FIELDS.issuperset(src_dict):
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
