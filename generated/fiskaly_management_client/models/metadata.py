from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define(eq=False)  # equality is the mapping's: the same keys and values
class Metadata(MutableMapping[str, str]):
    """Free-form string key/value pairs stored with a resource for the caller's own use. At most 20
    keys; keys 1 to 40 characters; values at most 500 characters.

    Read it like a dict: ``m[key]``, ``len(m)``, iteration, ``dict(m)``.
    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        obj = cls()
        obj.additional_properties = dict(src_dict)
        return obj

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"

    # A free-form object reads like the dict it is: m["key"], len(m), iteration, dict(m), .get
    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)
