from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_api_model import CurrencyApiModel


T = TypeVar("T", bound="PaymentGatewayDetailsApiModel")


@_attrs_define
class PaymentGatewayDetailsApiModel:
    """
    Attributes:
        name (None | str | Unset):
        supported_currencies (list[CurrencyApiModel] | None | Unset):
    """

    name: None | str | Unset = UNSET
    supported_currencies: list[CurrencyApiModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        supported_currencies: list[dict[str, Any]] | None | Unset
        if isinstance(self.supported_currencies, Unset):
            supported_currencies = UNSET
        elif isinstance(self.supported_currencies, list):
            supported_currencies = []
            for supported_currencies_type_0_item_data in self.supported_currencies:
                supported_currencies_type_0_item = (
                    supported_currencies_type_0_item_data.to_dict()
                )
                supported_currencies.append(supported_currencies_type_0_item)

        else:
            supported_currencies = self.supported_currencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if supported_currencies is not UNSET:
            field_dict["SupportedCurrencies"] = supported_currencies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_api_model import CurrencyApiModel

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_supported_currencies(
            data: object,
        ) -> list[CurrencyApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_currencies_type_0 = []
                _supported_currencies_type_0 = data
                for (
                    supported_currencies_type_0_item_data
                ) in _supported_currencies_type_0:
                    supported_currencies_type_0_item = CurrencyApiModel.from_dict(
                        supported_currencies_type_0_item_data
                    )

                    supported_currencies_type_0.append(supported_currencies_type_0_item)

                return supported_currencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CurrencyApiModel] | None | Unset, data)

        supported_currencies = _parse_supported_currencies(
            d.pop("SupportedCurrencies", UNSET)
        )

        payment_gateway_details_api_model = cls(
            name=name,
            supported_currencies=supported_currencies,
        )

        payment_gateway_details_api_model.additional_properties = d
        return payment_gateway_details_api_model

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
