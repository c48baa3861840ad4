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
from .api_key_status import ApiKeyStatus
from .metadata import Metadata

_ApiKeyStatus_BY_VALUE: dict[Any, ApiKeyStatus] = {m.value: m for m in ApiKeyStatus}
_FIELDS = frozenset(
    {
        "status",
        "metadata",
    }
)


@_attrs_define
class ApiKeyUpdate:
    """Body for changing an API key; every field is optional.

    Attributes:
        status (ApiKeyStatus | Unset): Whether the API key can be used.
        metadata (Metadata | Unset): Free-form string key/value pairs stored with a resource for
        the caller's own use. At most 20 keys; keys 1 to 40 characters; values at most 500
        characters.
    """

    status: ApiKeyStatus | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _status = self.status
        if not isinstance(_status, Unset):
            field_dict["status"] = (
                _status.value if isinstance(_status, ApiKeyStatus) else _status
            )
        _metadata = self.metadata
        if not isinstance(_metadata, Unset):
            field_dict["metadata"] = _metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
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
        obj = cls(status, metadata)
        if len(src_dict) > 2 or not _FIELDS.issuperset(src_dict):
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
