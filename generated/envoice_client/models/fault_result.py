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
from .i_error_info import IErrorInfo

_FIELDS = frozenset(
    {
        "IsFaulted",
        "ErrorMessages",
    }
)


@_attrs_define
class FaultResult:
    """The envelope in which Envoice reports a failed request.

    Attributes:
        is_faulted (bool | None | Unset)
        error_messages (list[IErrorInfo] | None | Unset)
    """

    is_faulted: bool | None | Unset = UNSET
    error_messages: list[IErrorInfo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _is_faulted = self.is_faulted
        if not isinstance(_is_faulted, Unset):
            field_dict["IsFaulted"] = _is_faulted
        _error_messages = self.error_messages
        if not isinstance(_error_messages, Unset):
            _value4 = _error_messages
            if isinstance(_value4, list):
                field_dict["ErrorMessages"] = [_item5.to_dict() for _item5 in _value4]
            else:
                field_dict["ErrorMessages"] = _value4
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        is_faulted = get("IsFaulted", UNSET)
        _error_messages = get("ErrorMessages", UNSET)
        if _error_messages is UNSET:
            error_messages = UNSET
        else:
            if _error_messages is None:
                error_messages = None
            else:
                error_messages = _error_messages
                if isinstance(_error_messages, list):
                    try:
                        _converted2 = [
                            IErrorInfo.from_dict(_item3) for _item3 in _error_messages
                        ]
                        error_messages = _converted2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        obj = cls(is_faulted, error_messages)
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
