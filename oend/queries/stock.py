"""Stock on hand per site and lot: what was received and moved in, less what left."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Subquery, func, select, union_all
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Dispensing, Lot, Product, Site, StockMovement
from oend.model.tallies import stock_on_hand
from oend.queries.choices import Choice
from oend.queries.scope import within_sites


@dataclass(frozen=True)
class StockLevel:
    site_id: uuid.UUID
    site_code: str
    lot_id: uuid.UUID
    lot_number: str
    expiry_date: dt.date
    recalled: bool
    product_id: uuid.UUID
    product_name: str
    on_hand: int


def ledger() -> Subquery:
    """Every change of stock as (site_id, lot_id, quantity): movements, and kits dispensed as negatives."""
    return union_all(
        select(StockMovement.site_id, StockMovement.lot_id, StockMovement.quantity).where(
            StockMovement.deleted.is_(False)
        ),
        select(Dispensing.site_id, Dispensing.lot_id, -Dispensing.quantity).where(Dispensing.deleted.is_(False)),
    ).subquery("ledger")


def lot_on_hand(session: Session, site_id: uuid.UUID, lot_id: uuid.UUID) -> int:
    """Kits of one lot at one site (two index-only sums)."""
    changes = ledger()
    total = session.scalar(
        select(func.coalesce(func.sum(changes.c.quantity), 0)).where(
            changes.c.site_id == site_id, changes.c.lot_id == lot_id
        )
    )
    return int(total or 0)


def stock_levels(
    session: Session, actor: Actor, *, site_id: uuid.UUID | None = None, product_id: uuid.UUID | None = None
) -> list[StockLevel]:
    """Lots with stock on hand, soonest expiry first (the order to dispense them in).

    Read from the tally the database keeps per site and lot (``model.tallies.stock_on_hand``: the
    ledger's sum, kept by triggers with every movement and dispensing), so a whole program's stock is a
    read of some twenty thousand small rows instead of a sum over every kit ever handed out.
    """
    levels = (
        select(
            stock_on_hand.c.site_id,
            Site.code.label("site_code"),
            Lot.id.label("lot_id"),
            Lot.lot_number,
            Lot.expiry_date,
            Lot.recalled,
            Product.id.label("product_id"),
            Product.name.label("product_name"),
            stock_on_hand.c.on_hand,
        )
        .join(Lot, Lot.id == stock_on_hand.c.lot_id)
        .join(Product, Product.id == Lot.product_id)
        .join(Site, Site.id == stock_on_hand.c.site_id)
        .where(stock_on_hand.c.on_hand > 0)
    )
    if site_id is not None:
        levels = levels.where(stock_on_hand.c.site_id == site_id)
    if product_id is not None:
        levels = levels.where(Lot.product_id == product_id)
    stmt = within_sites(levels, stock_on_hand.c.site_id, actor).order_by(Site.code, Lot.expiry_date, Lot.lot_number)
    return [StockLevel(*row) for row in session.execute(stmt)]


def first_to_expire(
    session: Session, actor: Actor, site_id: uuid.UUID, product_id: uuid.UUID, quantity: int, on: dt.date
) -> StockLevel | None:
    """The usable lot (not expired on ``on``, not recalled) that expires first and holds ``quantity`` kits."""
    for level in stock_levels(session, actor, site_id=site_id, product_id=product_id):
        if usable(level, on) and level.on_hand >= quantity:
            return level
    return None


def usable(level: StockLevel, on: dt.date) -> bool:
    """A lot that may be handed out on ``on``: in date and not recalled."""
    return level.expiry_date >= on and not level.recalled


def products_in_stock(session: Session, actor: Actor, site_id: uuid.UUID, on: dt.date) -> list[Choice]:
    """The products with usable kits at the site on ``on``, by name: what a worker there can hand out."""
    ids = {level.product_id for level in stock_levels(session, actor, site_id=site_id) if usable(level, on)}
    if not ids:
        return []
    stmt = select(Product.id, Product.code, Product.name, Product.formulation).where(Product.id.in_(ids))
    return [Choice(r.id, r.code, r.name, r.formulation.value) for r in session.execute(stmt.order_by(Product.name))]
