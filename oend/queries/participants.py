"""Finding participants: by code prefix, name prefix or date of birth, a page at a time."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, CompoundSelect, Select, SQLColumnExpression, func, select, union
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import Participant
from oend.queries.scope import S, within_sites


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


def _matching_codes(actor: Actor, text: str, first: int) -> CompoundSelect[str] | Select[str]:
    """Codes of the first ``first`` live participants (by code) matching ``text``, from each way it may match.

    The first ``first`` of all matches are among the first ``first`` of each way, so each branch stops
    there: the code branch reads the unique code index in order, and a name branch reads its covering
    (name, code, ...) index range without touching the table. A one-letter search is then as quick as a
    rare one; gathering every match of "M" first took most of a second on the statewide database.
    """
    birth = _parse_date(text)
    if birth is not None:
        return _shown(select(Participant.code), actor).where(Participant.date_of_birth == birth)
    lowered = text.lower()
    ways = [prefix_range(Participant.code, text.upper())]
    ways += [prefix_range(func.lower(name), lowered) for name in (Participant.last_name, Participant.first_name)]
    firsts = [
        _shown(select(Participant.code), actor).where(*way).order_by(Participant.code).limit(first).subquery()
        for way in ways
    ]
    return union(*(select(branch.c.code) for branch in firsts))


def _shown(stmt: S, actor: Actor) -> S:
    """``stmt`` kept to the records a search may show: not deleted, not merged away, at the actor's sites."""
    live = stmt.where(Participant.deleted.is_(False), Participant.merged_into_id.is_(None))
    return within_sites(live, Participant.home_site_id, actor)


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
    )
    stmt = _shown(stmt, actor)
    if text:
        stmt = stmt.where(Participant.code.in_(_matching_codes(actor, text, offset + limit)))
    stmt = stmt.order_by(Participant.code).limit(limit).offset(offset)
    return [
        ParticipantRow(r.id, r.code, r.first_name, r.last_name, r.date_of_birth, r.category.value, r.home_site_id)
        for r in session.execute(stmt)
    ]
