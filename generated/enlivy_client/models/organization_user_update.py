from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
)
from .json_object import JsonObject

_FIELDS = frozenset(
    {
        "organization_user_role_id",
        "country_code",
        "first_name",
        "last_name",
        "name",
        "organization_type",
        "organization_information",
        "information",
        "email",
        "phone_number",
        "phone_number_country_code",
        "address_line_1",
        "address_line_2",
        "address_city",
        "address_county",
        "address_state",
        "address_zip_code",
        "address_iso_3166",
        "locale",
        "timezone",
        "birthdate",
        "payment_stripe_customer_id",
        "payment_stripe_customer_ids",
    }
)


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
        organization_information (JsonObject | Unset): Free-form JSON object whose keys depend on
        context.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _organization_user_role_id = self.organization_user_role_id
        if not isinstance(_organization_user_role_id, Unset):
            field_dict["organization_user_role_id"] = _organization_user_role_id
        _country_code = self.country_code
        if not isinstance(_country_code, Unset):
            field_dict["country_code"] = _country_code
        _first_name = self.first_name
        if not isinstance(_first_name, Unset):
            field_dict["first_name"] = _first_name
        _last_name = self.last_name
        if not isinstance(_last_name, Unset):
            field_dict["last_name"] = _last_name
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _organization_type = self.organization_type
        if not isinstance(_organization_type, Unset):
            field_dict["organization_type"] = _organization_type
        _organization_information = self.organization_information
        if not isinstance(_organization_information, Unset):
            field_dict["organization_information"] = _organization_information.to_dict()
        _information = self.information
        if not isinstance(_information, Unset):
            field_dict["information"] = _information.to_dict()
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["email"] = _email
        _phone_number = self.phone_number
        if not isinstance(_phone_number, Unset):
            field_dict["phone_number"] = _phone_number
        _phone_number_country_code = self.phone_number_country_code
        if not isinstance(_phone_number_country_code, Unset):
            field_dict["phone_number_country_code"] = _phone_number_country_code
        _address_line_1 = self.address_line_1
        if not isinstance(_address_line_1, Unset):
            field_dict["address_line_1"] = _address_line_1
        _address_line_2 = self.address_line_2
        if not isinstance(_address_line_2, Unset):
            field_dict["address_line_2"] = _address_line_2
        _address_city = self.address_city
        if not isinstance(_address_city, Unset):
            field_dict["address_city"] = _address_city
        _address_county = self.address_county
        if not isinstance(_address_county, Unset):
            field_dict["address_county"] = _address_county
        _address_state = self.address_state
        if not isinstance(_address_state, Unset):
            field_dict["address_state"] = _address_state
        _address_zip_code = self.address_zip_code
        if not isinstance(_address_zip_code, Unset):
            field_dict["address_zip_code"] = _address_zip_code
        _address_iso_3166 = self.address_iso_3166
        if not isinstance(_address_iso_3166, Unset):
            field_dict["address_iso_3166"] = _address_iso_3166
        _locale = self.locale
        if not isinstance(_locale, Unset):
            field_dict["locale"] = _locale
        _timezone = self.timezone
        if not isinstance(_timezone, Unset):
            field_dict["timezone"] = _timezone
        _birthdate = self.birthdate
        if not isinstance(_birthdate, Unset):
            field_dict["birthdate"] = _birthdate.isoformat()
        _payment_stripe_customer_id = self.payment_stripe_customer_id
        if not isinstance(_payment_stripe_customer_id, Unset):
            field_dict["payment_stripe_customer_id"] = _payment_stripe_customer_id
        _payment_stripe_customer_ids = self.payment_stripe_customer_ids
        if not isinstance(_payment_stripe_customer_ids, Unset):
            field_dict["payment_stripe_customer_ids"] = _payment_stripe_customer_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        organization_user_role_id = get("organization_user_role_id", UNSET)
        country_code = get("country_code", UNSET)
        first_name = get("first_name", UNSET)
        last_name = get("last_name", UNSET)
        name = get("name", UNSET)
        organization_type = get("organization_type", UNSET)
        _organization_information = get("organization_information", UNSET)
        if _organization_information is UNSET:
            organization_information = UNSET
        else:
            organization_information = JsonObject.from_dict(_organization_information)
        _information = get("information", UNSET)
        if _information is UNSET:
            information = UNSET
        else:
            information = JsonObject.from_dict(_information)
        email = get("email", UNSET)
        phone_number = get("phone_number", UNSET)
        phone_number_country_code = get("phone_number_country_code", UNSET)
        address_line_1 = get("address_line_1", UNSET)
        address_line_2 = get("address_line_2", UNSET)
        address_city = get("address_city", UNSET)
        address_county = get("address_county", UNSET)
        address_state = get("address_state", UNSET)
        address_zip_code = get("address_zip_code", UNSET)
        address_iso_3166 = get("address_iso_3166", UNSET)
        locale = get("locale", UNSET)
        timezone = get("timezone", UNSET)
        _birthdate = get("birthdate", UNSET)
        if _birthdate is UNSET:
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)
        payment_stripe_customer_id = get("payment_stripe_customer_id", UNSET)
        payment_stripe_customer_ids = get("payment_stripe_customer_ids", UNSET)
        obj = cls(
            organization_user_role_id,
            country_code,
            first_name,
            last_name,
            name,
            organization_type,
            organization_information,
            information,
            email,
            phone_number,
            phone_number_country_code,
            address_line_1,
            address_line_2,
            address_city,
            address_county,
            address_state,
            address_zip_code,
            address_iso_3166,
            locale,
            timezone,
            birthdate,
            payment_stripe_customer_id,
            payment_stripe_customer_ids,
        )
        if len(src_dict) > 23 or not _FIELDS.issuperset(src_dict):
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
