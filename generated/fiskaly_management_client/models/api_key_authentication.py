from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
)

_FIELDS = frozenset(
    {
        "api_key",
        "api_secret",
    }
)


@_attrs_define
class ApiKeyAuthentication:
    """Log in with an API key and its secret.

    Attributes:
        api_key (str): The API key (`key` of an API key).
        api_secret (str): The secret that was shown when the API key was created.
    """

    api_key: str
    api_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["api_key"] = self.api_key
        field_dict["api_secret"] = self.api_secret
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        api_key = src_dict["api_key"]
        api_secret = src_dict["api_secret"]
        obj = cls(api_key, api_secret)
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
