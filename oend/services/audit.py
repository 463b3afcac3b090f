"""Writing the audit trail and stamping who wrote a row, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.model import AuditEvent
from oend.model.base import Synced, utcnow
from oend.model.codes import AuditAction


def _json_safe(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (uuid.UUID, dt.date, dt.time)):  # datetime is a date too
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def snapshot(obj: Any) -> dict[str, Any]:
    """The row's column values as JSON, for an audit event's before/after."""
    return {attr.key: _json_safe(getattr(obj, attr.key)) for attr in inspect(obj).mapper.column_attrs}


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, so an edit's audit event says what changed."""
    skip = {"updated_at", "updated_by", "device_id", "version"}
    keys = [k for k in after if k not in skip and before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def stamp(obj: Synced, actor: Actor, *, new: bool) -> None:
    """Record on the row who wrote it and from which device."""
    if new:
        obj.created_by = actor.user_id
    obj.updated_by = actor.user_id
    obj.device_id = actor.device_id
    obj.updated_at = utcnow()


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: uuid.UUID | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    detail: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        user_id=actor.user_id,
        username=actor.username,
        device_id=actor.device_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
        detail=detail,
    )
    session.add(event)
    return event
