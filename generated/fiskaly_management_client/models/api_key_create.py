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
from .metadata import Metadata

_ApiKeyStatus_BY_VALUE: dict[Any, ApiKeyStatus] = {m.value: m for m in ApiKeyStatus}
_FIELDS = frozenset(
    {
        "name",
        "status",
        "metadata",
        "managed_by_organization_id",
    }
)


@_attrs_define
class ApiKeyCreate:
    """Body for creating an API key.

    Attributes:
        name (str): API key name; lowercase letters, digits and dashes.
        status (ApiKeyStatus): Whether the API key can be used.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
        managed_by_organization_id (UUID | Unset): Set to create a managed API key for this
        managing organization.
    """

    name: str
    status: ApiKeyStatus
    metadata: Metadata | Unset = UNSET
    managed_by_organization_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["status"] = (
            self.status.value if isinstance(self.status, ApiKeyStatus) else self.status
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
        name = src_dict["name"]
        _status = src_dict["status"]
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
        obj = cls(name, status, metadata, managed_by_organization_id)
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
