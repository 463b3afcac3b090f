"""Browsing the audit trail: who did what, filtered and a page at a time, newest first.

Coordinators and administrators may read it; nobody can change it (the database refuses).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import AuditEvent
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


def _filtered(stmt: Select[Any], f: AuditFilter) -> Select[Any]:
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
    stmt = _filtered(select(AuditEvent), where).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
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
        )
        for e in session.scalars(stmt.limit(limit).offset(offset))
    ]


def count_audit(session: Session, actor: Actor, where: AuditFilter = AuditFilter()) -> int:
    """How many events match, for the pager."""
    actor.require_role(*READERS)
    return int(session.scalar(_filtered(select(func.count()).select_from(AuditEvent), where)) or 0)
