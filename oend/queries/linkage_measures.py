"""The measures of linkage to care, for a period and a set of sites: referrals by kind and provider, people
referred and connected (unduplicated, with n/N), days from referral to connection, and the share of reversal
survivors and of people released whose follow-up was made within 7 and 30 days.

Voided records count nowhere. Day differences are taken in Python, as date arithmetic is not portable SQL; the
rows read are a period's referrals or follow-ups, not a whole table.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import FollowUp, Participant, Provider, Referral, Reversal
from oend.model.codes import Outcome, ReferralOutcome, ReferralSource
from oend.queries.scope import within_sites

WITHIN_DAYS = (7, 30)


@dataclass(frozen=True)
class Share:
    """``n`` of ``total``, shown as n/N beside the percentage."""

    n: int
    total: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.n / self.total if self.total else None


def _scoped(stmt: Select, column: object, actor: Actor, sites: Collection[uuid.UUID] | None) -> Select:  # type: ignore[type-arg]
    if sites:
        stmt = stmt.where(column.in_(list(sites)))  # type: ignore[attr-defined]
    return within_sites(stmt, column, actor)


def _referrals(stmt: Select, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None) -> Select:  # type: ignore[type-arg]
    stmt = stmt.where(Referral.deleted.is_(False), Referral.referred_on.between(start, end))
    return _scoped(stmt, Referral.site_id, actor, sites)


def referrals_by_kind_and_provider(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> dict[tuple[str, str | None], int]:
    """Referrals made in the period by (kind code, provider name or None)."""
    stmt = select(Referral.kind, Provider.name, func.count()).outerjoin(Provider, Provider.id == Referral.provider_id)
    stmt = _referrals(stmt, actor, start, end, sites).group_by(Referral.kind, Provider.name)
    return {(kind.value, provider): int(n) for kind, provider, n in session.execute(stmt)}


def people_referred(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> int:
    """People referred in the period, each once (anonymous referrals are counted by kind, not here)."""
    stmt = _referrals(select(func.count(distinct(Referral.participant_id))), actor, start, end, sites)
    return session.scalar(stmt) or 0


def people_connected(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> Share:
    """People referred in the period who connected with a service they were referred to, of people referred."""
    stmt = _referrals(select(func.count(distinct(Referral.participant_id))), actor, start, end, sites)
    connected = session.scalar(stmt.where(Referral.outcome == ReferralOutcome.CONNECTED)) or 0
    return Share(connected, people_referred(session, actor, start, end, sites))


def median_days_to_connection(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> float | None:
    """The median days from referral to connection, over the period's referrals that connected (None: none did)."""
    stmt = select(Referral.referred_on, Referral.outcome_on).where(
        Referral.outcome == ReferralOutcome.CONNECTED, Referral.outcome_on.is_not(None)
    )
    days = [
        (connected - referred).days
        for referred, connected in session.execute(_referrals(stmt, actor, start, end, sites))
    ]
    return statistics.median(days) if days else None


def _within(starts: dict[uuid.UUID, dt.date], contacts: Iterable[tuple[uuid.UUID, dt.date]]) -> dict[int, Share]:
    """For each of ``WITHIN_DAYS``, how many of ``starts`` had a contact from their day to that many days after."""
    earliest: dict[uuid.UUID, int] = {}
    for key, done in contacts:
        start = starts.get(key)
        if start is not None and done >= start:
            earliest[key] = min(earliest.get(key, 10**6), (done - start).days)
    made = Counter({days: sum(1 for d in earliest.values() if d <= days) for days in WITHIN_DAYS})
    return {days: Share(made[days], len(starts)) for days in WITHIN_DAYS}


def _contacts() -> Select:  # type: ignore[type-arg]
    return select().where(FollowUp.deleted.is_(False), FollowUp.contact_made.is_(True), FollowUp.done_on.is_not(None))


def survivors_followed_up(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> dict[int, Share]:
    """Of the overdoses reversed in the period (the person survived), those where a follow-up of a referral made
    from the report reached someone within 7 and 30 days of the overdose."""
    reversals = select(Reversal.id, Reversal.overdose_date).where(
        Reversal.deleted.is_(False), Reversal.outcome == Outcome.SURVIVED, Reversal.overdose_date.between(start, end)
    )
    survived = {key: day for key, day in session.execute(_scoped(reversals, Reversal.site_id, actor, sites))}
    contacts = (
        _contacts()
        .add_columns(Referral.source_id, FollowUp.done_on)
        .join(Referral, Referral.id == FollowUp.referral_id)
        .where(Referral.deleted.is_(False), Referral.source_kind == ReferralSource.REVERSAL)
        .where(Referral.source_id.in_(select(reversals.subquery().c.id)))
    )
    return _within(survived, [(key, day) for key, day in session.execute(contacts)])


def released_followed_up(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> dict[int, Share]:
    """Of the people released in the period, those whose follow-up (after the release or a referral) reached
    them within 7 and 30 days of their release."""
    people = select(Participant.id, Participant.released_on).where(
        Participant.deleted.is_(False),
        Participant.merged_into_id.is_(None),
        Participant.released_on.between(start, end),
    )
    released = {key: day for key, day in session.execute(_scoped(people, Participant.home_site_id, actor, sites))}
    contacts = (
        _contacts()
        .add_columns(FollowUp.participant_id, FollowUp.done_on)
        .where(FollowUp.participant_id.in_(select(people.subquery().c.id)))
    )
    return _within(released, [(key, day) for key, day in session.execute(contacts)])
