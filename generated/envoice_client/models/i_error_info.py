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
        "Code",
        "FaultMessage",
        "Group",
        "UserVisibleMessage",
    }
)


@_attrs_define
class IErrorInfo:
    """One error reported by Envoice.

    Attributes:
        code (None | str | Unset)
        fault_message (None | str | Unset)
        group (None | str | Unset)
        user_visible_message (None | str | Unset)
    """

    code: None | str | Unset = UNSET
    fault_message: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    user_visible_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _code = self.code
        if not isinstance(_code, Unset):
            field_dict["Code"] = _code
        _fault_message = self.fault_message
        if not isinstance(_fault_message, Unset):
            field_dict["FaultMessage"] = _fault_message
        _group = self.group
        if not isinstance(_group, Unset):
            field_dict["Group"] = _group
        _user_visible_message = self.user_visible_message
        if not isinstance(_user_visible_message, Unset):
            field_dict["UserVisibleMessage"] = _user_visible_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        code = get("Code", UNSET)
        fault_message = get("FaultMessage", UNSET)
        group = get("Group", UNSET)
        user_visible_message = get("UserVisibleMessage", UNSET)
        obj = cls(code, fault_message, group, user_visible_message)
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
