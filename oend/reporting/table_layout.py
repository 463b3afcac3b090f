"""A template's table laid out: each side a breakdown, a list of measures or periods; every cell one count.

A row and a column each fix part of a question (a measure, a period, a breakdown's code); a cell asks the
rest from the table's defaults. A side that adds up (a breakdown, a period cut into months) has a total,
queried rather than summed so people counted once stay right; measures and side-by-side spans do not add
up and have none. Suppression protects the lines that do add up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.model import Dispensing, Reversal, StockMovement, TrainingSession
from oend.reporting.age_bands import AGE_GROUP, AgeBands
from oend.reporting.aggregates import MEASURES
from oend.reporting.intervals import DEFAULT_WITHIN_DAYS, FIGURES, figure
from oend.reporting.measure_parts import Statistic
from oend.reporting.periods import PROGRAM_BEGINNING, Period, span, split
from oend.reporting.rates import ALL_AREAS, Denominator, Rates
from oend.reporting.report_model import MEASURES_SIDE, PERIODS_SIDE, ROLLUP_SIDE, TableSpec
from oend.reporting.suppression import SUPPRESSED_MARK, Cell, Suppression, suppress
from oend.reporting.tables import Labeller, Query, Table, ordered_keys
from oend.reporting.words import ENGLISH, Words

INDENT = "\u00a0" * 4  # a member's row under its group (spaces that a PDF does not collapse)


@dataclass(frozen=True)
class Pick:
    """What one row or column fixes; what it leaves open the table's defaults fill."""

    measure: str | None = None
    period: Period | None = None
    dims: tuple[tuple[str, Any], ...] = ()  # (breakdown, code) pairs


@dataclass(frozen=True)
class Axis:
    header: str
    labels: list[str]
    picks: list[Pick]
    total: Pick | None  # None: this side does not add up, so it has no total
    groups: list[list[int]] | None = None  # positions that add up to their last one; None: all to the total

    @property
    def all_picks(self) -> list[Pick]:
        return [*self.picks, *([self.total] if self.total is not None else [])]

    @property
    def lines(self) -> list[list[int]]:
        """The positions along this side that add up, each list ending with the position of its total."""
        if self.total is None:
            return []
        return self.groups if self.groups is not None else [list(range(len(self.picks) + 1))]


@dataclass
class Context:
    """What every table of one report shares: one ``Query`` per period asked, names, the fiscal year."""

    query_for: Callable[[Period], Query]
    labeller: Labeller
    period: Period
    fiscal_start: int
    first_day: dt.date | None
    bands: AgeBands | None = None
    words: Words = ENGLISH
    denominators: Mapping[str, Denominator] = field(default_factory=dict)  # the program's, by name


def first_record_day(session: Session) -> dt.date | None:
    """The day of the program's first record, where "since the program began" starts its months."""
    days = [
        session.scalar(select(func.min(column)))
        for column in (
            Dispensing.dispensed_on,
            TrainingSession.session_date,
            Reversal.overdose_date,
            StockMovement.movement_date,
        )
    ]
    found = [d for d in days if d is not None]
    return min(found) if found else None


def period_label(period: Period, unit: str, words: Words) -> str:
    """A period as a column heading: "July 2025", "2025 Q3", "FY2026 Q1", "FY2026", "2025"."""
    if unit == "month":
        return words.month(period.start.year, period.start.month)
    return period.label.replace("Q", " Q") if "Q" in period.label else period.label


def span_label(kind: str, period: Period, words: Words) -> str:
    """A span as a column heading: its own name ("2025Q3", "FY2026 to date"), or "Since the program began"."""
    return words("Since the program began") if kind == "cumulative" else words.period(period)


def _side_periods(spec: TableSpec, ctx: Context) -> list[Period]:
    """The periods along a table's periods side: its units cut from the report's period, or its spans."""
    if isinstance(spec.periods, str):
        since = ctx.first_day if ctx.period.start == PROGRAM_BEGINNING else None
        return split(ctx.period, spec.periods, ctx.fiscal_start, since)
    return [span(kind, ctx.period, ctx.fiscal_start) for kind in spec.periods or ()]


def periods_asked(spec: TableSpec, ctx: Context) -> list[Period]:
    """Every period a table's cells may ask: the report's own (a total, a cell with no period) and its side's."""
    return [ctx.period, *_side_periods(spec, ctx)]


