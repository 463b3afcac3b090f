"""The aggregate queries every report, export and dashboard count comes from."""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from operator import itemgetter
from typing import Any

from sqlalchemy import String, cast, distinct, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import (
    Attendance,
    Dispensing,
    Lot,
    Participant,
    Partner,
    Product,
    Reversal,
    Site,
    StockMovement,
    TrainingSession,
)
from oend.model.codes import (
    AgeBand,
    Answer,
    Ethnicity,
    Gender,
    MovementKind,
    Outcome,
    Race,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    Substance,
    SupplySource,
    SupplyType,
    TrainingFormat,
)
from oend.queries.planner import unindexed
from oend.queries.scope import within_sites
from oend.reporting.linkage_aggregates import linkage_measures_for_reports
from oend.reporting.measure_parts import (
    REVERSAL_QUESTIONS,
    Dimension,
    Measure,
    Statistic,
    choices,
    dimension_table,
    month_of,
    person_dims,
    product_dims,
    site_dims,
    site_joins,
    yes_no,
)
from oend.reporting.periods import Period


@dataclass(frozen=True)
class SiteKits:
    site_id: uuid.UUID
    site_code: str
    kits: int
    events: int


def kits_by_site(session: Session, actor: Actor, period: Period) -> list[SiteKits]:
    """Kits dispensed per site within ``period`` (duplicated count: every hand-over counts).

    Naming the sites (every dispensing has one) lets the database read the (site, date) index one
    site at a time, already grouped, instead of sorting a whole quarter's rows by site.
    """
    stmt = (
        select(
            Dispensing.site_id,
            func.sum(Dispensing.quantity).label("kits"),
            func.count().label("events"),
        )
        .where(
            Dispensing.site_id.in_(select(Site.id)),
            Dispensing.dispensed_on >= period.start,
            Dispensing.dispensed_on <= period.end,
            Dispensing.deleted.is_(False),
        )
        .group_by(Dispensing.site_id)
    )
    stmt = within_sites(stmt, Dispensing.site_id, actor)
    totals = session.execute(stmt).all()
    codes = {site_id: code for site_id, code in session.execute(select(Site.id, Site.code))}
    return sorted(
        (SiteKits(r.site_id, codes.get(r.site_id, "?"), int(r.kits), int(r.events)) for r in totals),
        key=lambda s: s.site_code,
    )


@dataclass(frozen=True)
class QuarterCount:
    year: int
    quarter: int
    reversals: int


