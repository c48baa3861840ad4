from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingOptions")


@_attrs_define
class BillingOptions:
    """How the organization is billed, including billing it to another organization.

    Attributes:
        gln (str | Unset): Global Location Number used for billing.
        withhold_billing (bool | Unset): When true, no invoices are issued for this organization.
        bill_to_organization (UUID | Unset): Organization that receives the invoices for this one.
    """

    gln: str | Unset = UNSET
    withhold_billing: bool | Unset = UNSET
    bill_to_organization: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gln = self.gln

        withhold_billing = self.withhold_billing

        bill_to_organization: str | Unset = UNSET
        if not isinstance(self.bill_to_organization, Unset):
            bill_to_organization = str(self.bill_to_organization)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gln is not UNSET:
            field_dict["gln"] = gln
        if withhold_billing is not UNSET:
            field_dict["withhold_billing"] = withhold_billing
        if bill_to_organization is not UNSET:
            field_dict["bill_to_organization"] = bill_to_organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gln = d.pop("gln", UNSET)

        withhold_billing = d.pop("withhold_billing", UNSET)

        _bill_to_organization = d.pop("bill_to_organization", UNSET)
        bill_to_organization: UUID | Unset
        if isinstance(_bill_to_organization, Unset):
            bill_to_organization = UNSET
        else:
            bill_to_organization = UUID(_bill_to_organization)

        billing_options = cls(
            gln=gln,
            withhold_billing=withhold_billing,
            bill_to_organization=bill_to_organization,
        )

        billing_options.additional_properties = d
        return billing_options

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
