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
from .api_key_status import ApiKeyStatus
from .api_key_type import ApiKeyType
from .env import Env
from .metadata import Metadata

_ApiKeyStatus_BY_VALUE: dict[Any, ApiKeyStatus] = {m.value: m for m in ApiKeyStatus}
_ApiKeyType_BY_VALUE: dict[Any, ApiKeyType] = {m.value: m for m in ApiKeyType}
_Env_BY_VALUE: dict[Any, Env] = {m.value: m for m in Env}
_FIELDS = frozenset(
    {
        "_id",
        "_type",
        "_envs",
        "key",
        "secret",
        "created_at",
        "created_by_user",
        "name",
        "status",
        "metadata",
        "managed_by_organization_id",
    }
)


@_attrs_define
class ApiKey:
    """An API key as returned by the API.

    Attributes:
        field_id (UUID): API key ID.
        field_type_ (ApiKeyType): Kind of API key.
        field_envs (list[Env] | Unset): Environments the resource exists in.
        key (str | Unset): The key to send as `api_key` to `POST /auth`.
        secret (str | Unset): The secret for `api_secret`. Only returned by the create call.
        created_at (int | Unset): Creation time as Unix time in seconds.
        created_by_user (str | Unset): ID of the user who created the key.
        name (str | Unset): API key name; lowercase letters, digits and dashes.
        status (ApiKeyStatus | Unset): Whether the API key can be used.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
        managed_by_organization_id (UUID | Unset): Managing organization, for managed API keys.
    """

    field_id: UUID
    field_type_: ApiKeyType
    field_envs: list[Env] | Unset = UNSET
    key: str | Unset = UNSET
    secret: str | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by_user: str | Unset = UNSET
    name: str | Unset = UNSET
    status: ApiKeyStatus | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    managed_by_organization_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["_id"] = str(self.field_id)
        field_dict["_type"] = (
            self.field_type_.value
            if isinstance(self.field_type_, ApiKeyType)
            else self.field_type_
        )
        _field_envs = self.field_envs
        if not isinstance(_field_envs, Unset):
            field_dict["_envs"] = [
                _item3.value if isinstance(_item3, Env) else _item3
                for _item3 in _field_envs
            ]
        _key = self.key
        if not isinstance(_key, Unset):
            field_dict["key"] = _key
        _secret = self.secret
        if not isinstance(_secret, Unset):
            field_dict["secret"] = _secret
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _created_by_user = self.created_by_user
        if not isinstance(_created_by_user, Unset):
            field_dict["created_by_user"] = _created_by_user
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _status = self.status
        if not isinstance(_status, Unset):
            field_dict["status"] = (
                _status.value if isinstance(_status, ApiKeyStatus) else _status
            )
        _metadata = self.metadata
        if not isinstance(_metadata, Unset):
            field_dict["metadata"] = _metadata.to_dict()
        _managed_by_organization_id = self.managed_by_organization_id
        if not isinstance(_managed_by_organization_id, Unset):
            field_dict["managed_by_organization_id"] = str(_managed_by_organization_id)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _field_id = src_dict["_id"]
        field_id = UUID(_field_id)
        _field_type_ = src_dict["_type"]
        if _field_type_ in _ApiKeyType_BY_VALUE:
            field_type_ = _ApiKeyType_BY_VALUE[_field_type_]
        else:
            field_type_ = unknown_enum_value(ApiKeyType, _field_type_)
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
        key = get("key", UNSET)
        secret = get("secret", UNSET)
        created_at = get("created_at", UNSET)
        created_by_user = get("created_by_user", UNSET)
        name = get("name", UNSET)
        _status = get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status in _ApiKeyStatus_BY_VALUE:
                status = _ApiKeyStatus_BY_VALUE[_status]
            else:
                status = unknown_enum_value(ApiKeyStatus, _status)
        _metadata = get("metadata", UNSET)
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)
        _managed_by_organization_id = get("managed_by_organization_id", UNSET)
        if _managed_by_organization_id is UNSET:
            managed_by_organization_id = UNSET
        else:
            managed_by_organization_id = UUID(_managed_by_organization_id)
        obj = cls(
            field_id,
            field_type_,
            field_envs,
            key,
            secret,
            created_at,
            created_by_user,
            name,
            status,
            metadata,
            managed_by_organization_id,
        )
        if len(src_dict) > 11 or not _FIELDS.issuperset(src_dict):
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