def reversals_by_quarter(session: Session, actor: Actor) -> list[QuarterCount]:
    """Reversals reported per calendar quarter, over all years.

    Counted per day in SQL and folded into quarters here: grouping by the plain date column is
    several times faster on SQLite than computing year and quarter with date functions on every row.
    """
    stmt = select(Reversal.overdose_date, func.count()).where(Reversal.deleted.is_(False))
    stmt = within_sites(stmt, Reversal.site_id, actor).group_by(Reversal.overdose_date)
    quarters: dict[tuple[int, int], int] = {}
    for day, n in session.execute(stmt):
        key = (day.year, (day.month - 1) // 3 + 1)
        quarters[key] = quarters.get(key, 0) + int(n)
    return [QuarterCount(year, quarter, n) for (year, quarter), n in sorted(quarters.items())]


# The general aggregate ------------------------------------------------------------------------
#
# A measure is a value aggregated over one table (kits summed over dispensings, people counted once
# over attendance); a dimension is a column it is broken down by, reached through named joins.
# Every table of every report, export summary and dashboard tile is one call of ``aggregate``.


def _training(name: str, label: str, value: Any, unduplicated: bool, row_value: Any = 1) -> Measure:
    return Measure(
        name=name,
        label=label,
        root=Attendance,
        value=value,
        date=TrainingSession.session_date,
        site=TrainingSession.site_id,
        where=(
            Attendance.completed.is_(True),
            Attendance.deleted.is_(False),
            TrainingSession.deleted.is_(False),
            Participant.deleted.is_(False),
        ),
        joins={
            "session": (TrainingSession, TrainingSession.id == Attendance.session_id),
            "participant": (Participant, Participant.id == Attendance.participant_id),
            **site_joins(TrainingSession.site_id),
        },
        base_joins=("session", "participant"),
        dimensions=dimension_table(
            *site_dims(),
            *person_dims(Participant, "participant", day=TrainingSession.session_date),
            Dimension("training_format", "Training format", TrainingSession.format, ("session",), TrainingFormat),
            month_of(TrainingSession.session_date, "session"),
        ),
        unduplicated=unduplicated,
        row_value=row_value,
    )


def _dispensing(name: str, label: str, value: Any, row_value: Any = 1, unduplicated: bool = False) -> Measure:
    return Measure(
        name=name,
        label=label,
        root=Dispensing,
        value=value,
        date=Dispensing.dispensed_on,
        site=Dispensing.site_id,
        where=(Dispensing.deleted.is_(False),),
        joins={
            "product": (Product, Product.id == Dispensing.product_id),
            "participant": (Participant, Participant.id == Dispensing.participant_id),
            **site_joins(Dispensing.site_id),
        },
        base_joins=("product",) if name == "doses" else (),
        dimensions=dimension_table(
            *site_dims(),
            *person_dims(
                Participant,
                "participant",
                func.coalesce(Participant.category, Dispensing.recipient_category),
                day=Dispensing.dispensed_on,
            ),
            *product_dims(("product",)),
            Dimension("supply_type", "Supply", Dispensing.supply_type, (), SupplyType),
            Dimension("refill_reason", "Refill reason", Dispensing.refill_reason, (), RefillReason),
            Dimension("supply_source", "Supply source", Dispensing.supply_source, (), SupplySource),
            month_of(Dispensing.dispensed_on),
        ),
        unduplicated=unduplicated,
        row_value=row_value,
    )


def _reversals() -> Measure:
    return Measure(
        name="reversals",
        label="Overdose reversals reported",
        root=Reversal,
        value=func.count(),
        date=Reversal.overdose_date,
        site=Reversal.site_id,
        where=(Reversal.deleted.is_(False),),
        joins={
            "product": (Product, Product.id == Reversal.product_id),
            **site_joins(Reversal.site_id),
        },
        base_joins=(),
        dimensions=dimension_table(
            *site_dims(),
            *product_dims(("product",)),
            Dimension("outcome", "Outcome", Reversal.outcome, (), Outcome),
            Dimension("responder_relation", "Who gave naloxone", Reversal.responder_relation, (), ResponderRelation),
            Dimension("setting", "Setting", Reversal.setting, (), ReversalSetting),
            Dimension("age_band", "Age group", Reversal.victim_age_band, (), AgeBand),
            Dimension("gender", "Gender", Reversal.victim_gender, (), Gender),
            Dimension("race", "Race", Reversal.victim_race, (), Race),
            Dimension("ethnicity", "Ethnicity", Reversal.victim_ethnicity, (), Ethnicity),
            Dimension("county", "County", Reversal.county, ()),
            Dimension("zip", "ZIP", Reversal.zip_code, ()),
            month_of(Reversal.overdose_date),
            *(Dimension(name, label, yes_no(column), (), Answer) for name, label, column in REVERSAL_QUESTIONS),
            Dimension("substances", "Substances suspected", cast(Reversal.substances, String), (), Substance, True),
        ),
    )


def _received() -> Measure:
    return Measure(
        name="kits_received",
        label="Kits purchased or received",
        root=StockMovement,
        value=func.coalesce(func.sum(StockMovement.quantity), 0),
        date=StockMovement.movement_date,
        site=StockMovement.site_id,
        where=(StockMovement.deleted.is_(False), StockMovement.kind == MovementKind.RECEIVE),
        joins={
            "lot": (Lot, Lot.id == StockMovement.lot_id),
            "product": (Product, Product.id == Lot.product_id),
            **site_joins(StockMovement.site_id),
        },
        base_joins=(),
        dimensions=dimension_table(
            *site_dims(),
            *product_dims(("lot", "product")),
            month_of(StockMovement.movement_date),
        ),
        row_value=StockMovement.quantity,
    )


MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        _training(
            "people_trained",
            "People trained",
            func.count(distinct(unindexed(Attendance.participant_id))),
            True,
            Attendance.participant_id,
        ),
        _training("trainings_attended", "Training attendances", func.count(), False),
        _dispensing(
            "kits", "Naloxone kits dispensed", func.coalesce(func.sum(Dispensing.quantity), 0), Dispensing.quantity
        ),
        _dispensing(
            "doses",
            "Naloxone doses dispensed",
            func.coalesce(func.sum(Dispensing.quantity * Product.doses_per_kit), 0),
            Dispensing.quantity * Product.doses_per_kit,
        ),
        _dispensing("dispensing_events", "Hand-overs of kits", func.count()),
        _dispensing(
            "people_supplied",
            "Known people given kits",
            func.count(distinct(unindexed(Dispensing.participant_id))),
            Dispensing.participant_id,
            unduplicated=True,
        ),
        _reversals(),
        _received(),
        *linkage_measures_for_reports(),
    )
}

