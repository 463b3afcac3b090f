"""Linkage to care as the screens read it: the program's linkage settings, its providers, a person's referrals
and follow-ups, and the follow-ups due at the user's sites."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from oend.core.actor import Actor
from oend.model import FollowUp, Participant, Provider, Referral, Site
from oend.model.codes import ReferralKind, ReferralOutcome, ReferralSource
from oend.queries.choices import Choice
from oend.queries.scope import within_sites
from oend.queries.settings import stored

#: The settings row of linkage to care: ``follow_up_days`` and ``counts_only``.
LINKAGE_KEY = "linkage"
#: Recovery check-ups a week, a month and three months after a referral or a release.
DEFAULT_FOLLOW_UP_DAYS = (7, 30, 90)


def follow_up_days(session: Session) -> tuple[int, ...]:
    """The days after a referral or release at which follow-ups fall due (a program setting)."""
    value = stored(session, LINKAGE_KEY).get("follow_up_days")
    return tuple(int(v) for v in value) if isinstance(value, list) else DEFAULT_FOLLOW_UP_DAYS


def counts_only(session: Session) -> bool:
    """True where a program's rules allow only counts: referrals then keep no person, provider or notes."""
    return bool(stored(session, LINKAGE_KEY).get("counts_only", False))


@dataclass(frozen=True)
class ProviderRow:
    id: uuid.UUID
    name: str
    kind: ReferralKind | None
    region: str | None
    active: bool
    referrals: int


def provider_rows(session: Session, *, include_retired: bool = True) -> list[ProviderRow]:
    """Providers by name with how many live referrals name each."""
    referred = (
        select(func.count()).where(Referral.provider_id == Provider.id, Referral.deleted.is_(False)).scalar_subquery()
    )
    stmt = select(Provider.id, Provider.name, Provider.kind, Provider.region, Provider.active, referred).where(
        Provider.deleted.is_(False)
    )
    if not include_retired:
        stmt = stmt.where(Provider.active.is_(True))
    rows = session.execute(stmt.order_by(func.lower(Provider.name)))
    return [ProviderRow(row[0], row[1], row[2], row[3], row[4], int(row[5])) for row in rows]


@dataclass(frozen=True)
class ReferralRow:
    id: uuid.UUID
    version: int
    referred_on: dt.date
    site_id: uuid.UUID
    site_code: str
    participant_id: uuid.UUID | None
    participant_code: str | None
    kind: ReferralKind
    provider_id: uuid.UUID | None
    provider_name: str | None
    warm_handoff: bool
    consent_to_follow_up: bool
    source_kind: ReferralSource
    source_id: uuid.UUID | None
    outcome: ReferralOutcome | None
    outcome_on: dt.date | None
    closed_on: dt.date | None
    notes: str | None


def _referral_select() -> Select:  # type: ignore[type-arg]
    return (
        select(
            Referral.id,
            Referral.version,
            Referral.referred_on,
            Referral.site_id,
            Site.code,
            Referral.participant_id,
            Participant.code,
            Referral.kind,
            Referral.provider_id,
            Provider.name,
            Referral.warm_handoff,
            Referral.consent_to_follow_up,
            Referral.source_kind,
            Referral.source_id,
            Referral.outcome,
            Referral.outcome_on,
            Referral.closed_on,
            Referral.notes,
        )
        .join(Site, Site.id == Referral.site_id)
        .outerjoin(Participant, Participant.id == Referral.participant_id)
        .outerjoin(Provider, Provider.id == Referral.provider_id)
        .where(Referral.deleted.is_(False))
    )


def referral_row(session: Session, actor: Actor, referral_id: uuid.UUID) -> ReferralRow | None:
    """One live referral at the actor's sites (the services record the view)."""
    stmt = within_sites(_referral_select().where(Referral.id == referral_id), Referral.site_id, actor)
    row = session.execute(stmt).one_or_none()
    return ReferralRow(*row) if row is not None else None


