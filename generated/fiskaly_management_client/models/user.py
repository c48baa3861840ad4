from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    unknown_enum_value,
)
from .env import Env
from .user_type import UserType

_Env_BY_VALUE: dict[Any, Env] = {m.value: m for m in Env}
_UserType_BY_VALUE: dict[Any, UserType] = {m.value: m for m in UserType}
_FIELDS = frozenset(
    {
        "_id",
        "_type",
        "_envs",
        "email",
        "first_name",
        "last_name",
    }
)


@_attrs_define
class User:
    """A user of an organization.

    Attributes:
        field_id (UUID): User ID.
        field_type_ (UserType): Type marker of a user.
        field_envs (list[Env] | Unset): Environments the resource exists in.
        email (str | Unset): Email address.
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
    """

    field_id: UUID
    field_type_: UserType
    field_envs: list[Env] | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["_id"] = str(self.field_id)
        field_dict["_type"] = (
            self.field_type_.value
            if isinstance(self.field_type_, UserType)
            else self.field_type_
        )
        _field_envs = self.field_envs
        if not isinstance(_field_envs, Unset):
            field_dict["_envs"] = [
                _item3.value if isinstance(_item3, Env) else _item3
                for _item3 in _field_envs
            ]
        _email = self.email
        if not isinstance(_email, Unset):
            field_dict["email"] = _email
        _first_name = self.first_name
        if not isinstance(_first_name, Unset):
            field_dict["first_name"] = _first_name
        _last_name = self.last_name
        if not isinstance(_last_name, Unset):
            field_dict["last_name"] = _last_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _field_id = src_dict["_id"]
        field_id = UUID(_field_id)
        _field_type_ = src_dict["_type"]
        if _field_type_ in _UserType_BY_VALUE:
            field_type_ = _UserType_BY_VALUE[_field_type_]
        else:
            field_type_ = unknown_enum_value(UserType, _field_type_)
        _field_envs = get("_envs", UNSET)
        if _field_envs is UNSET:
            field_envs = UNSET
        else:
            field_envs = []
            for _item1 in _field_envs:
                if _item1 in _Env_BY_VALUE:
                    _parsed2 = _Env_BY_VALUE[_item1]
                else:
                    _parsed2 = unknown_enum_value(Env, _item1)
                field_envs.append(_parsed2)
        email = get("email", UNSET)
        first_name = get("first_name", UNSET)
        last_name = get("last_name", UNSET)
        obj = cls(field_id, field_type_, field_envs, email, first_name, last_name)
        if len(src_dict) > 6 or not _FIELDS.issuperset(src_dict):
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
