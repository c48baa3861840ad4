from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus
from ..models.api_key_type import ApiKeyType
from ..models.env import Env
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ApiKey")


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
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
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
        field_id = str(self.field_id)

        field_type_ = self.field_type_.value

        field_envs: list[str] | Unset = UNSET
        if not isinstance(self.field_envs, Unset):
            field_envs = []
            for field_envs_item_data in self.field_envs:
                field_envs_item = field_envs_item_data.value
                field_envs.append(field_envs_item)

        key = self.key

        secret = self.secret

        created_at = self.created_at

        created_by_user = self.created_by_user

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        managed_by_organization_id: str | Unset = UNSET
        if not isinstance(self.managed_by_organization_id, Unset):
            managed_by_organization_id = str(self.managed_by_organization_id)

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
        if key is not UNSET:
            field_dict["key"] = key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user is not UNSET:
            field_dict["created_by_user"] = created_by_user
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if managed_by_organization_id is not UNSET:
            field_dict["managed_by_organization_id"] = managed_by_organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        field_id = UUID(d.pop("_id"))

        field_type_ = ApiKeyType(d.pop("_type"))

        _field_envs = d.pop("_envs", UNSET)
        field_envs: list[Env] | Unset = UNSET
        if _field_envs is not UNSET:
            field_envs = []
            for field_envs_item_data in _field_envs:
                field_envs_item = Env(field_envs_item_data)

                field_envs.append(field_envs_item)

        key = d.pop("key", UNSET)

        secret = d.pop("secret", UNSET)

        created_at = d.pop("created_at", UNSET)

        created_by_user = d.pop("created_by_user", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiKeyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiKeyStatus(_status)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _managed_by_organization_id = d.pop("managed_by_organization_id", UNSET)
        managed_by_organization_id: UUID | Unset
        if isinstance(_managed_by_organization_id, Unset):
            managed_by_organization_id = UNSET
        else:
            managed_by_organization_id = UUID(_managed_by_organization_id)

        api_key = cls(
            field_id=field_id,
            field_type_=field_type_,
            field_envs=field_envs,
            key=key,
            secret=secret,
            created_at=created_at,
            created_by_user=created_by_user,
            name=name,
            status=status,
            metadata=metadata,
            managed_by_organization_id=managed_by_organization_id,
        )

        api_key.additional_properties = d
        return api_key

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