Key = tuple[Any, ...]


def _key_part(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (float, Decimal)):
        return int(value)
    return value


class _Codes(dict[Any, Any]):
    """Each value read turned into its code once (``_key_part``), then looked up."""

    def __missing__(self, value: Any) -> Any:
        self[value] = code = _key_part(value)
        return code


def _measure(measure: str, dimensions: Collection[str], filters: Mapping[str, Collection[str]]) -> Measure:
    try:
        m = MEASURES[measure]
    except KeyError:
        raise ValueError(f"unknown measure '{measure}'; known: {', '.join(MEASURES)}") from None
    unknown = [d for d in (*dimensions, *filters) if d not in m.dimensions]
    if unknown:
        raise ValueError(f"{measure} cannot be broken down by {', '.join(unknown)}")
    return m


def _rows_of(
    m: Measure,
    actor: Actor,
    columns: Sequence[Any],
    dimensions: Collection[str],
    period: Period | None,
    sites: Collection[uuid.UUID] | None,
    filters: Mapping[str, Collection[str]],
    base_joins: Collection[str] = (),
) -> Any:
    """SELECT ``columns`` over the measure's rows in ``period`` and ``sites``, joined as the dimensions need."""
    needed = set(m.base_joins) | set(base_joins)
    for name in (*dimensions, *filters):
        needed.update(m.dimensions[name].joins)
    stmt = select(*columns).select_from(m.root)
    inner = set(m.base_joins) | set(base_joins)
    for name, (target, on) in m.joins.items():
        if name in needed:
            stmt = stmt.join(target, on, isouter=name not in inner)
    stmt = stmt.where(*m.where)
    if period is not None:
        stmt = stmt.where(m.date >= period.start, m.date <= period.end)
    if sites:
        stmt = stmt.where(m.site.in_(list(sites)))
    for name, values in filters.items():
        stmt = stmt.where(m.dimensions[name].expr.in_([str(v) for v in values]))
    return within_sites(stmt, m.site, actor)


