"""Issuing a class's certificates: a verification code for each trainee who has none, the PDF, the print audited."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.errors import NotFoundError
from oend.model import Attendance
from oend.model.codes import AuditAction
from oend.reporting.certificates import (
    class_attendances,
    class_certificates,
    new_certificate_code,
    render_certificates,
)
from oend.reporting.progress import CancelCheck, Progress
from oend.services import audit


def _assign_codes(session: Session, actor: Actor, rows: list[Attendance]) -> None:
    """Give every attendance without a certificate code a fresh one that no other row holds."""
    missing = [a for a in rows if not a.certificate_code]
    while missing:
        wanted = {new_certificate_code() for _ in missing}
        taken = set(session.scalars(select(Attendance.certificate_code).where(Attendance.certificate_code.in_(wanted))))
        for code in wanted - taken:
            if not missing:
                break
            row = missing.pop()
            row.certificate_code = code
            audit.stamp(row, actor, new=False)
    session.flush()


def issue_certificates(
    session: Session,
    actor: Actor,
    session_id: uuid.UUID,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Changed[bytes]:
    """One PDF with a certificate for each trainee of the session, codes given where missing; printing is audited.

    The codes are kept only if the caller commits, so a caller that saves the PDF does so before committing.
    """
    training, rows = class_attendances(session, actor, session_id)
    _assign_codes(session, actor, [a for a, _ in rows])
    certificates = class_certificates(session, training, rows)
    if not certificates:
        raise NotFoundError("nobody has completed this training session yet")
    pdf = render_certificates(session, certificates, progress=progress, cancelled=cancelled)
    audit.record(
        session,
        actor,
        AuditAction.PRINT,
        "training_session",
        session_id,
        detail=f"{len(certificates)} certificates: " + ", ".join(c.code for c in certificates),
    )
    return Changed(pdf, frozenset({Area.TRAININGS}))
