from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_status_api_model_status_type_1 import (
    ChangeStatusApiModelStatusType1,
)
from ..models.change_status_api_model_status_type_2_type_1 import (
    ChangeStatusApiModelStatusType2Type1,
)
from ..models.change_status_api_model_status_type_3_type_1 import (
    ChangeStatusApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeStatusApiModel")


@_attrs_define
class ChangeStatusApiModel:
    """
    Attributes:
        id (int | None | Unset):
        status (ChangeStatusApiModelStatusType1 | ChangeStatusApiModelStatusType2Type1 |
            ChangeStatusApiModelStatusType3Type1 | None | Unset):
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, ChangeStatusApiModelStatusType1)
            or isinstance(self.status, ChangeStatusApiModelStatusType2Type1)
            or isinstance(self.status, ChangeStatusApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            ChangeStatusApiModelStatusType1
            | ChangeStatusApiModelStatusType2Type1
            | ChangeStatusApiModelStatusType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ChangeStatusApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = ChangeStatusApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = ChangeStatusApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChangeStatusApiModelStatusType1
                | ChangeStatusApiModelStatusType2Type1
                | ChangeStatusApiModelStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        change_status_api_model = cls(
            id=id,
            status=status,
        )

        change_status_api_model.additional_properties = d
        return change_status_api_model

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
