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
from .pagination_links import PaginationLinks

_FIELDS = frozenset(
    {
        "total",
        "count",
        "per_page",
        "current_page",
        "total_pages",
        "links",
    }
)


@_attrs_define
class PaginationMeta:
    """Position of this page within the whole result.

    Attributes:
        total (int): Number of matching records across all pages.
        count (int): Number of records on this page.
        per_page (int): Page size used.
        current_page (int): Number of this page (from 1).
        total_pages (int): Number of pages; more pages follow while `current_page` is lower.
        links (PaginationLinks | Unset): URLs of the neighbouring pages; empty or null at the
        ends.
    """

    total: int
    count: int
    per_page: int
    current_page: int
    total_pages: int
    links: PaginationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["total"] = self.total
        field_dict["count"] = self.count
        field_dict["per_page"] = self.per_page
        field_dict["current_page"] = self.current_page
        field_dict["total_pages"] = self.total_pages
        _links = self.links
        if not isinstance(_links, Unset):
            field_dict["links"] = _links.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        total = src_dict["total"]
        count = src_dict["count"]
        per_page = src_dict["per_page"]
        current_page = src_dict["current_page"]
        total_pages = src_dict["total_pages"]
        _links = get("links", UNSET)
        if _links is UNSET:
            links = UNSET
        else:
            links = PaginationLinks.from_dict(_links)
        obj = cls(total, count, per_page, current_page, total_pages, links)
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
