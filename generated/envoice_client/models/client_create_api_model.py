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
from .additional_client_email_api_model import AdditionalClientEmailApiModel

_FIELDS = frozenset(
    {
        "ClientCountryId",
        "ClientCurrencyId",
        "Email",
        "Name",
        "UiLanguageId",
        "AdditionalEmails",
        "Address",
        "CompanyRegistrationNumber",
        "DefaultDueDateInDays",
        "PhoneNumber",
        "Vat",
    }
)


@_attrs_define
class ClientCreateApiModel:
    """The ClientCreateApiModel object.

    Attributes:
        client_country_id (int | None)
        client_currency_id (int | None)
        email (None | str)
        name (None | str)
        ui_language_id (int | None)
        additional_emails (list[AdditionalClientEmailApiModel] | None | Unset)
        address (None | str | Unset)
        company_registration_number (None | str | Unset)
        default_due_date_in_days (int | None | Unset)
        phone_number (None | str | Unset)
        vat (None | str | Unset)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ClientCountryId"] = self.client_country_id
        field_dict["ClientCurrencyId"] = self.client_currency_id
        field_dict["Email"] = self.email
        field_dict["Name"] = self.name
        field_dict["UiLanguageId"] = self.ui_language_id
        _additional_emails = self.additional_emails
        if not isinstance(_additional_emails, Unset):
            _value4 = _additional_emails
            if isinstance(_value4, list):
                field_dict["AdditionalEmails"] = [
                    _item5.to_dict() for _item5 in _value4
                ]
            else:
                field_dict["AdditionalEmails"] = _value4
        _address = self.address
        if not isinstance(_address, Unset):
            field_dict["Address"] = _address
        _company_registration_number = self.company_registration_number
        if not isinstance(_company_registration_number, Unset):
            field_dict["CompanyRegistrationNumber"] = _company_registration_number
        _default_due_date_in_days = self.default_due_date_in_days
        if not isinstance(_default_due_date_in_days, Unset):
            field_dict["DefaultDueDateInDays"] = _default_due_date_in_days
        _phone_number = self.phone_number
        if not isinstance(_phone_number, Unset):
            field_dict["PhoneNumber"] = _phone_number
        _vat = self.vat
        if not isinstance(_vat, Unset):
            field_dict["Vat"] = _vat
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        client_country_id = src_dict["ClientCountryId"]
        client_currency_id = src_dict["ClientCurrencyId"]
        email = src_dict["Email"]
        name = src_dict["Name"]
        ui_language_id = src_dict["UiLanguageId"]
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
        company_registration_number = get("CompanyRegistrationNumber", UNSET)
        default_due_date_in_days = get("DefaultDueDateInDays", UNSET)
        phone_number = get("PhoneNumber", UNSET)
        vat = get("Vat", UNSET)
        obj = cls(
            client_country_id,
            client_currency_id,
            email,
            name,
            ui_language_id,
            additional_emails,
            address,
            company_registration_number,
            default_due_date_in_days,
            phone_number,
            vat,
        )
        if len(src_dict) > 11 or not _FIELDS.issuperset(src_dict):
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
