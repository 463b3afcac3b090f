"""Correcting a hand-over of kits: an edit of any of its fields, or a void that gives the kits back to stock."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.checks import Checks
from oend.errors import Phrase
from oend.model import Dispensing
from oend.services.corrections import check_changes, opened, save_edit, void_rows
from oend.services.dispensing import AREAS, checked_values
from oend.services.stock_safety import check_kept, effect

EDITABLE = (
    "site_id",
    "dispensed_on",
    "product_id",
    "lot_id",
    "quantity",
    "supply_type",
    "refill_reason",
    "reason_note",
    "participant_id",
    "recipient_category",
    "supply_source",
    "training_session_id",
    "reversal_id",
    "notes",
)


def _given(row: Dispensing, changes: dict[str, Any]) -> dict[str, Any]:
    """The record's values with ``changes`` over them; what follows from a changed field is worked out again
    unless given too: the lot of another product, the source of another site, the supply type and category
    of another recipient."""
    given = {name: getattr(row, name) for name in EDITABLE} | changes
    derived = {
        "product_id": ("lot_id",),
        "site_id": ("supply_source",),
        "participant_id": ("supply_type", "refill_reason", "recipient_category"),
    }
    for cause, effects in derived.items():
        if cause in changes and changes[cause] != getattr(row, cause):
            given |= {name: changes.get(name) for name in effects}
    return given


def edit_dispensing(
    session: Session, actor: Actor, dispensing_id: uuid.UUID, *, expected_version: int | None = None, **changes: Any
) -> Changed[Dispensing]:
    """Correct a hand-over: its site, date, product or lot, quantity, supply type, reason or recipient.

    Stock follows: the kits go back to the old site and lot and leave the new ones, refused when that would
    take a site below zero.
    """
    row = opened(session, actor, Dispensing, dispensing_id, "dispensing", expected_version)
    checks = Checks()
    check_changes(checks, changes, EDITABLE, Phrase("hand-over"))
    values = checked_values(session, actor, checks, _given(row, changes), current=row)
    if checks.ok("quantity") and checks.ok("lot") and checks.ok("site"):
        after = Counter({(values["site_id"], values["lot_id"]): -values["quantity"]})
        check_kept(session, checks, effect([row]), after, "quantity")
    checks.done()
    save_edit(session, actor, "dispensing", row, values)
    return Changed(row, AREAS)


def void_dispensing(
    session: Session,
    actor: Actor,
    dispensing_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[Dispensing]:
    """Void a hand-over recorded by mistake: its kits return to the stock of its site and lot."""
    row = opened(session, actor, Dispensing, dispensing_id, "dispensing", expected_version)
    void_rows(session, actor, "dispensing", [row], reason)
    return Changed(row, AREAS)
