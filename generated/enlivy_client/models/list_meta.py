from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.navigation_meta import NavigationMeta
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="ListMeta")


@_attrs_define
class ListMeta:
    """Metadata of a list response.

    Attributes:
        pagination (PaginationMeta): Position of this page within the whole result.
        navigation (NavigationMeta | Unset): Record counts per view, returned when `include_meta` contains `navigation`.
    """

    pagination: PaginationMeta
    navigation: NavigationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        navigation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.navigation, Unset):
            navigation = self.navigation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
            }
        )
        if navigation is not UNSET:
            field_dict["navigation"] = navigation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.navigation_meta import NavigationMeta
        from ..models.pagination_meta import PaginationMeta

        d = dict(src_dict)
        pagination = PaginationMeta.from_dict(d.pop("pagination"))

        _navigation = d.pop("navigation", UNSET)
        navigation: NavigationMeta | Unset
        if isinstance(_navigation, Unset):
            navigation = UNSET
        else:
            navigation = NavigationMeta.from_dict(_navigation)

        list_meta = cls(
            pagination=pagination,
            navigation=navigation,
        )

        list_meta.additional_properties = d
        return list_meta

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
