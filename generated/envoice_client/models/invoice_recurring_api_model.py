from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_recurring_api_model_day_of_week_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType1,
)
from ..models.invoice_recurring_api_model_day_of_week_type_2_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType2Type1,
)
from ..models.invoice_recurring_api_model_day_of_week_type_3_type_1 import (
    InvoiceRecurringApiModelDayOfWeekType3Type1,
)
from ..models.invoice_recurring_api_model_recurrance_pattern_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType1,
)
from ..models.invoice_recurring_api_model_recurrance_pattern_type_2_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType2Type1,
)
from ..models.invoice_recurring_api_model_recurrance_pattern_type_3_type_1 import (
    InvoiceRecurringApiModelRecurrancePatternType3Type1,
)
from ..models.invoice_recurring_api_model_status_type_1 import (
    InvoiceRecurringApiModelStatusType1,
)
from ..models.invoice_recurring_api_model_status_type_2_type_1 import (
    InvoiceRecurringApiModelStatusType2Type1,
)
from ..models.invoice_recurring_api_model_status_type_3_type_1 import (
    InvoiceRecurringApiModelStatusType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceRecurringApiModel")


@_attrs_define
class InvoiceRecurringApiModel:
    """
    Attributes:
        day_of_month (int | None | Unset):
        day_of_week (InvoiceRecurringApiModelDayOfWeekType1 | InvoiceRecurringApiModelDayOfWeekType2Type1 |
            InvoiceRecurringApiModelDayOfWeekType3Type1 | None | Unset):
        due_date_in_days (int | None | Unset):
        end_of_recurrance (datetime.datetime | None | Unset):
        month (int | None | Unset):
        recurrance_pattern (InvoiceRecurringApiModelRecurrancePatternType1 |
            InvoiceRecurringApiModelRecurrancePatternType2Type1 | InvoiceRecurringApiModelRecurrancePatternType3Type1 | None
            | Unset):
        recurrance_value (int | None | Unset):
        start_of_recurrance (datetime.datetime | None | Unset):
        status (InvoiceRecurringApiModelStatusType1 | InvoiceRecurringApiModelStatusType2Type1 |
            InvoiceRecurringApiModelStatusType3Type1 | None | Unset):
        title (None | str | Unset):
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
        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        elif (
            isinstance(self.day_of_week, InvoiceRecurringApiModelDayOfWeekType1)
            or isinstance(self.day_of_week, InvoiceRecurringApiModelDayOfWeekType2Type1)
            or isinstance(self.day_of_week, InvoiceRecurringApiModelDayOfWeekType3Type1)
        ):
            day_of_week = self.day_of_week.value
        else:
            day_of_week = self.day_of_week

        due_date_in_days: int | None | Unset
        if isinstance(self.due_date_in_days, Unset):
            due_date_in_days = UNSET
        else:
            due_date_in_days = self.due_date_in_days

        end_of_recurrance: None | str | Unset
        if isinstance(self.end_of_recurrance, Unset):
            end_of_recurrance = UNSET
        elif isinstance(self.end_of_recurrance, datetime.datetime):
            end_of_recurrance = self.end_of_recurrance.isoformat()
        else:
            end_of_recurrance = self.end_of_recurrance

        month: int | None | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        recurrance_pattern: None | str | Unset
        if isinstance(self.recurrance_pattern, Unset):
            recurrance_pattern = UNSET
        elif (
            isinstance(
                self.recurrance_pattern, InvoiceRecurringApiModelRecurrancePatternType1
            )
            or isinstance(
                self.recurrance_pattern,
                InvoiceRecurringApiModelRecurrancePatternType2Type1,
            )
            or isinstance(
                self.recurrance_pattern,
                InvoiceRecurringApiModelRecurrancePatternType3Type1,
            )
        ):
            recurrance_pattern = self.recurrance_pattern.value
        else:
            recurrance_pattern = self.recurrance_pattern

        recurrance_value: int | None | Unset
        if isinstance(self.recurrance_value, Unset):
            recurrance_value = UNSET
        else:
            recurrance_value = self.recurrance_value

        start_of_recurrance: None | str | Unset
        if isinstance(self.start_of_recurrance, Unset):
            start_of_recurrance = UNSET
        elif isinstance(self.start_of_recurrance, datetime.datetime):
            start_of_recurrance = self.start_of_recurrance.isoformat()
        else:
            start_of_recurrance = self.start_of_recurrance

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif (
            isinstance(self.status, InvoiceRecurringApiModelStatusType1)
            or isinstance(self.status, InvoiceRecurringApiModelStatusType2Type1)
            or isinstance(self.status, InvoiceRecurringApiModelStatusType3Type1)
        ):
            status = self.status.value
        else:
            status = self.status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_month is not UNSET:
            field_dict["DayOfMonth"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["DayOfWeek"] = day_of_week
        if due_date_in_days is not UNSET:
            field_dict["DueDateInDays"] = due_date_in_days
        if end_of_recurrance is not UNSET:
            field_dict["EndOfRecurrance"] = end_of_recurrance
        if month is not UNSET:
            field_dict["Month"] = month
        if recurrance_pattern is not UNSET:
            field_dict["RecurrancePattern"] = recurrance_pattern
        if recurrance_value is not UNSET:
            field_dict["RecurranceValue"] = recurrance_value
        if start_of_recurrance is not UNSET:
            field_dict["StartOfRecurrance"] = start_of_recurrance
        if status is not UNSET:
            field_dict["Status"] = status
        if title is not UNSET:
            field_dict["Title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("DayOfMonth", UNSET))

        def _parse_day_of_week(
            data: object,
        ) -> (
            InvoiceRecurringApiModelDayOfWeekType1
            | InvoiceRecurringApiModelDayOfWeekType2Type1
            | InvoiceRecurringApiModelDayOfWeekType3Type1
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
                day_of_week_type_1 = InvoiceRecurringApiModelDayOfWeekType1(data)

                return day_of_week_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_of_week_type_2_type_1 = InvoiceRecurringApiModelDayOfWeekType2Type1(
                    data
                )

                return day_of_week_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_of_week_type_3_type_1 = InvoiceRecurringApiModelDayOfWeekType3Type1(
                    data
                )

                return day_of_week_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceRecurringApiModelDayOfWeekType1
                | InvoiceRecurringApiModelDayOfWeekType2Type1
                | InvoiceRecurringApiModelDayOfWeekType3Type1
                | None
                | Unset,
                data,
            )

        day_of_week = _parse_day_of_week(d.pop("DayOfWeek", UNSET))

        def _parse_due_date_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_date_in_days = _parse_due_date_in_days(d.pop("DueDateInDays", UNSET))

        def _parse_end_of_recurrance(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_of_recurrance_type_0 = datetime.datetime.fromisoformat(data)

                return end_of_recurrance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_of_recurrance = _parse_end_of_recurrance(d.pop("EndOfRecurrance", UNSET))

        def _parse_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        month = _parse_month(d.pop("Month", UNSET))

        def _parse_recurrance_pattern(
            data: object,
        ) -> (
            InvoiceRecurringApiModelRecurrancePatternType1
            | InvoiceRecurringApiModelRecurrancePatternType2Type1
            | InvoiceRecurringApiModelRecurrancePatternType3Type1
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
                recurrance_pattern_type_1 = (
                    InvoiceRecurringApiModelRecurrancePatternType1(data)
                )

                return recurrance_pattern_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recurrance_pattern_type_2_type_1 = (
                    InvoiceRecurringApiModelRecurrancePatternType2Type1(data)
                )

                return recurrance_pattern_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recurrance_pattern_type_3_type_1 = (
                    InvoiceRecurringApiModelRecurrancePatternType3Type1(data)
                )

                return recurrance_pattern_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceRecurringApiModelRecurrancePatternType1
                | InvoiceRecurringApiModelRecurrancePatternType2Type1
                | InvoiceRecurringApiModelRecurrancePatternType3Type1
                | None
                | Unset,
                data,
            )

        recurrance_pattern = _parse_recurrance_pattern(
            d.pop("RecurrancePattern", UNSET)
        )

        def _parse_recurrance_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recurrance_value = _parse_recurrance_value(d.pop("RecurranceValue", UNSET))

        def _parse_start_of_recurrance(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_of_recurrance_type_0 = datetime.datetime.fromisoformat(data)

                return start_of_recurrance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_of_recurrance = _parse_start_of_recurrance(
            d.pop("StartOfRecurrance", UNSET)
        )

        def _parse_status(
            data: object,
        ) -> (
            InvoiceRecurringApiModelStatusType1
            | InvoiceRecurringApiModelStatusType2Type1
            | InvoiceRecurringApiModelStatusType3Type1
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
                status_type_1 = InvoiceRecurringApiModelStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = InvoiceRecurringApiModelStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = InvoiceRecurringApiModelStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvoiceRecurringApiModelStatusType1
                | InvoiceRecurringApiModelStatusType2Type1
                | InvoiceRecurringApiModelStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("Title", UNSET))

        invoice_recurring_api_model = cls(
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            due_date_in_days=due_date_in_days,
            end_of_recurrance=end_of_recurrance,
            month=month,
            recurrance_pattern=recurrance_pattern,
            recurrance_value=recurrance_value,
            start_of_recurrance=start_of_recurrance,
            status=status,
            title=title,
        )

        invoice_recurring_api_model.additional_properties = d
        return invoice_recurring_api_model

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
