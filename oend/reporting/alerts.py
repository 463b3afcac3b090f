"""What the Today page flags beside its counts: products running low or lots expiring at a site, and people
due a new kit. Read from the tallies and stock levels, not from a report's rows."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.queries.refill_due import due_counts


@dataclass(frozen=True)
class StockAlert:
    site_code: str
    product_name: str
    lot_number: str | None  # None for a product running low (all its lots together)
    expiry_date: Any
    on_hand: int


def stock_alerts(
    session: Session,
    actor: Actor,
    today: Any,
    sites: Collection[uuid.UUID] | None = None,
    *,
    low_below: int = 10,
    horizon_days: int = 90,
) -> tuple[list[StockAlert], list[StockAlert]]:
    """(products running low per site, lots expiring within ``horizon_days`` or already expired), for a dashboard."""
    from datetime import timedelta

    from oend.queries.stock import stock_levels

    one_site = next(iter(sites)) if sites and len(sites) == 1 else None  # read by the site index
    levels = [lv for lv in stock_levels(session, actor, site_id=one_site) if not sites or lv.site_id in sites]
    usable: dict[tuple[str, str], int] = {}
    expiring: list[StockAlert] = []
    for lv in levels:
        if lv.expiry_date >= today and not lv.recalled:
            usable[(lv.site_code, lv.product_name)] = usable.get((lv.site_code, lv.product_name), 0) + lv.on_hand
        if lv.expiry_date <= today + timedelta(days=horizon_days):
            expiring.append(StockAlert(lv.site_code, lv.product_name, lv.lot_number, lv.expiry_date, lv.on_hand))
    low = [StockAlert(s, p, None, None, n) for (s, p), n in sorted(usable.items()) if n < low_below]
    return low, sorted(expiring, key=lambda a: a.expiry_date)


def awaiting_refill(
    session: Session, actor: Actor, today: Any, sites: Collection[uuid.UUID] | None = None
) -> dict[str, int]:
    """People due a new kit: {"expired": every kit they hold has expired, "used": reported a use with no kit since}.

    Counted from each person's latest dates, which the database keeps as tallies while the rows change
    (``refill_due.due_counts``): a range count for the whole program instead of a read of every kit.
    """
    return due_counts(session, actor, today, sites)
