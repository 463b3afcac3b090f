"""Enrolling a checked roster: the good rows as participants, optionally all as attendees of a session.

One transaction, owned by the caller: if any row is refused after all, nothing is written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.errors import FieldError, ValidationError
from oend.exchange.roster_import import MAPPING_SETTING, RosterPreview
from oend.model import Attendance
from oend.model.codes import AuditAction
from oend.reporting.progress import CancelCheck, Progress, Tracker
from oend.services import audit
from oend.services.participants import enrol_participant
from oend.services.settings import store
from oend.services.trainings import Attendee, add_attendees


@dataclass(frozen=True)
class ImportResult:
    created: int
    matched: int
    attended: int
    refused: int


def _add_to_session(session: Session, actor: Actor, training_session_id: uuid.UUID, ids: list[uuid.UUID]) -> int:
    """Add everyone not yet on the session's list; returns how many were added."""
    present = set(
        session.scalars(
            select(Attendance.participant_id).where(
                Attendance.session_id == training_session_id, Attendance.deleted.is_(False)
            )
        )
    )
    newcomers = [Attendee(pid) for pid in dict.fromkeys(ids) if pid not in present]
    if newcomers:
        add_attendees(session, actor, training_session_id, newcomers)
    return len(newcomers)


def import_roster(
    session: Session,
    actor: Actor,
    preview: RosterPreview,
    *,
    home_site_id: uuid.UUID | None = None,
    training_session_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changed[ImportResult]:
    """Enrol the preview's good rows (and add everyone to ``training_session_id``), in the caller's transaction.

    Refused rows are skipped as the preview showed them. If a service refuses a row after all, the
    whole import is refused with every row's reason; the caller rolls back and nothing is written.
    The column mapping is remembered for the next roster (programs reuse the same sheet layout).
    """
    tracker = Tracker(len(preview.new), progress, cancelled)
    problems: list[FieldError] = []
    ids: list[uuid.UUID] = [pid for _, pid in preview.existing]
    for row in preview.new:
        tracker.check()
        fields = {k: v for k, v in row.values.items() if k != "code"}
        try:
            with session.begin_nested():
                changed = enrol_participant(session, actor, code=row.code, home_site_id=home_site_id, **fields)
            ids.append(changed.record.id)
        except ValidationError as exc:
            problems += [replace(e, row=row.row) for e in exc.errors]
        tracker.step()
    if problems:
        raise ValidationError(problems)
    attended = _add_to_session(session, actor, training_session_id, ids) if training_session_id is not None else 0
    store(session, MAPPING_SETTING, {"columns": dict(preview.mapping)})
    audit.record(
        session,
        actor,
        AuditAction.IMPORT,
        "roster",
        training_session_id,
        detail=(
            f"{preview.file_name}: {len(preview.new)} enrolled, {len(preview.existing)} already enrolled,"
            f" {attended} added to the session, {len(preview.refused_rows)} rows refused"
        ),
    )
    result = ImportResult(len(preview.new), len(preview.existing), attended, len(preview.refused_rows))
    return Changed(result, frozenset({Area.PARTICIPANTS, Area.TRAININGS}))
