"""The lists of the daily pages: training sessions, their attendees, kits handed out, reversals reported.

Each list is ordered newest first and read a page at a time (``offset``/``limit``), scoped to the actor's sites.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from oend.core.actor import Actor
from oend.model import Attendance, Dispensing, Lot, Participant, Product, Reversal, Site, TrainingSession
from oend.queries.scope import within_sites


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    session_date: dt.date
    site_id: uuid.UUID
    site_code: str
    format: str
    trainer_name: str | None
    topics: int
    attendees: int


def training_sessions(
    session: Session, actor: Actor, *, site_id: uuid.UUID | None = None, offset: int = 0, limit: int = 200
) -> list[SessionRow]:
    """Sessions, newest first, with how many people attended."""
    attended = (
        select(func.count())
        .where(Attendance.session_id == TrainingSession.id, Attendance.deleted.is_(False))
        .scalar_subquery()
    )
    stmt = (
        select(
            TrainingSession.id,
            TrainingSession.session_date,
            TrainingSession.site_id,
            Site.code,
            TrainingSession.format,
            TrainingSession.trainer_name,
            TrainingSession.topics,
            attended,
        )
        .join(Site, Site.id == TrainingSession.site_id)
        .where(TrainingSession.deleted.is_(False))
    )
    if site_id is not None:
        stmt = stmt.where(TrainingSession.site_id == site_id)
    stmt = within_sites(stmt, TrainingSession.site_id, actor)
    stmt = stmt.order_by(TrainingSession.session_date.desc(), TrainingSession.id.desc()).offset(offset).limit(limit)
    return [
        SessionRow(r[0], r[1], r[2], r[3], r[4].value, r[5], len(r[6] or []), int(r[7])) for r in session.execute(stmt)
    ]


@dataclass(frozen=True)
class AttendeeRow:
    participant_id: uuid.UUID
    code: str
    name: str
    pre_score: int | None
    post_score: int | None
    kits: int  # kits handed out at this session


def attendees(session: Session, actor: Actor, training_id: uuid.UUID) -> list[AttendeeRow]:
    """The people at one session, by code, with the kits each took there."""
    kits = (
        select(func.coalesce(func.sum(Dispensing.quantity), 0))
        .where(
            Dispensing.training_session_id == training_id,
            Dispensing.participant_id == Attendance.participant_id,
            Dispensing.deleted.is_(False),
        )
        .scalar_subquery()
    )
    stmt = (
        select(
            Participant.id,
            Participant.code,
            Participant.first_name,
            Participant.last_name,
            Attendance.pre_score,
            Attendance.post_score,
            kits,
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(Attendance.session_id == training_id, Attendance.deleted.is_(False))
        .order_by(Participant.code)
    )
    stmt = within_sites(stmt, TrainingSession.site_id, actor)
    return [
        AttendeeRow(r[0], r[1], " ".join(p for p in (r[2], r[3]) if p), r[4], r[5], int(r[6]))
        for r in session.execute(stmt)
    ]


@dataclass(frozen=True)
class DispensingRow:
    id: uuid.UUID
    dispensed_on: dt.date
    site_code: str
    participant_code: str | None
    recipient_category: str | None
    product_name: str
    lot_number: str
    quantity: int
    supply_type: str
    refill_reason: str | None


def dispensings(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID | None = None,
    participant_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[DispensingRow]:
    """Kits handed out, newest first."""
    stmt = (
        select(
            Dispensing.id,
            Dispensing.dispensed_on,
            Site.code,
            Participant.code,
            Dispensing.recipient_category,
            Product.name,
            Lot.lot_number,
            Dispensing.quantity,
            Dispensing.supply_type,
            Dispensing.refill_reason,
        )
        .join(Site, Site.id == Dispensing.site_id)
        .join(Product, Product.id == Dispensing.product_id)
        .join(Lot, Lot.id == Dispensing.lot_id)
        .outerjoin(Participant, Participant.id == Dispensing.participant_id)
        .where(Dispensing.deleted.is_(False))
    )
    if site_id is not None:
        stmt = stmt.where(Dispensing.site_id == site_id)
    if participant_id is not None:
        stmt = stmt.where(Dispensing.participant_id == participant_id)
    stmt = within_sites(stmt, Dispensing.site_id, actor)
    stmt = stmt.order_by(Dispensing.dispensed_on.desc(), Dispensing.id.desc()).offset(offset).limit(limit)
    return [
        DispensingRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4].value if r[4] else None,
            r[5],
            r[6],
            r[7],
            r[8].value,
            r[9].value if r[9] else None,
        )
        for r in session.execute(stmt)
    ]


@dataclass(frozen=True)
class ReversalRow:
    id: uuid.UUID
    overdose_date: dt.date
    site_id: uuid.UUID
    site_code: str
    reporter_id: uuid.UUID | None
    reporter_code: str | None
    responder_relation: str | None
    doses: int | None
    outcome: str
    called_911: bool | None
    replacement_kits: int  # kits handed out against this report


def reversals(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID | None = None,
    reporter_id: uuid.UUID | None = None,
    offset: int = 0,
    limit: int = 200,
    replaced: Mapping[uuid.UUID, int] | None = None,
) -> list[ReversalRow]:
    """Reversals reported, newest first, with whether a replacement kit went out.

    ``replaced`` is ``replacement_kits(session)`` read beforehand (a page that scrolls reads it once).
    """
    reporter = aliased(Participant)
    stmt = (
        select(
            Reversal.id,
            Reversal.overdose_date,
            Reversal.site_id,
            Site.code,
            Reversal.reporter_id,
            reporter.code,
            Reversal.responder_relation,
            Reversal.doses,
            Reversal.outcome,
            Reversal.called_911,
        )
        .join(Site, Site.id == Reversal.site_id)
        .outerjoin(reporter, reporter.id == Reversal.reporter_id)
        .where(Reversal.deleted.is_(False))
    )
    if site_id is not None:
        stmt = stmt.where(Reversal.site_id == site_id)
    if reporter_id is not None:
        stmt = stmt.where(Reversal.reporter_id == reporter_id)
    stmt = within_sites(stmt, Reversal.site_id, actor)
    stmt = stmt.order_by(Reversal.overdose_date.desc(), Reversal.id.desc()).offset(offset).limit(limit)
    rows = session.execute(stmt).all()
    if replaced is None:
        replaced = replacement_kits(session, [r[0] for r in rows])
    return [
        ReversalRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6].value if r[6] else None,
            r[7],
            r[8].value,
            r[9],
            replaced.get(r[0], 0),
        )
        for r in rows
    ]


def replacement_kits(session: Session, reversal_ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    """Kits handed out against each reversal of ``reversal_ids``, or of every reversal (absent: none).

    One grouped read for a whole page (or list): a per-row subquery reads the dispensings once per reversal.
    """
    if reversal_ids is not None and not reversal_ids:
        return {}
    stmt = select(Dispensing.reversal_id, func.sum(Dispensing.quantity)).where(
        Dispensing.reversal_id.is_not(None) if reversal_ids is None else Dispensing.reversal_id.in_(list(reversal_ids)),
        Dispensing.deleted.is_(False),
    )
    rows = session.execute(stmt.group_by(Dispensing.reversal_id))
    # The WHERE leaves out dispensings without a reversal; the ``is not None`` only narrows the type.
    return {reversal_id: int(kits or 0) for reversal_id, kits in rows if reversal_id is not None}


@dataclass(frozen=True)
class TrainingAttended:
    session_id: uuid.UUID
    session_date: dt.date
    site_code: str
    format: str
    pre_score: int | None
    post_score: int | None


def trainings_attended(session: Session, actor: Actor, participant_id: uuid.UUID) -> list[TrainingAttended]:
    """The sessions one person attended, newest first."""
    stmt = (
        select(
            TrainingSession.id,
            TrainingSession.session_date,
            Site.code,
            TrainingSession.format,
            Attendance.pre_score,
            Attendance.post_score,
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Site, Site.id == TrainingSession.site_id)
        .where(
            Attendance.participant_id == participant_id,
            Attendance.deleted.is_(False),
            TrainingSession.deleted.is_(False),
        )
        .order_by(TrainingSession.session_date.desc())
    )
    stmt = within_sites(stmt, TrainingSession.site_id, actor)
    return [TrainingAttended(r[0], r[1], r[2], r[3].value, r[4], r[5]) for r in session.execute(stmt)]
