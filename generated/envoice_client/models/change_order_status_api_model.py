from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_order_status_api_model_status_type_1 import (
    ChangeOrderStatusApiModelStatusType1,
)
from ..models.change_order_status_api_model_status_type_2_type_1 import (
    ChangeOrderStatusApiModelStatusType2Type1,
)
from ..models.change_order_status_api_model_status_type_3_type_1 import (
    ChangeOrderStatusApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeOrderStatusApiModel")


@_attrs_define
class ChangeOrderStatusApiModel:
    """
    Attributes:
        id (int | None | Unset):
        reason (None | str | Unset):
        status (ChangeOrderStatusApiModelStatusType1 | ChangeOrderStatusApiModelStatusType2Type1 |
            ChangeOrderStatusApiModelStatusType3Type1 | None | Unset):
    """

    id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: (
        ChangeOrderStatusApiModelStatusType1
        | ChangeOrderStatusApiModelStatusType2Type1
        | ChangeOrderStatusApiModelStatusType3Type1
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

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, ChangeOrderStatusApiModelStatusType1)
            or isinstance(self.status, ChangeOrderStatusApiModelStatusType2Type1)
            or isinstance(self.status, ChangeOrderStatusApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if reason is not UNSET:
            field_dict["Reason"] = reason
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

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("Reason", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            ChangeOrderStatusApiModelStatusType1
            | ChangeOrderStatusApiModelStatusType2Type1
            | ChangeOrderStatusApiModelStatusType3Type1
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
                status_type_1 = ChangeOrderStatusApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = ChangeOrderStatusApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = ChangeOrderStatusApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChangeOrderStatusApiModelStatusType1
                | ChangeOrderStatusApiModelStatusType2Type1
                | ChangeOrderStatusApiModelStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        change_order_status_api_model = cls(
            id=id,
            reason=reason,
            status=status,
        )

        change_order_status_api_model.additional_properties = d
        return change_order_status_api_model

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
