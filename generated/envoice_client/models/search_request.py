from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_request_order_type_1 import SearchRequestOrderType1
from ..models.search_request_order_type_2_type_1 import SearchRequestOrderType2Type1
from ..models.search_request_order_type_3_type_1 import SearchRequestOrderType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """
    Attributes:
        order (None | SearchRequestOrderType1 | SearchRequestOrderType2Type1 | SearchRequestOrderType3Type1 | Unset):
        order_by (None | str | Unset):
        page (int | None | Unset):
        page_size (int | None | Unset):
        query (None | str | Unset):
    """

    order: (
        None
        | SearchRequestOrderType1
        | SearchRequestOrderType2Type1
        | SearchRequestOrderType3Type1
        | Unset
    ) = UNSET
    order_by: None | str | Unset = UNSET
    page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    query: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: None | str | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif (
            isinstance(self.order, SearchRequestOrderType1)
            or isinstance(self.order, SearchRequestOrderType2Type1)
            or isinstance(self.order, SearchRequestOrderType3Type1)
        ):
            order = self.order.value
        else:
            order = self.order

        order_by: None | str | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        else:
            order_by = self.order_by

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["Order"] = order
        if order_by is not UNSET:
            field_dict["OrderBy"] = order_by
        if page is not UNSET:
            field_dict["Page"] = page
        if page_size is not UNSET:
            field_dict["PageSize"] = page_size
        if query is not UNSET:
            field_dict["Query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_order(
            data: object,
        ) -> (
            None
            | SearchRequestOrderType1
            | SearchRequestOrderType2Type1
            | SearchRequestOrderType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_type_1 = SearchRequestOrderType1(data)

                return order_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_type_2_type_1 = SearchRequestOrderType2Type1(data)

                return order_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_type_3_type_1 = SearchRequestOrderType3Type1(data)

                return order_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | SearchRequestOrderType1
                | SearchRequestOrderType2Type1
                | SearchRequestOrderType3Type1
                | Unset,
                data,
            )

        order = _parse_order(d.pop("Order", UNSET))

        def _parse_order_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_by = _parse_order_by(d.pop("OrderBy", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("Page", UNSET))

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_size = _parse_page_size(d.pop("PageSize", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("Query", UNSET))

        search_request = cls(
            order=order,
            order_by=order_by,
            page=page,
            page_size=page_size,
            query=query,
        )

        search_request.additional_properties = d
        return search_request

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
