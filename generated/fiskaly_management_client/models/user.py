from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.env import Env
from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


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
        field_id = str(self.field_id)

        field_type_ = self.field_type_.value

        field_envs: list[str] | Unset = UNSET
        if not isinstance(self.field_envs, Unset):
            field_envs = []
            for field_envs_item_data in self.field_envs:
                field_envs_item = field_envs_item_data.value
                field_envs.append(field_envs_item)

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_type": field_type_,
            }
        )
        if field_envs is not UNSET:
            field_dict["_envs"] = field_envs
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = UUID(d.pop("_id"))

        field_type_ = UserType(d.pop("_type"))

        _field_envs = d.pop("_envs", UNSET)
        field_envs: list[Env] | Unset = UNSET
        if _field_envs is not UNSET:
            field_envs = []
            for field_envs_item_data in _field_envs:
                field_envs_item = Env(field_envs_item_data)

                field_envs.append(field_envs_item)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        user = cls(
            field_id=field_id,
            field_type_=field_type_,
            field_envs=field_envs,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )

        user.additional_properties = d
        return user

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
