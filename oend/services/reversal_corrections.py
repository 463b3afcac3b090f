"""Correcting a reversal report: any of its fields edited, or the report voided."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.checks import Checks
from oend.model import Dispensing, Reversal
from oend.services.corrections import Correction, check_reason, load, require_may_correct
from oend.services.reversals import AREAS, FIELDS, checked_values
from oend.services.versions import check_version


def edit_reversal(
    session: Session, actor: Actor, reversal_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[Reversal]:
    """Correct any field of a report; a new product brings its route unless a route is given too."""
    reversal = load(session, Reversal, reversal_id, "reversal")
    require_may_correct(session, actor, reversal, [reversal.site_id])
    check_version(session, reversal, expected_version)
    checks = Checks()
    given = {name: getattr(reversal, name) for name in FIELDS} | changes
    if "product_id" in changes and "route" not in changes:
        given["route"] = None
    values = checked_values(session, actor, checks, given)
    checks.done()
    correction = Correction(session, actor, "reversal", [reversal])
    for name, value in values.items():
        setattr(reversal, name, value)
    correction.save()
    return Changed(reversal, AREAS)


def void_reversal(
    session: Session,
    actor: Actor,
    reversal_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[Reversal]:
    """Void a report made by mistake or twice; a replacement kit given against it must be voided or relinked first."""
    reversal = load(session, Reversal, reversal_id, "reversal")
    require_may_correct(session, actor, reversal, [reversal.site_id])
    check_version(session, reversal, expected_version)
    checks = Checks()
    why = check_reason(checks, reason)
    kits = session.scalar(
        select(func.count()).where(Dispensing.reversal_id == reversal.id, Dispensing.deleted.is_(False))
    )
    if kits:
        checks.fail(
            "reversal",
            "{kits} replacement kit hand-over(s) are linked to this report: void them or link them to another first",
            kits=kits,
        )
    checks.done()
    assert why is not None
    Correction(session, actor, "reversal", [reversal]).void(why)
    return Changed(reversal, AREAS)
