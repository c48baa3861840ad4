from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_links import PaginationLinks


T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Position of this page within the whole result.

    Attributes:
        total (int): Number of matching records across all pages.
        count (int): Number of records on this page.
        per_page (int): Page size used.
        current_page (int): Number of this page (from 1).
        total_pages (int): Number of pages; more pages follow while `current_page` is lower.
        links (PaginationLinks | Unset): URLs of the neighbouring pages; empty or null at the ends.
    """

    total: int
    count: int
    per_page: int
    current_page: int
    total_pages: int
    links: PaginationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        per_page = self.per_page

        current_page = self.current_page

        total_pages = self.total_pages

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "count": count,
                "per_page": per_page,
                "current_page": current_page,
                "total_pages": total_pages,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination_links import PaginationLinks

        d = dict(src_dict)
        total = d.pop("total")

        count = d.pop("count")

        per_page = d.pop("per_page")

        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        _links = d.pop("links", UNSET)
        links: PaginationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PaginationLinks.from_dict(_links)

        pagination_meta = cls(
            total=total,
            count=count,
            per_page=per_page,
            current_page=current_page,
            total_pages=total_pages,
            links=links,
        )

        pagination_meta.additional_properties = d
        return pagination_meta

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
