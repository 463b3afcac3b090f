"""Stock coming in, moving between sites and written off; every change is a ledger row."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.db.failures import DuplicateValue
from oend.ids import uuid7
from oend.model import Lot, Product, StockMovement
from oend.model.codes import AuditAction, MovementKind, WriteOffReason
from oend.queries.stock import lot_on_hand
from oend.services import audit
from oend.services.lookup import find, find_site

AREAS = frozenset({Area.STOCK})
MAX_KITS_PER_MOVEMENT = 100_000


def _movement(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    lot: Lot,
    kind: MovementKind,
    quantity: int,
    on: dt.date,
    **extra: object,
) -> StockMovement:
    movement = StockMovement(site_id=site_id, lot_id=lot.id, kind=kind, quantity=quantity, movement_date=on, **extra)
    audit.stamp(movement, actor, new=True)
    session.add(movement)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "stock_movement", movement.id, after=audit.snapshot(movement))
    return movement


def locked_lot(session: Session, lot_id: uuid.UUID | None, checks: Checks, field: str = "lot") -> Lot | None:
    """The lot, its row locked on PostgreSQL so two writers cannot both take the last kits."""
    lot = find(session, Lot, lot_id, field, checks, required=True)
    if lot is not None:
        session.execute(select(Lot.id).where(Lot.id == lot.id).with_for_update())
    return lot


def check_available(session: Session, checks: Checks, site_id: uuid.UUID, lot: Lot, quantity: int | None) -> None:
    """Refuse taking more kits of ``lot`` than ``site_id`` holds."""
    if quantity is None or not checks.ok("quantity"):
        return
    available = lot_on_hand(session, site_id, lot.id)
    if quantity > available:
        checks.fail(
            "quantity",
            "only {available} kit(s) of lot {lot} in stock at this site",
            available=available,
            lot=lot.lot_number,
        )


def _recorded_lot(
    session: Session, checks: Checks, product_id: uuid.UUID, number: str, expiry: dt.date | None
) -> Lot | None:
    """The lot already recorded under this number, if any; its expiry must be the one received."""
    lot = session.scalar(select(Lot).where(Lot.product_id == product_id, Lot.lot_number == number))
    if lot is not None and expiry is not None and lot.expiry_date != expiry:
        checks.fail(
            "expiry_date", "lot {lot} is already recorded as expiring {expiry}", lot=number, expiry=lot.expiry_date
        )
    return lot


def _new_lot(session: Session, actor: Actor, product_id: uuid.UUID, number: str, expiry: dt.date | None) -> Lot:
    """Record a lot seen for the first time.

    If another user records the same lot at the same moment (two sites receiving one delivery), theirs is used:
    the lot is one physical batch, and each receipt still adds its own kits.
    """
    try:
        with session.begin_nested():
            lot = Lot(product_id=product_id, lot_number=number, expiry_date=expiry)
            audit.stamp(lot, actor, new=True)
            session.add(lot)
            session.flush()
    except DuplicateValue:
        checks = Checks()
        theirs = _recorded_lot(session, checks, product_id, number, expiry)
        checks.done()
        assert theirs is not None
        return theirs
    audit.record(session, actor, AuditAction.CREATE, "lot", lot.id, after=audit.snapshot(lot))
    return lot


def receive_stock(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    product_id: uuid.UUID,
    lot_number: str,
    expiry_date: dt.date,
    quantity: int,
    received_on: dt.date,
    reference: str | None = None,
) -> Changed[StockMovement]:
    """Kits arriving at a site; the lot is created the first time its number is seen."""
    checks = Checks()
    site = find_site(session, actor, site_id, checks)
    product = find(session, Product, product_id, "product", checks, required=True)
    number = checks.text("lot_number", lot_number, required=True, max_len=40)
    expiry = checks.date("expiry_date", expiry_date, required=True, not_future=False)
    kits = checks.integer("quantity", quantity, required=True, low=1, high=MAX_KITS_PER_MOVEMENT)
    on = checks.date("received_on", received_on, required=True)
    ref = checks.text("reference", reference, max_len=120)
    lot = None
    if product is not None and number is not None:
        lot = _recorded_lot(session, checks, product.id, number, expiry)
    checks.done()
    assert site is not None and product is not None and number is not None and kits is not None and on is not None
    if lot is None:
        lot = _new_lot(session, actor, product.id, number, expiry)
    movement = _movement(
        session, actor, site_id=site.id, lot=lot, kind=MovementKind.RECEIVE, quantity=kits, on=on, reference=ref
    )
    return Changed(movement, AREAS)


def transfer_stock(
    session: Session,
    actor: Actor,
    *,
    from_site_id: uuid.UUID,
    to_site_id: uuid.UUID,
    lot_id: uuid.UUID,
    quantity: int,
    moved_on: dt.date,
) -> Changed[StockMovement]:
    """Move kits between sites: two ledger rows sharing one transfer id. Returns the incoming leg."""
    checks = Checks()
    source = find_site(session, actor, from_site_id, checks, "from_site")
    target = find_site(session, actor, to_site_id, checks, "to_site")
    if source is not None and source is target:
        checks.fail("to_site", "must differ from the site the kits leave")
    lot = locked_lot(session, lot_id, checks)
    kits = checks.integer("quantity", quantity, required=True, low=1, high=MAX_KITS_PER_MOVEMENT)
    on = checks.date("moved_on", moved_on, required=True)
    if source is not None and lot is not None:
        check_available(session, checks, source.id, lot, kits)
    checks.done()
    assert source is not None and target is not None and lot is not None and kits is not None and on is not None
    transfer = uuid7()
    _movement(
        session,
        actor,
        site_id=source.id,
        lot=lot,
        kind=MovementKind.TRANSFER_OUT,
        quantity=-kits,
        on=on,
        transfer_id=transfer,
    )
    incoming = _movement(
        session,
        actor,
        site_id=target.id,
        lot=lot,
        kind=MovementKind.TRANSFER_IN,
        quantity=kits,
        on=on,
        transfer_id=transfer,
    )
    return Changed(incoming, AREAS)


def write_off_stock(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    lot_id: uuid.UUID,
    quantity: int,
    reason: str | WriteOffReason,
    written_off_on: dt.date,
    notes: str | None = None,
) -> Changed[StockMovement]:
    """Remove expired, damaged or recalled kits from a site's stock."""
    checks = Checks()
    site = find_site(session, actor, site_id, checks)
    lot = locked_lot(session, lot_id, checks)
    kits = checks.integer("quantity", quantity, required=True, low=1, high=MAX_KITS_PER_MOVEMENT)
    why = checks.code("reason", reason, WriteOffReason, required=True)
    on = checks.date("written_off_on", written_off_on, required=True)
    note = checks.text("notes", notes, max_len=2000)
    if why is WriteOffReason.OTHER and note is None:
        checks.fail("notes", "say why when the reason is '{reason}'", reason=WriteOffReason.OTHER)
    if site is not None and lot is not None:
        check_available(session, checks, site.id, lot, kits)
    checks.done()
    assert site is not None and lot is not None and kits is not None and on is not None
    movement = _movement(
        session,
        actor,
        site_id=site.id,
        lot=lot,
        kind=MovementKind.WRITE_OFF,
        quantity=-kits,
        on=on,
        write_off_reason=why,
        notes=note,
    )
    return Changed(movement, AREAS)
