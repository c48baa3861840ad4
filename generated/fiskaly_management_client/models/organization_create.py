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
    from ..models.metadata import Metadata


T = TypeVar("T", bound="OrganizationCreate")


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
        economy_id (str | Unset): German economic identification number (Wirtschafts-Identifikationsnummer).
        billing_options (BillingOptions | Unset): How the organization is billed, including billing it to another
            organization.
        billing_address_id (UUID | Unset): Billing address to use.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
        managed_by_organization_id (UUID | Unset): Set to create a managed organization under this organization.
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
        name = self.name

        address_line1 = self.address_line1

        zip_ = self.zip_

        town = self.town

        country_code = self.country_code.value

        display_name = self.display_name

        vat_id = self.vat_id

        contact_person_id: str | Unset = UNSET
        if not isinstance(self.contact_person_id, Unset):
            contact_person_id = str(self.contact_person_id)

        address_line2 = self.address_line2

        state = self.state

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "address_line1": address_line1,
                "zip": zip_,
                "town": town,
                "country_code": country_code,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if contact_person_id is not UNSET:
            field_dict["contact_person_id"] = contact_person_id
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if state is not UNSET:
            field_dict["state"] = state
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_options import BillingOptions
        from ..models.metadata import Metadata

        d = dict(src_dict)
        name = d.pop("name")

        address_line1 = d.pop("address_line1")

        zip_ = d.pop("zip")

        town = d.pop("town")

        country_code = CountryCode(d.pop("country_code"))

        display_name = d.pop("display_name", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _contact_person_id = d.pop("contact_person_id", UNSET)
        contact_person_id: UUID | Unset
        if isinstance(_contact_person_id, Unset):
            contact_person_id = UNSET
        else:
            contact_person_id = UUID(_contact_person_id)

        address_line2 = d.pop("address_line2", UNSET)

        state = d.pop("state", UNSET)

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

        organization_create = cls(
            name=name,
            address_line1=address_line1,
            zip_=zip_,
            town=town,
            country_code=country_code,
            display_name=display_name,
            vat_id=vat_id,
            contact_person_id=contact_person_id,
            address_line2=address_line2,
            state=state,
            tax_number=tax_number,
            economy_id=economy_id,
            billing_options=billing_options,
            billing_address_id=billing_address_id,
            metadata=metadata,
            managed_by_organization_id=managed_by_organization_id,
        )

        organization_create.additional_properties = d
        return organization_create

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