def _period_axis(spec: TableSpec, ctx: Context) -> Axis:
    parts = _side_periods(spec, ctx)
    if isinstance(spec.periods, str):
        labels = [period_label(p, spec.periods, ctx.words) for p in parts]
        return Axis(ctx.words("Period"), labels, [Pick(period=p) for p in parts], Pick())
    labels = [span_label(kind, p, ctx.words) for kind, p in zip(spec.periods or (), parts, strict=True)]
    return Axis(ctx.words("Period"), labels, [Pick(period=p) for p in parts], None)


def _measure_axis(spec: TableSpec, words: Words) -> Axis:
    labels = [words(MEASURES[m].label) for m in spec.measures]
    return Axis(words("Measure"), labels, [Pick(measure=m) for m in spec.measures], None)


def _dimension_axis(spec: TableSpec, ctx: Context, name: str, other: Axis | None) -> Axis:
    """The codes of breakdown ``name`` that occur for any measure and period of the table (coded ones all)."""
    present: set[Any] = set()
    for pick in other.all_picks if other is not None else [Pick()]:
        for measure in [pick.measure] if pick.measure else spec.all_measures:
            query = ctx.query_for(pick.period or ctx.period)
            present |= {key[0] for key in query.run(measure, (name,), spec.filters)}
    dim = ctx.bands.dimension() if name == AGE_GROUP and ctx.bands else MEASURES[spec.all_measures[0]].dimensions[name]
    keys = ordered_keys(dim, present)
    return Axis(
        ctx.words(dim.label), [ctx.labeller(dim, k) for k in keys], [Pick(dims=((name, k),)) for k in keys], Pick()
    )


def _rollup_axis(spec: TableSpec, ctx: Context, other: Axis | None) -> Axis:
    """Rows nested along ``spec.rollup`` (region, then partner, then site): each group's row holds its subtotal
    and comes before its members, indented; only what occurs is listed."""
    names = spec.rollup
    present: set[tuple[Any, ...]] = set()
    for pick in other.all_picks if other is not None else [Pick()]:
        for measure in [pick.measure] if pick.measure else spec.all_measures:
            present |= set(ctx.query_for(pick.period or ctx.period).run(measure, names, spec.filters))
    dims = [MEASURES[spec.all_measures[0]].dimensions[n] for n in names]
    labels: list[str] = []
    picks: list[Pick] = []
    groups: list[list[int]] = []

    def members(path: tuple[Any, ...]) -> list[Any]:
        level = len(path)
        found = {k[level] for k in present if k[:level] == path}
        return [k for k in ordered_keys(dims[level], found) if k in found]

    def node(path: tuple[Any, ...]) -> int:
        at = len(picks)
        level = len(path) - 1
        labels.append(INDENT * level + ctx.labeller(dims[level], path[-1]))
        picks.append(Pick(dims=tuple(zip(names, path, strict=False))))
        if len(path) < len(names):
            groups.append([*(node((*path, key)) for key in members(path)), at])
        return at

    top = [node((key,)) for key in members(())]
    groups.append([*top, len(picks)])
    header = " / ".join(ctx.words(d.label) for d in dims)
    return Axis(header, labels, picks, Pick(), groups)


def _axis(spec: TableSpec, ctx: Context, side: str | None, other: Axis | None) -> Axis:
    if side == MEASURES_SIDE:
        return _measure_axis(spec, ctx.words)
    if side == PERIODS_SIDE:
        return _period_axis(spec, ctx)
    if side is None:  # one column holding the table's one measure
        label = ctx.words(MEASURES[spec.measure].label) if spec.measure else ctx.words("Count")
        return Axis("", [label], [Pick()], None)
    if side == ROLLUP_SIDE:
        return _rollup_axis(spec, ctx, other)
    return _dimension_axis(spec, ctx, side, other)


def _value(
    spec: TableSpec, ctx: Context, row: Pick, column: Pick, filters: Mapping[str, Collection[str]]
) -> int | Statistic:
    measure = row.measure or column.measure or spec.measure
    assert measure is not None  # a table without a measures side has one measure (checked when read)
    dims = [*row.dims, *column.dims]
    result = ctx.query_for(row.period or column.period or ctx.period).run(measure, tuple(d for d, _ in dims), filters)
    return result.get(tuple(code for _, code in dims), MEASURES[measure].empty)


