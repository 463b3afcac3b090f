"""Reporting periods: months, calendar quarters, fiscal quarters and "cumulative since the start".

A fiscal year is named after the calendar year it ends in (the US federal FY2026 runs from
1 October 2025 to 30 September 2026); its start month is a program setting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PROGRAM_BEGINNING = dt.date(1900, 1, 1)


def _month_start(year: int, month: int) -> dt.date:
    """The first day of a month, with months beyond 12 or below 1 rolling into other years."""
    year += (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """A closed range of dates ``start`` .. ``end`` with a label such as ``2026Q3``."""

    label: str
    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period {self.label} ends before it starts")

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def description(self) -> str:
        """The range in words, for a report's cover."""
        if self.start == PROGRAM_BEGINNING:
            return f"Cumulative, through {self.end:%d %B %Y}"
        return f"{self.start:%d %B %Y} to {self.end:%d %B %Y}"

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1-12, not {month}")
        start = dt.date(year, month, 1)
        return cls(f"{year}-{month:02d}", start, _month_start(year, month + 1) - dt.timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1-4, not {quarter}")
        start = dt.date(year, 3 * quarter - 2, 1)
        next_start = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
        return cls(f"{year}Q{quarter}", start, next_start - dt.timedelta(days=1))

    @classmethod
    def fiscal_quarter(cls, fiscal_year: int, quarter: int, start_month: int) -> Period:
        """Quarter ``quarter`` of the fiscal year that ends in ``fiscal_year`` and begins in ``start_month``."""
        if quarter not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1-4, not {quarter}")
        if not 1 <= start_month <= 12:
            raise ValueError(f"the fiscal year's start month must be 1-12, not {start_month}")
        first_year = fiscal_year if start_month == 1 else fiscal_year - 1
        start = _month_start(first_year, start_month + 3 * (quarter - 1))
        end = _month_start(first_year, start_month + 3 * quarter) - dt.timedelta(days=1)
        return cls(f"FY{fiscal_year}Q{quarter}", start, end)

    @classmethod
    def fiscal_year(cls, fiscal_year: int, start_month: int) -> Period:
        first = cls.fiscal_quarter(fiscal_year, 1, start_month)
        last = cls.fiscal_quarter(fiscal_year, 4, start_month)
        return cls(f"FY{fiscal_year}", first.start, last.end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def cumulative(cls, through: dt.date | None = None) -> Period:
        """Everything since the program began, through ``through`` (default today)."""
        end = through or dt.date.today()
        return cls(f"cumulative to {end.isoformat()}", PROGRAM_BEGINNING, end)

    @classmethod
    def parse(cls, text: str, *, fiscal_start_month: int = 10, today: dt.date | None = None) -> Period:
        """Read a period the way people write it.

        ``2026Q3`` (calendar quarter), ``2026-07`` (month), ``2026`` (year), ``FY2026Q1`` and ``FY2026``
        (fiscal, starting in ``fiscal_start_month``), ``cumulative`` (to today), or ``2026-01-15..2026-02-15``.
        """
        t = text.strip().upper()
        if m := re.fullmatch(r"(\d{4})Q([1-4])", t):
            return cls.quarter(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            return cls.month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"\d{4}", t):
            return cls.year(int(t))
        if m := re.fullmatch(r"FY(\d{4})Q([1-4])", t):
            return cls.fiscal_quarter(int(m[1]), int(m[2]), fiscal_start_month)
        if m := re.fullmatch(r"FY(\d{4})", t):
            return cls.fiscal_year(int(m[1]), fiscal_start_month)
        if t in ("CUMULATIVE", "ALL"):
            return cls.cumulative(today)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", t):
            start, end = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            return cls(f"{start.isoformat()} to {end.isoformat()}", start, end)
        raise ValueError(
            f"'{text}' is not a period: write 2026Q3, 2026-07, 2026, FY2026Q1, FY2026, cumulative"
            " or 2026-01-01..2026-03-31"
        )


#: How a table splits its report's period into columns or rows.
UNITS = ("month", "quarter", "fiscal_quarter", "year", "fiscal_year")
#: Spans a table sets side by side, each ending where the report's period ends.
SPANS = ("report", "year_to_date", "fiscal_year_to_date", "cumulative")


def fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The fiscal year ``day`` falls in, named after the calendar year it ends in."""
    return day.year + 1 if start_month != 1 and day.month >= start_month else day.year


def _unit_containing(day: dt.date, unit: str, start_month: int) -> Period:
    if unit == "month":
        return Period.month(day.year, day.month)
    if unit == "quarter":
        return Period.quarter(day.year, (day.month - 1) // 3 + 1)
    if unit == "year":
        return Period.year(day.year)
    fiscal_year = fiscal_year_of(day, start_month)
    if unit == "fiscal_year":
        return Period.fiscal_year(fiscal_year, start_month)
    return Period.fiscal_quarter(fiscal_year, (day.month - start_month) % 12 // 3 + 1, start_month)


def split(period: Period, unit: str, start_month: int, since: dt.date | None = None) -> list[Period]:
    """``period`` cut into months, quarters or (fiscal) years, the first and last cut to fit inside it.

    ``since`` (the program's first record) starts a cumulative period's units there, not in 1900.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown period unit '{unit}' (known: {', '.join(UNITS)})")
    out: list[Period] = []
    day = max(period.start, since) if since else period.start
    while day <= period.end:
        whole = _unit_containing(day, unit, start_month)
        out.append(Period(whole.label, max(whole.start, period.start), min(whole.end, period.end)))
        day = whole.end + dt.timedelta(days=1)
    return out


def span(kind: str, period: Period, start_month: int) -> Period:
    """The span ``kind`` ending where ``period`` ends: the period itself, the (fiscal) year to date, or all time."""
    end = period.end
    if kind == "report":
        return period
    if kind == "year_to_date":
        return Period(f"{end.year} to date", dt.date(end.year, 1, 1), end)
    if kind == "fiscal_year_to_date":
        year = Period.fiscal_year(fiscal_year_of(end, start_month), start_month)
        return Period(f"{year.label} to date", year.start, end)
    if kind == "cumulative":
        return Period.cumulative(end)
    raise ValueError(f"unknown period span '{kind}' (known: {', '.join(SPANS)})")
