"""Rates per 1,000 of a denominator the coordinator enters per period and area (people at risk, releases).

The figures live in the settings table (``DENOMINATORS_KEY``), written by ``oend.services.denominators``:
``{name: {"label": "People at risk", "values": {"2025|all": 120000, "2025Q3|NORTH": 900}}}``. A figure
entered for a year serves every period inside that year; the area is a row's code (a site's code, a county,
a region) or ``all`` for the total row.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from oend.queries.settings import DENOMINATORS_KEY, stored
from oend.reporting.numerals import ENGLISH_NUMERALS, Numerals
from oend.reporting.periods import Period

ALL_AREAS = "all"


def entry_key(period_label: str, area: str) -> str:
    return f"{period_label}|{area.casefold()}"


@dataclass(frozen=True)
class Denominator:
    """One denominator's figures: (period label, area) -> value."""

    name: str
    label: str
    values: dict[str, int]

    def lookup(self, period: Period, area: object) -> int | None:
        """The figure for ``area`` in ``period``: entered for the period itself, else for its calendar year."""
        if area is None:
            return None
        labels = [period.label] + ([str(period.start.year)] if period.start.year == period.end.year else [])
        return next((self.values[k] for k in (entry_key(p, str(area)) for p in labels) if k in self.values), None)


def load_denominators(session: Session) -> dict[str, Denominator]:
    """Every denominator the program has entered, by name."""
    return {
        name: Denominator(name, str(doc.get("label") or name), {k: int(v) for k, v in doc.get("values", {}).items()})
        for name, doc in stored(session, DENOMINATORS_KEY).items()
    }


@dataclass(frozen=True)
class Rate:
    """``n`` per ``per`` of ``denominator``: printed "12.5", given to a spreadsheet as the number."""

    n: int
    denominator: int
    per: int

    @property
    def value(self) -> float:
        """To one decimal, halves rounded up (as a reader rounds 2.25 to 2.3)."""
        exact = Decimal(self.n * self.per) / Decimal(self.denominator)
        return float(exact.quantize(Decimal("0.1"), ROUND_HALF_UP))

    def said(self, numbers: Numerals) -> str:
        return numbers.decimal(self.value)

    def __str__(self) -> str:
        return self.said(ENGLISH_NUMERALS)


@dataclass(frozen=True)
class Rates:
    """A table's rates: per row (the total row last) the denominator entered, or None where none was."""

    per: int
    label: str
    denominators: tuple[int | None, ...]
