"""Recording training sessions, the curriculum they covered and who attended."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Attendance, Participant, TrainingSession, User
from oend.model.codes import AuditAction, TrainingFormat
from oend.queries.activity import SessionRow, training_sessions
from oend.services import audit
from oend.services.lookup import find, find_site
from oend.services.topics import check_covered

AREAS = frozenset({Area.TRAININGS})


@dataclass(frozen=True)
class Attendee:
    """One person at a session, with the optional knowledge check (scores out of 100)."""

    participant_id: uuid.UUID
    pre_score: int | None = None
    post_score: int | None = None
    completed: bool = True


def _check_attendees(
    session: Session, actor: Actor, checks: Checks, attendees: Sequence[Attendee], already: set[uuid.UUID]
) -> list[tuple[Attendee, Participant]]:
    """Each attendee must exist, be visible to the actor, and appear once."""
    found: list[tuple[Attendee, Participant]] = []
    if not isinstance(attendees, (list, tuple)):
        checks.fail("attendees", "must be a list of attendees")
        return found
    seen = set(already)
    for index, attendee in enumerate(attendees, start=1):
        field = f"attendees[{index}]"
        if not isinstance(attendee, Attendee):
            checks.fail(field, "is not an attendee")
            continue
        participant = find(session, Participant, attendee.participant_id, field, checks)
        if participant is not None and not actor.may_use_site(participant.home_site_id):
            checks.fail(field, "does not exist")
            continue
        if participant is not None and participant.merged_into_id is not None:
            checks.fail(field, "{code} was merged into another record", code=participant.code)
            continue
        checks.integer(f"{field}.pre_score", attendee.pre_score, low=0, high=100)
        checks.integer(f"{field}.post_score", attendee.post_score, low=0, high=100)
        if participant is None:
            continue
        if participant.id in seen:
            checks.fail(field, "{code} is already on the list", code=participant.code)
            continue
        seen.add(participant.id)
        found.append((attendee, participant))
    return found


def _add_attendance(
    session: Session, actor: Actor, training: TrainingSession, attendees: list[tuple[Attendee, Participant]]
) -> None:
    for attendee, participant in attendees:
        row = Attendance(
            session_id=training.id,
            participant_id=participant.id,
            pre_score=attendee.pre_score,
            post_score=attendee.post_score,
            completed=attendee.completed,
        )
        audit.stamp(row, actor, new=True)
        session.add(row)
    session.flush()


def checked_fields(session: Session, actor: Actor, checks: Checks, given: Mapping[str, Any]) -> dict[str, Any]:
    """A session's own columns from ``given``, each bad one named; topics are checked only when given
    (a correction keeps a retired topic the session really covered)."""
    on = checks.date("session_date", given["session_date"], required=True)
    site = find_site(session, actor, given["site_id"], checks)
    kind = checks.code("format", given["format"], TrainingFormat, required=True)
    trainer = find(session, User, given["trainer_id"], "trainer", checks)
    name = checks.text("trainer_name", given["trainer_name"], max_len=120)
    values: dict[str, Any] = {
        "session_date": on,
        "site_id": site.id if site else None,
        "format": kind,
        "trainer_id": trainer.id if trainer else None,
        "trainer_name": name or (trainer.display_name if trainer else None),
        "notes": checks.text("notes", given["notes"], max_len=2000),
    }
    if "topics" in given:
        values["topics"] = check_covered(session, checks, "topics", given["topics"])
        if checks.ok("topics") and not values["topics"]:
            checks.fail("topics", "tick at least one topic covered")
    return values


def record_training(
    session: Session,
    actor: Actor,
    *,
    session_date: dt.date,
    site_id: uuid.UUID,
    format: str | TrainingFormat,
    topics: Sequence[str],
    trainer_id: uuid.UUID | None = None,
    trainer_name: str | None = None,
    attendees: Sequence[Attendee] = (),
    notes: str | None = None,
) -> Changed[TrainingSession]:
    """A session with its topics and attendees, written together or not at all."""
    checks = Checks()
    given = {
        "session_date": session_date,
        "site_id": site_id,
        "format": format,
        "topics": topics,
        "trainer_id": trainer_id,
        "trainer_name": trainer_name,
        "notes": notes,
    }
    values = checked_fields(session, actor, checks, given)
    people = _check_attendees(session, actor, checks, attendees, set())
    checks.done()
    training = TrainingSession(**values)
    audit.stamp(training, actor, new=True)
    session.add(training)
    session.flush()
    _add_attendance(session, actor, training, people)
    after = audit.snapshot(training) | {"attendees": [p.code for _, p in people]}
    audit.record(session, actor, AuditAction.CREATE, "training_session", training.id, after=after)
    return Changed(training, AREAS | {Area.PARTICIPANTS})


def add_attendees(
    session: Session, actor: Actor, training_id: uuid.UUID, attendees: Sequence[Attendee]
) -> Changed[TrainingSession]:
    """Add people to a recorded session (a late arrival, a roster imported afterwards)."""
    checks = Checks()
    training = find(session, TrainingSession, training_id, "training_session", checks)
    if training is not None and not actor.may_use_site(training.site_id):
        checks.fail("training_session", "is not at one of your sites")
    already: set[uuid.UUID] = set()
    if training is not None:
        already = set(
            session.scalars(
                select(Attendance.participant_id).where(
                    Attendance.session_id == training.id, Attendance.deleted.is_(False)
                )
            )
        )
    if not attendees:
        checks.fail("attendees", "add at least one person")
    people = _check_attendees(session, actor, checks, attendees, already)
    checks.done()
    assert training is not None
    _add_attendance(session, actor, training, people)
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "training_session",
        training.id,
        after={"added_attendees": [p.code for _, p in people]},
    )
    session.refresh(training)
    return Changed(training, AREAS | {Area.PARTICIPANTS})


def list_sessions(
    session: Session, actor: Actor, *, site_id: uuid.UUID | None = None, limit: int = 50
) -> list[SessionRow]:
    """The latest sessions at the actor's sites, newest first, with how many attended (to print certificates)."""
    return training_sessions(session, actor, site_id=site_id, limit=limit)
