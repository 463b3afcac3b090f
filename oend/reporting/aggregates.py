"""The aggregate queries every report, export and dashboard count comes from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from oend.model import Dispensing, Reversal, Site
from oend.queries.scope import within_sites
from oend.reporting.periods import Period
from oend.services.context import Actor


@dataclass(frozen=True)
class SiteKits:
    site_id: uuid.UUID
    site_code: str
    kits: int
    events: int


def kits_by_site(session: Session, actor: Actor, period: Period) -> list[SiteKits]:
    """Kits dispensed per site within ``period`` (duplicated count: every hand-over counts)."""
    stmt = (
        select(
            Dispensing.site_id,
            func.sum(Dispensing.quantity).label("kits"),
            func.count().label("events"),
        )
        .where(
            Dispensing.dispensed_on >= period.start,
            Dispensing.dispensed_on <= period.end,
            Dispensing.deleted.is_(False),
        )
        .group_by(Dispensing.site_id)
    )
    stmt = within_sites(stmt, Dispensing.site_id, actor)
    totals = session.execute(stmt).all()
    codes = dict(session.execute(select(Site.id, Site.code)).tuples().all())
    return sorted(
        (SiteKits(r.site_id, codes.get(r.site_id, "?"), int(r.kits), int(r.events)) for r in totals),
        key=lambda s: s.site_code,
    )


@dataclass(frozen=True)
class QuarterCount:
    year: int
    quarter: int
    reversals: int


def reversals_by_quarter(session: Session, actor: Actor) -> list[QuarterCount]:
    """Reversals reported per calendar quarter, over all years."""
    year = extract("year", Reversal.overdose_date)
    quarter = (extract("month", Reversal.overdose_date) + 2) / 3
    stmt = select(year.label("y"), func.floor(quarter).label("q"), func.count().label("n")).where(
        Reversal.deleted.is_(False)
    )
    stmt = within_sites(stmt, Reversal.site_id, actor).group_by("y", "q").order_by("y", "q")
    return [QuarterCount(int(r.y), int(r.q), int(r.n)) for r in session.execute(stmt)]
