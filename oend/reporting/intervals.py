"""Measures over the time between a person's events: repeat recipients within N days, days from release to
the first kit or the first contact (median), and refills per person.

These follow each person through their dated events rather than count rows, so they are computed here from
each person's dates, not by ``aggregates``; a template lists them as ``figures`` (``reports/README.md``).
Each figure carries its ``n`` (the people or hand-overs it rests on), which publication rules suppress.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Dispensing, FollowUp, Participant
from oend.model.codes import SupplyType
from oend.queries.scope import within_sites
from oend.reporting.periods import Period
from oend.reporting.rates import Rate

#: The figures a template can list, with the words printed for each.
FIGURES = {
    "repeat_recipients": "People given a kit again within {days} days",
    "days_release_to_kit": "Days from release to the first kit (median)",
    "days_release_to_contact": "Days from release to the first contact (median)",
    "refills_per_person": "Refills per person given kits",
}
DEFAULT_WITHIN_DAYS = 30


@dataclass(frozen=True)
class Figure:
    """One figure: what is printed (``shown``) and the count it rests on (``n``, suppressed when small)."""

    shown: int | float | Rate | None
    n: int


def _sited(stmt: Any, column: Any, actor: Actor, sites: Collection[uuid.UUID] | None) -> Any:
    stmt = within_sites(stmt, column, actor)
    return stmt.where(column.in_(list(sites))) if sites else stmt


def repeat_recipients(
    session: Session, actor: Actor, period: Period, sites: Collection[uuid.UUID] | None, within_days: int
) -> Figure:
    """Known people given a kit in ``period`` at most ``within_days`` days after a kit they were given before."""
    since = period.start - dt.timedelta(days=within_days)
    stmt = select(Dispensing.participant_id, Dispensing.dispensed_on).where(
        Dispensing.deleted.is_(False),
        Dispensing.participant_id.is_not(None),
        Dispensing.dispensed_on >= since,
        Dispensing.dispensed_on <= period.end,
    )
    stmt = _sited(stmt, Dispensing.site_id, actor, sites).order_by(Dispensing.participant_id, Dispensing.dispensed_on)
    last: dict[Any, dt.date] = {}
    repeat: set[Any] = set()
    for person, day in session.execute(stmt):
        before = last.get(person)
        if before is not None and period.contains(day) and (day - before).days <= within_days:
            repeat.add(person)
        last[person] = day
    return Figure(len(repeat), len(repeat))


def days_from_release(
    session: Session, actor: Actor, period: Period, sites: Collection[uuid.UUID] | None, to: str
) -> Figure:
    """The median days from the release (in ``period``) of each person released to their first kit (``to`` is
    ``kit``) or first contact made after it (``contact``), among those who had one; ``n`` is how many did."""
    released = select(Participant.id, Participant.released_on).where(
        Participant.deleted.is_(False),
        Participant.released_on >= period.start,
        Participant.released_on <= period.end,
    )
    release: dict[Any, dt.date] = {person: day for person, day in session.execute(released) if day is not None}
    stmt: Any
    if to == "kit":
        stmt = select(Dispensing.participant_id, Dispensing.dispensed_on).where(Dispensing.deleted.is_(False))
        stmt = _sited(stmt, Dispensing.site_id, actor, sites)
    else:
        stmt = select(FollowUp.participant_id, FollowUp.done_on).where(
            FollowUp.deleted.is_(False), FollowUp.contact_made.is_(True), FollowUp.done_on.is_not(None)
        )
        stmt = _sited(stmt, FollowUp.site_id, actor, sites)
    first: dict[Any, dt.date] = {}
    for person, day in session.execute(stmt.where(stmt.selected_columns[0].in_(list(release)))):
        if day >= release[person] and (person not in first or day < first[person]):
            first[person] = day
    days = [(day - release[person]).days for person, day in first.items()]
    return Figure(statistics.median(days) if days else None, len(days))


def refills_per_person(session: Session, actor: Actor, period: Period, sites: Collection[uuid.UUID] | None) -> Figure:
    """Refill hand-overs to known people in ``period`` per known person given a kit in it; ``n`` the refills."""
    stmt = select(Dispensing.participant_id, Dispensing.supply_type).where(
        Dispensing.deleted.is_(False),
        Dispensing.participant_id.is_not(None),
        Dispensing.dispensed_on >= period.start,
        Dispensing.dispensed_on <= period.end,
    )
    rows = session.execute(_sited(stmt, Dispensing.site_id, actor, sites)).all()
    people = {person for person, _ in rows}
    refills = sum(kind == SupplyType.REFILL for _, kind in rows)
    return Figure(Rate(refills, len(people), 1) if people else None, refills)


def figure(
    session: Session,
    actor: Actor,
    name: str,
    period: Period,
    sites: Collection[uuid.UUID] | None,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> Figure:
    """The figure ``name`` (one of ``FIGURES``) for ``period`` and ``sites``."""
    if name == "repeat_recipients":
        return repeat_recipients(session, actor, period, sites, within_days)
    if name == "refills_per_person":
        return refills_per_person(session, actor, period, sites)
    return days_from_release(session, actor, period, sites, "kit" if name == "days_release_to_kit" else "contact")
