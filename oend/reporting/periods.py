"""Reporting periods: calendar quarters for now; fiscal quarters build on the same shape."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """A closed range of dates ``start`` .. ``end`` with a label such as ``2026Q3``."""

    label: str
    start: dt.date
    end: dt.date

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValueError(f"quarter must be 1-4, not {quarter}")
        start = dt.date(year, 3 * quarter - 2, 1)
        next_start = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
        return cls(f"{year}Q{quarter}", start, next_start - dt.timedelta(days=1))

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026Q3`` -> the third calendar quarter of 2026."""
        match = re.fullmatch(r"(\d{4})[Qq]([1-4])", text.strip())
        if not match:
            raise ValueError(f"'{text}' is not a quarter such as 2026Q3")
        return cls.quarter(int(match[1]), int(match[2]))
