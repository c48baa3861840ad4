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
from .invoice_details_api_model import InvoiceDetailsApiModel

_FIELDS = frozenset(
    {
        "Count",
        "ErrorMessages",
        "IsFaulted",
        "Result",
        "TotalCount",
    }
)


@_attrs_define
class ListResultInvoiceDetailsApiModel:
    """The ListResultInvoiceDetailsApiModel object.

    Attributes:
        count (int | None | Unset)
        error_messages (list[IErrorInfo] | None | Unset)
        is_faulted (bool | None | Unset)
        result (list[InvoiceDetailsApiModel] | None | Unset)
        total_count (int | None | Unset)
    """

    count: int | None | Unset = UNSET
    error_messages: list[IErrorInfo] | None | Unset = UNSET
    is_faulted: bool | None | Unset = UNSET
    result: list[InvoiceDetailsApiModel] | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _count = self.count
        if not isinstance(_count, Unset):
            field_dict["Count"] = _count
        _error_messages = self.error_messages
        if not isinstance(_error_messages, Unset):
            _value7 = _error_messages
            if isinstance(_value7, list):
                field_dict["ErrorMessages"] = [_item8.to_dict() for _item8 in _value7]
            else:
                field_dict["ErrorMessages"] = _value7
        _is_faulted = self.is_faulted
        if not isinstance(_is_faulted, Unset):
            field_dict["IsFaulted"] = _is_faulted
        _result = self.result
        if not isinstance(_result, Unset):
            _value9 = _result
            if isinstance(_value9, list):
                field_dict["Result"] = [_item10.to_dict() for _item10 in _value9]
            else:
                field_dict["Result"] = _value9
        _total_count = self.total_count
        if not isinstance(_total_count, Unset):
            field_dict["TotalCount"] = _total_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        count = get("Count", UNSET)
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
        is_faulted = get("IsFaulted", UNSET)
        _result = get("Result", UNSET)
        if _result is UNSET:
            result = UNSET
        else:
            if _result is None:
                result = None
            else:
                result = _result
                if isinstance(_result, list):
                    try:
                        _converted5 = [
                            InvoiceDetailsApiModel.from_dict(_item6)
                            for _item6 in _result
                        ]
                        result = _converted5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        total_count = get("TotalCount", UNSET)
        obj = cls(count, error_messages, is_faulted, result, total_count)
        if len(src_dict) > 5 or not _FIELDS.issuperset(src_dict):
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
