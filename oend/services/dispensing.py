"""Handing out kits: a first supply or a refill, to a participant or anonymously."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

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
from oend.queries.supply import supply_type_for
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


def checked_values(
    session: Session, actor: Actor, checks: Checks, given: Mapping[str, Any], current: Dispensing | None = None
) -> dict[str, Any]:
    """A dispensing's columns from ``given`` (every field of ``dispense``), each bad one named in ``checks``.

    ``current`` is the record an edit corrects: its own lot need not be usable today, and its kits are not
    counted against the stock (the caller checks what the change does to the ledger instead).
    A supply type left out is decided from the person's history: a refill for someone who had a kit before.
    """
    site = find_site(session, actor, given["site_id"], checks)
    on = checks.date("dispensed_on", given["dispensed_on"], required=True)
    kits = checks.integer("quantity", given["quantity"], required=True, low=1, high=10_000)
    kind = checks.code("supply_type", given["supply_type"], SupplyType)
    reason = checks.code("refill_reason", given["refill_reason"], RefillReason)
    note = checks.text("reason_note", given["reason_note"], max_len=200)
    remarks = checks.text("notes", given["notes"], max_len=2000)
    category = checks.code("recipient_category", given["recipient_category"], ParticipantCategory)
    source = checks.code("supply_source", given["supply_source"], SupplySource)
    participant = find(session, Participant, given["participant_id"], "participant", checks)
    if participant is not None and participant.merged_into_id is not None:
        checks.fail("participant", "was merged into another record; use that one")
    if participant is None and given["participant_id"] is None and category is None:
        checks.fail("recipient_category", "is required when the kit goes to someone not enrolled")
    training = find(session, TrainingSession, given["training_session_id"], "training_session", checks)
    reversal = find(session, Reversal, given["reversal_id"], "reversal", checks)
    decided = kind is None and checks.ok("supply_type")
    if decided and participant is not None and on is not None:
        kind = supply_type_for(session, participant.id, on, other_than=current.id if current else None)
        if kind is SupplyType.REFILL and reason is None and reversal is not None:
            reason = RefillReason.USED_ON_SOMEONE  # a replacement for the kit used in the reported overdose
    elif decided and given["participant_id"] is None:
        checks.fail("supply_type", "say whether a kit to someone not enrolled is a first kit or a refill")
    # A refill the person's history bears out needs no reason, whether the caller said "refill" or left it to
    # history (an edit of such a kit sends its type back as it was).
    borne_out = (
        kind is SupplyType.REFILL
        and participant is not None
        and on is not None
        and supply_type_for(session, participant.id, on, other_than=current.id if current else None) is kind
    )
    if kind is SupplyType.REFILL and reason is None and not decided and not borne_out:
        checks.fail("refill_reason", "is required for a refill")
    if kind is SupplyType.NEW and reason is not None:
        if decided:
            checks.fail("refill_reason", "applies only to a refill; this person has had no kit before")
        else:
            checks.fail("refill_reason", "applies only to a refill")
    if reason is RefillReason.OTHER and note is None:
        checks.fail("reason_note", "say why when the reason is '{reason}'", reason=RefillReason.OTHER)
    limit = kits_without_reason(session)
    more = current is None or kits != current.quantity or given["participant_id"] != current.participant_id
    if more and kits is not None and participant is not None and kits > limit and note is None:
        checks.fail("reason_note", "a reason is required for more than {limit} kits", limit=limit)
    product = find(session, Product, given["product_id"], "product", checks)
    lot = _pick_lot(
        session,
        actor,
        checks,
        site_id=site.id if site else None,
        product=product,
        lot_id=given["lot_id"],
        quantity=kits,
        on=on,
    )
    fresh = current is None or lot is None or lot.id != current.lot_id or on != current.dispensed_on
    if lot is not None and fresh:
        if on is not None and lot.expiry_date < on:
            checks.fail("lot", "lot {lot} expired on {expiry}", lot=lot.lot_number, expiry=lot.expiry_date)
        if lot.recalled:
            checks.fail("lot", "lot {lot} has been recalled", lot=lot.lot_number)
    return {
        "dispensed_on": on,
        "site_id": site.id if site else None,
        "participant_id": participant.id if participant else None,
        "recipient_category": category or (participant.category if participant else None),
        "product_id": lot.product_id if lot else None,
        "lot_id": lot.id if lot else None,
        "quantity": kits,
        "supply_type": kind,
        "refill_reason": reason,
        "reason_note": note,
        "supply_source": source
        or (SOURCE_BY_SITE_KIND.get(site.kind, SupplySource.COMMUNITY_SERVICE) if site else None),
        "training_session_id": training.id if training else None,
        "reversal_id": reversal.id if reversal else None,
        "notes": remarks,
    }


def dispense(
    session: Session,
    actor: Actor,
    *,
    site_id: uuid.UUID,
    dispensed_on: dt.date,
    supply_type: str | SupplyType | None = None,
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

    Without a participant the hand-over is anonymous and counted by ``recipient_category``. Without a supply
    type a known person's kit is a refill when they had one before and new otherwise.
    """
    checks = Checks()
    given = {
        "site_id": site_id,
        "dispensed_on": dispensed_on,
        "supply_type": supply_type,
        "quantity": quantity,
        "product_id": product_id,
        "lot_id": lot_id,
        "participant_id": participant_id,
        "recipient_category": recipient_category,
        "refill_reason": refill_reason,
        "reason_note": reason_note,
        "supply_source": supply_source,
        "training_session_id": training_session_id,
        "reversal_id": reversal_id,
        "notes": notes,
    }
    values = checked_values(session, actor, checks, given)
    if checks.ok("quantity") and checks.ok("lot") and values["lot_id"] is not None and values["site_id"] is not None:
        lot = session.get(Lot, values["lot_id"])
        assert lot is not None
        check_available(session, checks, values["site_id"], lot, values["quantity"])
    checks.done()
    dispensing = Dispensing(**values, dispensed_by=actor.user_id)
    audit.stamp(dispensing, actor, new=True)
    session.add(dispensing)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "dispensing", dispensing.id, after=audit.snapshot(dispensing))
    return Changed(dispensing, AREAS)


def kits_to_class(
    session: Session,
    actor: Actor,
    training_session_id: uuid.UUID,
    participant_ids: Sequence[uuid.UUID],
    *,
    product_id: uuid.UUID | None,
) -> Changed[list[Dispensing]]:
    """One kit to each of ``participant_ids`` at a session, on its day and at its site.

    Each kit is new or a refill by the person's own history: giving a whole class "new" kits would count
    people already equipped as newly supplied.
    """
    checks = Checks()
    training = find(session, TrainingSession, training_session_id, "training_session", checks, required=True)
    if not participant_ids:
        checks.fail("participants", "choose at least one person")
    checks.done()
    assert training is not None
    given = [
        dispense(
            session,
            actor,
            site_id=training.site_id,
            dispensed_on=training.session_date,
            product_id=product_id,
            participant_id=person,
            training_session_id=training.id,
        ).record
        for person in participant_ids
    ]
    return Changed(given, AREAS)
