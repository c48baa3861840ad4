from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_options import BillingOptions
    from ..models.managed_organization_configuration import (
        ManagedOrganizationConfiguration,
    )
    from ..models.metadata import Metadata


T = TypeVar("T", bound="OrganizationUpdate")


@_attrs_define
class OrganizationUpdate:
    """Body for changing an organization; every field is optional.

    Attributes:
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
        economy_id (str | Unset): German economic identification number (Wirtschafts-Identifikationsnummer).
        billing_options (BillingOptions | Unset): How the organization is billed, including billing it to another
            organization.
        billing_address_id (UUID | Unset): Billing address to use.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
        managed_by_organization_id (UUID | Unset): Organization that manages this one.
        managed_configuration (ManagedOrganizationConfiguration | Unset): Old billing setting for managed organizations;
            superseded by `billing_options`.
    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        vat_id = self.vat_id

        contact_person_id: str | Unset = UNSET
        if not isinstance(self.contact_person_id, Unset):
            contact_person_id = str(self.contact_person_id)

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        zip_ = self.zip_

        town = self.town

        state = self.state

        country_code: str | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = self.country_code.value

        tax_number = self.tax_number

        economy_id = self.economy_id

        billing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_options, Unset):
            billing_options = self.billing_options.to_dict()

        billing_address_id: str | Unset = UNSET
        if not isinstance(self.billing_address_id, Unset):
            billing_address_id = str(self.billing_address_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        managed_by_organization_id: str | Unset = UNSET
        if not isinstance(self.managed_by_organization_id, Unset):
            managed_by_organization_id = str(self.managed_by_organization_id)

        managed_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_configuration, Unset):
            managed_configuration = self.managed_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if contact_person_id is not UNSET:
            field_dict["contact_person_id"] = contact_person_id
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if town is not UNSET:
            field_dict["town"] = town
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if tax_number is not UNSET:
            field_dict["tax_number"] = tax_number
        if economy_id is not UNSET:
            field_dict["economy_id"] = economy_id
        if billing_options is not UNSET:
            field_dict["billing_options"] = billing_options
        if billing_address_id is not UNSET:
            field_dict["billing_address_id"] = billing_address_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if managed_by_organization_id is not UNSET:
            field_dict["managed_by_organization_id"] = managed_by_organization_id
        if managed_configuration is not UNSET:
            field_dict["managed_configuration"] = managed_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_options import BillingOptions
        from ..models.managed_organization_configuration import (
            ManagedOrganizationConfiguration,
        )
        from ..models.metadata import Metadata

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        display_name = d.pop("display_name", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _contact_person_id = d.pop("contact_person_id", UNSET)
        contact_person_id: UUID | Unset
        if isinstance(_contact_person_id, Unset):
            contact_person_id = UNSET
        else:
            contact_person_id = UUID(_contact_person_id)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        zip_ = d.pop("zip", UNSET)

        town = d.pop("town", UNSET)

        state = d.pop("state", UNSET)

        _country_code = d.pop("country_code", UNSET)
        country_code: CountryCode | Unset
        if isinstance(_country_code, Unset):
            country_code = UNSET
        else:
            country_code = CountryCode(_country_code)

        tax_number = d.pop("tax_number", UNSET)

        economy_id = d.pop("economy_id", UNSET)

        _billing_options = d.pop("billing_options", UNSET)
        billing_options: BillingOptions | Unset
        if isinstance(_billing_options, Unset):
            billing_options = UNSET
        else:
            billing_options = BillingOptions.from_dict(_billing_options)

        _billing_address_id = d.pop("billing_address_id", UNSET)
        billing_address_id: UUID | Unset
        if isinstance(_billing_address_id, Unset):
            billing_address_id = UNSET
        else:
            billing_address_id = UUID(_billing_address_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _managed_by_organization_id = d.pop("managed_by_organization_id", UNSET)
        managed_by_organization_id: UUID | Unset
        if isinstance(_managed_by_organization_id, Unset):
            managed_by_organization_id = UNSET
        else:
            managed_by_organization_id = UUID(_managed_by_organization_id)

        _managed_configuration = d.pop("managed_configuration", UNSET)
        managed_configuration: ManagedOrganizationConfiguration | Unset
        if isinstance(_managed_configuration, Unset):
            managed_configuration = UNSET
        else:
            managed_configuration = ManagedOrganizationConfiguration.from_dict(
                _managed_configuration
            )

        organization_update = cls(
            name=name,
            display_name=display_name,
            vat_id=vat_id,
            contact_person_id=contact_person_id,
            address_line1=address_line1,
            address_line2=address_line2,
            zip_=zip_,
            town=town,
            state=state,
            country_code=country_code,
            tax_number=tax_number,
            economy_id=economy_id,
            billing_options=billing_options,
            billing_address_id=billing_address_id,
            metadata=metadata,
            managed_by_organization_id=managed_by_organization_id,
            managed_configuration=managed_configuration,
        )

        organization_update.additional_properties = d
        return organization_update

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
