"""Prison and jail release: the people of one facility, their expected release date, training and kit."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import case, exists, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Attendance, Dispensing, Participant
from oend.queries.scope import within_sites


@dataclass(frozen=True)
class ReleaseRow:
    id: uuid.UUID
    code: str
    name: str
    expected_release_date: dt.date | None
    released_on: dt.date | None
    trained: bool
    has_kit: bool  # a kit handed over at the facility, placed in the person's property


def facility_roster(
    session: Session,
    actor: Actor,
    site_id: uuid.UUID,
    *,
    release_on: dt.date | None = None,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
) -> list[ReleaseRow]:
    """The facility's people, those still to be released first, soonest on top; ``release_on`` keeps one day's list.

    After the upcoming releases come the past ones (latest first: the people to follow up), then those with no date.
    """
    trained = exists().where(Attendance.participant_id == Participant.id, Attendance.deleted.is_(False))
    # The facility's hand-overs read once by the site index, not once per person on the roster.
    kit = Participant.id.in_(
        select(Dispensing.participant_id).where(
            Dispensing.site_id == site_id, Dispensing.participant_id.is_not(None), Dispensing.deleted.is_(False)
        )
    )
    stmt = select(
        Participant.id,
        Participant.code,
        Participant.first_name,
        Participant.last_name,
        Participant.expected_release_date,
        Participant.released_on,
        trained,
        kit,
    ).where(Participant.home_site_id == site_id, Participant.deleted.is_(False), Participant.merged_into_id.is_(None))
    if release_on is not None:
        stmt = stmt.where(Participant.expected_release_date == release_on)
    stmt = within_sites(stmt, Participant.home_site_id, actor)
    expected = Participant.expected_release_date
    upcoming = expected >= (today or dt.date.today())
    stmt = stmt.order_by(
        case((upcoming, 0), (expected.is_not(None), 1), else_=2),
        case((upcoming, expected)),
        expected.desc(),
        Participant.code,
    )
    return [
        ReleaseRow(r[0], r[1], " ".join(p for p in (r[2], r[3]) if p), r[4], r[5], bool(r[6]), bool(r[7]))
        for r in session.execute(stmt.offset(offset).limit(limit))
    ]
