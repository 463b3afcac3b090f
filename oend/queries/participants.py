"""Finding participants: by code prefix, name prefix or date of birth, a page at a time."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, CompoundSelect, Select, SQLColumnExpression, func, select, union
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Participant
from oend.queries.scope import within_sites


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    code: str
    first_name: str | None
    last_name: str | None
    date_of_birth: dt.date | None
    category: str
    home_site_id: uuid.UUID | None


def prefix_range(column: SQLColumnExpression[str], prefix: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """``column >= prefix AND column < next`` — a prefix match any B-tree index can serve."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return column >= prefix, column < upper


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _matching_ids(text: str) -> Select[uuid.UUID] | CompoundSelect[uuid.UUID]:
    """Ids matching ``text``: each branch is an index range scan, joined with UNION."""
    birth = _parse_date(text)
    if birth is not None:
        return select(Participant.id).where(Participant.date_of_birth == birth)
    branches = [select(Participant.id).where(*prefix_range(Participant.code, text.upper()))]
    lowered = text.lower()
    for name in (Participant.last_name, Participant.first_name):
        branches.append(select(Participant.id).where(*prefix_range(func.lower(name), lowered)))
    return union(*branches)


def search_participants(
    session: Session, actor: Actor, text: str, *, limit: int = 50, offset: int = 0
) -> list[ParticipantRow]:
    """Participants whose code or name starts with ``text``, or born on the ISO date ``text``.

    Merged-away and deleted records are left out; an empty ``text`` lists everyone, by code.
    """
    text = text.strip()
    stmt = select(
        Participant.id,
        Participant.code,
        Participant.first_name,
        Participant.last_name,
        Participant.date_of_birth,
        Participant.category,
        Participant.home_site_id,
    ).where(Participant.deleted.is_(False), Participant.merged_into_id.is_(None))
    if text:
        stmt = stmt.where(Participant.id.in_(_matching_ids(text)))
    stmt = within_sites(stmt, Participant.home_site_id, actor)
    stmt = stmt.order_by(Participant.code).limit(limit).offset(offset)
    return [
        ParticipantRow(r.id, r.code, r.first_name, r.last_name, r.date_of_birth, r.category.value, r.home_site_id)
        for r in session.execute(stmt)
    ]
