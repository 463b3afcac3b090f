"""Browsing the audit trail: who did what, filtered and a page at a time, newest first.

Coordinators and administrators may read it; nobody can change it (the database refuses).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import (
    AuditEvent,
    Dispensing,
    Lot,
    Participant,
    Product,
    Reversal,
    Site,
    StockMovement,
    TrainingSession,
    User,
)
from oend.model.codes import AuditAction, Role

READERS = (Role.COORDINATOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class AuditFilter:
    """Every field narrows the trail; ``since`` is inclusive and ``until`` exclusive (UTC times)."""

    username: str | None = None
    user_id: uuid.UUID | None = None
    action: AuditAction | None = None
    entity: str | None = None
    entity_id: uuid.UUID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: dt.datetime
    username: str | None
    user_id: uuid.UUID | None
    device_id: str | None
    action: AuditAction
    entity: str
    entity_id: uuid.UUID | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: str | None
    user_name: str | None = None  # the user's display name
    #: What a person recognises each record by (a participant's code, a site's name, a lot's product and
    #: number), keyed by the id as text: the event's own record and every record its fields point to.
    names: Mapping[str, str] = field(default_factory=dict)


_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])  # a select of any columns


def _filtered(stmt: _S, f: AuditFilter) -> _S:
    if f.username:
        stmt = stmt.where(AuditEvent.username == f.username)
    if f.user_id is not None:
        stmt = stmt.where(AuditEvent.user_id == f.user_id)
    if f.action is not None:
        stmt = stmt.where(AuditEvent.action == AuditAction(f.action))
    if f.entity:
        stmt = stmt.where(AuditEvent.entity == f.entity)
    if f.entity_id is not None:
        stmt = stmt.where(AuditEvent.entity_id == f.entity_id)
    if f.since is not None:
        stmt = stmt.where(AuditEvent.at >= f.since)
    if f.until is not None:
        stmt = stmt.where(AuditEvent.at < f.until)
    return stmt


def browse_audit(
    session: Session, actor: Actor, where: AuditFilter = AuditFilter(), *, limit: int = 100, offset: int = 0
) -> list[AuditRow]:
    """One page of matching events, newest first (ties broken by the time-ordered id)."""
    actor.require_role(*READERS)
    stmt = _filtered(select(AuditEvent, User.display_name), where).outerjoin(User, User.id == AuditEvent.user_id)
    stmt = stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    found = session.execute(stmt.limit(limit).offset(offset)).all()
    names = record_names(session, [e for e, _ in found])
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            username=e.username,
            user_id=e.user_id,
            device_id=e.device_id,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            before=e.before,
            after=e.after,
            detail=e.detail,
            user_name=display_name,
            names=names,
        )
        for e, display_name in found
    ]


def count_audit(session: Session, actor: Actor, where: AuditFilter = AuditFilter()) -> int:
    """How many events match, for the pager."""
    actor.require_role(*READERS)
    return int(session.scalar(_filtered(select(func.count()).select_from(AuditEvent), where)) or 0)


def _participants(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(Participant.id, Participant.code).where(Participant.id.in_(ids))).all())


def _sites(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = session.execute(select(Site.id, Site.code, Site.name).where(Site.id.in_(ids)))
    return {i: f"{name} ({code})" for i, code, name in rows}


def _products(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).all())


def _lots(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(Lot.id, Product.name, Lot.lot_number).join(Product, Product.id == Lot.product_id).where(Lot.id.in_(ids))
    )
    return {i: f"{product} {number}" for i, product, number in rows}


def _sessions(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(TrainingSession.id, TrainingSession.session_date, Site.code)
        .join(Site, Site.id == TrainingSession.site_id)
        .where(TrainingSession.id.in_(ids))
    )
    return {i: f"{day.isoformat()} {code}" for i, day, code in rows}


def _dated_at_site(kind: Any, day: Any) -> Callable[[Session, set[uuid.UUID]], dict[uuid.UUID, str]]:
    def names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        rows = session.execute(
            select(kind.id, day, Site.code).join(Site, Site.id == kind.site_id).where(kind.id.in_(ids))
        )
        return {i: f"{when.isoformat()} {code}" for i, when, code in rows}

    return names


def _users(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())


Namer = Callable[[Session, set[uuid.UUID]], dict[uuid.UUID, str]]
#: How each kind of record is named, by the entity names the services audit under.
NAMERS: dict[str, Namer] = {
    "participant": _participants,
    "site": _sites,
    "product": _products,
    "lot": _lots,
    "training_session": _sessions,
    "dispensing": _dated_at_site(Dispensing, Dispensing.dispensed_on),
    "reversal": _dated_at_site(Reversal, Reversal.overdose_date),
    "stock_movement": _dated_at_site(StockMovement, StockMovement.movement_date),
    "user": _users,
}
#: The kind of record a field of a before/after snapshot points to.
FIELD_KINDS = {
    "participant_id": "participant",
    "reporter_id": "participant",
    "merged_into_id": "participant",
    "site_id": "site",
    "home_site_id": "site",
    "from_site_id": "site",
    "to_site_id": "site",
    "site_ids": "site",
    "product_id": "product",
    "lot_id": "lot",
    "session_id": "training_session",
    "training_session_id": "training_session",
    "reversal_id": "reversal",
    "trainer_id": "user",
    "dispensed_by": "user",
    "user_id": "user",
}


def _as_ids(value: object) -> Iterable[uuid.UUID]:
    for item in value if isinstance(value, list) else [value]:
        try:
            yield uuid.UUID(str(item))
        except ValueError:
            continue


def record_names(session: Session, events: Iterable[AuditEvent]) -> dict[str, str]:
    """The name of every record the events are about or point to, keyed by the id as text (one read per kind)."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for event in events:
        if event.entity_id is not None and event.entity in NAMERS:
            wanted.setdefault(event.entity, set()).add(event.entity_id)
        for snapshot in (event.before or {}, event.after or {}):
            for key, value in snapshot.items():
                if key in FIELD_KINDS and value:
                    wanted.setdefault(FIELD_KINDS[key], set()).update(_as_ids(value))
    names: dict[str, str] = {}
    for kind, ids in wanted.items():
        names |= {str(i): name for i, name in NAMERS[kind](session, ids).items()}
    return names
