"""Correcting a reversal report: any of its fields edited, or the report voided."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.checks import Checks
from oend.model import Dispensing, Reversal
from oend.services.corrections import linked_kits, opened, save_edit, void_rows
from oend.services.reversals import AREAS, FIELDS, checked_values


def edit_reversal(
    session: Session, actor: Actor, reversal_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[Reversal]:
    """Correct any field of a report; a new product brings its route unless a route is given too."""
    reversal = opened(session, actor, Reversal, reversal_id, "reversal", expected_version)
    checks = Checks()
    given = {name: getattr(reversal, name) for name in FIELDS} | changes
    if "product_id" in changes and "route" not in changes:
        given["route"] = None
    values = checked_values(session, actor, checks, given)
    checks.done()
    save_edit(session, actor, "reversal", reversal, values)
    return Changed(reversal, AREAS)


def _no_linked_kits(session: Session, reversal: Reversal, checks: Checks) -> None:
    if kits := linked_kits(session, Dispensing.reversal_id, reversal.id):
        checks.fail(
            "reversal",
            "{kits} replacement kit hand-over(s) are linked to this report: void them or link them to another first",
            kits=kits,
        )


def void_reversal(
    session: Session,
    actor: Actor,
    reversal_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[Reversal]:
    """Void a report made by mistake or twice; a replacement kit given against it must be voided or relinked first."""
    reversal = opened(session, actor, Reversal, reversal_id, "reversal", expected_version)
    void_rows(session, actor, "reversal", [reversal], reason, refuse=partial(_no_linked_kits, session, reversal))
    return Changed(reversal, AREAS)
