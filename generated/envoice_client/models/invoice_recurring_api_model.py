from __future__ import annotations

import datetime
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
from .invoice_recurring_api_model_day_of_week_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType1,
)
from .invoice_recurring_api_model_day_of_week_type_2_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType2Type1,
)
from .invoice_recurring_api_model_day_of_week_type_3_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType3Type1,
)
from .invoice_recurring_api_model_recurrance_pattern_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType1,
)
from .invoice_recurring_api_model_recurrance_pattern_type_2_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType2Type1,
)
from .invoice_recurring_api_model_recurrance_pattern_type_3_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType3Type1,
)
from .invoice_recurring_api_model_status_type_1 import (
    InvoiceRecurringApiModelStatusType1,
)
from .invoice_recurring_api_model_status_type_2_type_1 import (
    InvoiceRecurringApiModelStatusType2Type1,
)
from .invoice_recurring_api_model_status_type_3_type_1 import (
    InvoiceRecurringApiModelStatusType3Type1,
)

_InvoiceRecurringApiModelDayOfWeekType1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelDayOfWeekType1
] = {m.value: m for m in InvoiceRecurringApiModelDayOfWeekType1}
_InvoiceRecurringApiModelDayOfWeekType2Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelDayOfWeekType2Type1
] = {m.value: m for m in InvoiceRecurringApiModelDayOfWeekType2Type1}
_InvoiceRecurringApiModelDayOfWeekType3Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelDayOfWeekType3Type1
] = {m.value: m for m in InvoiceRecurringApiModelDayOfWeekType3Type1}
_InvoiceRecurringApiModelRecurrancePatternType1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelRecurrancePatternType1
] = {m.value: m for m in InvoiceRecurringApiModelRecurrancePatternType1}
_InvoiceRecurringApiModelRecurrancePatternType2Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelRecurrancePatternType2Type1
] = {m.value: m for m in InvoiceRecurringApiModelRecurrancePatternType2Type1}
_InvoiceRecurringApiModelRecurrancePatternType3Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelRecurrancePatternType3Type1
] = {m.value: m for m in InvoiceRecurringApiModelRecurrancePatternType3Type1}
_InvoiceRecurringApiModelStatusType1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelStatusType1
] = {m.value: m for m in InvoiceRecurringApiModelStatusType1}
_InvoiceRecurringApiModelStatusType2Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelStatusType2Type1
] = {m.value: m for m in InvoiceRecurringApiModelStatusType2Type1}
_InvoiceRecurringApiModelStatusType3Type1_BY_VALUE: dict[
    Any, InvoiceRecurringApiModelStatusType3Type1
] = {m.value: m for m in InvoiceRecurringApiModelStatusType3Type1}
_FIELDS = frozenset(
    {
        "DayOfMonth",
        "DayOfWeek",
        "DueDateInDays",
        "EndOfRecurrance",
        "Month",
        "RecurrancePattern",
        "RecurranceValue",
        "StartOfRecurrance",
        "Status",
        "Title",
    }
)


