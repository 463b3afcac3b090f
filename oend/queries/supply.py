"""First supply or refill, read from a person's history of kits.

Funders count "new (first supply)" kits as people newly equipped, so a kit is new only when the person had
none before it; voided kits are no history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from oend.model import Dispensing, Participant, Site
from oend.model.codes import SupplyType


def had_kit_before(
    session: Session, participant_id: uuid.UUID, on: dt.date, *, other_than: uuid.UUID | None = None
) -> bool:
    """Whether the person had a kit (not voided) by ``on``: one of an earlier day, or of the same day recorded
    already, since a kit entered after another of the same day comes after it."""
    stmt = select(Dispensing.id).where(
        Dispensing.participant_id == participant_id,
        Dispensing.deleted.is_(False),
        Dispensing.dispensed_on <= on,
    )
    if other_than is not None:
        stmt = stmt.where(Dispensing.id != other_than)
    return session.scalar(stmt.limit(1)) is not None


def supply_type_for(
    session: Session, participant_id: uuid.UUID, on: dt.date, *, other_than: uuid.UUID | None = None
) -> SupplyType:
    """Refill for a person who had a kit before, new for one who had none."""
    return SupplyType.REFILL if had_kit_before(session, participant_id, on, other_than=other_than) else SupplyType.NEW


@dataclass(frozen=True)
class Contradiction:
    participant_code: str
    dispensed_on: dt.date
    site_code: str
    supply_type: SupplyType


def supply_contradictions(session: Session, *, limit: int = 50) -> tuple[list[Contradiction], int]:
    """Live kits whose supply type contradicts the person's history (the first ``limit``, and how many in all):
    a new kit after an earlier one, or a refill with none before it."""
    earlier = aliased(Dispensing)
    mine = and_(
        earlier.participant_id == Dispensing.participant_id, earlier.deleted.is_(False), earlier.id != Dispensing.id
    )
    # Kits of one day have no order a worker would swear to: either may be the first, so neither contradicts.
    day_before = exists().where(mine, earlier.dispensed_on < Dispensing.dispensed_on)
    by_then = exists().where(mine, earlier.dispensed_on <= Dispensing.dispensed_on)
    wrong = and_(
        Dispensing.participant_id.is_not(None),
        Dispensing.deleted.is_(False),
        or_(
            and_(Dispensing.supply_type == SupplyType.NEW, day_before),
            and_(Dispensing.supply_type == SupplyType.REFILL, ~by_then),
        ),
    )
    rows = session.execute(
        select(Participant.code, Dispensing.dispensed_on, Site.code, Dispensing.supply_type)
        .join(Participant, Participant.id == Dispensing.participant_id)
        .join(Site, Site.id == Dispensing.site_id)
        .where(wrong)
        .order_by(Participant.code, Dispensing.dispensed_on, Dispensing.id)
        .limit(limit)
    ).all()
    found = [Contradiction(*row) for row in rows]
    count = len(found)
    if count == limit:
        count = int(session.scalar(select(func.count()).select_from(Dispensing).where(wrong)) or 0)
    return found, count
