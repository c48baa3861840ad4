from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_list_type import OrganizationListType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization


T = TypeVar("T", bound="OrganizationList")


@_attrs_define
class OrganizationList:
    """A page of organizations.

    Attributes:
        data (list[Organization]):
        count (int): Number of matching organizations.
        field_type_ (OrganizationListType | Unset): Type marker of an organization list.
    """

    data: list[Organization]
    count: int
    field_type_: OrganizationListType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        count = self.count

        field_type_: str | Unset = UNSET
        if not isinstance(self.field_type_, Unset):
            field_type_ = self.field_type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "count": count,
            }
        )
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization import Organization

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Organization.from_dict(data_item_data)

            data.append(data_item)

        count = d.pop("count")

        _field_type_ = d.pop("_type", UNSET)
        field_type_: OrganizationListType | Unset
        if isinstance(_field_type_, Unset):
            field_type_ = UNSET
        else:
            field_type_ = OrganizationListType(_field_type_)

        organization_list = cls(
            data=data,
            count=count,
            field_type_=field_type_,
        )

        organization_list.additional_properties = d
        return organization_list

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