@_attrs_define
class InvoiceRecurringApiModel:
    """The InvoiceRecurringApiModel object.

    Attributes:
        day_of_month (int | None | Unset)
        day_of_week (InvoiceRecurringApiModelDayOfWeekType1 |
        InvoiceRecurringApiModelDayOfWeekType2Type1 | InvoiceRecurringApiModelDayOfWeekType3Type1
        | None | Unset)
        due_date_in_days (int | None | Unset)
        end_of_recurrance (datetime.datetime | None | Unset)
        month (int | None | Unset)
        recurrance_pattern (InvoiceRecurringApiModelRecurrancePatternType1 |
        InvoiceRecurringApiModelRecurrancePatternType2Type1 |
        InvoiceRecurringApiModelRecurrancePatternType3Type1 | None | Unset)
        recurrance_value (int | None | Unset)
        start_of_recurrance (datetime.datetime | None | Unset)
        status (InvoiceRecurringApiModelStatusType1 | InvoiceRecurringApiModelStatusType2Type1 |
        InvoiceRecurringApiModelStatusType3Type1 | None | Unset)
        title (None | str | Unset)
    """

    day_of_month: int | None | Unset = UNSET
    day_of_week: (
        InvoiceRecurringApiModelDayOfWeekType1
        | InvoiceRecurringApiModelDayOfWeekType2Type1
        | InvoiceRecurringApiModelDayOfWeekType3Type1
        | None
        | Unset
    ) = UNSET
    due_date_in_days: int | None | Unset = UNSET
    end_of_recurrance: datetime.datetime | None | Unset = UNSET
    month: int | None | Unset = UNSET
    recurrance_pattern: (
        InvoiceRecurringApiModelRecurrancePatternType1
        | InvoiceRecurringApiModelRecurrancePatternType2Type1
        | InvoiceRecurringApiModelRecurrancePatternType3Type1
        | None
        | Unset
    ) = UNSET
    recurrance_value: int | None | Unset = UNSET
    start_of_recurrance: datetime.datetime | None | Unset = UNSET
    status: (
        InvoiceRecurringApiModelStatusType1
        | InvoiceRecurringApiModelStatusType2Type1
        | InvoiceRecurringApiModelStatusType3Type1
        | None
        | Unset
    ) = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        _day_of_month = self.day_of_month
        if not isinstance(_day_of_month, Unset):
            field_dict["DayOfMonth"] = _day_of_month
        _day_of_week = self.day_of_week
        if not isinstance(_day_of_week, Unset):
            _value17 = _day_of_week
            if isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType1):
                field_dict["DayOfWeek"] = (
                    _value17.value
                    if isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType1)
                    else _value17
                )
            elif isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType2Type1):
                field_dict["DayOfWeek"] = (
                    _value17.value
                    if isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType2Type1)
                    else _value17
                )
            elif isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType3Type1):
                field_dict["DayOfWeek"] = (
                    _value17.value
                    if isinstance(_value17, InvoiceRecurringApiModelDayOfWeekType3Type1)
                    else _value17
                )
            else:
                field_dict["DayOfWeek"] = _value17
        _due_date_in_days = self.due_date_in_days
        if not isinstance(_due_date_in_days, Unset):
            field_dict["DueDateInDays"] = _due_date_in_days
        _end_of_recurrance = self.end_of_recurrance
        if not isinstance(_end_of_recurrance, Unset):
            _value18 = _end_of_recurrance
            if isinstance(_value18, datetime.datetime):
                field_dict["EndOfRecurrance"] = _value18.isoformat()
            else:
                field_dict["EndOfRecurrance"] = _value18
        _month = self.month
        if not isinstance(_month, Unset):
            field_dict["Month"] = _month
        _recurrance_pattern = self.recurrance_pattern
        if not isinstance(_recurrance_pattern, Unset):
            _value19 = _recurrance_pattern
            if isinstance(_value19, InvoiceRecurringApiModelRecurrancePatternType1):
                field_dict["RecurrancePattern"] = (
                    _value19.value
                    if isinstance(
                        _value19, InvoiceRecurringApiModelRecurrancePatternType1
                    )
                    else _value19
                )
            elif isinstance(
                _value19, InvoiceRecurringApiModelRecurrancePatternType2Type1
            ):
                field_dict["RecurrancePattern"] = (
                    _value19.value
                    if isinstance(
                        _value19, InvoiceRecurringApiModelRecurrancePatternType2Type1
                    )
                    else _value19
                )
            elif isinstance(
                _value19, InvoiceRecurringApiModelRecurrancePatternType3Type1
            ):
                field_dict["RecurrancePattern"] = (
                    _value19.value
                    if isinstance(
                        _value19, InvoiceRecurringApiModelRecurrancePatternType3Type1
                    )
                    else _value19
                )
            else:
                field_dict["RecurrancePattern"] = _value19
        _recurrance_value = self.recurrance_value
        if not isinstance(_recurrance_value, Unset):
            field_dict["RecurranceValue"] = _recurrance_value
        _start_of_recurrance = self.start_of_recurrance
        if not isinstance(_start_of_recurrance, Unset):
            _value20 = _start_of_recurrance
            if isinstance(_value20, datetime.datetime):
                field_dict["StartOfRecurrance"] = _value20.isoformat()
            else:
                field_dict["StartOfRecurrance"] = _value20
        _status = self.status
        if not isinstance(_status, Unset):
            _value21 = _status
            if isinstance(_value21, InvoiceRecurringApiModelStatusType1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, InvoiceRecurringApiModelStatusType1)
                    else _value21
                )
            elif isinstance(_value21, InvoiceRecurringApiModelStatusType2Type1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, InvoiceRecurringApiModelStatusType2Type1)
                    else _value21
                )
            elif isinstance(_value21, InvoiceRecurringApiModelStatusType3Type1):
                field_dict["Status"] = (
                    _value21.value
                    if isinstance(_value21, InvoiceRecurringApiModelStatusType3Type1)
                    else _value21
                )
            else:
                field_dict["Status"] = _value21
        _title = self.title
        if not isinstance(_title, Unset):
            field_dict["Title"] = _title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        get = src_dict.get
        day_of_month = get("DayOfMonth", UNSET)
        _day_of_week = get("DayOfWeek", UNSET)
        if _day_of_week is UNSET:
            day_of_week = UNSET
        else:
            if _day_of_week is None:
                day_of_week = None
            else:
                day_of_week = _day_of_week
                _done1 = False
                if not _done1 and isinstance(_day_of_week, str):
                    try:
                        _converted2 = _InvoiceRecurringApiModelDayOfWeekType1_BY_VALUE[
                            _day_of_week
                        ]
                        day_of_week = _converted2
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_day_of_week, str):
                    try:
                        _converted3 = (
                            _InvoiceRecurringApiModelDayOfWeekType2Type1_BY_VALUE[
                                _day_of_week
                            ]
                        )
                        day_of_week = _converted3
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1 and isinstance(_day_of_week, str):
                    try:
                        _converted4 = (
                            _InvoiceRecurringApiModelDayOfWeekType3Type1_BY_VALUE[
                                _day_of_week
                            ]
                        )
                        day_of_week = _converted4
                        _done1 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done1:
                    note_unknown_enum_value(
                        InvoiceRecurringApiModelDayOfWeekType1, _day_of_week
                    )
        due_date_in_days = get("DueDateInDays", UNSET)
        _end_of_recurrance = get("EndOfRecurrance", UNSET)
        if _end_of_recurrance is UNSET:
            end_of_recurrance = UNSET
        else:
            if _end_of_recurrance is None:
                end_of_recurrance = None
            else:
                end_of_recurrance = _end_of_recurrance
                if isinstance(_end_of_recurrance, str):
                    try:
                        _converted6 = datetime.datetime.fromisoformat(
                            _end_of_recurrance
                        )
                        end_of_recurrance = _converted6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        month = get("Month", UNSET)
        _recurrance_pattern = get("RecurrancePattern", UNSET)
        if _recurrance_pattern is UNSET:
            recurrance_pattern = UNSET
        else:
            if _recurrance_pattern is None:
                recurrance_pattern = None
            else:
                recurrance_pattern = _recurrance_pattern
                _done7 = False
                if not _done7 and isinstance(_recurrance_pattern, str):
                    try:
                        _converted8 = (
                            _InvoiceRecurringApiModelRecurrancePatternType1_BY_VALUE[
                                _recurrance_pattern
                            ]
                        )
                        recurrance_pattern = _converted8
                        _done7 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done7 and isinstance(_recurrance_pattern, str):
                    try:
                        _converted9 = _InvoiceRecurringApiModelRecurrancePatternType2Type1_BY_VALUE[
                            _recurrance_pattern
                        ]
                        recurrance_pattern = _converted9
                        _done7 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done7 and isinstance(_recurrance_pattern, str):
                    try:
                        _converted10 = _InvoiceRecurringApiModelRecurrancePatternType3Type1_BY_VALUE[
                            _recurrance_pattern
                        ]
                        recurrance_pattern = _converted10
                        _done7 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done7:
                    note_unknown_enum_value(
                        InvoiceRecurringApiModelRecurrancePatternType1,
                        _recurrance_pattern,
                    )
        recurrance_value = get("RecurranceValue", UNSET)
        _start_of_recurrance = get("StartOfRecurrance", UNSET)
        if _start_of_recurrance is UNSET:
            start_of_recurrance = UNSET
        else:
            if _start_of_recurrance is None:
                start_of_recurrance = None
            else:
                start_of_recurrance = _start_of_recurrance
                if isinstance(_start_of_recurrance, str):
                    try:
                        _converted12 = datetime.datetime.fromisoformat(
                            _start_of_recurrance
                        )
                        start_of_recurrance = _converted12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
        _status = get("Status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            if _status is None:
                status = None
            else:
                status = _status
                _done13 = False
                if not _done13 and isinstance(_status, str):
                    try:
                        _converted14 = _InvoiceRecurringApiModelStatusType1_BY_VALUE[
                            _status
                        ]
                        status = _converted14
                        _done13 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done13 and isinstance(_status, str):
                    try:
                        _converted15 = (
                            _InvoiceRecurringApiModelStatusType2Type1_BY_VALUE[_status]
                        )
                        status = _converted15
                        _done13 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done13 and isinstance(_status, str):
                    try:
                        _converted16 = (
                            _InvoiceRecurringApiModelStatusType3Type1_BY_VALUE[_status]
                        )
                        status = _converted16
                        _done13 = True
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not _done13:
                    note_unknown_enum_value(
                        InvoiceRecurringApiModelStatusType1, _status
                    )
        title = get("Title", UNSET)
        obj = cls(
            day_of_month,
            day_of_week,
            due_date_in_days,
            end_of_recurrance,
            month,
            recurrance_pattern,
            recurrance_value,
            start_of_recurrance,
            status,
            title,
        )
        if len(src_dict) > 10 or not _FIELDS.issuperset(src_dict):
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
