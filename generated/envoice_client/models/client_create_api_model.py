from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_client_email_api_model import AdditionalClientEmailApiModel


T = TypeVar("T", bound="ClientCreateApiModel")


@_attrs_define
class ClientCreateApiModel:
    """
    Attributes:
        client_country_id (int | None):
        client_currency_id (int | None):
        email (None | str):
        name (None | str):
        ui_language_id (int | None):
        additional_emails (list[AdditionalClientEmailApiModel] | None | Unset):
        address (None | str | Unset):
        company_registration_number (None | str | Unset):
        default_due_date_in_days (int | None | Unset):
        phone_number (None | str | Unset):
        vat (None | str | Unset):
    """

    client_country_id: int | None
    client_currency_id: int | None
    email: None | str
    name: None | str
    ui_language_id: int | None
    additional_emails: list[AdditionalClientEmailApiModel] | None | Unset = UNSET
    address: None | str | Unset = UNSET
    company_registration_number: None | str | Unset = UNSET
    default_due_date_in_days: int | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    vat: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_country_id: int | None
        client_country_id = self.client_country_id

        client_currency_id: int | None
        client_currency_id = self.client_currency_id

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        ui_language_id: int | None
        ui_language_id = self.ui_language_id

        additional_emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_emails, Unset):
            additional_emails = UNSET
        elif isinstance(self.additional_emails, list):
            additional_emails = []
            for additional_emails_type_0_item_data in self.additional_emails:
                additional_emails_type_0_item = (
                    additional_emails_type_0_item_data.to_dict()
                )
                additional_emails.append(additional_emails_type_0_item)

        else:
            additional_emails = self.additional_emails

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        company_registration_number: None | str | Unset
        if isinstance(self.company_registration_number, Unset):
            company_registration_number = UNSET
        else:
            company_registration_number = self.company_registration_number

        default_due_date_in_days: int | None | Unset
        if isinstance(self.default_due_date_in_days, Unset):
            default_due_date_in_days = UNSET
        else:
            default_due_date_in_days = self.default_due_date_in_days

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        vat: None | str | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        else:
            vat = self.vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ClientCountryId": client_country_id,
                "ClientCurrencyId": client_currency_id,
                "Email": email,
                "Name": name,
                "UiLanguageId": ui_language_id,
            }
        )
        if additional_emails is not UNSET:
            field_dict["AdditionalEmails"] = additional_emails
        if address is not UNSET:
            field_dict["Address"] = address
        if company_registration_number is not UNSET:
            field_dict["CompanyRegistrationNumber"] = company_registration_number
        if default_due_date_in_days is not UNSET:
            field_dict["DefaultDueDateInDays"] = default_due_date_in_days
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if vat is not UNSET:
            field_dict["Vat"] = vat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_client_email_api_model import (
            AdditionalClientEmailApiModel,
        )

        d = dict(src_dict)

        def _parse_client_country_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        client_country_id = _parse_client_country_id(d.pop("ClientCountryId"))

        def _parse_client_currency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        client_currency_id = _parse_client_currency_id(d.pop("ClientCurrencyId"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("Email"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("Name"))

        def _parse_ui_language_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ui_language_id = _parse_ui_language_id(d.pop("UiLanguageId"))

        def _parse_additional_emails(
            data: object,
        ) -> list[AdditionalClientEmailApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_emails_type_0 = []
                _additional_emails_type_0 = data
                for additional_emails_type_0_item_data in _additional_emails_type_0:
                    additional_emails_type_0_item = (
                        AdditionalClientEmailApiModel.from_dict(
                            additional_emails_type_0_item_data
                        )
                    )

                    additional_emails_type_0.append(additional_emails_type_0_item)

                return additional_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdditionalClientEmailApiModel] | None | Unset, data)

        additional_emails = _parse_additional_emails(d.pop("AdditionalEmails", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("Address", UNSET))

        def _parse_company_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_registration_number = _parse_company_registration_number(
            d.pop("CompanyRegistrationNumber", UNSET)
        )

        def _parse_default_due_date_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_due_date_in_days = _parse_default_due_date_in_days(
            d.pop("DefaultDueDateInDays", UNSET)
        )

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("PhoneNumber", UNSET))

        def _parse_vat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat = _parse_vat(d.pop("Vat", UNSET))

        client_create_api_model = cls(
            client_country_id=client_country_id,
            client_currency_id=client_currency_id,
            email=email,
            name=name,
            ui_language_id=ui_language_id,
            additional_emails=additional_emails,
            address=address,
            company_registration_number=company_registration_number,
            default_due_date_in_days=default_due_date_in_days,
            phone_number=phone_number,
            vat=vat,
        )

        client_create_api_model.additional_properties = d
        return client_create_api_model

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
