"""Merge offers: records sync found holding one participant code, for a coordinator to decide on.

Confirming merges the later record into the earlier one with the participant merge, a change every
device applies; an offer whose records a merge from another device already joined is no longer shown.
Saying they are different people is a record that travels (offers are each database's own book-keeping,
the decision is not), so no device offers the pair again.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.model import DistinctPeople, Participant, SyncMergeOffer
from oend.model.codes import AuditAction, Role
from oend.services import audit
from oend.services.participants import merge_participants


def merge_offers(session: Session, actor: Actor) -> list[SyncMergeOffer]:
    """Offers still to decide, oldest first: neither record merged yet (here or on another device)."""
    actor.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    merged = aliased(Participant)
    joined = exists().where(
        merged.id.in_([SyncMergeOffer.kept_id, SyncMergeOffer.duplicate_id]), merged.merged_into_id.is_not(None)
    )
    query = select(SyncMergeOffer).where(SyncMergeOffer.resolved.is_(False), ~joined, ~_told_apart())
    return list(session.scalars(query.order_by(SyncMergeOffer.found_at, SyncMergeOffer.id)))


def confirm_merge(session: Session, actor: Actor, offer_id: uuid.UUID) -> Changed[Participant]:
    """Merge the offer's later record into the earlier one; every reference follows, on every device."""
    offer = _open_offer(session, actor, offer_id)
    merged = merge_participants(session, actor, offer.kept_id, offer.duplicate_id)
    offer.resolved = True
    return merged


def dismiss_offer(session: Session, actor: Actor, offer_id: uuid.UUID) -> Changed[SyncMergeOffer]:
    """Two different people who were given one code: both records stay as they are."""
    offer = _open_offer(session, actor, offer_id)
    decision = DistinctPeople(first_id=offer.kept_id, second_id=offer.duplicate_id)
    audit.stamp(decision, actor, new=True)
    session.add(decision)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        "participant",
        offer.duplicate_id,
        after={"not_the_same_as": str(offer.kept_id)},
        detail=f"not the same person as the other record with code {offer.code}",
    )
    return Changed(offer, frozenset({Area.PARTICIPANTS}))


def _open_offer(session: Session, actor: Actor, offer_id: uuid.UUID) -> SyncMergeOffer:
    actor.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    checks = Checks()
    offer = session.get(SyncMergeOffer, offer_id)
    if offer is None:
        checks.fail("offer", "does not exist")
    elif offer.resolved or session.scalar(select(_told_apart().where(SyncMergeOffer.id == offer.id))):
        checks.fail("offer", "was already decided")
    checks.done()
    assert offer is not None
    return offer


def _told_apart() -> ColumnElement[bool]:
    """True for an offer whose two records someone, on any device, said are different people."""
    pair = or_(
        and_(
            DistinctPeople.first_id == SyncMergeOffer.kept_id, DistinctPeople.second_id == SyncMergeOffer.duplicate_id
        ),
        and_(
            DistinctPeople.first_id == SyncMergeOffer.duplicate_id, DistinctPeople.second_id == SyncMergeOffer.kept_id
        ),
    )
    return exists().where(pair, DistinctPeople.deleted.is_(False))
