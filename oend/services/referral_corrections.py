"""Correcting a referral (any field, its outcome, reopening it) or voiding it with its follow-ups, and voiding a
follow-up on its own: the same rules as every other correction (``oend.services.corrections``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.checks import Checks
from oend.errors import Phrase
from oend.model import FollowUp, Referral
from oend.model.codes import ReferralOutcome
from oend.services.corrections import check_changes, opened, save_edit, void_rows
from oend.services.referrals import AREAS, FIELDS, checked_values

OUTCOME_FIELDS = ("outcome", "outcome_on", "closed_on")


def edit_referral(
    session: Session, actor: Actor, referral_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[Referral]:
    """Correct any field of a referral; its follow-ups follow a new person or site."""
    referral = opened(session, actor, Referral, referral_id, "referral", expected_version)
    checks = Checks()
    check_changes(checks, changes, FIELDS + OUTCOME_FIELDS, Phrase("referral"))
    given = {name: getattr(referral, name) for name in FIELDS} | {k: v for k, v in changes.items() if k in FIELDS}
    values = checked_values(session, actor, checks, given, referral)
    if "outcome" in changes:
        values["outcome"] = checks.code("outcome", changes["outcome"], ReferralOutcome)
    for name in ("outcome_on", "closed_on"):
        if name in changes:
            values[name] = checks.date(name, changes[name], earliest=values["referred_on"])
    checks.done()
    save_edit(session, actor, "referral", referral, values)
    follow = {"participant_id": referral.participant_id, "site_id": referral.site_id}
    for follow_up in session.scalars(_follow_ups(referral.id)):
        if any(getattr(follow_up, name) != value for name, value in follow.items()):
            save_edit(session, actor, "follow_up", follow_up, follow)
    return Changed(referral, AREAS)


def _follow_ups(referral_id: uuid.UUID) -> Any:
    return select(FollowUp).where(FollowUp.referral_id == referral_id, FollowUp.deleted.is_(False))


def void_referral(
    session: Session, actor: Actor, referral_id: uuid.UUID, *, reason: str, expected_version: int | None = None
) -> Changed[Referral]:
    """Void a referral recorded by mistake or twice, and its follow-ups with it, as one correction."""
    referral = opened(session, actor, Referral, referral_id, "referral", expected_version)
    rows = [referral, *session.scalars(_follow_ups(referral.id))]
    void_rows(session, actor, "referral", rows, reason)
    return Changed(referral, AREAS)


def void_follow_up(
    session: Session, actor: Actor, follow_up_id: uuid.UUID, *, reason: str, expected_version: int | None = None
) -> Changed[FollowUp]:
    """Void one follow-up (scheduled in error, or the person asked not to be contacted)."""
    follow_up = opened(session, actor, FollowUp, follow_up_id, "follow_up", expected_version)
    void_rows(session, actor, "follow_up", [follow_up], reason)
    return Changed(follow_up, AREAS)
