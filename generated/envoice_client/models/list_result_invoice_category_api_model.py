from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i_error_info import IErrorInfo
    from ..models.invoice_category_api_model import InvoiceCategoryApiModel


T = TypeVar("T", bound="ListResultInvoiceCategoryApiModel")


@_attrs_define
class ListResultInvoiceCategoryApiModel:
    """
    Attributes:
        count (int | None | Unset):
        error_messages (list[IErrorInfo] | None | Unset):
        is_faulted (bool | None | Unset):
        result (list[InvoiceCategoryApiModel] | None | Unset):
        total_count (int | None | Unset):
    """

    count: int | None | Unset = UNSET
    error_messages: list[IErrorInfo] | None | Unset = UNSET
    is_faulted: bool | None | Unset = UNSET
    result: list[InvoiceCategoryApiModel] | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        error_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.error_messages, Unset):
            error_messages = UNSET
        elif isinstance(self.error_messages, list):
            error_messages = []
            for error_messages_type_0_item_data in self.error_messages:
                error_messages_type_0_item = error_messages_type_0_item_data.to_dict()
                error_messages.append(error_messages_type_0_item)

        else:
            error_messages = self.error_messages

        is_faulted: bool | None | Unset
        if isinstance(self.is_faulted, Unset):
            is_faulted = UNSET
        else:
            is_faulted = self.is_faulted

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["Count"] = count
        if error_messages is not UNSET:
            field_dict["ErrorMessages"] = error_messages
        if is_faulted is not UNSET:
            field_dict["IsFaulted"] = is_faulted
        if result is not UNSET:
            field_dict["Result"] = result
        if total_count is not UNSET:
            field_dict["TotalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.i_error_info import IErrorInfo
        from ..models.invoice_category_api_model import InvoiceCategoryApiModel

        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("Count", UNSET))

        def _parse_error_messages(data: object) -> list[IErrorInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_messages_type_0 = []
                _error_messages_type_0 = data
                for error_messages_type_0_item_data in _error_messages_type_0:
                    error_messages_type_0_item = IErrorInfo.from_dict(
                        error_messages_type_0_item_data
                    )

                    error_messages_type_0.append(error_messages_type_0_item)

                return error_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[IErrorInfo] | None | Unset, data)

        error_messages = _parse_error_messages(d.pop("ErrorMessages", UNSET))

        def _parse_is_faulted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_faulted = _parse_is_faulted(d.pop("IsFaulted", UNSET))

        def _parse_result(data: object) -> list[InvoiceCategoryApiModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for result_type_0_item_data in _result_type_0:
                    result_type_0_item = InvoiceCategoryApiModel.from_dict(
                        result_type_0_item_data
                    )

                    result_type_0.append(result_type_0_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceCategoryApiModel] | None | Unset, data)

        result = _parse_result(d.pop("Result", UNSET))

        def _parse_total_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_count = _parse_total_count(d.pop("TotalCount", UNSET))

        list_result_invoice_category_api_model = cls(
            count=count,
            error_messages=error_messages,
            is_faulted=is_faulted,
            result=result,
            total_count=total_count,
        )

        list_result_invoice_category_api_model.additional_properties = d
        return list_result_invoice_category_api_model

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
