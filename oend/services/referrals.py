"""Referrals to treatment and recovery support: recorded in a few keystrokes from the record a contact made,
with follow-ups scheduled at the program's offsets when the person agrees, then an outcome and a close.

Linkage is voluntary: nothing here is asked before naloxone, and where the program keeps counts only, a
referral keeps its kind, date, site and where it came from, and nothing that names a person or provider.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Dispensing, FollowUp, Participant, Provider, Referral, Reversal, TrainingSession
from oend.model.base import Synced
from oend.model.codes import AuditAction, ReferralKind, ReferralOutcome, ReferralSource
from oend.queries.linkage import ReferralRow, counts_only, follow_up_days, referral_row
from oend.services import audit
from oend.services.corrections import load, save_edit
from oend.services.lookup import find, find_site
from oend.services.versions import check_version

AREAS = frozenset({Area.LINKAGE})
#: The table each source kind's id points into; a release is the person released.
SOURCES: Mapping[ReferralSource, type[Synced]] = {
    ReferralSource.PARTICIPANT: Participant,
    ReferralSource.RELEASE: Participant,
    ReferralSource.TRAINING: TrainingSession,
    ReferralSource.DISPENSING: Dispensing,
    ReferralSource.REVERSAL: Reversal,
}
#: The fields of a referral a caller gives and an edit may correct.
FIELDS = (
    "referred_on",
    "site_id",
    "kind",
    "participant_id",
    "provider_id",
    "warm_handoff",
    "consent_to_follow_up",
    "source_kind",
    "source_id",
    "notes",
)
PERSONAL = ("participant_id", "provider_id", "consent_to_follow_up", "source_id", "notes")


def _person_of(source: Synced | None) -> uuid.UUID | None:
    """The person a source record names: the participant, or the one a kit went to."""
    if isinstance(source, Participant):
        return source.id
    if isinstance(source, Dispensing):
        return source.participant_id
    return None


def checked_values(
    session: Session, actor: Actor, checks: Checks, given: Mapping[str, Any], current: Referral | None = None
) -> dict[str, Any]:
    """A referral's columns from ``given`` (every one of ``FIELDS``), each bad one named in ``checks``."""
    site = find_site(session, actor, given["site_id"], checks)
    on = checks.date("referred_on", given["referred_on"], required=True)
    kind = checks.code("kind", given["kind"], ReferralKind, required=True)
    source_kind = checks.code("source_kind", given["source_kind"], ReferralSource) or ReferralSource.PARTICIPANT
    warm = checks.flag("warm_handoff", given["warm_handoff"])
    if counts_only(session):
        given = {**given, **dict.fromkeys(PERSONAL)}
    consent = checks.flag("consent_to_follow_up", given["consent_to_follow_up"])
    notes = checks.text("notes", given["notes"], max_len=2000)
    participant = find(session, Participant, given["participant_id"], "participant", checks)
    if participant is not None and participant.merged_into_id is not None:
        checks.fail("participant", "was merged into another record; use that one")
    provider = find(session, Provider, given["provider_id"], "provider", checks)
    if provider is not None and not provider.active and (current is None or current.provider_id != provider.id):
        checks.fail("provider", "{name} is retired", name=provider.name)
    source = find(session, SOURCES[source_kind], given["source_id"], "source", checks)
    named = _person_of(source)
    if participant is None and named is not None and given["participant_id"] is None:
        participant = session.get(Participant, named)
    elif participant is not None and named is not None and named != participant.id:
        checks.fail("participant", "is not the person of the record the referral is made from")
    return {
        "referred_on": on,
        "site_id": site.id if site else None,
        "kind": kind,
        "participant_id": participant.id if participant else None,
        "provider_id": provider.id if provider else None,
        "warm_handoff": bool(warm),
        "consent_to_follow_up": bool(consent),
        "source_kind": source_kind,
        "source_id": source.id if source else None,
        "notes": notes,
    }


R = TypeVar("R", Referral, FollowUp)


def at_own_site(
    session: Session, actor: Actor, model: type[R], record_id: uuid.UUID, field: str, expected_version: int | None
) -> R:
    """A live record at one of the actor's sites, still at the version the user opened it at.

    Recording what happened next (an outcome, a follow-up) is new work, open to anyone at the site, not a
    correction of someone else's entry.
    """
    record = load(session, model, record_id, field)
    if not actor.may_use_site(record.site_id):
        checks = Checks()
        checks.fail(field, "does not exist")
        checks.done()
    check_version(session, record, expected_version)
    return record


def _schedule(session: Session, actor: Actor, rows: list[FollowUp]) -> list[FollowUp]:
    for row in rows:
        audit.stamp(row, actor, new=True)
        session.add(row)
    session.flush()
    for row in rows:
        audit.record(session, actor, AuditAction.CREATE, "follow_up", row.id, after=audit.snapshot(row))
    return rows


