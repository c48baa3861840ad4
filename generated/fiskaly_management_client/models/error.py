from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body returned with 4xx and 5xx statuses.

    Attributes:
        status_code (int | Unset): The HTTP status code, repeated in the body.
        error (str | Unset): Reason phrase of the HTTP status, e.g. "Bad Request".
        code (str | Unset): Optional machine-readable error code. Open set: do not assume a fixed list.
            Values look like `E_UNAUTHORIZED`, `E_ACCESS_DENIED` or
            `E_FAILED_SCHEMA_VALIDATION`.
        message (str | Unset): Human-readable explanation.
    """

    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_code = d.pop("status_code", UNSET)

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        error = cls(
            status_code=status_code,
            error=error,
            code=code,
            message=message,
        )

        error.additional_properties = d
        return error

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
