from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IErrorInfo")


@_attrs_define
class IErrorInfo:
    """One error reported by Envoice.

    Attributes:
        code (None | str | Unset):
        fault_message (None | str | Unset):
        group (None | str | Unset):
        user_visible_message (None | str | Unset):
    """

    code: None | str | Unset = UNSET
    fault_message: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    user_visible_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        fault_message: None | str | Unset
        if isinstance(self.fault_message, Unset):
            fault_message = UNSET
        else:
            fault_message = self.fault_message

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        user_visible_message: None | str | Unset
        if isinstance(self.user_visible_message, Unset):
            user_visible_message = UNSET
        else:
            user_visible_message = self.user_visible_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["Code"] = code
        if fault_message is not UNSET:
            field_dict["FaultMessage"] = fault_message
        if group is not UNSET:
            field_dict["Group"] = group
        if user_visible_message is not UNSET:
            field_dict["UserVisibleMessage"] = user_visible_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("Code", UNSET))

        def _parse_fault_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fault_message = _parse_fault_message(d.pop("FaultMessage", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("Group", UNSET))

        def _parse_user_visible_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_visible_message = _parse_user_visible_message(
            d.pop("UserVisibleMessage", UNSET)
        )

        i_error_info = cls(
            code=code,
            fault_message=fault_message,
            group=group,
            user_visible_message=user_visible_message,
        )

        i_error_info.additional_properties = d
        return i_error_info

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
