"""The lists the app shows (participants, sessions, dispensing, reversals, stock) as flat exportable rows.

Each list is a column layout over one query. Codes come back as plain text (no enum objects per row)
so a million-row export spends its time in the spreadsheet library, not here; ``readable`` then writes
each code in the words of its label, one dictionary look-up per cell.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import aliased

from oend.core.actor import Actor
from oend.core.labels import labels
from oend.model import Attendance, Dispensing, Lot, Participant, Product, Reversal, Site, StockMovement, TrainingSession
from oend.model.codes import (
    AgeBand,
    Ethnicity,
    Gender,
    MovementKind,
    Outcome,
    ParticipantCategory,
    Race,
    RefillReason,
    ResponderRelation,
    ReversalSetting,
    SupplySource,
    SupplyType,
    TrainingFormat,
    WriteOffReason,
)
from oend.queries.scope import within_sites
from oend.reporting.periods import Period

TEXT, DATE, INT, BOOL, DATETIME = "text", "date", "int", "bool", "datetime"


@dataclass(frozen=True)
class Column:
    header: str
    expr: Any
    kind: str = TEXT
    width: int = 14
    codes: type[StrEnum] | None = None  # a coded column, written in the words of its labels


@dataclass(frozen=True)
class ListFilter:
    """The filters a list screen applies: a period, some sites, and column values (by header)."""

    period: Period | None = None
    sites: Collection[uuid.UUID] | None = None
    equals: Mapping[str, Collection[str]] | None = None
    include_voided: bool = False  # voided records too, with columns saying which and why
    with_codes: bool = False  # beside each column of labels, one of the codes they stand for

    def describe(self) -> str:
        parts = []
        if self.period:
            parts.append(f"period {self.period.label}")
        if self.sites:
            parts.append(f"{len(self.sites)} site(s)")
        for header, values in (self.equals or {}).items():
            parts.append(f"{header} in {sorted(values)}")
        if self.include_voided:
            parts.append("voided records included")
        if self.with_codes:
            parts.append("codes beside labels")
        return ", ".join(parts) or "no filters"


@dataclass(frozen=True)
class ListSpec:
    """A list over the rows of ``root``; its voided rows are left out unless a filter asks for them."""

    name: str
    title: str
    identifiable: bool  # holds data about people: every export is written to the audit trail
    columns: tuple[Column, ...]
    root: Any  # the model whose rows are listed
    base: Callable[[], Select[Any]]  # select_from and joins, no columns
    site: Any
    date: Any | None
    where: tuple[Any, ...]
    order: tuple[Any, ...]


def code(col: Any) -> Any:
    """A coded column read as plain text."""
    return type_coerce(col, String)


HomeSite = aliased(Site)

LISTS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (
        ListSpec(
            name="participants",
            title="Participants",
            identifiable=True,
            columns=(
                Column("Code", Participant.code),
                Column("First name", Participant.first_name),
                Column("Last name", Participant.last_name, width=18),
                Column("Date of birth", Participant.date_of_birth, DATE, 12),
                Column("Birth year", Participant.birth_year, INT, 10),
                Column("Category", code(Participant.category), width=28, codes=ParticipantCategory),
                Column("Age group", code(Participant.age_band), width=12, codes=AgeBand),
                Column("Gender", code(Participant.gender), codes=Gender),
                Column("Race", code(Participant.race), width=24, codes=Race),
                Column("Ethnicity", code(Participant.ethnicity), width=20, codes=Ethnicity),
                Column("ZIP", Participant.zip_code, width=8),
                Column("County", Participant.county),
                Column("Home site", HomeSite.code, width=10),
                Column("Expected release", Participant.expected_release_date, DATE, 12),
                Column("Released on", Participant.released_on, DATE, 12),
            ),
            root=Participant,
            base=lambda: select().select_from(Participant).outerjoin(HomeSite, HomeSite.id == Participant.home_site_id),
            site=Participant.home_site_id,
            date=None,
            where=(Participant.merged_into_id.is_(None),),
            order=(Participant.code,),
        ),
        ListSpec(
            name="sessions",
            title="Training sessions",
            identifiable=False,
            columns=(
                Column("Date", TrainingSession.session_date, DATE, 12),
                Column("Site", Site.code, width=10),
                Column("Site name", Site.name, width=28),
                Column("Format", code(TrainingSession.format), width=18, codes=TrainingFormat),
                Column("Trainer", TrainingSession.trainer_name, width=20),
                Column(
                    "Attended",
                    select(func.count())
                    .where(
                        Attendance.session_id == TrainingSession.id,
                        Attendance.completed.is_(True),
                        Attendance.deleted.is_(False),
                    )
                    .scalar_subquery(),
                    INT,
                    10,
                ),
                Column("Notes", TrainingSession.notes, width=30),
            ),
            root=TrainingSession,
            base=lambda: select().select_from(TrainingSession).join(Site, Site.id == TrainingSession.site_id),
            site=TrainingSession.site_id,
            date=TrainingSession.session_date,
            where=(),
            order=(TrainingSession.session_date, TrainingSession.id),
        ),
        ListSpec(
            name="dispensing",
            title="Dispensing",
            identifiable=True,
            columns=(
                Column("Date", Dispensing.dispensed_on, DATE, 12),
                Column("Site", Site.code, width=10),
                Column("Participant", Participant.code),
                Column(
                    "Recipient category",
                    code(func.coalesce(Participant.category, Dispensing.recipient_category)),
                    width=28,
                    codes=ParticipantCategory,
                ),
                Column("Product", Product.code, width=10),
                Column("Lot", Lot.lot_number, width=12),
                Column("Quantity", Dispensing.quantity, INT, 9),
                Column("Supply", code(Dispensing.supply_type), width=9, codes=SupplyType),
                Column("Refill reason", code(Dispensing.refill_reason), width=16, codes=RefillReason),
                Column("Source", code(Dispensing.supply_source), width=22, codes=SupplySource),
                Column("Reason note", Dispensing.reason_note, width=24),
                Column("Notes", Dispensing.notes, width=30),
            ),
            root=Dispensing,
            base=lambda: (
                select()
                .select_from(Dispensing)
                .join(Site, Site.id == Dispensing.site_id)
                .join(Product, Product.id == Dispensing.product_id)
                .join(Lot, Lot.id == Dispensing.lot_id)
                .outerjoin(Participant, Participant.id == Dispensing.participant_id)
            ),
            site=Dispensing.site_id,
            date=Dispensing.dispensed_on,
            where=(),
            order=(Dispensing.dispensed_on, Dispensing.id),
        ),
        ListSpec(
            name="reversals",
            title="Reversals",
            identifiable=True,
            columns=(
                Column("Date", Reversal.overdose_date, DATE, 12),
                Column("Site", Site.code, width=10),
                Column("Reporter", Participant.code),
                Column("ZIP", Reversal.zip_code, width=8),
                Column("County", Reversal.county),
                Column("Setting", code(Reversal.setting), width=20, codes=ReversalSetting),
                Column("Who gave naloxone", code(Reversal.responder_relation), width=24, codes=ResponderRelation),
                Column("Age group", code(Reversal.victim_age_band), width=12, codes=AgeBand),
                Column("Gender", code(Reversal.victim_gender), codes=Gender),
                Column("Doses", Reversal.doses, INT, 8),
                Column("911 called", Reversal.called_911, BOOL, 10),
                Column("Outcome", code(Reversal.outcome), width=10, codes=Outcome),
                Column("Notes", Reversal.notes, width=30),
            ),
            root=Reversal,
            base=lambda: (
                select()
                .select_from(Reversal)
                .join(Site, Site.id == Reversal.site_id)
                .outerjoin(Participant, Participant.id == Reversal.reporter_id)
            ),
            site=Reversal.site_id,
            date=Reversal.overdose_date,
            where=(),
            order=(Reversal.overdose_date, Reversal.id),
        ),
        ListSpec(
            name="stock",
            title="Stock movements",
            identifiable=False,
            columns=(
                Column("Date", StockMovement.movement_date, DATE, 12),
                Column("Site", Site.code, width=10),
                Column("Product", Product.code, width=10),
                Column("Lot", Lot.lot_number, width=12),
                Column("Expiry", Lot.expiry_date, DATE, 12),
                Column("Movement", code(StockMovement.kind), width=15, codes=MovementKind),
                Column("Quantity", StockMovement.quantity, INT, 9),
                Column("Write-off reason", code(StockMovement.write_off_reason), width=16, codes=WriteOffReason),
                Column("Reference", StockMovement.reference, width=20),
                Column("Notes", StockMovement.notes, width=30),
            ),
            root=StockMovement,
            base=lambda: (
                select()
                .select_from(StockMovement)
                .join(Site, Site.id == StockMovement.site_id)
                .join(Lot, Lot.id == StockMovement.lot_id)
                .join(Product, Product.id == Lot.product_id)
            ),
            site=StockMovement.site_id,
            date=StockMovement.movement_date,
            where=(),
            order=(StockMovement.movement_date, StockMovement.id),
        ),
    )
}


def get_list(name: str) -> ListSpec:
    try:
        return LISTS[name]
    except KeyError:
        raise ValueError(f"unknown list '{name}' (known: {', '.join(LISTS)})") from None


def readable(spec: ListSpec, rows: Iterable[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    """``rows`` with each code in the words of its label, the words the screens and reports use."""
    coded = [(i, labels(c.codes)) for i, c in enumerate(spec.columns) if c.codes is not None]
    for row in rows:
        values = list(row)
        for i, words in coded:
            if values[i] is not None:
                values[i] = words.get(values[i], values[i])
        yield tuple(values)


def _with_codes(columns: Iterable[Column]) -> tuple[Column, ...]:
    """``columns`` with each coded one followed by its codes as stored, for a sheet that is read by a program."""
    out: list[Column] = []
    for column in columns:
        out.append(column)
        if column.codes is not None:
            out.append(Column(f"{column.header} (code)", column.expr, TEXT, max(column.width // 2, 12)))
    return tuple(out)


def shown(spec: ListSpec, filters: ListFilter | None) -> ListSpec:
    """The list as ``filters`` show it: with voided records, two more columns say which they are and why;
    with codes, each column of labels is followed by the codes (labels are for people, codes for programs)."""
    if filters is None:
        return spec
    columns = _with_codes(spec.columns) if filters.with_codes else spec.columns
    if filters.include_voided:
        voided = (Column("Voided", spec.root.deleted, BOOL, 8), Column("Void reason", spec.root.void_reason, width=30))
        columns = (*columns, *voided)
    return replace(spec, columns=columns)


def statement(spec: ListSpec, actor: Actor, filters: ListFilter | None = None) -> Select[Any]:
    """The list's rows, filtered and limited to the actor's sites, in a stable order."""
    filters = filters or ListFilter()
    stmt = spec.base().add_columns(*(c.expr for c in spec.columns)).where(*spec.where)
    if not filters.include_voided:
        stmt = stmt.where(spec.root.deleted.is_(False))
    if filters.period is not None:
        if spec.date is None:
            raise ValueError(f"the {spec.name} list has no date to filter by")
        stmt = stmt.where(spec.date >= filters.period.start, spec.date <= filters.period.end)
    if filters.sites:
        stmt = stmt.where(spec.site.in_(list(filters.sites)))
    by_header = {c.header.lower(): c for c in spec.columns}
    for header, values in (filters.equals or {}).items():
        column = by_header.get(header.lower())
        if column is None:
            raise ValueError(f"the {spec.name} list has no column '{header}'")
        stmt = stmt.where(column.expr.in_([str(v) for v in values]))
    return within_sites(stmt, spec.site, actor).order_by(*spec.order)
