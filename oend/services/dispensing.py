"""Handing out kits: a first supply or a refill, to a participant or anonymously."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import Dispensing, Lot, Participant, Product, Reversal, Setting, TrainingSession
from oend.model.codes import (
    AuditAction,
    ParticipantCategory,
    RefillReason,
    SiteKind,
    SupplySource,
    SupplyType,
)
from oend.queries.stock import first_to_expire
from oend.services import audit
from oend.services.lookup import find, find_site
from oend.services.stock import check_available, locked_lot

AREAS = frozenset({Area.DISPENSING, Area.STOCK})
POLICY_SETTING = "dispensing_policy"
DEFAULT_KITS_WITHOUT_REASON = 2  # programs commonly ask why when more than 2 boxes go to one person
SOURCE_BY_SITE_KIND = {
    SiteKind.CORRECTIONAL_FACILITY: SupplySource.PRISON_RELEASE,
    SiteKind.PHARMACY: SupplySource.PHARMACY,
    SiteKind.OUTREACH: SupplySource.OUTREACH,
    SiteKind.FIRST_RESPONDER: SupplySource.AMBULANCE,
}


def kits_without_reason(session: Session) -> int:
    setting = session.get(Setting, POLICY_SETTING)
    value = setting.value.get("kits_without_reason") if setting else None
    return int(value) if value is not None else DEFAULT_KITS_WITHOUT_REASON


def _pick_lot(
    session: Session,
    actor: Actor,
    checks: Checks,
    *,
    site_id: uuid.UUID | None,
    product: Product | None,
    lot_id: uuid.UUID | None,
    quantity: int | None,
    on: dt.date | None,
) -> Lot | None:
    """The lot named, or the soonest-expiring usable lot of the product at the site."""
    if lot_id is not None:
        lot = locked_lot(session, lot_id, checks)
        if lot is not None and product is not None and lot.product_id != product.id:
            checks.fail("lot", "is not a lot of the chosen product")
        return lot
    if product is None:
        checks.fail("product", "is required")
        return None
    if site_id is None or on is None or quantity is None:
        return None
    level = first_to_expire(session, actor, site_id, product.id, quantity, on)
    if level is None:
        checks.fail("product", "no usable {product} in stock at this site", product=product.name)
        return None
    return locked_lot(session, level.lot_id, checks)


def dispense(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    dispensed_on: dt.date,
    supply_type: str | SupplyType,
    quantity: int = 1,
    product_id: uuid.UUID | None = None,
    lot_id: uuid.UUID | None = None,
    participant_id: uuid.UUID | None = None,
    recipient_category: str | ParticipantCategory | None = None,
    refill_reason: str | RefillReason | None = None,
    reason_note: str | None = None,
    supply_source: str | SupplySource | None = None,
    training_session_id: uuid.UUID | None = None,
    reversal_id: uuid.UUID | None = None,
    notes: str | None = None,
) -> Changed[Dispensing]:
    """Give ``quantity`` kits of a lot at a site; the dispensing itself takes them out of that site's stock.

    Without a participant the hand-over is anonymous and counted by ``recipient_category``.
    """
    checks = Checks()
    site = find_site(session, actor, site_id, checks)
    on = checks.date("dispensed_on", dispensed_on, required=True)
    kits = checks.integer("quantity", quantity, required=True, low=1, high=10_000)
    kind = checks.code("supply_type", supply_type, SupplyType, required=True)
    reason = checks.code("refill_reason", refill_reason, RefillReason)
    note = checks.text("reason_note", reason_note, max_len=200)
    remarks = checks.text("notes", notes, max_len=2000)
    category = checks.code("recipient_category", recipient_category, ParticipantCategory)
    source = checks.code("supply_source", supply_source, SupplySource)
    participant = find(session, Participant, participant_id, "participant", checks)
    if participant is not None and participant.merged_into_id is not None:
        checks.fail("participant", "was merged into another record; use that one")
    if participant is None and participant_id is None and category is None:
        checks.fail("recipient_category", "is required when the kit goes to someone not enrolled")
    if kind is SupplyType.REFILL and reason is None:
        checks.fail("refill_reason", "is required for a refill")
    if kind is SupplyType.NEW and reason is not None:
        checks.fail("refill_reason", "applies only to a refill")
    if reason is RefillReason.OTHER and note is None:
        checks.fail("reason_note", "say why when the reason is '{reason}'", reason=RefillReason.OTHER)
    limit = kits_without_reason(session)
    if kits is not None and participant is not None and kits > limit and note is None:
        checks.fail("reason_note", "a reason is required for more than {limit} kits", limit=limit)
    training = find(session, TrainingSession, training_session_id, "training_session", checks)
    reversal = find(session, Reversal, reversal_id, "reversal", checks)
    product = find(session, Product, product_id, "product", checks)
    lot = _pick_lot(
        session, actor, checks, site_id=site.id if site else None, product=product, lot_id=lot_id, quantity=kits, on=on
    )
    if lot is not None:
        if on is not None and lot.expiry_date < on:
            checks.fail("lot", "lot {lot} expired on {expiry}", lot=lot.lot_number, expiry=lot.expiry_date)
        if lot.recalled:
            checks.fail("lot", "lot {lot} has been recalled", lot=lot.lot_number)
        if site is not None:
            check_available(session, checks, site.id, lot, kits)
    checks.done()
    assert site is not None and lot is not None and kits is not None and on is not None and kind is not None
    dispensing = Dispensing(
        dispensed_on=on,
        site_id=site.id,
        participant_id=participant.id if participant else None,
        recipient_category=category or (participant.category if participant else None),
        product_id=lot.product_id,
        lot_id=lot.id,
        quantity=kits,
        supply_type=kind,
        refill_reason=reason,
        reason_note=note,
        supply_source=source or SOURCE_BY_SITE_KIND.get(site.kind, SupplySource.COMMUNITY_SERVICE),
        dispensed_by=actor.user_id,
        training_session_id=training.id if training else None,
        reversal_id=reversal.id if reversal else None,
        notes=remarks,
    )
    audit.stamp(dispensing, actor, new=True)
    session.add(dispensing)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "dispensing", dispensing.id, after=audit.snapshot(dispensing))
    return Changed(dispensing, AREAS)
