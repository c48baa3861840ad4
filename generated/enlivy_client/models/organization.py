from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_environment import OrganizationEnvironment
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization (company) and its settings.

    Attributes:
        id (str): Organization id.
        user_id (str | Unset): User who owns the organization.
        organization_id (None | str | Unset): For a sandbox, the live organization it mirrors; null for live
            organizations.
        environment (OrganizationEnvironment | Unset): Whether the organization is a live one or a sandbox copy of a
            live one.
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
        id = self.id

        user_id = self.user_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        name = self.name

        slug = self.slug

        type_ = self.type_

        country_code = self.country_code

        timezone = self.timezone

        locale = self.locale

        locale_list: list[str] | Unset = UNSET
        if not isinstance(self.locale_list, Unset):
            locale_list = self.locale_list

        address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_city = self.address_city

        address_county = self.address_county

        address_state = self.address_state

        address_iso_3166 = self.address_iso_3166

        address_zip_code = self.address_zip_code

        feature_list: list[str] | Unset = UNSET
        if not isinstance(self.feature_list, Unset):
            feature_list = self.feature_list

        membership_plan = self.membership_plan

        user_abilities: list[Any] | Unset = UNSET
        if not isinstance(self.user_abilities, Unset):
            user_abilities = self.user_abilities

        membership_features: list[Any] | Unset = UNSET
        if not isinstance(self.membership_features, Unset):
            membership_features = self.membership_features

        customer_portal_base_url = self.customer_portal_base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if locale is not UNSET:
            field_dict["locale"] = locale
        if locale_list is not UNSET:
            field_dict["locale_list"] = locale_list
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
        if address_iso_3166 is not UNSET:
            field_dict["address_iso_3166"] = address_iso_3166
        if address_zip_code is not UNSET:
            field_dict["address_zip_code"] = address_zip_code
        if feature_list is not UNSET:
            field_dict["feature_list"] = feature_list
        if membership_plan is not UNSET:
            field_dict["membership_plan"] = membership_plan
        if user_abilities is not UNSET:
            field_dict["user_abilities"] = user_abilities
        if membership_features is not UNSET:
            field_dict["membership_features"] = membership_features
        if customer_portal_base_url is not UNSET:
            field_dict["customer_portal_base_url"] = customer_portal_base_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id", UNSET)

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        _environment = d.pop("environment", UNSET)
        environment: OrganizationEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = OrganizationEnvironment(_environment)

        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        type_ = d.pop("type", UNSET)

        country_code = d.pop("country_code", UNSET)

        timezone = d.pop("timezone", UNSET)

        locale = d.pop("locale", UNSET)

        locale_list = cast(list[str], d.pop("locale_list", UNSET))

        address_line_1 = d.pop("address_line_1", UNSET)

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("address_line_2", UNSET))

        address_city = d.pop("address_city", UNSET)

        address_county = d.pop("address_county", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_iso_3166 = d.pop("address_iso_3166", UNSET)

        address_zip_code = d.pop("address_zip_code", UNSET)

        feature_list = cast(list[str], d.pop("feature_list", UNSET))

        membership_plan = d.pop("membership_plan", UNSET)

        user_abilities = cast(list[Any], d.pop("user_abilities", UNSET))

        membership_features = cast(list[Any], d.pop("membership_features", UNSET))

        customer_portal_base_url = d.pop("customer_portal_base_url", UNSET)

        organization = cls(
            id=id,
            user_id=user_id,
            organization_id=organization_id,
            environment=environment,
            name=name,
            slug=slug,
            type_=type_,
            country_code=country_code,
            timezone=timezone,
            locale=locale,
            locale_list=locale_list,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_city=address_city,
            address_county=address_county,
            address_state=address_state,
            address_iso_3166=address_iso_3166,
            address_zip_code=address_zip_code,
            feature_list=feature_list,
            membership_plan=membership_plan,
            user_abilities=user_abilities,
            membership_features=membership_features,
            customer_portal_base_url=customer_portal_base_url,
        )

        organization.additional_properties = d
        return organization

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
