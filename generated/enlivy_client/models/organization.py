from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .organization_environment import OrganizationEnvironment

_OrganizationEnvironment_BY_VALUE: dict[Any, OrganizationEnvironment] = {
    m.value: m for m in OrganizationEnvironment
}
_FIELDS = frozenset(
    {
        "id",
        "user_id",
        "organization_id",
        "environment",
        "name",
        "slug",
        "type",
        "country_code",
        "timezone",
        "locale",
        "locale_list",
        "address_line_1",
        "address_line_2",
        "address_city",
        "address_county",
        "address_state",
        "address_iso_3166",
        "address_zip_code",
        "feature_list",
        "membership_plan",
        "user_abilities",
        "membership_features",
        "customer_portal_base_url",
    }
)


@_attrs_define
class Organization:
    """An organization (company) and its settings.

    Attributes:
        id (str): Organization id.
        user_id (str | Unset): User who owns the organization.
        organization_id (None | str | Unset): For a sandbox, the live organization it mirrors;
        null for live organizations.
        environment (OrganizationEnvironment | Unset): Whether the organization is a live one or
        a sandbox copy of a live one.
        name (str | Unset): Display name.
        slug (str | Unset): URL-friendly short name.
        type_ (str | Unset): Legal form, e.g. `srl`.
        country_code (str | Unset): ISO 3166-1 alpha-2 country of registration.
        timezone (str | Unset): IANA time zone, e.g. `Europe/Athens`.
        locale (str | Unset): Main locale of the organization.
        locale_list (list[str] | Unset): Further locales the organization uses.
        address_line_1 (str | Unset): First address line.
        address_line_2 (None | str | Unset): Second address line.
        address_city (str | Unset): City.
        address_county (str | Unset): County.
        address_state (str | Unset): State or region.
        address_iso_3166 (str | Unset): ISO 3166 code of the address country or subdivision.
        address_zip_code (str | Unset): Postal code.
        feature_list (list[str] | Unset): Enabled features, e.g. `stripe`.
        membership_plan (str | Unset): Subscription plan name, e.g. `elite`.
        user_abilities (list[Any] | Unset): What the calling user may do in this organization.
        membership_features (list[Any] | Unset): Features granted by the membership plan.
        customer_portal_base_url (str | Unset): Base URL of the organization's customer portal.
    """

    id: str
    user_id: str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    environment: OrganizationEnvironment | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    type_: str | Unset = UNSET
    country_code: str | Unset = UNSET
    timezone: str | Unset = UNSET
    locale: str | Unset = UNSET
    locale_list: list[str] | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_county: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_iso_3166: str | Unset = UNSET
    address_zip_code: str | Unset = UNSET
    feature_list: list[str] | Unset = UNSET
    membership_plan: str | Unset = UNSET
    user_abilities: list[Any] | Unset = UNSET
    membership_features: list[Any] | Unset = UNSET
    customer_portal_base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _user_id = self.user_id
        if not isinstance(_user_id, Unset):
            field_dict["user_id"] = _user_id
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _environment = self.environment
        if not isinstance(_environment, Unset):
            field_dict["environment"] = (
                _environment.value
                if isinstance(_environment, OrganizationEnvironment)
                else _environment
            )
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _slug = self.slug
        if not isinstance(_slug, Unset):
            field_dict["slug"] = _slug
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = _type_
        _country_code = self.country_code
        if not isinstance(_country_code, Unset):
            field_dict["country_code"] = _country_code
        _timezone = self.timezone
        if not isinstance(_timezone, Unset):
            field_dict["timezone"] = _timezone
        _locale = self.locale
        if not isinstance(_locale, Unset):
            field_dict["locale"] = _locale
        _locale_list = self.locale_list
        if not isinstance(_locale_list, Unset):
            field_dict["locale_list"] = _locale_list
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
        _address_iso_3166 = self.address_iso_3166
        if not isinstance(_address_iso_3166, Unset):
            field_dict["address_iso_3166"] = _address_iso_3166
        _address_zip_code = self.address_zip_code
        if not isinstance(_address_zip_code, Unset):
            field_dict["address_zip_code"] = _address_zip_code
        _feature_list = self.feature_list
        if not isinstance(_feature_list, Unset):
            field_dict["feature_list"] = _feature_list
        _membership_plan = self.membership_plan
        if not isinstance(_membership_plan, Unset):
            field_dict["membership_plan"] = _membership_plan
        _user_abilities = self.user_abilities
        if not isinstance(_user_abilities, Unset):
            field_dict["user_abilities"] = _user_abilities
        _membership_features = self.membership_features
        if not isinstance(_membership_features, Unset):
            field_dict["membership_features"] = _membership_features
        _customer_portal_base_url = self.customer_portal_base_url
        if not isinstance(_customer_portal_base_url, Unset):
            field_dict["customer_portal_base_url"] = _customer_portal_base_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        user_id = get("user_id", UNSET)
        organization_id = get("organization_id", UNSET)
        _environment = get("environment", UNSET)
        if _environment is UNSET:
            environment = UNSET
        else:
            if _environment in _OrganizationEnvironment_BY_VALUE:
                environment = _OrganizationEnvironment_BY_VALUE[_environment]
            else:
                environment = unknown_enum_value(OrganizationEnvironment, _environment)
        name = get("name", UNSET)
        slug = get("slug", UNSET)
        type_ = get("type", UNSET)
        country_code = get("country_code", UNSET)
        timezone = get("timezone", UNSET)
        locale = get("locale", UNSET)
        locale_list = get("locale_list", UNSET)
        address_line_1 = get("address_line_1", UNSET)
        address_line_2 = get("address_line_2", UNSET)
        address_city = get("address_city", UNSET)
        address_county = get("address_county", UNSET)
        address_state = get("address_state", UNSET)
        address_iso_3166 = get("address_iso_3166", UNSET)
        address_zip_code = get("address_zip_code", UNSET)
        feature_list = get("feature_list", UNSET)
        membership_plan = get("membership_plan", UNSET)
        user_abilities = get("user_abilities", UNSET)
        membership_features = get("membership_features", UNSET)
        customer_portal_base_url = get("customer_portal_base_url", UNSET)
        obj = cls(
            id,
            user_id,
            organization_id,
            environment,
            name,
            slug,
            type_,
            country_code,
            timezone,
            locale,
            locale_list,
            address_line_1,
            address_line_2,
            address_city,
            address_county,
            address_state,
            address_iso_3166,
            address_zip_code,
            feature_list,
            membership_plan,
            user_abilities,
            membership_features,
            customer_portal_base_url,
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
