from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ApiKeyCreate")


@_attrs_define
class ApiKeyCreate:
    """Body for creating an API key.

    Attributes:
        name (str): API key name; lowercase letters, digits and dashes.
        status (ApiKeyStatus): Whether the API key can be used.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for the caller's own use.
            At most 20 keys; keys 1 to 40 characters; values at most 500 characters.
        managed_by_organization_id (UUID | Unset): Set to create a managed API key for this managing organization.
    """

    name: str
    status: ApiKeyStatus
    metadata: Metadata | Unset = UNSET
    managed_by_organization_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
                "name": name,
                "status": status,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if managed_by_organization_id is not UNSET:
            field_dict["managed_by_organization_id"] = managed_by_organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        name = d.pop("name")

        status = ApiKeyStatus(d.pop("status"))

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

        api_key_create = cls(
            name=name,
            status=status,
            metadata=metadata,
            managed_by_organization_id=managed_by_organization_id,
        )

        api_key_create.additional_properties = d
        return api_key_create

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