def record_referral(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    referred_on: dt.date,
    kind: str | ReferralKind,
    participant_id: uuid.UUID | None = None,
    provider_id: uuid.UUID | None = None,
    warm_handoff: bool = False,
    consent_to_follow_up: bool = False,
    source_kind: str | ReferralSource | None = None,
    source_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> Changed[Referral]:
    """Record a referral; with consent to follow up, follow-ups fall due at the program's offsets from its date.

    From a kit hand-over or a release the person is the one the record names, unless given.
    """
    checks = Checks()
    given = {name: value for name, value in locals().items() if name in FIELDS}
    values = checked_values(session, actor, checks, given)
    checks.done()
    referral = Referral(**values)
    audit.stamp(referral, actor, new=True)
    session.add(referral)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "referral", referral.id, after=audit.snapshot(referral))
    if referral.consent_to_follow_up:
        _schedule(
            session,
            actor,
            [
                FollowUp(
                    referral_id=referral.id,
                    participant_id=referral.participant_id,
                    site_id=referral.site_id,
                    due_on=referral.referred_on + dt.timedelta(days=days),
                )
                for days in follow_up_days(session)
            ],
        )
    return Changed(referral, AREAS)


def schedule_release_follow_ups(
    session: Session, actor: Actor, participant_id: uuid.UUID, *, released_on: dt.date | None = None
) -> Changed[list[FollowUp]]:
    """Follow-ups after a person's release from their facility, at the program's offsets from the release date
    (the day given, else the day they were released or are expected to be). A release is followed up once."""
    checks = Checks()
    person = find(session, Participant, participant_id, "participant", checks, required=True)
    on = checks.date("released_on", released_on, not_future=False)
    site = None
    if person is not None:
        on = on or person.released_on or person.expected_release_date
        if on is None and checks.ok("released_on"):
            checks.fail("released_on", "is required: the person has no release date")
        site = find_site(session, actor, person.home_site_id, checks, "participant")
        already = select(FollowUp.id).where(
            FollowUp.participant_id == person.id,
            FollowUp.released_on == on,
            FollowUp.referral_id.is_(None),
            FollowUp.deleted.is_(False),
        )
        if on is not None and session.scalar(already.limit(1)) is not None:
            checks.fail("released_on", "follow-ups after the release of {day} are scheduled already", day=on)
    checks.done()
    assert person is not None and on is not None and site is not None
    rows = [
        FollowUp(participant_id=person.id, released_on=on, site_id=site.id, due_on=on + dt.timedelta(days=days))
        for days in follow_up_days(session)
    ]
    return Changed(_schedule(session, actor, rows), AREAS)


def record_outcome(
    session: Session,
    actor: Actor,
    referral_id: uuid.UUID,
    *,
    outcome: str | ReferralOutcome,
    outcome_on: dt.date,
    expected_version: int | None = None,
) -> Changed[Referral]:
    """Whether the person got there: connected, not yet, declined or lost to contact, as of a day."""
    referral = at_own_site(session, actor, Referral, referral_id, "referral", expected_version)
    checks = Checks()
    result = checks.code("outcome", outcome, ReferralOutcome, required=True)
    on = checks.date("outcome_on", outcome_on, required=True, earliest=referral.referred_on)
    checks.done()
    save_edit(session, actor, "referral", referral, {"outcome": result, "outcome_on": on})
    return Changed(referral, AREAS)


def close_referral(
    session: Session,
    actor: Actor,
    referral_id: uuid.UUID,
    *,
    closed_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Changed[Referral]:
    """Close a referral: its follow-ups still to make are no longer due. Reopening is an edit of ``closed_on``."""
    referral = at_own_site(session, actor, Referral, referral_id, "referral", expected_version)
    checks = Checks()
    if referral.closed_on is not None:
        checks.fail("referral", "was closed on {day}", day=referral.closed_on)
    on = checks.date("closed_on", closed_on or dt.date.today(), earliest=referral.referred_on)
    checks.done()
    save_edit(session, actor, "referral", referral, {"closed_on": on})
    return Changed(referral, AREAS)


def view_referral(session: Session, actor: Actor, referral_id: uuid.UUID) -> Changed[ReferralRow]:
    """A referral's details, as the actor may see them; each look is a view in the audit trail."""
    checks = Checks()
    row = referral_row(session, actor, referral_id) if isinstance(referral_id, uuid.UUID) else None
    if row is None:
        checks.fail("referral", "does not exist")
    checks.done()
    assert row is not None
    audit.record(session, actor, AuditAction.VIEW, "referral", row.id)
    return Changed(row, frozenset({Area.AUDIT}))
