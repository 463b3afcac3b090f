"""Correcting training records: a session's own fields and topics, one attendee taken off, a session voided."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import Phrase
from oend.model import Attendance, Dispensing, Participant, TrainingSession
from oend.services.corrections import (
    check_changes,
    linked_kits,
    load,
    opened,
    require_may_correct,
    save_edit,
    void_rows,
)
from oend.services.trainings import AREAS, checked_fields
from oend.services.versions import check_version

EDITABLE = ("session_date", "site_id", "format", "topics", "trainer_id", "trainer_name", "notes")
CHANGED = AREAS | {Area.PARTICIPANTS}


def edit_training(
    session: Session, actor: Actor, training_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[TrainingSession]:
    """Correct a session's date, site, format, topics, trainer or notes."""
    training = opened(session, actor, TrainingSession, training_id, "training_session", expected_version)
    checks = Checks()
    check_changes(checks, changes, EDITABLE, Phrase("training session"))
    given = {name: getattr(training, name) for name in EDITABLE if name != "topics"} | changes
    if "trainer_id" in changes and "trainer_name" not in changes:
        given["trainer_name"] = None  # the new trainer's own name
    values = checked_fields(session, actor, checks, given)
    checks.done()
    save_edit(session, actor, "training_session", training, values)
    return Changed(training, CHANGED)


def remove_attendee(
    session: Session,
    actor: Actor,
    training_id: uuid.UUID,
    participant_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[TrainingSession]:
    """Take one person off a session's list (entered by mistake): their attendance is voided, not erased."""
    training = load(session, TrainingSession, training_id, "training_session")
    checks = Checks()
    row = session.scalar(
        select(Attendance).where(
            Attendance.session_id == training.id,
            Attendance.participant_id == participant_id,
            Attendance.deleted.is_(False),
        )
    )
    if row is None:
        checks.fail("participant", "is not on this session's list")
    checks.done()
    assert row is not None
    require_may_correct(session, actor, row, [training.site_id])
    check_version(session, row, expected_version)
    void_rows(session, actor, "attendance", [row], reason)
    session.refresh(training)
    return Changed(training, CHANGED)


def _no_linked_kits(session: Session, training: TrainingSession, checks: Checks) -> None:
    if kits := linked_kits(session, Dispensing.training_session_id, training.id):
        checks.fail(
            "training_session",
            "{kits} kit hand-over(s) are linked to this session: void them or link them to the session kept first",
            kits=kits,
        )


def void_training(
    session: Session,
    actor: Actor,
    training_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[TrainingSession]:
    """Void a session recorded by mistake (or twice) with everyone on its list, as one audited correction.

    Kits handed out at it were really handed out: they are refused until voided or linked to the session kept.
    """
    training = opened(session, actor, TrainingSession, training_id, "training_session", expected_version)
    attendance = session.scalars(
        select(Attendance)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.session_id == training.id, Attendance.deleted.is_(False))
        .order_by(Participant.code)
    ).all()
    void_rows(
        session,
        actor,
        "training_session",
        [training, *attendance],
        reason,
        refuse=partial(_no_linked_kits, session, training),
    )
    session.refresh(training)
    return Changed(training, CHANGED)
