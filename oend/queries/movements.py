"""Stock movements as the Kits page lists and corrects them: receipts, transfers and write-offs.

A transfer is two ledger rows sharing a ``transfer_id``; it is listed once, by its outgoing leg, with the site
the kits went to, and filled into its form from both legs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from oend.core.actor import Actor
from oend.model import Lot, Product, Site, StockMovement
from oend.model.codes import MovementKind
from oend.queries.scope import within_any_site


@dataclass(frozen=True)
class MovementRow:
    id: uuid.UUID  # the row to correct: a transfer's outgoing leg
    kind: str  # receive, transfer_out or write_off
    moved_on: dt.date
    site_code: str  # where the kits came in, left from, or were written off
    to_site_code: str | None  # a transfer's destination
    product_name: str
    lot_number: str
    quantity: int  # kits, always positive
    reference: str | None
    write_off_reason: str | None
    version: int  # the one a void of it is checked against


def stock_movements(
    session: Session, actor: Actor, *, site_id: uuid.UUID | None = None, offset: int = 0, limit: int = 200
) -> list[MovementRow]:
    """Receipts, transfers and write-offs, newest first; a transfer shows at both of its sites."""
    into = aliased(StockMovement)
    to_site = aliased(Site)
    stmt = (
        select(
            StockMovement.id,
            StockMovement.kind,
            StockMovement.movement_date,
            Site.code,
            to_site.code,
            Product.name,
            Lot.lot_number,
            StockMovement.quantity,
            StockMovement.reference,
            StockMovement.write_off_reason,
            StockMovement.version,
        )
        .join(Site, Site.id == StockMovement.site_id)
        .join(Lot, Lot.id == StockMovement.lot_id)
        .join(Product, Product.id == Lot.product_id)
        .outerjoin(
            into,
            and_(
                into.transfer_id == StockMovement.transfer_id,
                into.kind == MovementKind.TRANSFER_IN,
                into.deleted.is_(False),
            ),
        )
        .outerjoin(to_site, to_site.id == into.site_id)
        .where(StockMovement.deleted.is_(False), StockMovement.kind != MovementKind.TRANSFER_IN)
    )
    if site_id is not None:
        stmt = stmt.where(or_(StockMovement.site_id == site_id, into.site_id == site_id))
    stmt = within_any_site(stmt, [StockMovement.site_id, into.site_id], actor)
    stmt = stmt.order_by(StockMovement.movement_date.desc(), StockMovement.id.desc()).offset(offset).limit(limit)
    return [
        MovementRow(
            r[0],
            r[1].value,
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            abs(r[7]),
            r[8],
            r[9].value if r[9] is not None else None,
            r[10],
        )
        for r in session.execute(stmt)
    ]


@dataclass(frozen=True)
class MovementDetail:
    """One movement as its form shows it; ``version`` is the one a correction is checked against."""

    id: uuid.UUID
    kind: MovementKind  # a transfer: TRANSFER_OUT, whichever leg was asked for
    version: int
    moved_on: dt.date
    site_id: uuid.UUID  # a transfer: where the kits left from
    to_site_id: uuid.UUID | None
    lot_id: uuid.UUID
    product_id: uuid.UUID
    lot_number: str
    expiry_date: dt.date
    quantity: int
    reference: str | None
    write_off_reason: str | None
    notes: str | None


def movement_detail(session: Session, movement_id: uuid.UUID) -> MovementDetail | None:
    """The movement as it stands now, None once voided or gone; a transfer from both legs (versions: the
    outgoing leg's, which its corrections check)."""
    row = session.get(StockMovement, movement_id)
    if row is None or row.deleted:
        return None
    legs = [row]
    if row.transfer_id is not None:
        legs = list(
            session.scalars(
                select(StockMovement).where(
                    StockMovement.transfer_id == row.transfer_id, StockMovement.deleted.is_(False)
                )
            )
        )
    first = next((leg for leg in legs if leg.kind is not MovementKind.TRANSFER_IN), row)
    into = next((leg for leg in legs if leg.kind is MovementKind.TRANSFER_IN), None)
    lot = session.get(Lot, first.lot_id)
    assert lot is not None
    return MovementDetail(
        first.id,
        first.kind,
        first.version,
        first.movement_date,
        first.site_id,
        into.site_id if into is not None else None,
        lot.id,
        lot.product_id,
        lot.lot_number,
        lot.expiry_date,
        abs(first.quantity),
        first.reference,
        first.write_off_reason.value if first.write_off_reason is not None else None,
        first.notes,
    )