def aggregate(
    session: Session,
    actor: Actor,
    measure: str,
    dimensions: Sequence[str] = (),
    period: Period | None = None,
    sites: Collection[uuid.UUID] | None = None,
    filters: Mapping[str, Collection[str]] | None = None,
) -> dict[Key, int]:
    """``measure`` over ``period`` and ``sites``, broken down by ``dimensions``: {(codes...): value}.

    Scoped to the actor's sites. With no dimensions the single key is ``()``; a missing answer is a
    ``None`` code. Unduplicated measures count each person once per cell, so ask for the total
    (fewer dimensions) rather than summing cells.
    """
    filters = dict(filters or {})
    m = _measure(measure, dimensions, filters)
    if m.statistic is not None:
        raise ValueError(f"{measure} is not a count: ask statistics()")
    if any(m.dimensions[d].multi for d in (*dimensions, *filters)):  # counted under each choice, in Python
        facts = read_facts(session, actor, [measure], {*dimensions, *filters}, period, sites)
        return facts.aggregate(measure, dimensions, filters)
    columns = [m.dimensions[d].expr.label(f"d{i}") for i, d in enumerate(dimensions)]
    stmt = _rows_of(m, actor, [*columns, m.value.label("value")], dimensions, period, sites, filters)
    if columns:
        stmt = stmt.group_by(*columns)
    result: dict[Key, int] = {}
    for row in session.execute(stmt):
        key = tuple(_key_part(v) for v in row[:-1])
        result[key] = result.get(key, 0) + int(row[-1] or 0)
    return result


def statistics(
    session: Session,
    actor: Actor,
    measure: str,
    dimensions: Sequence[str] = (),
    period: Period | None = None,
    sites: Collection[uuid.UUID] | None = None,
    filters: Mapping[str, Collection[str]] | None = None,
) -> dict[Key, Statistic]:
    """As ``aggregate``, for a measure that is not a count: each cell's rows are read and folded in Python
    (medians and shares do not add up, so every cell, totals too, folds its own rows)."""
    cells = statistic_rows(session, actor, measure, dimensions, period, sites, filters)
    return fold_statistic(measure, cells)


def statistic_rows(
    session: Session,
    actor: Actor,
    measure: str,
    dimensions: Sequence[str] = (),
    period: Period | None = None,
    sites: Collection[uuid.UUID] | None = None,
    filters: Mapping[str, Collection[str]] | None = None,
) -> dict[Key, list[tuple[Any, ...]]]:
    """The rows ``statistics`` folds, per cell: measures reading the same rows (a share within 7 days and
    within 30) can fold one read."""
    filters = dict(filters or {})
    m = _measure(measure, dimensions, filters)
    if m.statistic is None:
        raise ValueError(f"{measure} is a count: ask aggregate()")
    columns = [m.dimensions[d].expr.label(f"d{i}") for i, d in enumerate(dimensions)]
    stmt = _rows_of(m, actor, [*columns, *m.row_value], dimensions, period, sites, filters)
    n = len(columns)
    codes = _Codes()  # each distinct code normalised once; the rows are plain, with no ORM loading step
    cells: dict[Key, list[tuple[Any, ...]]] = {}
    for row in session.connection().execute(stmt):
        cells.setdefault(tuple(map(codes.__getitem__, row[:n])), []).append(tuple(row[n:]))
    return cells


def fold_statistic(measure: str, cells: Mapping[Key, list[tuple[Any, ...]]]) -> dict[Key, Statistic]:
    """Each cell's rows folded into ``measure``'s statistic."""
    statistic = MEASURES[measure].statistic
    assert statistic is not None
    return {key: statistic(rows) for key, rows in cells.items()}