def referrals_of(session: Session, actor: Actor, participant_id: uuid.UUID) -> list[ReferralRow]:
    """A person's referrals at the actor's sites, newest first."""
    stmt = within_sites(_referral_select().where(Referral.participant_id == participant_id), Referral.site_id, actor)
    stmt = stmt.order_by(Referral.referred_on.desc(), Referral.id.desc())
    return [ReferralRow(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    version: int
    due_on: dt.date
    site_code: str
    participant_code: str | None
    referral_id: uuid.UUID | None
    kind: ReferralKind | None  # the referral's; None for a follow-up after release
    released_on: dt.date | None
    done_on: dt.date | None
    contact_made: bool | None
    connected: bool | None
    notes: str | None


def _follow_up_select() -> Select:  # type: ignore[type-arg]
    person = aliased(Participant)
    return (
        select(
            FollowUp.id,
            FollowUp.version,
            FollowUp.due_on,
            Site.code,
            person.code,
            FollowUp.referral_id,
            Referral.kind,
            FollowUp.released_on,
            FollowUp.done_on,
            FollowUp.contact_made,
            FollowUp.connected,
            FollowUp.notes,
        )
        .join(Site, Site.id == FollowUp.site_id)
        .outerjoin(Referral, Referral.id == FollowUp.referral_id)
        .outerjoin(person, person.id == FollowUp.participant_id)
        .where(FollowUp.deleted.is_(False))
    )


def follow_ups_of(session: Session, actor: Actor, participant_id: uuid.UUID) -> list[FollowUpRow]:
    """A person's follow-ups (after their referrals and their release), soonest due first."""
    stmt = _follow_up_select().where(FollowUp.participant_id == participant_id)
    stmt = within_sites(stmt, FollowUp.site_id, actor).order_by(FollowUp.due_on, FollowUp.id)
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def follow_up_row(session: Session, actor: Actor, follow_up_id: uuid.UUID) -> FollowUpRow | None:
    stmt = within_sites(_follow_up_select().where(FollowUp.id == follow_up_id), FollowUp.site_id, actor)
    row = session.execute(stmt).one_or_none()
    return FollowUpRow(*row) if row is not None else None


def _open_and_due(today: dt.date) -> list[ColumnElement[bool]]:
    """A follow-up still to make: not done, due by ``today``, and not of a referral closed or voided."""
    return [
        FollowUp.deleted.is_(False),
        FollowUp.done_on.is_(None),
        FollowUp.due_on <= today,
        or_(
            FollowUp.referral_id.is_(None),
            select(Referral.id)
            .where(Referral.id == FollowUp.referral_id, Referral.deleted.is_(False), Referral.closed_on.is_(None))
            .correlate(FollowUp)
            .exists(),
        ),
    ]


def _at(stmt: Select, sites: Collection[uuid.UUID] | None) -> Select:  # type: ignore[type-arg]
    return stmt.where(FollowUp.site_id.in_(list(sites))) if sites else stmt


def follow_ups_due(
    session: Session, actor: Actor, today: dt.date, sites: Collection[uuid.UUID] | None, limit: int = 10_000
) -> list[FollowUpRow]:
    """The follow-ups due by ``today`` at ``sites`` (all the actor's when None), longest overdue first."""
    stmt = within_sites(_at(_follow_up_select().where(*_open_and_due(today)), sites), FollowUp.site_id, actor)
    stmt = stmt.order_by(FollowUp.due_on, FollowUp.id).limit(limit)
    return [FollowUpRow(*row) for row in session.execute(stmt)]


def count_follow_ups_due(
    session: Session, actor: Actor, today: dt.date, sites: Collection[uuid.UUID] | None, cap: int | None = None
) -> int:
    """How many follow-ups ``follow_ups_due`` lists (the Today figure), counted up to ``cap`` when given: past
    it the figure asks for no other action, and a program that never closes its referrals has tens of
    thousands."""
    due = within_sites(_at(select(FollowUp.id).where(*_open_and_due(today)), sites), FollowUp.site_id, actor)
    if cap is not None:
        due = due.limit(cap)
    return session.scalar(select(func.count()).select_from(due.subquery())) or 0


def next_follow_ups(session: Session, actor: Actor, participant_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, dt.date]:
    """Each of ``participant_ids``'s soonest follow-up still to make (the prison release list's column)."""
    if not participant_ids:
        return {}
    stmt = (
        select(FollowUp.participant_id, func.min(FollowUp.due_on))
        .where(
            FollowUp.deleted.is_(False),
            FollowUp.done_on.is_(None),
            FollowUp.participant_id.in_(list(participant_ids)),
        )
        .group_by(FollowUp.participant_id)
    )
    return {person: due for person, due in session.execute(within_sites(stmt, FollowUp.site_id, actor)) if person}


def provider_choices(session: Session, kind: ReferralKind | None = None) -> list[Choice]:
    """Providers in use, by name; those that mainly offer ``kind`` (or say nothing of it) first."""
    stmt = select(Provider.id, Provider.name, Provider.kind).where(
        Provider.deleted.is_(False), Provider.active.is_(True)
    )
    rows = sorted(
        session.execute(stmt), key=lambda r: (kind is not None and r.kind not in (kind, None), r.name.lower())
    )
    return [Choice(r.id, r.name, r.name, r.kind.value if r.kind else "") for r in rows]