def _lines(rows: Axis, columns: Axis) -> list[list[Cell]]:
    """The lines of cells that add up to a total cell (their last), which suppression must protect."""
    n_rows, n_cols = len(rows.all_picks), len(columns.all_picks)
    down = [[(r, c) for r in line] for line in rows.lines for c in range(n_cols)]
    across = [[(r, c) for c in line] for line in columns.lines for r in range(n_rows)]
    return down + across


def build_table(spec: TableSpec, ctx: Context, threshold: int | None) -> Table:
    """``spec`` computed over the report's period and sites; suppressed when ``threshold`` is set."""
    if spec.figures:
        return _figures_table(spec, ctx, threshold)
    row_side, column_side, _ = spec.sides()
    if row_side not in (MEASURES_SIDE, PERIODS_SIDE, None):  # a breakdown lists the codes of the other side's cells
        columns = _axis(spec, ctx, column_side, None)
        rows = _axis(spec, ctx, row_side, columns)
    else:
        rows = _axis(spec, ctx, row_side, None)
        columns = _axis(spec, ctx, column_side, rows)
    values = [[_value(spec, ctx, r, c, spec.filters) for c in columns.all_picks] for r in rows.all_picks]
    several = [
        ctx.words(MEASURES[spec.all_measures[0]].dimensions[side].label)
        for side in (row_side, column_side)
        if side in MEASURES[spec.all_measures[0]].dimensions and MEASURES[spec.all_measures[0]].dimensions[side].multi
    ]
    notes = [spec.note] if spec.note else []
    notes += [
        ctx.words("{breakdown}: one report can name several, so these add up to more than the total.", breakdown=label)
        for label in several
    ]
    grid = {
        (r, c): v.size if isinstance(v, Statistic) else v for r, row in enumerate(values) for c, v in enumerate(row)
    }
    suppression = suppress(grid, _lines(rows, columns), threshold) if threshold else Suppression()
    if stats := {cell for cell in suppression.primary if isinstance(values[cell[0]][cell[1]], Statistic)}:
        # a share or median on a small count is withheld (s), never printed "<11" as if it were a count
        suppression = Suppression(threshold or 0, suppression.primary - stats, suppression.complementary | stats)
        notes.append(f"Shares and medians resting on a count from 1 to {threshold} are withheld ({SUPPRESSED_MARK}).")
    return Table(
        id=spec.id,
        title=spec.title,
        row_header=rows.header,
        column_labels=columns.labels,
        row_labels=rows.labels,
        values=values,
        total_row=rows.total is not None,
        total_column=columns.total is not None,
        suppression=suppression,
        note=" ".join(notes) or None,
        chart=spec.chart,
        sheet=spec.sheet,
        percent=spec.percent,
        missing_row=next((i for i, p in enumerate(rows.picks) if p.dims and p.dims[-1][1] is None), None),
        words=ctx.words,
        rates=_rates(spec, ctx, rows),
    )


def _figures_table(spec: TableSpec, ctx: Context, threshold: int | None) -> Table:
    """One row per figure; a figure resting on a small count (people, refills) is suppressed like a count."""
    query = ctx.query_for(ctx.period)
    days = spec.within_days or DEFAULT_WITHIN_DAYS
    found = [figure(query.session, query.actor, name, ctx.period, query.sites, days) for name in spec.figures]
    values = [[f.n] for f in found]
    grid = {(r, 0): f.n for r, f in enumerate(found)}
    return Table(
        id=spec.id,
        title=spec.title,
        row_header=ctx.words("Measure"),
        column_labels=[ctx.words("Value")],
        row_labels=[ctx.words(FIGURES[name], days=days) for name in spec.figures],
        values=values,
        total_row=False,
        suppression=suppress(grid, [], threshold) if threshold else Suppression(),
        note=spec.note,
        sheet=spec.sheet,
        words=ctx.words,
        figures=[f.shown for f in found],
    )


def _rates(spec: TableSpec, ctx: Context, rows: Axis) -> Rates | None:
    """Each row's denominator for the report's period: its area is the row's code; the total row's is ``all``."""
    if spec.rate_per is None or spec.denominator is None:
        return None
    denominator = ctx.denominators[spec.denominator]
    areas = [p.dims[-1][1] if p.dims else ALL_AREAS for p in rows.all_picks]
    return Rates(spec.rate_per, denominator.label, tuple(denominator.lookup(ctx.period, a) for a in areas))
