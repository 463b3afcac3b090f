"""Follow-ups: the contact made (or not) after a referral or a release, and whether the person connected."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import FollowUp, Referral
from oend.model.codes import ReferralOutcome
from oend.services.corrections import opened, save_edit
from oend.services.referrals import at_own_site

AREAS = frozenset({Area.LINKAGE})
FIELDS = ("due_on", "done_on", "contact_made", "connected", "notes")


def checked_values(checks: Checks, given: Mapping[str, Any], follow_up: FollowUp) -> dict[str, Any]:
    """A follow-up's columns from ``given`` (any of ``FIELDS``, the rest as they are), each bad one named."""
    for name in sorted(set(given) - set(FIELDS)):
        checks.fail(name, "is not a field of a follow-up")
    merged = {name: getattr(follow_up, name) for name in FIELDS} | dict(given)
    due = checks.date("due_on", merged["due_on"], required=True, not_future=False)
    done = checks.date("done_on", merged["done_on"])
    contact = checks.flag("contact_made", merged["contact_made"])
    connected = checks.flag("connected", merged["connected"])
    if done is not None and contact is None:
        checks.fail("contact_made", "say whether contact was made")
    if connected and contact is False:
        checks.fail("connected", "needs contact with the person")
    if done is None and (contact is not None or connected is not None):
        checks.fail("done_on", "is required once contact is recorded")
    return {
        "due_on": due,
        "done_on": done,
        "contact_made": contact,
        "connected": connected,
        "notes": checks.text("notes", merged["notes"], max_len=2000),
    }


def _connect(session: Session, actor: Actor, follow_up: FollowUp) -> None:
    """A follow-up that finds the person connected says so on its referral too (dated by the follow-up)."""
    referral = session.get(Referral, follow_up.referral_id) if follow_up.referral_id else None
    if follow_up.connected and referral is not None and referral.outcome is not ReferralOutcome.CONNECTED:
        connected = {"outcome": ReferralOutcome.CONNECTED, "outcome_on": follow_up.done_on}
        save_edit(session, actor, "referral", referral, connected)


def record_follow_up(
    session: Session,
    actor: Actor,
    follow_up_id: uuid.UUID,
    *,
    done_on: dt.date,
    contact_made: bool,
    connected: bool | None = None,
    notes: str | None = None,
    expected_version: int | None = None,
) -> Changed[FollowUp]:
    """Record a follow-up made on ``done_on``: whether contact was made and the person connected."""
    follow_up = at_own_site(session, actor, FollowUp, follow_up_id, "follow_up", expected_version)
    checks = Checks()
    if follow_up.done_on is not None:
        checks.fail("follow_up", "was recorded on {day}; correct it instead", day=follow_up.done_on)
    given = {"done_on": done_on, "contact_made": contact_made, "connected": connected, "notes": notes}
    if not isinstance(contact_made, bool):
        checks.fail("contact_made", "say whether contact was made")
    values = checked_values(checks, given, follow_up)
    checks.done()
    save_edit(session, actor, "follow_up", follow_up, values)
    _connect(session, actor, follow_up)
    return Changed(follow_up, AREAS)


def edit_follow_up(
    session: Session, actor: Actor, follow_up_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[FollowUp]:
    """Correct a follow-up: its due day, what it found, its notes."""
    follow_up = opened(session, actor, FollowUp, follow_up_id, "follow_up", expected_version)
    checks = Checks()
    values = checked_values(checks, changes, follow_up)
    checks.done()
    save_edit(session, actor, "follow_up", follow_up, values)
    _connect(session, actor, follow_up)
    return Changed(follow_up, AREAS)
