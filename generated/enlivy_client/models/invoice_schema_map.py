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

_FIELDS = frozenset(
    {
        "classification_identifier_cpv",
        "peppol_billing_unit_code",
    }
)


@_attrs_define
class InvoiceSchemaMap:
    """Codes used when the invoice is exported to e-invoicing formats.

    Attributes:
        classification_identifier_cpv (str | Unset): CPV classification code of the item.
        peppol_billing_unit_code (str | Unset): Unit code used in PEPPOL documents (e.g. `H87`
        for piece).
    """

    classification_identifier_cpv: str | Unset = UNSET
    peppol_billing_unit_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _classification_identifier_cpv = self.classification_identifier_cpv
        if not isinstance(_classification_identifier_cpv, Unset):
            field_dict["classification_identifier_cpv"] = _classification_identifier_cpv
        _peppol_billing_unit_code = self.peppol_billing_unit_code
        if not isinstance(_peppol_billing_unit_code, Unset):
            field_dict["peppol_billing_unit_code"] = _peppol_billing_unit_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        classification_identifier_cpv = get("classification_identifier_cpv", UNSET)
        peppol_billing_unit_code = get("peppol_billing_unit_code", UNSET)
        obj = cls(classification_identifier_cpv, peppol_billing_unit_code)
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
