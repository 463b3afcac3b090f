"""The lists behind the figures of the Today page: who was trained, which kits, which reports, who is due a kit.

Each reads the same rows its figure counts (same dates, sites and scope), newest first, at most ``limit``.
Codes come back as codes; the screen writes them in words.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Attendance, Dispensing, Lot, Participant, Product, Reversal, Site, TrainingSession
from oend.queries.refill_due import latest_reports, no_kit_since, none_in_date
from oend.queries.scope import within_sites

LIMIT = 10_000


@dataclass(frozen=True)
class DueRow:
    code: str
    reason: str  # "expired": every kit they hold has expired; "used": reported a use, no kit since
    since: dt.date  # the expiry of their last kit, or the day of the overdose they reported


def _at(stmt: Select, column: object, sites: Collection[uuid.UUID] | None) -> Select:  # type: ignore[type-arg]
    return stmt.where(column.in_(list(sites))) if sites else stmt  # type: ignore[attr-defined]


def people_trained(
    session: Session,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    sites: Collection[uuid.UUID] | None,
    limit: int = LIMIT,
) -> list[tuple[str, str, dt.date, str]]:
    """(code, name, last session date, its site code) of each person trained in the period."""
    last = func.max(TrainingSession.session_date)
    stmt = (
        select(Participant.code, Participant.first_name, Participant.last_name, last, func.min(Site.code))
        .join(Attendance, Attendance.participant_id == Participant.id)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(Site, Site.id == TrainingSession.site_id)
        .where(
            Attendance.deleted.is_(False),
            TrainingSession.deleted.is_(False),
            TrainingSession.session_date.between(start, end),
        )
        .group_by(Participant.id, Participant.code, Participant.first_name, Participant.last_name)
    )
    stmt = within_sites(_at(stmt, TrainingSession.site_id, sites), TrainingSession.site_id, actor)
    rows = session.execute(stmt.order_by(last.desc(), Participant.code).limit(limit))
    return [(code, " ".join(p for p in (first, last_) if p), day, site) for code, first, last_, day, site in rows]


def kits_handed_out(
    session: Session,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    sites: Collection[uuid.UUID] | None,
    limit: int = LIMIT,
) -> list[tuple[dt.date, str, str, str, str, int, str, str | None]]:
    """(date, site, participant code or "", product, lot, kits, supply type, refill reason) in the period."""
    stmt = (
        select(
            Dispensing.dispensed_on,
            Site.code,
            func.coalesce(Participant.code, ""),
            Product.name,
            Lot.lot_number,
            Dispensing.quantity,
            Dispensing.supply_type,
            Dispensing.refill_reason,
        )
        .join(Site, Site.id == Dispensing.site_id)
        .join(Lot, Lot.id == Dispensing.lot_id)
        .join(Product, Product.id == Lot.product_id)
        .outerjoin(Participant, Participant.id == Dispensing.participant_id)
        .where(Dispensing.deleted.is_(False), Dispensing.dispensed_on.between(start, end))
    )
    stmt = within_sites(_at(stmt, Dispensing.site_id, sites), Dispensing.site_id, actor)
    rows = session.execute(stmt.order_by(Dispensing.dispensed_on.desc(), Site.code).limit(limit))
    return [
        (day, site, code, product, lot, kits, supply.value, reason.value if reason else None)
        for day, site, code, product, lot, kits, supply, reason in rows
    ]


def reversals_reported(
    session: Session,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    sites: Collection[uuid.UUID] | None,
    limit: int = LIMIT,
) -> list[tuple[dt.date, str, str, str]]:
    """(overdose date, site, reporter's code or "", outcome) of each report in the period."""
    stmt = (
        select(Reversal.overdose_date, Site.code, func.coalesce(Participant.code, ""), Reversal.outcome)
        .join(Site, Site.id == Reversal.site_id)
        .outerjoin(Participant, Participant.id == Reversal.reporter_id)
        .where(Reversal.deleted.is_(False), Reversal.overdose_date.between(start, end))
    )
    stmt = within_sites(_at(stmt, Reversal.site_id, sites), Reversal.site_id, actor)
    rows = session.execute(stmt.order_by(Reversal.overdose_date.desc(), Site.code).limit(limit))
    return [(day, site, code, outcome.value) for day, site, code, outcome in rows]


def due_a_new_kit(
    session: Session, actor: Actor, today: dt.date, sites: Collection[uuid.UUID] | None, limit: int = LIMIT
) -> list[DueRow]:
    """The people the "due a new kit" figure counts (see ``reporting.alerts.awaiting_refill``), by code."""
    holders = (
        select(Participant.code, func.max(Lot.expiry_date))
        .join(Dispensing, Dispensing.participant_id == Participant.id)
        .join(Lot, Lot.id == Dispensing.lot_id)
        .where(Dispensing.deleted.is_(False))
        .group_by(Participant.id, Participant.code)
        .having(none_in_date(today))
    )
    holders = within_sites(_at(holders, Dispensing.site_id, sites), Dispensing.site_id, actor)
    latest = latest_reports(actor, sites)
    used = (
        select(Participant.code, latest.c.reported)
        .join(latest, latest.c.reporter_id == Participant.id)
        .where(no_kit_since(latest))
    )
    rows = [DueRow(code, "expired", day) for code, day in session.execute(holders.limit(limit))]
    rows += [DueRow(code, "used", day) for code, day in session.execute(used.limit(limit))]
    return sorted(rows, key=lambda r: (r.since, r.code))[:limit]
