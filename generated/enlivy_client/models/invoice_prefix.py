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
from .invoice_type import InvoiceType

_InvoiceType_BY_VALUE: dict[Any, InvoiceType] = {m.value: m for m in InvoiceType}
_FIELDS = frozenset(
    {
        "id",
        "object",
        "organization_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted_by_user_id",
        "name",
        "alias",
        "description",
        "type",
        "current_number",
        "custom_logo_file_id",
    }
)


@_attrs_define
class InvoicePrefix:
    """A numbering series for invoices.

    Attributes:
        id (str): Record id (`<prefix>_<ksuid>`).
        object_ (str | Unset): Record type name, e.g. `invoice` or `tag`.
        organization_id (str | Unset): Organization that owns the record.
        created_at (str | Unset): Creation time (ISO 8601).
        updated_at (str | Unset): Time of the last change (ISO 8601).
        deleted_at (None | str | Unset): Soft-deletion time; null while the record is active.
        deleted_by_user_id (None | str | Unset): User who deleted the record; null while the
        record is active.
        name (str | Unset): Display name of the series.
        alias (str | Unset): Text printed before the invoice number.
        description (None | str | Unset): Internal note about the series.
        type_ (InvoiceType | Unset): Kind of invoice: a regular invoice, a reversal (credit note)
        or a proforma.
        current_number (float | Unset): Last number used in the series.
        custom_logo_file_id (None | str | Unset): File id of a logo printed on invoices of this
        series.
    """

    id: str
    object_: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    deleted_by_user_id: None | str | Unset = UNSET
    name: str | Unset = UNSET
    alias: str | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: InvoiceType | Unset = UNSET
    current_number: float | Unset = UNSET
    custom_logo_file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        _object_ = self.object_
        if not isinstance(_object_, Unset):
            field_dict["object"] = _object_
        _organization_id = self.organization_id
        if not isinstance(_organization_id, Unset):
            field_dict["organization_id"] = _organization_id
        _created_at = self.created_at
        if not isinstance(_created_at, Unset):
            field_dict["created_at"] = _created_at
        _updated_at = self.updated_at
        if not isinstance(_updated_at, Unset):
            field_dict["updated_at"] = _updated_at
        _deleted_at = self.deleted_at
        if not isinstance(_deleted_at, Unset):
            field_dict["deleted_at"] = _deleted_at
        _deleted_by_user_id = self.deleted_by_user_id
        if not isinstance(_deleted_by_user_id, Unset):
            field_dict["deleted_by_user_id"] = _deleted_by_user_id
        _name = self.name
        if not isinstance(_name, Unset):
            field_dict["name"] = _name
        _alias = self.alias
        if not isinstance(_alias, Unset):
            field_dict["alias"] = _alias
        _description = self.description
        if not isinstance(_description, Unset):
            field_dict["description"] = _description
        _type_ = self.type_
        if not isinstance(_type_, Unset):
            field_dict["type"] = (
                _type_.value if isinstance(_type_, InvoiceType) else _type_
            )
        _current_number = self.current_number
        if not isinstance(_current_number, Unset):
            field_dict["current_number"] = _current_number
        _custom_logo_file_id = self.custom_logo_file_id
        if not isinstance(_custom_logo_file_id, Unset):
            field_dict["custom_logo_file_id"] = _custom_logo_file_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = src_dict["id"]
        object_ = get("object", UNSET)
        organization_id = get("organization_id", UNSET)
        created_at = get("created_at", UNSET)
        updated_at = get("updated_at", UNSET)
        deleted_at = get("deleted_at", UNSET)
        deleted_by_user_id = get("deleted_by_user_id", UNSET)
        name = get("name", UNSET)
        alias = get("alias", UNSET)
        description = get("description", UNSET)
        _type_ = get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            if _type_ in _InvoiceType_BY_VALUE:
                type_ = _InvoiceType_BY_VALUE[_type_]
            else:
                type_ = unknown_enum_value(InvoiceType, _type_)
        current_number = get("current_number", UNSET)
        custom_logo_file_id = get("custom_logo_file_id", UNSET)
        obj = cls(
            id,
            object_,
            organization_id,
            created_at,
            updated_at,
            deleted_at,
            deleted_by_user_id,
            name,
            alias,
            description,
            type_,
            current_number,
            custom_logo_file_id,
        )
        if len(src_dict) > 13 or not _FIELDS.issuperset(src_dict):
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
