"""Report tables: counts from the aggregate layer laid out in rows and columns, with totals and suppression.

A table's totals are queried, never summed, so an unduplicated count (people) is right in the
margins too. The PDF, the XLSX and the dashboard all show ``Table`` objects, so they cannot disagree.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.labels import NOT_RECORDED
from oend.model import Product, Site
from oend.reporting.age_bands import AGE_GROUP, AgeBands
from oend.reporting.aggregates import MEASURES, Facts, Key, aggregate, fold_statistic, read_facts, statistic_rows
from oend.reporting.measure_parts import AGE, Dimension, Statistic
from oend.reporting.numerals import ENGLISH_NUMERALS, Numerals
from oend.reporting.periods import Period
from oend.reporting.rates import Rate, Rates
from oend.reporting.suppression import SUPPRESSED_MARK, Cell, Suppression
from oend.reporting.words import ENGLISH, Words

TOTAL = "Total"
PERCENT = "Percent"
#: The one row of a breakdown whose answers the program keeps no record of (provider names, under counts only).
NOT_KEPT = "Not kept (counts only)"


@dataclass(frozen=True)
class Share:
    """A percentage with its n and N: printed "45.0%", given to a spreadsheet as the fraction."""

    n: int
    base: int

    @property
    def fraction(self) -> float:
        return self.n / self.base

    def said(self, numbers: Numerals) -> str:
        return numbers.percent(self.fraction)

    def __str__(self) -> str:
        return self.said(ENGLISH_NUMERALS)


@dataclass
class Table:
    """A finished table. ``values`` includes the total row (last) and, for two-way tables, the total column."""

    id: str
    title: str
    row_header: str
    column_labels: list[str]
    row_labels: list[str]
    values: list[list[Any]]  # counts, or a ``Statistic`` (a median, a share with its n/N) per cell
    total_row: bool = True
    total_column: bool = False
    suppression: Suppression = field(default_factory=Suppression)
    note: str | None = None
    chart: str | None = None
    sheet: str | None = None
    percent: bool = False  # a one-column table with each row's share of the answers recorded
    missing_row: int | None = None  # the row of the answers not recorded, left out of the percentages' base
    words: Words = ENGLISH  # the report's language
    rates: Rates | None = None  # a rate per 1,000 of the program's denominator beside each row's count
    figures: list[Any] | None = None  # per row, what is printed in place of its count (a median, a ratio)
    round_to: int | None = None  # shown counts rounded to the nearest multiple of this, after suppression

    @property
    def header(self) -> list[str]:
        extra = [self.words(TOTAL)] if self.total_column else []
        per = self.words.number(self.rates.per) if self.rates else ""
        rates = [self.rates.label, self.words("Rate per {per}", per=per)] if self.rates else []
        return [
            self.row_header,
            *self.column_labels,
            *extra,
            *([self.words(PERCENT)] if self.percent else []),
            *rates,
        ]

    def base(self) -> int | None:
        """N of the percentages: the total less the answers not recorded; None when printing it (or any
        percentage) would reveal a suppressed count."""
        total = len(self.values) - 1
        missing = [self.missing_row] if self.missing_row is not None else []
        if any((r, 0) in self.hidden for r in (total, *missing)):
            return None
        return int(self.values[total][0] - sum(self.values[r][0] for r in missing))

    def share(self, r: int) -> Share | str:
        """Row ``r``'s percentage, or what stands in for it: blank for the missing answers and an empty base,
        the cell's own mark for a suppressed count."""
        base = self.base()
        if base is None:
            return SUPPRESSED_MARK
        if (r, 0) in self.hidden:
            return str(self.shown(r, 0))  # a hidden cell shows its mark
        if r == self.missing_row or base == 0:
            return ""
        return Share(base if r == len(self.values) - 1 else self.values[r][0], base)  # the total row: all of N

    def percent_note(self) -> str | None:
        if not self.percent:
            return None
        words, base = self.words, self.base()
        if base is None:
            return words(
                "Percentages are withheld ({mark}): their base would reveal a suppressed count.", mark=SUPPRESSED_MARK
            )
        missing = self.values[self.missing_row][0] if self.missing_row is not None else 0
        if not missing:
            return words("Percentages are of all {n} (N).", n=words.number(base))
        if missing == 1:
            return words(
                "Percentages are of the {n} with an answer (N); 1 not recorded is left out.", n=words.number(base)
            )
        return words(
            "Percentages are of the {n} with an answer (N); {missing} not recorded are left out.",
            n=words.number(base),
            missing=words.number(missing),
        )

    def rate(self, r: int) -> Rate | str:
        """Row ``r``'s rate: blank where no denominator was entered, the cell's own mark for a suppressed count."""
        assert self.rates is not None
        denominator = self.rates.denominators[r]
        if not denominator:
            return ""
        if (r, 0) in self.hidden:
            return str(self.shown(r, 0))
        return Rate(self.values[r][0], denominator, self.rates.per)

    def rate_note(self) -> str | None:
        if self.rates is None:
            return None
        missing = sum(d is None for d in self.rates.denominators)
        if not missing:
            return None
        return self.words(
            "No figure of {label} is entered for {n} of the rows: their rate is left blank.",
            label=self.rates.label,
            n=missing,
        )

    @property
    def hidden(self) -> frozenset[Cell]:
        return self.suppression.hidden

    def shown(self, r: int, c: int) -> int | str | Statistic:
        """The cell as a reader sees it: the count (a statistic, or the row's figure), "<11" for a small one,
        or the mark of a withheld one."""
        value = self.values[r][c]
        if (r, c) not in self.hidden:
            if isinstance(value, Statistic):
                return value
            if self.figures is not None:
                figure = self.figures[r]
                return "" if figure is None else figure
        shown = self.suppression.shown((r, c), value)
        return rounded(shown, self.round_to) if isinstance(shown, int) and self.round_to else shown

    def round_note(self) -> str | None:
        if not self.round_to or self.figures is not None:
            return None
        return self.words(
            "Counts are rounded to the nearest {n}; each total is rounded on its own, so rows may not add up to it.",
            n=self.round_to,
        )

    def notes(self) -> list[str]:
        """The sentences printed under the table: the template's note, then what was suppressed and why."""
        notes = (self.note, self.percent_note(), self.rate_note(), self.suppression.note(self.words), self.round_note())
        return [n for n in notes if n]

    def body(self) -> list[list[Any]]:
        """Every row as printed: its label, its shown cells, its percentage if any; the total row last."""
        labels = [*self.row_labels, *([self.words(TOTAL)] if self.total_row else [])]
        return [
            [
                labels[r],
                *(self.shown(r, c) for c in range(len(row))),
                *([self.share(r)] if self.percent else []),
                *([self.rates.denominators[r] or "", self.rate(r)] if self.rates else []),
            ]
            for r, row in enumerate(self.values)
        ]


