from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="OrganizationUser")


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
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the record is active.
        organization_user_role_id (str | Unset): Role that decides what the user can be used for (invoiced, invoicing,
            payroll...).
        is_business_entity (bool | Unset): True for a business, false for a private person.
        first_name (None | str | Unset): First name (private persons).
        last_name (None | str | Unset): Last name (private persons).
        name (None | str | Unset): Business name.
        organization_type (None | str | Unset): Legal form of a business.
        organization_information (JsonObject | None | Unset):
        information (JsonObject | None | Unset):
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
        address_iso_3166 (None | str | Unset): ISO 3166 code of the address country or subdivision.
        locale (None | str | Unset): Preferred locale.
        timezone (None | str | Unset): IANA time zone.
        birthdate (None | str | Unset): Date of birth.
        avatar_url (None | str | Unset): URL of the avatar image.
        payment_stripe_customer_id (None | str | Unset): Stripe customer linked to the user.
        payment_stripe_customer_ids (list[str] | None | Unset): Stripe customers linked to the user.
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
        from ..models.json_object import JsonObject

        id = self.id

        object_ = self.object_

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        deleted_by_user_id: None | str | Unset
        if isinstance(self.deleted_by_user_id, Unset):
            deleted_by_user_id = UNSET
        else:
            deleted_by_user_id = self.deleted_by_user_id

        organization_user_role_id = self.organization_user_role_id

        is_business_entity = self.is_business_entity

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organization_type: None | str | Unset
        if isinstance(self.organization_type, Unset):
            organization_type = UNSET
        else:
            organization_type = self.organization_type

        organization_information: dict[str, Any] | None | Unset
        if isinstance(self.organization_information, Unset):
            organization_information = UNSET
        elif isinstance(self.organization_information, JsonObject):
            organization_information = self.organization_information.to_dict()
        else:
            organization_information = self.organization_information

        information: dict[str, Any] | None | Unset
        if isinstance(self.information, Unset):
            information = UNSET
        elif isinstance(self.information, JsonObject):
            information = self.information.to_dict()
        else:
            information = self.information

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        phone_number_country_code: None | str | Unset
        if isinstance(self.phone_number_country_code, Unset):
            phone_number_country_code = UNSET
        else:
            phone_number_country_code = self.phone_number_country_code

        country_code = self.country_code

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_county: None | str | Unset
        if isinstance(self.address_county, Unset):
            address_county = UNSET
        else:
            address_county = self.address_county

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_zip_code: None | str | Unset
        if isinstance(self.address_zip_code, Unset):
            address_zip_code = UNSET
        else:
            address_zip_code = self.address_zip_code

        address_iso_3166: None | str | Unset
        if isinstance(self.address_iso_3166, Unset):
            address_iso_3166 = UNSET
        else:
            address_iso_3166 = self.address_iso_3166

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        birthdate: None | str | Unset
        if isinstance(self.birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = self.birthdate

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        payment_stripe_customer_id: None | str | Unset
        if isinstance(self.payment_stripe_customer_id, Unset):
            payment_stripe_customer_id = UNSET
        else:
            payment_stripe_customer_id = self.payment_stripe_customer_id

        payment_stripe_customer_ids: list[str] | None | Unset
        if isinstance(self.payment_stripe_customer_ids, Unset):
            payment_stripe_customer_ids = UNSET
        elif isinstance(self.payment_stripe_customer_ids, list):
            payment_stripe_customer_ids = self.payment_stripe_customer_ids

        else:
            payment_stripe_customer_ids = self.payment_stripe_customer_ids

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if deleted_by_user_id is not UNSET:
            field_dict["deleted_by_user_id"] = deleted_by_user_id
        if organization_user_role_id is not UNSET:
            field_dict["organization_user_role_id"] = organization_user_role_id
        if is_business_entity is not UNSET:
            field_dict["is_business_entity"] = is_business_entity
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
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
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
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if payment_stripe_customer_id is not UNSET:
            field_dict["payment_stripe_customer_id"] = payment_stripe_customer_id
        if payment_stripe_customer_ids is not UNSET:
            field_dict["payment_stripe_customer_ids"] = payment_stripe_customer_ids
        if tag_ids is not UNSET:
            field_dict["tag_ids"] = tag_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_deleted_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_by_user_id = _parse_deleted_by_user_id(
            d.pop("deleted_by_user_id", UNSET)
        )

        organization_user_role_id = d.pop("organization_user_role_id", UNSET)

        is_business_entity = d.pop("is_business_entity", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organization_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_type = _parse_organization_type(d.pop("organization_type", UNSET))

        def _parse_organization_information(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_information_type_0 = JsonObject.from_dict(data)

                return organization_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        organization_information = _parse_organization_information(
            d.pop("organization_information", UNSET)
        )

        def _parse_information(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                information_type_0 = JsonObject.from_dict(data)

                return information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        information = _parse_information(d.pop("information", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_phone_number_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_country_code = _parse_phone_number_country_code(
            d.pop("phone_number_country_code", UNSET)
        )

        country_code = d.pop("country_code", UNSET)

        def _parse_address_line_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_1 = _parse_address_line_1(d.pop("address_line_1", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("address_line_2", UNSET))

        def _parse_address_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_city = _parse_address_city(d.pop("address_city", UNSET))

        def _parse_address_county(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_county = _parse_address_county(d.pop("address_county", UNSET))

        def _parse_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_state = _parse_address_state(d.pop("address_state", UNSET))

        def _parse_address_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_zip_code = _parse_address_zip_code(d.pop("address_zip_code", UNSET))

        def _parse_address_iso_3166(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_iso_3166 = _parse_address_iso_3166(d.pop("address_iso_3166", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_birthdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthdate = _parse_birthdate(d.pop("birthdate", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        def _parse_payment_stripe_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_stripe_customer_id = _parse_payment_stripe_customer_id(
            d.pop("payment_stripe_customer_id", UNSET)
        )

        def _parse_payment_stripe_customer_ids(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_stripe_customer_ids_type_0 = cast(list[str], data)

                return payment_stripe_customer_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        payment_stripe_customer_ids = _parse_payment_stripe_customer_ids(
            d.pop("payment_stripe_customer_ids", UNSET)
        )

        tag_ids = cast(list[str], d.pop("tag_ids", UNSET))

        organization_user = cls(
            id=id,
            object_=object_,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            deleted_by_user_id=deleted_by_user_id,
            organization_user_role_id=organization_user_role_id,
            is_business_entity=is_business_entity,
            first_name=first_name,
            last_name=last_name,
            name=name,
            organization_type=organization_type,
            organization_information=organization_information,
            information=information,
            email=email,
            phone_number=phone_number,
            phone_number_country_code=phone_number_country_code,
            country_code=country_code,
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
            avatar_url=avatar_url,
            payment_stripe_customer_id=payment_stripe_customer_id,
            payment_stripe_customer_ids=payment_stripe_customer_ids,
            tag_ids=tag_ids,
        )

        organization_user.additional_properties = d
        return organization_user

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
