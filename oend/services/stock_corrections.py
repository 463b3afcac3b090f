"""Correcting stock movements: a receipt, a transfer (both legs together) or a write-off, edited or voided.

Stock on hand stays the sum of the ledger, so a correction changes it by changing or voiding ledger rows;
one that would take a site below zero of a lot is refused, naming the lot.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.checks import Checks
from oend.errors import Phrase
from oend.model import Dispensing, Lot, Product, StockMovement
from oend.model.codes import AuditAction, MovementKind, WriteOffReason
from oend.services import audit
from oend.services.corrections import (
    Correction,
    check_changes,
    load,
    require_may_correct,
    void_rows,
)
from oend.services.lookup import find, find_site
from oend.services.stock import AREAS, MAX_KITS_PER_MOVEMENT
from oend.services.stock_safety import Holding, check_kept, effect
from oend.services.versions import check_version

KIND_NAMES = {
    MovementKind.RECEIVE: Phrase("receipt"),
    MovementKind.TRANSFER_IN: Phrase("transfer"),
    MovementKind.TRANSFER_OUT: Phrase("transfer"),
    MovementKind.WRITE_OFF: Phrase("write-off"),
}


def _movement(session: Session, movement_id: uuid.UUID, *kinds: MovementKind) -> list[StockMovement]:
    """The movement's rows (a transfer's two legs, out first), refused when it is not of ``kinds``."""
    row = load(session, StockMovement, movement_id, "movement")
    if kinds and row.kind not in kinds:
        checks = Checks()
        checks.fail("movement", "is a {kind}, not a {wanted}", kind=KIND_NAMES[row.kind], wanted=KIND_NAMES[kinds[0]])
        checks.done()
    if row.transfer_id is None:
        return [row]
    legs = session.scalars(
        select(StockMovement).where(StockMovement.transfer_id == row.transfer_id, StockMovement.deleted.is_(False))
    ).all()
    return sorted(legs, key=lambda leg: leg.kind is not MovementKind.TRANSFER_OUT)


def _opened(session: Session, actor: Actor, rows: list[StockMovement], expected_version: int | None) -> Checks:
    """Refuse a user who may not correct the movement, or an edit opened at another version of it."""
    require_may_correct(session, actor, rows[0], [row.site_id for row in rows])
    check_version(session, rows[0], expected_version)
    return Checks()


def _only_row_of(session: Session, lot_id: uuid.UUID, row: StockMovement) -> bool:
    """Whether ``row`` is the only record of its lot, so the lot itself may be corrected."""
    other = select(StockMovement.id).where(StockMovement.lot_id == lot_id, StockMovement.id != row.id)
    given = select(Dispensing.id).where(Dispensing.lot_id == lot_id)
    return session.scalar(other.limit(1)) is None and session.scalar(given.limit(1)) is None


def _receipt_lot(
    session: Session, checks: Checks, row: StockMovement, changes: dict[str, Any]
) -> tuple[Lot | None, dict[str, Any]]:
    """The lot a corrected receipt belongs to: the same, another already known, or its own lot corrected
    (when no other record uses it); with the lot's corrected values, or a new lot's, to write."""
    lot = session.get(Lot, row.lot_id)
    assert lot is not None
    product = find(session, Product, changes.get("product_id", lot.product_id), "product", checks, required=True)
    number = checks.text("lot_number", changes.get("lot_number", lot.lot_number), required=True, max_len=40)
    expiry = checks.date("expiry_date", changes.get("expiry_date", lot.expiry_date), required=True, not_future=False)
    if product is None or number is None or expiry is None:
        return None, {}
    wanted = {"product_id": product.id, "lot_number": number, "expiry_date": expiry}
    known = session.scalar(select(Lot).where(Lot.product_id == product.id, Lot.lot_number == number))
    if known is not None and known.expiry_date == expiry:
        return known, {}
    if _only_row_of(session, lot.id, row) and known in (None, lot):
        return lot, wanted
    if known is not None:
        checks.fail(
            "expiry_date", "lot {lot} is already recorded as expiring {expiry}", lot=number, expiry=known.expiry_date
        )
        return None, {}
    return None, wanted


def edit_receipt(
    session: Session,
    actor: Actor,
    movement_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> Changed[StockMovement]:
    """Correct a receipt: its site, quantity, date, reference, or its lot's product, number and expiry."""
    [row] = _movement(session, movement_id, MovementKind.RECEIVE)
    checks = _opened(session, actor, [row], expected_version)
    check_changes(
        checks,
        changes,
        ("site_id", "quantity", "received_on", "reference", "product_id", "lot_number", "expiry_date"),
        Phrase("receipt"),
    )
    site = find_site(session, actor, changes.get("site_id", row.site_id), checks)
    kits = checks.integer(
        "quantity", changes.get("quantity", row.quantity), required=True, low=1, high=MAX_KITS_PER_MOVEMENT
    )
    on = checks.date("received_on", changes.get("received_on", row.movement_date), required=True)
    reference = checks.text("reference", changes.get("reference", row.reference), max_len=120)
    lot, lot_values = _receipt_lot(session, checks, row, changes)
    if site is not None and kits is not None and checks.ok("expiry_date"):
        new_lot = lot.id if lot is not None else uuid.uuid4()  # a new lot holds nothing else: only gains
        check_kept(session, checks, effect([row]), Counter({(site.id, new_lot): kits}), "quantity")
    checks.done()
    assert site is not None and kits is not None and on is not None
    if lot is None:
        lot = Lot(**lot_values)
        lot_values = {}
        audit.stamp(lot, actor, new=True)
        session.add(lot)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "lot", lot.id, after=audit.snapshot(lot))
    correction = Correction(session, actor, "stock_movement", [row, lot] if lot_values else [row])
    for name, value in lot_values.items():
        setattr(lot, name, value)
    row.site_id, row.quantity, row.movement_date, row.reference, row.lot_id = site.id, kits, on, reference, lot.id
    correction.save()
    return Changed(row, AREAS)


