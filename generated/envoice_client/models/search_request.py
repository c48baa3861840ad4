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
from .search_request_order_type_1 import SearchRequestOrderType1
from .search_request_order_type_2_type_1 import SearchRequestOrderType2Type1
from .search_request_order_type_3_type_1 import SearchRequestOrderType3Type1

_SearchRequestOrderType1_BY_VALUE: dict[Any, SearchRequestOrderType1] = {
    m.value: m for m in SearchRequestOrderType1
}
_SearchRequestOrderType2Type1_BY_VALUE: dict[Any, SearchRequestOrderType2Type1] = {
    m.value: m for m in SearchRequestOrderType2Type1
}
_SearchRequestOrderType3Type1_BY_VALUE: dict[Any, SearchRequestOrderType3Type1] = {
    m.value: m for m in SearchRequestOrderType3Type1
}
_FIELDS = frozenset(
    {
        "Order",
        "OrderBy",
        "Page",
        "PageSize",
        "Query",
    }
)


@_attrs_define
class SearchRequest:
    """The SearchRequest object.

    Attributes:
        order (None | SearchRequestOrderType1 | SearchRequestOrderType2Type1 |
        SearchRequestOrderType3Type1 | Unset)
        order_by (None | str | Unset)
        page (int | None | Unset)
        page_size (int | None | Unset)
        query (None | str | Unset)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _order = self.order
        if not isinstance(_order, Unset):
            _value5 = _order
            if isinstance(_value5, SearchRequestOrderType1):
                field_dict["Order"] = (
                    _value5.value
                    if isinstance(_value5, SearchRequestOrderType1)
                    else _value5
                )
            elif isinstance(_value5, SearchRequestOrderType2Type1):
                field_dict["Order"] = (
                    _value5.value
                    if isinstance(_value5, SearchRequestOrderType2Type1)
                    else _value5
                )
            elif isinstance(_value5, SearchRequestOrderType3Type1):
                field_dict["Order"] = (
                    _value5.value
                    if isinstance(_value5, SearchRequestOrderType3Type1)
                    else _value5
                )
            else:
                field_dict["Order"] = _value5
        _order_by = self.order_by
        if not isinstance(_order_by, Unset):
            field_dict["OrderBy"] = _order_by
        _page = self.page
        if not isinstance(_page, Unset):
            field_dict["Page"] = _page
        _page_size = self.page_size
        if not isinstance(_page_size, Unset):
            field_dict["PageSize"] = _page_size
        _query = self.query
        if not isinstance(_query, Unset):
            field_dict["Query"] = _query
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        _order = get("Order", UNSET)
        if _order is UNSET:
            order = UNSET
        else:
            if _order is None:
                order = None
            else:
                order = _order
                _done1 = False
                if not _done1 and isinstance(_order, str):
                    try:
                        _converted2 = _SearchRequestOrderType1_BY_VALUE[_order]
                        order = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_order, str):
                    try:
                        _converted3 = _SearchRequestOrderType2Type1_BY_VALUE[_order]
                        order = _converted3
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_order, str):
                    try:
                        _converted4 = _SearchRequestOrderType3Type1_BY_VALUE[_order]
                        order = _converted4
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(SearchRequestOrderType1, _order)
        order_by = get("OrderBy", UNSET)
        page = get("Page", UNSET)
        page_size = get("PageSize", UNSET)
        query = get("Query", UNSET)
        obj = cls(order, order_by, page, page_size, query)
        if len(src_dict) > 5 or not _FIELDS.issuperset(src_dict):
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
