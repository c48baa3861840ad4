from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    note_unknown_enum_value,
)
from .change_status_api_model_status_type_1 import ChangeStatusApiModelStatusType1
from .change_status_api_model_status_type_2_type_1 import (
    ChangeStatusApiModelStatusType2Type1,
)
from .change_status_api_model_status_type_3_type_1 import (
    ChangeStatusApiModelStatusType3Type1,
)

_ChangeStatusApiModelStatusType1_BY_VALUE: dict[
    Any, ChangeStatusApiModelStatusType1
] = {m.value: m for m in ChangeStatusApiModelStatusType1}
_ChangeStatusApiModelStatusType2Type1_BY_VALUE: dict[
    Any, ChangeStatusApiModelStatusType2Type1
] = {m.value: m for m in ChangeStatusApiModelStatusType2Type1}
_ChangeStatusApiModelStatusType3Type1_BY_VALUE: dict[
    Any, ChangeStatusApiModelStatusType3Type1
] = {m.value: m for m in ChangeStatusApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "Id",
        "Status",
    }
)


@_attrs_define
class ChangeStatusApiModel:
    """The ChangeStatusApiModel object.

    Attributes:
        id (int | None | Unset)
        status (ChangeStatusApiModelStatusType1 | ChangeStatusApiModelStatusType2Type1 |
        ChangeStatusApiModelStatusType3Type1 | None | Unset)
    """

    id: int | None | Unset = UNSET
    status: (
        ChangeStatusApiModelStatusType1
        | ChangeStatusApiModelStatusType2Type1
        | ChangeStatusApiModelStatusType3Type1
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _id = self.id
        if not isinstance(_id, Unset):
            field_dict["Id"] = _id
        _status = self.status
        if not isinstance(_status, Unset):
            _value5 = _status
            if isinstance(_value5, ChangeStatusApiModelStatusType1):
                field_dict["Status"] = (
                    _value5.value
                    if isinstance(_value5, ChangeStatusApiModelStatusType1)
                    else _value5
                )
            elif isinstance(_value5, ChangeStatusApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value5.value
                    if isinstance(_value5, ChangeStatusApiModelStatusType2Type1)
                    else _value5
                )
            elif isinstance(_value5, ChangeStatusApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value5.value
                    if isinstance(_value5, ChangeStatusApiModelStatusType3Type1)
                    else _value5
                )
            else:
                field_dict["Status"] = _value5
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        id = get("Id", UNSET)
        _status = get("Status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status is None:
                status = None
            else:
                status = _status
                _done1 = False
                if not _done1 and isinstance(_status, str):
                    try:
                        _converted2 = _ChangeStatusApiModelStatusType1_BY_VALUE[_status]
                        status = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_status, str):
                    try:
                        _converted3 = _ChangeStatusApiModelStatusType2Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted3
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_status, str):
                    try:
                        _converted4 = _ChangeStatusApiModelStatusType3Type1_BY_VALUE[
                            _status
                        ]
                        status = _converted4
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(ChangeStatusApiModelStatusType1, _status)
        obj = cls(id, status)
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