def edit_transfer(
    session: Session,
    actor: Actor,
    movement_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> Changed[StockMovement]:
    """Correct a transfer, both legs at once: its sites, lot, quantity or date. Returns the incoming leg."""
    legs = _movement(session, movement_id, MovementKind.TRANSFER_OUT, MovementKind.TRANSFER_IN)
    out, into = legs
    checks = _opened(session, actor, legs, expected_version)
    check_changes(checks, changes, ("from_site_id", "to_site_id", "lot_id", "quantity", "moved_on"), Phrase("transfer"))
    source = find_site(session, actor, changes.get("from_site_id", out.site_id), checks, "from_site")
    target = find_site(session, actor, changes.get("to_site_id", into.site_id), checks, "to_site")
    if source is not None and source is target:
        checks.fail("to_site", "must differ from the site the kits leave")
    lot = find(session, Lot, changes.get("lot_id", out.lot_id), "lot", checks, required=True)
    kits = checks.integer(
        "quantity", changes.get("quantity", into.quantity), required=True, low=1, high=MAX_KITS_PER_MOVEMENT
    )
    on = checks.date("moved_on", changes.get("moved_on", out.movement_date), required=True)
    if source is not None and target is not None and lot is not None and kits is not None:
        after: Counter[Holding] = Counter({(source.id, lot.id): -kits})
        after[(target.id, lot.id)] += kits
        check_kept(session, checks, effect(legs), after, "quantity")
    checks.done()
    assert source is not None and target is not None and lot is not None and kits is not None and on is not None
    correction = Correction(session, actor, "stock_movement", legs, movement_id)
    for leg, site_id, sign in ((out, source.id, -1), (into, target.id, 1)):
        leg.site_id, leg.lot_id, leg.quantity, leg.movement_date = site_id, lot.id, sign * kits, on
    correction.save()
    return Changed(into, AREAS)


def edit_write_off(
    session: Session,
    actor: Actor,
    movement_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> Changed[StockMovement]:
    """Correct a write-off: its site, lot, quantity, date, reason or notes."""
    [row] = _movement(session, movement_id, MovementKind.WRITE_OFF)
    checks = _opened(session, actor, [row], expected_version)
    check_changes(
        checks, changes, ("site_id", "lot_id", "quantity", "reason", "written_off_on", "notes"), Phrase("write-off")
    )
    site = find_site(session, actor, changes.get("site_id", row.site_id), checks)
    lot = find(session, Lot, changes.get("lot_id", row.lot_id), "lot", checks, required=True)
    kits = checks.integer(
        "quantity", changes.get("quantity", -row.quantity), required=True, low=1, high=MAX_KITS_PER_MOVEMENT
    )
    why = checks.code("reason", changes.get("reason", row.write_off_reason), WriteOffReason, required=True)
    on: dt.date | None = checks.date("written_off_on", changes.get("written_off_on", row.movement_date), required=True)
    note = checks.text("notes", changes.get("notes", row.notes), max_len=2000)
    if why is WriteOffReason.OTHER and note is None:
        checks.fail("notes", "say why when the reason is '{reason}'", reason=WriteOffReason.OTHER)
    if site is not None and lot is not None and kits is not None:
        check_kept(session, checks, effect([row]), Counter({(site.id, lot.id): -kits}), "quantity")
    checks.done()
    assert site is not None and lot is not None and kits is not None and on is not None
    correction = Correction(session, actor, "stock_movement", [row])
    row.site_id, row.lot_id, row.quantity, row.movement_date = site.id, lot.id, -kits, on
    row.write_off_reason, row.notes = why, note
    correction.save()
    return Changed(row, AREAS)


def void_movement(
    session: Session,
    actor: Actor,
    movement_id: uuid.UUID,
    *,
    reason: str,
    expected_version: int | None = None,
) -> Changed[StockMovement]:
    """Void a receipt, transfer (both legs) or write-off recorded by mistake; refused when the kits it brought
    in have already left (dispensed, moved on or written off)."""
    rows = _movement(session, movement_id)
    _opened(session, actor, rows, expected_version)

    def refuse(checks: Checks) -> None:
        check_kept(session, checks, effect(rows), Counter(), "movement")

    void_rows(session, actor, "stock_movement", rows, reason, refuse=refuse, entity_id=movement_id)
    return Changed(rows[-1], AREAS)