def rounded(count: int, base: int) -> int:
    """``count`` to the nearest multiple of ``base``, halves up (12 -> 10, 13 -> 15 for 5)."""
    return (count + base // 2) // base * base


class Labeller:
    """Readable names for the codes a dimension returns, in the report's language (site and product names
    come from the database as the program wrote them); ``withheld`` dimensions are not kept (counts only)."""

    def __init__(self, session: Session, words: Words = ENGLISH, withheld: Collection[str] = ()) -> None:
        self._session = session
        self.words = words
        self._names: dict[str, dict[str, str]] = {}
        self._withheld = withheld

    def _lookup(self, kind: str) -> dict[str, str]:
        if kind not in self._names:
            model: Any = Site if kind == "site" else Product
            self._names[kind] = {code: name for code, name in self._session.execute(select(model.code, model.name))}
        return self._names[kind]

    def __call__(self, dim: Dimension, code: Any) -> str:
        if code is None and dim.name in self._withheld:
            return self.words(NOT_KEPT)
        if dim.codes is not None:
            return self.words.label(dim.codes, code)
        if code is None:
            return self.words(NOT_RECORDED)
        if dim.name in ("site", "product"):
            return self._lookup(dim.name).get(code, str(code))
        if dim.name == "month":
            return self.words.month(int(code) // 100, int(code) % 100)
        return str(code)


def ordered_keys(dim: Dimension, present: Collection[Any]) -> list[Any]:
    """Coded dimensions list every code in its declared order (a zero row is information);
    others list what occurs, sorted. A missing answer comes last."""
    keys: list[Any] = [m.value for m in dim.codes] if dim.codes is not None else []
    keys += sorted((k for k in present if k is not None and k not in keys), key=str)
    if None in present:
        keys.append(None)
    return keys


def _with_none(key: Key, at: Sequence[int]) -> Key:
    """``key`` with a None code put in at each position of ``at``."""
    codes = list(key)
    for i in at:
        codes.insert(i, None)
    return tuple(codes)


@dataclass(frozen=True)
class Query:
    """What every aggregate of one report shares.

    ``plan`` names, per measure, the dimensions and filters the report will ask for: the measures over
    the same rows are then read once for the period and every breakdown is counted from that read.
    """

    session: Session
    actor: Actor
    period: Period
    sites: Collection[uuid.UUID] | None
    plan: Mapping[str, set[str]] = field(default_factory=dict)
    bands: AgeBands | None = None  # the template's age bands, for breakdowns by age_group
    withheld: Collection[str] = ()  # breakdowns the program keeps no answers of: all counted in one row (None)
    cache: dict[Any, Mapping[Key, int | Statistic]] = field(default_factory=dict, compare=False)
    facts: dict[tuple[str, bool], Facts] = field(default_factory=dict, compare=False)
    rows: dict[Any, Mapping[Key, list[tuple[Any, ...]]]] = field(default_factory=dict, compare=False)

    def run(
        self, measure: str, dims: Sequence[str], filters: Mapping[str, Collection[str]] | None
    ) -> Mapping[Key, int | Statistic]:
        """One aggregate; a report asking the same question twice (a total shared by tables) queries once."""
        if hidden := [i for i, d in enumerate(dims) if d in self.withheld]:
            kept = self.run(measure, [d for d in dims if d not in self.withheld], filters)
            return {_with_none(key, hidden): value for key, value in kept.items()}
        key = (measure, tuple(dims), tuple(sorted((k, tuple(v)) for k, v in (filters or {}).items())))
        if key not in self.cache:
            facts = self._facts_for(measure)
            if MEASURES[measure].statistic is not None:
                self.cache[key] = fold_statistic(measure, self._statistic_rows(measure, dims, filters))
            elif AGE_GROUP in dims or AGE_GROUP in (filters or {}):
                self.cache[key] = self._banded(facts, measure, dims, filters or {})
            elif facts is not None and facts.covers(measure, dims, filters or {}):
                self.cache[key] = facts.aggregate(measure, dims, filters)
            else:
                self.cache[key] = aggregate(self.session, self.actor, measure, dims, self.period, self.sites, filters)
        return self.cache[key]

    def _statistic_rows(
        self, measure: str, dims: Sequence[str], filters: Mapping[str, Collection[str]] | None
    ) -> Mapping[Key, list[tuple[Any, ...]]]:
        """The rows a statistic folds, read once for every measure over the same rows and columns."""
        m = MEASURES[measure]
        filtered = tuple(sorted((k, tuple(v)) for k, v in (filters or {}).items()))
        read = (m.root, m.date, m.site, m.where, m.row_value, tuple(dims), filtered)
        if read not in self.rows:
            self.rows[read] = statistic_rows(self.session, self.actor, measure, dims, self.period, self.sites, filters)
        return self.rows[read]

    def _banded(
        self, facts: Facts | None, measure: str, dims: Sequence[str], filters: Mapping[str, Collection[str]]
    ) -> dict[Key, int]:
        """Counts by the template's age bands, folded from the ages read so people stay counted once."""
        assert self.bands is not None and facts is not None  # the template check and the plan see to both

        def to_age(name: str) -> str:
            return AGE if name == AGE_GROUP else name

        ages = [to_age(d) for d in dims]
        return facts.aggregate(measure, ages, {to_age(k): v for k, v in filters.items()}, {AGE: self.bands.code})

    def _shares_read(self, measure: str) -> bool:
        """Whether ``measure`` is counted from its family's one read of the period. People counted once arrive
        there one group per person, which pays off only for breakdowns: asked its totals alone, such a measure
        is one COUNT(DISTINCT) in the database instead of a read of every person."""
        m = MEASURES[measure]
        return measure in self.plan and m.statistic is None and not (m.unduplicated and not self.plan[measure])

    def _facts_for(self, measure: str) -> Facts | None:
        """The read ``measure`` is counted from. Sums and people are read apart: sums then arrive grouped by
        their own breakdowns, not split once per person, and people by theirs alone."""
        if not self._shares_read(measure):
            return None
        read = (MEASURES[measure].family, MEASURES[measure].unduplicated)
        if read not in self.facts:
            together = [m for m in self.plan if (MEASURES[m].family, MEASURES[m].unduplicated) == read]
            together = [m for m in together if self._shares_read(m)]
            dims = set().union(*(self.plan[m] for m in together))
            self.facts[read] = read_facts(self.session, self.actor, together, dims, self.period, self.sites)
        return self.facts[read]
