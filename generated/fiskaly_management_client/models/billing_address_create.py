from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="BillingAddressCreate")


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
        recipient_additions (str | Unset): Extra recipient line, such as a branch or contact person.
        billing_contact_id (UUID | Unset): User in charge of billing matters.
        address_line2 (str | Unset): Second address line.
        state (str | Unset): Federal state.
        organization_id (UUID | Unset): Organization the address belongs to.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
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
        recipient = self.recipient

        address_line1 = self.address_line1

        zip_ = self.zip_

        town = self.town

        country_code = self.country_code.value

        vat_id = self.vat_id

        recipient_additions = self.recipient_additions

        billing_contact_id: str | Unset = UNSET
        if not isinstance(self.billing_contact_id, Unset):
            billing_contact_id = str(self.billing_contact_id)

        address_line2 = self.address_line2

        state = self.state

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
                "address_line1": address_line1,
                "zip": zip_,
                "town": town,
                "country_code": country_code,
            }
        )
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if recipient_additions is not UNSET:
            field_dict["recipient_additions"] = recipient_additions
        if billing_contact_id is not UNSET:
            field_dict["billing_contact_id"] = billing_contact_id
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if state is not UNSET:
            field_dict["state"] = state
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        recipient = d.pop("recipient")

        address_line1 = d.pop("address_line1")

        zip_ = d.pop("zip")

        town = d.pop("town")

        country_code = CountryCode(d.pop("country_code"))

        vat_id = d.pop("vat_id", UNSET)

        recipient_additions = d.pop("recipient_additions", UNSET)

        _billing_contact_id = d.pop("billing_contact_id", UNSET)
        billing_contact_id: UUID | Unset
        if isinstance(_billing_contact_id, Unset):
            billing_contact_id = UNSET
        else:
            billing_contact_id = UUID(_billing_contact_id)

        address_line2 = d.pop("address_line2", UNSET)

        state = d.pop("state", UNSET)

        _organization_id = d.pop("organization_id", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        billing_address_create = cls(
            recipient=recipient,
            address_line1=address_line1,
            zip_=zip_,
            town=town,
            country_code=country_code,
            vat_id=vat_id,
            recipient_additions=recipient_additions,
            billing_contact_id=billing_contact_id,
            address_line2=address_line2,
            state=state,
            organization_id=organization_id,
            metadata=metadata,
        )

        billing_address_create.additional_properties = d
        return billing_address_create

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
