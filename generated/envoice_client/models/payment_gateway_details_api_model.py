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
from .currency_api_model import CurrencyApiModel

_FIELDS = frozenset(
    {
        "Name",
        "SupportedCurrencies",
    }
)


@_attrs_define
class PaymentGatewayDetailsApiModel:
    """The PaymentGatewayDetailsApiModel object.

    Attributes:
        name (None | str | Unset)
        supported_currencies (list[CurrencyApiModel] | None | Unset)
    """

    name: None | str | Unset = UNSET
    supported_currencies: list[CurrencyApiModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["Name"] = _name
        _supported_currencies = self.supported_currencies
        if not isinstance(_supported_currencies, Unset):
            _value4 = _supported_currencies
            if isinstance(_value4, list):
                field_dict["SupportedCurrencies"] = [
                    _item5.to_dict() for _item5 in _value4
                ]
            else:
                field_dict["SupportedCurrencies"] = _value4
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        name = get("Name", UNSET)
        _supported_currencies = get("SupportedCurrencies", UNSET)
        if _supported_currencies is UNSET:
            supported_currencies = UNSET
        else:
            if _supported_currencies is None:
                supported_currencies = None
            else:
                supported_currencies = _supported_currencies
                if isinstance(_supported_currencies, list):
                    try:
                        _converted2 = [
                            CurrencyApiModel.from_dict(_item3)
                            for _item3 in _supported_currencies
                        ]
                        supported_currencies = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        obj = cls(name, supported_currencies)
        if len(src_dict) > 2 or not _FIELDS.issuperset(src_dict):
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
