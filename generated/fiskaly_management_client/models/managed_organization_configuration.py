from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedOrganizationConfiguration")


@_attrs_define
class ManagedOrganizationConfiguration:
    """Old billing setting for managed organizations; superseded by `billing_options`.

    Attributes:
        withhold_billing (bool | Unset): When true, no invoices are issued for this organization.
    """

    withhold_billing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withhold_billing = self.withhold_billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withhold_billing is not UNSET:
            field_dict["withhold_billing"] = withhold_billing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        withhold_billing = d.pop("withhold_billing", UNSET)

        managed_organization_configuration = cls(
            withhold_billing=withhold_billing,
        )

        managed_organization_configuration.additional_properties = d
        return managed_organization_configuration

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
