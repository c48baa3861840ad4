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
from .additional_client_email_api_model import AdditionalClientEmailApiModel

_FIELDS = frozenset(
    {
        "AdditionalEmails",
        "Address",
        "ClientCountryId",
        "ClientCurrencyId",
        "CompanyRegistrationNumber",
        "CreatedOn",
        "DefaultDueDateInDays",
        "Email",
        "Id",
        "Name",
        "PhoneNumber",
        "UiLanguageId",
        "Vat",
    }
)


@_attrs_define
class ClientDetailsApiModel:
    """The ClientDetailsApiModel object.

    Attributes:
        additional_emails (list[AdditionalClientEmailApiModel] | None | Unset)
        address (None | str | Unset)
        client_country_id (int | None | Unset)
        client_currency_id (int | None | Unset)
        company_registration_number (None | str | Unset)
        created_on (datetime.datetime | None | Unset)
        default_due_date_in_days (int | None | Unset)
        email (None | str | Unset)
        id (int | None | Unset)
        name (None | str | Unset)
        phone_number (None | str | Unset)
        ui_language_id (int | None | Unset)
        vat (None | str | Unset)
    """

    additional_emails: list[AdditionalClientEmailApiModel] | None | Unset = UNSET
    address: None | str | Unset = UNSET
    client_country_id: int | None | Unset = UNSET
    client_currency_id: int | None | Unset = UNSET
    company_registration_number: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    default_due_date_in_days: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    ui_language_id: int | None | Unset = UNSET
    vat: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _additional_emails = self.additional_emails
        if not isinstance(_additional_emails, Unset):
            _value6 = _additional_emails
            if isinstance(_value6, list):
                field_dict["AdditionalEmails"] = [
                    _item7.to_dict() for _item7 in _value6
                ]
            else:
                field_dict["AdditionalEmails"] = _value6
        _address = self.address
        if not isinstance(_address, Unset):
            field_dict["Address"] = _address
        _client_country_id = self.client_country_id
        if not isinstance(_client_country_id, Unset):
            field_dict["ClientCountryId"] = _client_country_id
        _client_currency_id = self.client_currency_id
        if not isinstance(_client_currency_id, Unset):
            field_dict["ClientCurrencyId"] = _client_currency_id
        _company_registration_number = self.company_registration_number
        if not isinstance(_company_registration_number, Unset):
            field_dict["CompanyRegistrationNumber"] = _company_registration_number
        _created_on = self.created_on
        if not isinstance(_created_on, Unset):
            _value8 = _created_on
            if isinstance(_value8, datetime.datetime):
                field_dict["CreatedOn"] = _value8.isoformat()
            else:
                field_dict["CreatedOn"] = _value8
        _default_due_date_in_days = self.default_due_date_in_days
        if not isinstance(_default_due_date_in_days, Unset):
            field_dict["DefaultDueDateInDays"] = _default_due_date_in_days
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["Email"] = _email
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _phone_number = self.phone_number
        if not isinstance(_phone_number, Unset):
            field_dict["PhoneNumber"] = _phone_number
        _ui_language_id = self.ui_language_id
        if not isinstance(_ui_language_id, Unset):
            field_dict["UiLanguageId"] = _ui_language_id
        _vat = self.vat
        if not isinstance(_vat, Unset):
            field_dict["Vat"] = _vat
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _additional_emails = get("AdditionalEmails", UNSET)
        if _additional_emails is UNSET:
            additional_emails = UNSET
        else:
            if _additional_emails is None:
                additional_emails = None
            else:
                additional_emails = _additional_emails
                if isinstance(_additional_emails, list):
                    try:
                        _converted2 = [
                            AdditionalClientEmailApiModel.from_dict(_item3)
                            for _item3 in _additional_emails
                        ]
                        additional_emails = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        address = get("Address", UNSET)
        client_country_id = get("ClientCountryId", UNSET)
        client_currency_id = get("ClientCurrencyId", UNSET)
        company_registration_number = get("CompanyRegistrationNumber", UNSET)
        _created_on = get("CreatedOn", UNSET)
        if _created_on is UNSET:
            created_on = UNSET
        else:
            if _created_on is None:
                created_on = None
            else:
                created_on = _created_on
                if isinstance(_created_on, str):
                    try:
                        _converted5 = datetime.datetime.fromisoformat(_created_on)
                        created_on = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        default_due_date_in_days = get("DefaultDueDateInDays", UNSET)
        email = get("Email", UNSET)
        id = get("Id", UNSET)
        name = get("Name", UNSET)
        phone_number = get("PhoneNumber", UNSET)
        ui_language_id = get("UiLanguageId", UNSET)
        vat = get("Vat", UNSET)
        obj = cls(
            additional_emails,
            address,
            client_country_id,
            client_currency_id,
            company_registration_number,
            created_on,
            default_due_date_in_days,
            email,
            id,
            name,
            phone_number,
            ui_language_id,
            vat,
        )
        if len(src_dict) > 13 or not _FIELDS.issuperset(src_dict):
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
