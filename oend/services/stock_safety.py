"""Refusing a correction that would leave a site holding fewer than zero kits of a lot.

Stock on hand is derived from the ledger (movements less dispensings), so a correction's effect on stock
is the ledger rows it takes away and those it puts in their place. Only holdings it lowers need checking.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.checks import Checks
from oend.model import Dispensing, Lot, Site, StockMovement
from oend.queries.stock import lot_on_hand

Holding = tuple[uuid.UUID, uuid.UUID]  # (site, lot)


def effect(rows: Iterable[Dispensing | StockMovement]) -> Counter[Holding]:
    """What ``rows`` add to each site's stock of each lot: a movement its signed quantity, a dispensing less."""
    total: Counter[Holding] = Counter()
    for row in rows:
        total[(row.site_id, row.lot_id)] += row.quantity if isinstance(row, StockMovement) else -row.quantity
    return total


def check_kept(
    session: Session, checks: Checks, before: Mapping[Holding, int], after: Mapping[Holding, int], field: str
) -> None:
    """Refuse, naming the lot and site, a change from ``before`` to ``after`` that takes more than a site holds.

    Each lot lowered is locked first (on PostgreSQL), so two corrections cannot both take the last kits.
    """
    for site_id, lot_id in sorted(set(before) | set(after)):
        change = after.get((site_id, lot_id), 0) - before.get((site_id, lot_id), 0)
        if change >= 0:
            continue
        session.execute(select(Lot.id).where(Lot.id == lot_id).with_for_update())
        on_hand = lot_on_hand(session, site_id, lot_id)
        if on_hand + change < 0:
            lot, site = session.get(Lot, lot_id), session.get(Site, site_id)
            checks.fail(
                field,
                "lot {lot} at {site} would fall below zero: {on_hand} kit(s) in stock, this takes {taken}",
                lot=lot.lot_number if lot else "?",
                site=site.code if site else "?",
                on_hand=on_hand,
                taken=-change,
            )