@dataclass(frozen=True)
class Facts:
    """One read of a family's rows in a period, grouped by every dimension a report breaks them down by.

    A quarterly report asks a dozen breakdowns of the same rows; answering them from one grouped read
    costs one pass over the quarter instead of one per table. Summed measures arrive summed per group;
    people counted once arrive as one group per person, so any breakdown can still count them once.
    """

    family: str
    dimensions: tuple[str, ...]
    measures: tuple[str, ...]
    rows: list[tuple[Any, ...]]  # the dimensions' codes, then one input per measure

    def covers(self, measure: str, dimensions: Collection[str], filters: Collection[str]) -> bool:
        return measure in self.measures and set(dimensions) | set(filters) <= set(self.dimensions)

    def aggregate(
        self,
        measure: str,
        dimensions: Sequence[str],
        filters: Mapping[str, Collection[str]] | None = None,
        recode: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> dict[Key, int]:
        """The same answer as ``aggregate`` with the same arguments, computed from the rows read.

        ``recode`` turns a dimension's codes into others before counting (ages into a template's age bands),
        so people counted once stay counted once in each new group.
        """
        if recode:
            rows = self.rows
            for d, new_code in recode.items():  # each distinct code recoded once (ages repeat across rows)
                i = self.dimensions.index(d)
                codes = {v: new_code(v) for v in {r[i] for r in rows}}
                rows = [(*r[:i], codes[r[i]], *r[i + 1 :]) for r in rows]
            return dataclasses.replace(self, rows=rows).aggregate(measure, dimensions, filters)
        picks = [self.dimensions.index(d) for d in dimensions]
        tests = [(self.dimensions.index(f), {str(v) for v in values}) for f, values in (filters or {}).items()]
        value_at = len(self.dimensions) + self.measures.index(measure)
        dims = MEASURES[measure].dimensions
        multi = {i for i, d in enumerate(self.dimensions) if dims[d].multi}

        def passes(row: tuple[Any, ...]) -> bool:
            return all(
                any(str(c) in allowed for c in choices(row[i])) if i in multi else str(row[i]) in allowed
                for i, allowed in tests
            )

        rows = [r for r in self.rows if passes(r)] if tests else self.rows
        if spread := [i for i in picks if i in multi]:  # one row per choice named, then the filter on each
            for i in spread:
                rows = [(*row[:i], choice, *row[i + 1 :]) for row in rows for choice in choices(row[i])]
            rows = [r for r in rows if passes(r)] if tests else rows
        if MEASURES[measure].unduplicated:
            return _people_counted(rows, picks, value_at)
        key_of = _picker(picks)
        sums: dict[Key, int] = {}
        for row in rows:
            key = key_of(row)
            sums[key] = sums.get(key, 0) + int(row[value_at] or 0)
        return sums


def _people_counted(rows: Sequence[tuple[Any, ...]], picks: Sequence[int], person_at: int) -> dict[Key, int]:
    """Per key (the codes at ``picks``, in the order rows first show it), the people at ``person_at`` counted once.

    A read holds a row per person and group, so tens of thousands of rows: each breakdown takes its distinct
    (key, person) pairs in one pass done by ``itemgetter`` rather than a Python function per row.
    """
    if not picks:
        people = set(map(itemgetter(person_at), rows))
        people.discard(None)
        return {(): len(people)} if rows else {}
    n = len(picks)
    pairs = set(map(itemgetter(*picks, person_at), rows))
    known = filter(itemgetter(n), pairs)  # a person's id is never empty
    if n == 1:  # one code per key: counted bare, not as a tuple
        counted = Counter(map(itemgetter(0), known))
        codes = dict.fromkeys(map(itemgetter(picks[0]), rows))
        return {(code,): counted.get(code, 0) for code in codes}  # anonymous records alone count 0 people
    counted = Counter(map(itemgetter(slice(0, n)), known))
    keys = dict.fromkeys(map(itemgetter(*picks), rows))
    return {key: counted.get(key, 0) for key in keys}


def _picker(at: Sequence[int]) -> Callable[[tuple[Any, ...]], Key]:
    """A function taking the codes at positions ``at`` out of a row, as a key."""
    if not at:
        return lambda row: ()
    if len(at) == 1:
        i = at[0]
        return lambda row: (row[i],)
    return itemgetter(*at)


def read_facts(
    session: Session,
    actor: Actor,
    measures: Collection[str],
    dimensions: Collection[str],
    period: Period | None = None,
    sites: Collection[uuid.UUID] | None = None,
) -> Facts:
    """Read once the rows behind ``measures`` (all of one family), grouped by the codes of ``dimensions``."""
    ms = [_measure(name, dimensions, {}) for name in measures]
    families = {m.family for m in ms}
    if len(families) != 1:
        raise ValueError(f"measures over different rows cannot share a read: {', '.join(sorted(families))}")
    first = ms[0]
    of_site = tuple(sorted(d for d in dimensions if first.dimensions[d].of_site))
    dims = tuple(sorted(d for d in dimensions if d not in of_site))  # read from the rows themselves
    # a person's id is only compared, never shown: read as stored, not turned into a UUID per row
    people = [type_coerce(m.row_value, String()) for m in ms if m.unduplicated]
    inputs = [
        type_coerce(m.row_value, String())
        if m.unduplicated
        else func.sum(literal(1) if isinstance(m.row_value, int) else m.row_value)
        for m in ms
    ]
    base_joins = {j for m in ms for j in m.base_joins}
    exprs = [first.dimensions[d].expr for d in dims] + ([type_coerce(first.site, String())] if of_site else [])
    folds = [first.dimensions[d].fold for d in dims] + ([None] if of_site else [])
    if not any(folds):
        groups = exprs + people
        stmt = _rows_of(first, actor, [*exprs, *inputs], dims, period, sites, {}, base_joins)
        if groups:
            stmt = stmt.group_by(*groups)
    else:  # grouped by the finer columns first; the dimensions' values come from the (far fewer) groups
        fine = [fold[0] if fold else expr for expr, fold in zip(exprs, folds, strict=True)]
        columns = [c.label(f"g{i}") for i, c in enumerate(fine)] + [c.label(f"v{i}") for i, c in enumerate(inputs)]
        inner = _rows_of(first, actor, columns, dims, period, sites, {}, base_joins).group_by(*fine, *people)
        groups_of = inner.subquery("fine")
        outer = [fold[1](groups_of.c[f"g{i}"]) if fold else groups_of.c[f"g{i}"] for i, fold in enumerate(folds)]
        values = [groups_of.c[f"v{i}"] if m.unduplicated else func.sum(groups_of.c[f"v{i}"]) for i, m in enumerate(ms)]
        unduplicated = [groups_of.c[f"v{i}"] for i, m in enumerate(ms) if m.unduplicated]
        stmt = select(*outer, *values).group_by(*outer, *unduplicated)
    n = len(dims)  # the codes need normalising, each distinct one once; the measures' inputs are used as read
    codes = _Codes()
    read = session.connection().execute(stmt).all()  # plain rows: no ORM loading step per row
    if of_site:  # the site's id read in place of its properties, which come from the program's sites
        at_site = site_codes(session, first, of_site)
        rows = [(*map(codes.__getitem__, row[:n]), *at_site[row[n]], *row[n + 1 :]) for row in read]
    else:
        rows = [(*map(codes.__getitem__, row[:n]), *row[n:]) for row in read]
    dims += of_site
    return Facts(first.family, dims, tuple(m.name for m in ms), rows)


def site_codes(session: Session, m: Measure, dimensions: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Per site (its id as stored), the codes of ``m``'s site ``dimensions``, as a read joining sites would give."""
    columns = [m.dimensions[d].expr for d in dimensions]
    stmt = select(type_coerce(Site.id, String()), *columns).outerjoin(Partner, Partner.id == Site.partner_id)
    return {row[0]: tuple(_key_part(v) for v in row[1:]) for row in session.execute(stmt)}


def total(
    session: Session,
    actor: Actor,
    measure: str,
    period: Period | None = None,
    sites: Collection[uuid.UUID] | None = None,
    filters: Mapping[str, Collection[str]] | None = None,
) -> int:
    """The measure's single figure (a dashboard tile)."""
    return aggregate(session, actor, measure, (), period, sites, filters).get((), 0)
