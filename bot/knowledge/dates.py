"""Dates known to a day, a month or only a year, as the source documents give them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RANGE_SEPARATOR = "/"  # ISO 8601 intervals: `2022-02/2022-03`, `2023/2025`


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose month and day may be unknown; a less precise date sorts first."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"impossible year {self.year}")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"impossible month {self.month}")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(f"impossible day {self.year:04d}-{self.month:02d}-{self.day:02d}")
        # Computed once: lists of thousands of meetings filter on these and sort by the key.
        month = self.month or 12
        object.__setattr__(self, "_key", (self.year, self.month or 0, self.day or 0))
        object.__setattr__(self, "_first", dt.date(self.year, self.month or 1, self.day or 1))
        last_day = self.day or calendar.monthrange(self.year, month)[1]
        object.__setattr__(self, "_last", dt.date(self.year, month, last_day))

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read `2024`, `2024-01`, `2024-01-26` (string, int or date), or a range `2022-02/2022-03`.

        ValueError when impossible; a range gives a `DateRange`.
        """
        if isinstance(value, str) and _RANGE_SEPARATOR in value:
            return DateRange.parse_range(value)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise ValueError(f"not a date: {value!r}")
        if isinstance(value, int):
            return cls(value)
        if not isinstance(value, str):
            raise ValueError(f"not a date: {value!r}")
        match = _ISO_PARTIAL.match(value.strip())
        if not match:
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def human(self) -> str:
        """`14 November 2022`, `March 2023` or `1962`."""
        if self.month is None:
            return str(self.year)
        month = calendar.month_name[self.month]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def first_day(self) -> dt.date:
        return self._first  # type: ignore[attr-defined, no-any-return]

    def last_day(self) -> dt.date:
        return self._last  # type: ignore[attr-defined, no-any-return]

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        """Whether any day this date may be falls within [start, end]."""
        return self.first_day() <= end and self.last_day() >= start

    def month_day(self) -> tuple[int, int] | None:
        if self.month is None or self.day is None:
            return None
        return (self.month, self.day)

    def sort_key(self) -> tuple[int, int, int]:
        return self._key  # type: ignore[attr-defined, no-any-return]

    def __lt__(self, other: PartialDate) -> bool:
        return self._key < other._key  # type: ignore[attr-defined, no-any-return]

    def __le__(self, other: PartialDate) -> bool:
        return self._key <= other._key  # type: ignore[attr-defined, no-any-return]

    def __gt__(self, other: PartialDate) -> bool:
        return self._key > other._key  # type: ignore[attr-defined, no-any-return]

    def __ge__(self, other: PartialDate) -> bool:
        return self._key >= other._key  # type: ignore[attr-defined, no-any-return]

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class DateRange(PartialDate):
    """A span the documents give as a range ("February and March 2022", "2023-2025").

    It is a `PartialDate` for its first day (year, month, day are the start's), so code that sorts
    or shows one date keeps working; `first_day`, `last_day` and `overlaps` cover the whole span.
    """

    end: PartialDate | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        end = self.end
        if end is None:
            raise ValueError("a date range needs an end")
        if end.last_day() < self.first_day() or end.sort_key() <= self.sort_key():
            raise ValueError(f"the range ends ({end.iso()}) before it starts ({self.start.iso()})")
        object.__setattr__(self, "_last", end.last_day())

    @classmethod
    def parse_range(cls, value: str) -> DateRange:
        """Read `START/END`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
        start_text, _, end_text = value.strip().partition(_RANGE_SEPARATOR)
        if _RANGE_SEPARATOR in end_text:
            raise ValueError(f"not a date range (want START/END): {value!r}")
        start, end = PartialDate.parse(start_text), PartialDate.parse(end_text)
        if isinstance(start, DateRange) or isinstance(end, DateRange):
            raise ValueError(f"not a date range (want START/END): {value!r}")
        return cls(start.year, start.month, start.day, end)

    @property
    def start(self) -> PartialDate:
        return PartialDate(self.year, self.month, self.day)

    @property
    def finish(self) -> PartialDate:
        assert self.end is not None
        return self.end

    def iso(self) -> str:
        return f"{self.start.iso()}{_RANGE_SEPARATOR}{self.finish.iso()}"

    def human(self) -> str:
        """`February-March 2022`, `2023-2025`, `9-12 September 2023`."""
        start, end = self.start, self.finish
        if start.year == end.year and start.month is not None and end.month is not None:
            if start.month == end.month and start.day is not None and end.day is not None:
                return f"{start.day}\u2013{end.human()}"
            if start.day is None and end.day is None:
                return f"{calendar.month_name[start.month]}\u2013{end.human()}"
        return f"{start.human()}\u2013{end.human()}"

    def month_day(self) -> tuple[int, int] | None:
        return None  # a span has no one anniversary
