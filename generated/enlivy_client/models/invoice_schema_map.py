from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSchemaMap")


@_attrs_define
class InvoiceSchemaMap:
    """Codes used when the invoice is exported to e-invoicing formats.

    Attributes:
        classification_identifier_cpv (str | Unset): CPV classification code of the item.
        peppol_billing_unit_code (str | Unset): Unit code used in PEPPOL documents (e.g. `H87` for piece).
    """

    classification_identifier_cpv: str | Unset = UNSET
    peppol_billing_unit_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classification_identifier_cpv = self.classification_identifier_cpv

        peppol_billing_unit_code = self.peppol_billing_unit_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_identifier_cpv is not UNSET:
            field_dict["classification_identifier_cpv"] = classification_identifier_cpv
        if peppol_billing_unit_code is not UNSET:
            field_dict["peppol_billing_unit_code"] = peppol_billing_unit_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        classification_identifier_cpv = d.pop("classification_identifier_cpv", UNSET)

        peppol_billing_unit_code = d.pop("peppol_billing_unit_code", UNSET)

        invoice_schema_map = cls(
            classification_identifier_cpv=classification_identifier_cpv,
            peppol_billing_unit_code=peppol_billing_unit_code,
        )

        invoice_schema_map.additional_properties = d
        return invoice_schema_map

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
