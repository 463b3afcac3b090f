"""The rule of who is due a new kit, shared by the Today figure (``reporting.alerts.awaiting_refill``) and
the list behind it (``queries.dashboard.due_a_new_kit``), so the list always names the people the figure counts.

Due are those whose every kit has expired, and those who reported using naloxone and have had no kit since.
The figure counts them from the tallies the database keeps (``due_counts``), the list from the rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection

from sqlalchemy import ColumnElement, Subquery, case, func, or_, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Dispensing, Lot, Reversal
from oend.model.tallies import kit_holders, kit_holders_at_site
from oend.queries.scope import within_sites


def none_in_date(today: dt.date) -> ColumnElement[bool]:
    """For a HAVING over one person's hand-overs: none of them is from a lot still in date on ``today``."""
    in_date = select(Lot.id).where(Lot.expiry_date >= today)
    return func.max(case((Dispensing.lot_id.in_(in_date), 1), else_=0)) == 0


def latest_reports(actor: Actor, sites: Collection[uuid.UUID] | None) -> Subquery:
    """Each reporter's latest reported overdose (``reporter_id``, ``reported``) at ``sites`` within the scope."""
    reporters = (
        select(Reversal.reporter_id, func.max(Reversal.overdose_date).label("reported"))
        .where(Reversal.deleted.is_(False), Reversal.reporter_id.is_not(None))
        .group_by(Reversal.reporter_id)
    )
    if sites:
        reporters = reporters.where(Reversal.site_id.in_(list(sites)))
    return within_sites(reporters, Reversal.site_id, actor).subquery()


def no_kit_since(latest: Subquery) -> ColumnElement[bool]:
    """True where the reporter of ``latest`` has had no kit on or after the overdose reported (one index seek)."""
    kit_since = select(Dispensing.participant_id).where(
        Dispensing.participant_id == latest.c.reporter_id,
        Dispensing.deleted.is_(False),
        Dispensing.dispensed_on >= latest.c.reported,
    )
    return ~kit_since.exists()


def due_counts(session: Session, actor: Actor, today: dt.date, sites: Collection[uuid.UUID] | None) -> dict[str, int]:
    """The people due a new kit at ``sites`` (all when empty) within the actor's, from the database's tallies
    (``model.tallies``), which keep each person's latest dates as the rows change.

    A person's kits are all expired when the latest expiry among them is past; a reporter has had no kit
    since their latest report when their latest kit anywhere is older (or there is none), which, for the
    latest report, is the same as asking report by report. The whole program is two index range counts;
    some sites, a range of the per-site tally for each site, grouped by person.
    """
    if not sites and actor.all_sites:
        everyone = kit_holders.c
        expired = select(func.count()).select_from(kit_holders).where(everyone.expiry < today)
        used = (
            select(func.count())
            .select_from(kit_holders)
            .where(everyone.reported.is_not(None), _no_kit_since(everyone.reported))
        )
        return {"expired": int(session.scalar(expired) or 0), "used": int(session.scalar(used) or 0)}
    at = kit_holders_at_site.c
    kept = select(at.participant_id).group_by(at.participant_id)
    if sites:
        kept = kept.where(at.site_id.in_(list(sites)))
    kept = within_sites(kept, at.site_id, actor)
    holders = kept.where(at.expiry.is_not(None)).having(func.max(at.expiry) < today).subquery()
    reporters = kept.add_columns(func.max(at.reported).label("reported")).where(at.reported.is_not(None)).subquery()
    used = (
        select(func.count())
        .select_from(reporters)
        .join(kit_holders, kit_holders.c.participant_id == reporters.c.participant_id)
        .where(_no_kit_since(reporters.c.reported))
    )
    expired = select(func.count()).select_from(holders)
    return {"expired": int(session.scalar(expired) or 0), "used": int(session.scalar(used) or 0)}


def _no_kit_since(reported: ColumnElement[dt.date]) -> ColumnElement[bool]:
    return or_(kit_holders.c.last_kit.is_(None), kit_holders.c.last_kit < reported)
