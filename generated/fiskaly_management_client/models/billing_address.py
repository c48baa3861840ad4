from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_address_type import BillingAddressType
from ..models.country_code import CountryCode
from ..models.env import Env
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="BillingAddress")


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
        recipient_additions (str | Unset): Extra recipient line, such as a branch or contact person.
        billing_contact_id (UUID | Unset): User in charge of billing matters.
        address_line1 (str | Unset): First address line.
        address_line2 (str | Unset): Second address line.
        zip_ (str | Unset): Postal code.
        town (str | Unset): Town or city.
        state (str | Unset): Federal state.
        country_code (CountryCode | Unset): ISO 3166-1 alpha-3 country code.
        organization_id (UUID | Unset): Organization the address belongs to.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
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
        field_id = str(self.field_id)

        field_type_ = self.field_type_.value

        field_envs: list[str] | Unset = UNSET
        if not isinstance(self.field_envs, Unset):
            field_envs = []
            for field_envs_item_data in self.field_envs:
                field_envs_item = field_envs_item_data.value
                field_envs.append(field_envs_item)

        vat_id_valid = self.vat_id_valid

        vat_id = self.vat_id

        recipient = self.recipient

        recipient_additions = self.recipient_additions

        billing_contact_id: str | Unset = UNSET
        if not isinstance(self.billing_contact_id, Unset):
            billing_contact_id = str(self.billing_contact_id)

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        zip_ = self.zip_

        town = self.town

        state = self.state

        country_code: str | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = self.country_code.value

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
                "_id": field_id,
                "_type": field_type_,
            }
        )
        if field_envs is not UNSET:
            field_dict["_envs"] = field_envs
        if vat_id_valid is not UNSET:
            field_dict["vat_id_valid"] = vat_id_valid
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if recipient_additions is not UNSET:
            field_dict["recipient_additions"] = recipient_additions
        if billing_contact_id is not UNSET:
            field_dict["billing_contact_id"] = billing_contact_id
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
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        field_id = UUID(d.pop("_id"))

        field_type_ = BillingAddressType(d.pop("_type"))

        _field_envs = d.pop("_envs", UNSET)
        field_envs: list[Env] | Unset = UNSET
        if _field_envs is not UNSET:
            field_envs = []
            for field_envs_item_data in _field_envs:
                field_envs_item = Env(field_envs_item_data)

                field_envs.append(field_envs_item)

        vat_id_valid = d.pop("vat_id_valid", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        recipient = d.pop("recipient", UNSET)

        recipient_additions = d.pop("recipient_additions", UNSET)

        _billing_contact_id = d.pop("billing_contact_id", UNSET)
        billing_contact_id: UUID | Unset
        if isinstance(_billing_contact_id, Unset):
            billing_contact_id = UNSET
        else:
            billing_contact_id = UUID(_billing_contact_id)

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

        billing_address = cls(
            field_id=field_id,
            field_type_=field_type_,
            field_envs=field_envs,
            vat_id_valid=vat_id_valid,
            vat_id=vat_id,
            recipient=recipient,
            recipient_additions=recipient_additions,
            billing_contact_id=billing_contact_id,
            address_line1=address_line1,
            address_line2=address_line2,
            zip_=zip_,
            town=town,
            state=state,
            country_code=country_code,
            organization_id=organization_id,
            metadata=metadata,
        )

        billing_address.additional_properties = d
        return billing_address

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
