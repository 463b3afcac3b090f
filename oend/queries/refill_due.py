"""The rule of who is due a new kit, shared by the Today figure (``reporting.aggregates.awaiting_refill``) and
the list behind it (``queries.dashboard.due_a_new_kit``), so the list always names the people the figure counts.

Due are those whose every kit has expired, and those who reported using naloxone and have had no kit since.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection

from sqlalchemy import ColumnElement, Subquery, case, func, select

from oend.core.actor import Actor
from oend.model import Dispensing, Lot, Reversal
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
