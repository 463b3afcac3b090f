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
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, distinct, func, select
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
    stmt = _referrals(select(func.count(distinct(connected_person()))), actor, start, end, sites)
    connected = session.scalar(stmt) or 0
    return Share(connected, people_referred(session, actor, start, end, sites))


#: A referral that led the person to the service.
CONNECTED = (Referral.outcome == ReferralOutcome.CONNECTED, Referral.outcome_on.is_not(None))


def connected_person() -> Any:
    """Per referral: the person referred when they connected, else NULL (counted once, like people referred)."""
    return case((Referral.outcome == ReferralOutcome.CONNECTED, Referral.participant_id), else_=None)


def median_days(pairs: Iterable[tuple[dt.date, dt.date]]) -> float | None:
    """The median days from each ``(referred, connected)`` pair's referral to its connection (None: no pair)."""
    days = [(connected - referred).days for referred, connected in pairs]
    return statistics.median(days) if days else None


def median_days_to_connection(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> float | None:
    """The median days from referral to connection, over the period's referrals that connected (None: none did)."""
    stmt = select(Referral.referred_on, Referral.outcome_on).where(*CONNECTED)
    return median_days(session.execute(_referrals(stmt, actor, start, end, sites)).all())


def within(rows: Iterable[tuple[dt.date, dt.date | None]]) -> dict[int, Share]:
    """Of the ``(start, first contact on or after it)`` pairs, for each of ``WITHIN_DAYS``, how many had their
    contact within that many days; every pair counts in N."""
    rows = list(rows)
    waits = [(contact - start).days for start, contact in rows if contact is not None]
    return {days: Share(sum(1 for w in waits if w <= days), len(rows)) for days in WITHIN_DAYS}


def _contact(after: Any) -> Select:  # type: ignore[type-arg]
    """The earliest follow-up that reached the person on or after ``after``."""
    return select(func.min(FollowUp.done_on)).where(
        FollowUp.deleted.is_(False),
        FollowUp.contact_made.is_(True),
        FollowUp.done_on.is_not(None),
        FollowUp.done_on >= after,
    )


#: A reversal counted in the follow-up measures: the person survived.
SURVIVED = (Reversal.deleted.is_(False), Reversal.outcome == Outcome.SURVIVED)
#: A person counted in the follow-up measures after release.
RELEASED = (Participant.deleted.is_(False), Participant.merged_into_id.is_(None), Participant.released_on.is_not(None))


def first_contact_after_reversal() -> Any:
    """Per reversal (correlated): the day a follow-up of a referral made from its report first reached someone."""
    stmt = _contact(Reversal.overdose_date).join(Referral, Referral.id == FollowUp.referral_id)
    stmt = stmt.where(
        Referral.deleted.is_(False), Referral.source_kind == ReferralSource.REVERSAL, Referral.source_id == Reversal.id
    )
    return stmt.correlate(Reversal).scalar_subquery()


def first_contact_after_release() -> Any:
    """Per person (correlated): the day a follow-up (after the release or a referral) first reached them."""
    stmt = _contact(Participant.released_on).where(FollowUp.participant_id == Participant.id)
    return stmt.correlate(Participant).scalar_subquery()


def survivors_followed_up(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> dict[int, Share]:
    """Of the overdoses reversed in the period (the person survived), those where a follow-up of a referral made
    from the report reached someone within 7 and 30 days of the overdose."""
    stmt = select(Reversal.overdose_date, first_contact_after_reversal()).where(
        *SURVIVED, Reversal.overdose_date.between(start, end)
    )
    return within(session.execute(_scoped(stmt, Reversal.site_id, actor, sites)).all())


def released_followed_up(
    session: Session, actor: Actor, start: dt.date, end: dt.date, sites: Collection[uuid.UUID] | None = None
) -> dict[int, Share]:
    """Of the people released in the period, those whose follow-up (after the release or a referral) reached
    them within 7 and 30 days of their release."""
    stmt = select(Participant.released_on, first_contact_after_release()).where(
        *RELEASED, Participant.released_on.between(start, end)
    )
    return within(session.execute(_scoped(stmt, Participant.home_site_id, actor, sites)).all())
