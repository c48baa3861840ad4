from __future__ import annotations

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
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "organization_user_role_id",
        "is_business_entity",
        "first_name",
        "last_name",
        "name",
        "organization_type",
        "organization_information",
        "information",
        "email",
        "phone_number",
        "phone_number_country_code",
        "country_code",
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
        "avatar_url",
        "payment_stripe_customer_id",
        "payment_stripe_customer_ids",
        "tag_ids",
    }
)


@_attrs_define
class OrganizationUser:
    """A customer, vendor or staff member of the organization.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        organization_user_role_id (str | Unset): Role that decides what the user can be used for
        (invoiced, invoicing, payroll...).
        is_business_entity (bool | Unset): True for a business, false for a private person.
        first_name (None | str | Unset): First name (private persons).
        last_name (None | str | Unset): Last name (private persons).
        name (None | str | Unset): Business name.
        organization_type (None | str | Unset): Legal form of a business.
        organization_information (JsonObject | None | Unset)
        information (JsonObject | None | Unset)
        email (None | str | Unset): E-mail address.
        phone_number (None | str | Unset): Phone number without country prefix.
        phone_number_country_code (None | str | Unset): Country of the phone number.
        country_code (str | Unset): ISO 3166-1 alpha-2 country.
        address_line_1 (None | str | Unset): First address line.
        address_line_2 (None | str | Unset): Second address line.
        address_city (None | str | Unset): City.
        address_county (None | str | Unset): County.
        address_state (None | str | Unset): State or region.
        address_zip_code (None | str | Unset): Postal code.
        address_iso_3166 (None | str | Unset): ISO 3166 code of the address country or
        subdivision.
        locale (None | str | Unset): Preferred locale.
        timezone (None | str | Unset): IANA time zone.
        birthdate (None | str | Unset): Date of birth.
        avatar_url (None | str | Unset): URL of the avatar image.
        payment_stripe_customer_id (None | str | Unset): Stripe customer linked to the user.
        payment_stripe_customer_ids (list[str] | None | Unset): Stripe customers linked to the
        user.
        tag_ids (list[str] | Unset): Ids of attached tags (with `include=tag_ids`).
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    organization_user_role_id: str | Unset = UNSET
    is_business_entity: bool | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    organization_type: None | str | Unset = UNSET
    organization_information: JsonObject | None | Unset = UNSET
    information: JsonObject | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    phone_number_country_code: None | str | Unset = UNSET
    country_code: str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_county: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_zip_code: None | str | Unset = UNSET
    address_iso_3166: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    birthdate: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    payment_stripe_customer_id: None | str | Unset = UNSET
    payment_stripe_customer_ids: list[str] | None | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _organization_user_role_id = self.organization_user_role_id
        if not isinstance(_organization_user_role_id, Unset):
            field_dict["organization_user_role_id"] = _organization_user_role_id
        _is_business_entity = self.is_business_entity
        if not isinstance(_is_business_entity, Unset):
            field_dict["is_business_entity"] = _is_business_entity
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
            _value5 = _organization_information
            if isinstance(_value5, JsonObject):
                field_dict["organization_information"] = _value5.to_dict()
            else:
                field_dict["organization_information"] = _value5
        _information = self.information
        if not isinstance(_information, Unset):
            _value6 = _information
            if isinstance(_value6, JsonObject):
                field_dict["information"] = _value6.to_dict()
            else:
                field_dict["information"] = _value6
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["email"] = _email
        _phone_number = self.phone_number
        if not isinstance(_phone_number, Unset):
            field_dict["phone_number"] = _phone_number
        _phone_number_country_code = self.phone_number_country_code
        if not isinstance(_phone_number_country_code, Unset):
            field_dict["phone_number_country_code"] = _phone_number_country_code
        _country_code = self.country_code
        if not isinstance(_country_code, Unset):
            field_dict["country_code"] = _country_code
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
            field_dict["birthdate"] = _birthdate
        _avatar_url = self.avatar_url
        if not isinstance(_avatar_url, Unset):
            field_dict["avatar_url"] = _avatar_url
        _payment_stripe_customer_id = self.payment_stripe_customer_id
        if not isinstance(_payment_stripe_customer_id, Unset):
            field_dict["payment_stripe_customer_id"] = _payment_stripe_customer_id
        _payment_stripe_customer_ids = self.payment_stripe_customer_ids
        if not isinstance(_payment_stripe_customer_ids, Unset):
            field_dict["payment_stripe_customer_ids"] = _payment_stripe_customer_ids
        _tag_ids = self.tag_ids
        if not isinstance(_tag_ids, Unset):
            field_dict["tag_ids"] = _tag_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        organization_user_role_id = get("organization_user_role_id", UNSET)
        is_business_entity = get("is_business_entity", UNSET)
        first_name = get("first_name", UNSET)
        last_name = get("last_name", UNSET)
        name = get("name", UNSET)
        organization_type = get("organization_type", UNSET)
        _organization_information = get("organization_information", UNSET)
        if _organization_information is UNSET:
            organization_information = UNSET
        else:
            if _organization_information is None:
                organization_information = None
            else:
                organization_information = _organization_information
                if isinstance(_organization_information, dict):
                    try:
                        _converted2 = JsonObject.from_dict(_organization_information)
                        organization_information = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _information = get("information", UNSET)
        if _information is UNSET:
            information = UNSET
        else:
            if _information is None:
                information = None
            else:
                information = _information
                if isinstance(_information, dict):
                    try:
                        _converted4 = JsonObject.from_dict(_information)
                        information = _converted4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        email = get("email", UNSET)
        phone_number = get("phone_number", UNSET)
        phone_number_country_code = get("phone_number_country_code", UNSET)
        country_code = get("country_code", UNSET)
        address_line_1 = get("address_line_1", UNSET)
        address_line_2 = get("address_line_2", UNSET)
        address_city = get("address_city", UNSET)
        address_county = get("address_county", UNSET)
        address_state = get("address_state", UNSET)
        address_zip_code = get("address_zip_code", UNSET)
        address_iso_3166 = get("address_iso_3166", UNSET)
        locale = get("locale", UNSET)
        timezone = get("timezone", UNSET)
        birthdate = get("birthdate", UNSET)
        avatar_url = get("avatar_url", UNSET)
        payment_stripe_customer_id = get("payment_stripe_customer_id", UNSET)
        payment_stripe_customer_ids = get("payment_stripe_customer_ids", UNSET)
        tag_ids = get("tag_ids", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            organization_user_role_id,
            is_business_entity,
            first_name,
            last_name,
            name,
            organization_type,
            organization_information,
            information,
            email,
            phone_number,
            phone_number_country_code,
            country_code,
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
            avatar_url,
            payment_stripe_customer_id,
            payment_stripe_customer_ids,
            tag_ids,
        )
        if len(src_dict) > 33 or not _FIELDS.issuperset(src_dict):
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
