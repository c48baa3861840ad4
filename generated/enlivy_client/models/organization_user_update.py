from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="OrganizationUserUpdate")


@_attrs_define
class OrganizationUserUpdate:
    """Organization user fields; all optional.

    Attributes:
        organization_user_role_id (str | Unset): Role of the user.
        country_code (str | Unset): ISO 3166-1 alpha-2 country.
        first_name (str | Unset): First name (private persons).
        last_name (str | Unset): Last name (private persons).
        name (str | Unset): Business name.
        organization_type (str | Unset): Legal form of a business.
        organization_information (JsonObject | Unset): Free-form JSON object whose keys depend on context.
        information (JsonObject | Unset): Free-form JSON object whose keys depend on context.
        email (str | Unset): E-mail address.
        phone_number (str | Unset): Phone number without country prefix.
        phone_number_country_code (str | Unset): Country of the phone number.
        address_line_1 (str | Unset): First address line.
        address_line_2 (str | Unset): Second address line.
        address_city (str | Unset): City.
        address_county (str | Unset): County.
        address_state (str | Unset): State or region.
        address_zip_code (str | Unset): Postal code.
        address_iso_3166 (str | Unset): ISO 3166 code of the address country or subdivision.
        locale (str | Unset): Preferred locale; must be one the organization uses.
        timezone (str | Unset): IANA time zone.
        birthdate (datetime.date | Unset): Date of birth.
        payment_stripe_customer_id (str | Unset): Stripe customer linked to the user.
        payment_stripe_customer_ids (list[str] | Unset): Stripe customers linked to the user.
    """

    organization_user_role_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_type: str | Unset = UNSET
    organization_information: JsonObject | Unset = UNSET
    information: JsonObject | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_country_code: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_county: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_zip_code: str | Unset = UNSET
    address_iso_3166: str | Unset = UNSET
    locale: str | Unset = UNSET
    timezone: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    payment_stripe_customer_id: str | Unset = UNSET
    payment_stripe_customer_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_user_role_id = self.organization_user_role_id

        country_code = self.country_code

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        organization_type = self.organization_type

        organization_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization_information, Unset):
            organization_information = self.organization_information.to_dict()

        information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.information, Unset):
            information = self.information.to_dict()

        email = self.email

        phone_number = self.phone_number

        phone_number_country_code = self.phone_number_country_code

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_city = self.address_city

        address_county = self.address_county

        address_state = self.address_state

        address_zip_code = self.address_zip_code

        address_iso_3166 = self.address_iso_3166

        locale = self.locale

        timezone = self.timezone

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        payment_stripe_customer_id = self.payment_stripe_customer_id

        payment_stripe_customer_ids: list[str] | Unset = UNSET
        if not isinstance(self.payment_stripe_customer_ids, Unset):
            payment_stripe_customer_ids = self.payment_stripe_customer_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_user_role_id is not UNSET:
            field_dict["organization_user_role_id"] = organization_user_role_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if organization_type is not UNSET:
            field_dict["organization_type"] = organization_type
        if organization_information is not UNSET:
            field_dict["organization_information"] = organization_information
        if information is not UNSET:
            field_dict["information"] = information
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_number_country_code is not UNSET:
            field_dict["phone_number_country_code"] = phone_number_country_code
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_county is not UNSET:
            field_dict["address_county"] = address_county
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_zip_code is not UNSET:
            field_dict["address_zip_code"] = address_zip_code
        if address_iso_3166 is not UNSET:
            field_dict["address_iso_3166"] = address_iso_3166
        if locale is not UNSET:
            field_dict["locale"] = locale
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if payment_stripe_customer_id is not UNSET:
            field_dict["payment_stripe_customer_id"] = payment_stripe_customer_id
        if payment_stripe_customer_ids is not UNSET:
            field_dict["payment_stripe_customer_ids"] = payment_stripe_customer_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        organization_user_role_id = d.pop("organization_user_role_id", UNSET)

        country_code = d.pop("country_code", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        name = d.pop("name", UNSET)

        organization_type = d.pop("organization_type", UNSET)

        _organization_information = d.pop("organization_information", UNSET)
        organization_information: JsonObject | Unset
        if isinstance(_organization_information, Unset):
            organization_information = UNSET
        else:
            organization_information = JsonObject.from_dict(_organization_information)

        _information = d.pop("information", UNSET)
        information: JsonObject | Unset
        if isinstance(_information, Unset):
            information = UNSET
        else:
            information = JsonObject.from_dict(_information)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        phone_number_country_code = d.pop("phone_number_country_code", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_county = d.pop("address_county", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_zip_code = d.pop("address_zip_code", UNSET)

        address_iso_3166 = d.pop("address_iso_3166", UNSET)

        locale = d.pop("locale", UNSET)

        timezone = d.pop("timezone", UNSET)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        payment_stripe_customer_id = d.pop("payment_stripe_customer_id", UNSET)

        payment_stripe_customer_ids = cast(
            list[str], d.pop("payment_stripe_customer_ids", UNSET)
        )

        organization_user_update = cls(
            organization_user_role_id=organization_user_role_id,
            country_code=country_code,
            first_name=first_name,
            last_name=last_name,
            name=name,
            organization_type=organization_type,
            organization_information=organization_information,
            information=information,
            email=email,
            phone_number=phone_number,
            phone_number_country_code=phone_number_country_code,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_county=address_county,
            address_state=address_state,
            address_zip_code=address_zip_code,
            address_iso_3166=address_iso_3166,
            locale=locale,
            timezone=timezone,
            birthdate=birthdate,
            payment_stripe_customer_id=payment_stripe_customer_id,
            payment_stripe_customer_ids=payment_stripe_customer_ids,
        )

        organization_user_update.additional_properties = d
        return organization_user_update

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
