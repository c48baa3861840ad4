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

_FIELDS = frozenset(
    {
        "status_code",
        "error",
        "code",
        "message",
    }
)


@_attrs_define
class Error:
    """Error body returned with 4xx and 5xx statuses.

    Attributes:
        status_code (int | Unset): The HTTP status code, repeated in the body.
        error (str | Unset): Reason phrase of the HTTP status, e.g. "Bad Request".
        code (str | Unset): Optional machine-readable error code. Open set: do not assume a fixed
        list. Values look like `E_UNAUTHORIZED`, `E_ACCESS_DENIED` or
        `E_FAILED_SCHEMA_VALIDATION`.
        message (str | Unset): Human-readable explanation.
    """

    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _status_code = self.status_code
        if not isinstance(_status_code, Unset):
            field_dict["status_code"] = _status_code
        _error = self.error
        if not isinstance(_error, Unset):
            field_dict["error"] = _error
        _code = self.code
        if not isinstance(_code, Unset):
            field_dict["code"] = _code
        _message = self.message
        if not isinstance(_message, Unset):
            field_dict["message"] = _message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        status_code = get("status_code", UNSET)
        error = get("error", UNSET)
        code = get("code", UNSET)
        message = get("message", UNSET)
        obj = cls(status_code, error, code, message)
        if len(src_dict) > 4 or not _FIELDS.issuperset(src_dict):
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
