from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .user import User
from .user_list_type import UserListType

_UserListType_BY_VALUE: dict[Any, UserListType] = {m.value: m for m in UserListType}
_FIELDS = frozenset(
    {
        "data",
        "count",
        "_type",
    }
)


@_attrs_define
class UserList:
    """A page of users.

    Attributes:
        data (list[User])
        count (int): Number of matching users.
        field_type_ (UserListType | Unset): Type marker of a user list.
    """

    data: list[User]
    count: int
    field_type_: UserListType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = [_item2.to_dict() for _item2 in self.data]
        field_dict["count"] = self.count
        _field_type_ = self.field_type_
        if not isinstance(_field_type_, Unset):
            field_dict["_type"] = (
                _field_type_.value
                if isinstance(_field_type_, UserListType)
                else _field_type_
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _data = src_dict["data"]
        data = [User.from_dict(_item1) for _item1 in _data]
        count = src_dict["count"]
        _field_type_ = get("_type", UNSET)
        if _field_type_ is UNSET:
            field_type_ = UNSET
        else:
            if _field_type_ in _UserListType_BY_VALUE:
                field_type_ = _UserListType_BY_VALUE[_field_type_]
            else:
                field_type_ = unknown_enum_value(UserListType, _field_type_)
        obj = cls(data, count, field_type_)
        if len(src_dict) > 3 or not _FIELDS.issuperset(src_dict):
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
