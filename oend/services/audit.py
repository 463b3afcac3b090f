"""Writing the audit trail and stamping who wrote a row, inside the caller's transaction.

Each event is linked into its device's hash chain as it is recorded (oend/security/chain.py): its place,
the previous event's hash and its own. The chain's head is read from the database once per transaction
(on PostgreSQL under a lock, as every computer writes to the one server) and then followed in memory.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.chain import FIELDS, event_hash
from oend.ids import uuid7
from oend.model import AuditEvent
from oend.model.base import Synced, utcnow
from oend.model.codes import AuditAction

#: Where a session keeps the last event it chained, per device, with the transaction it belongs to.
_HEADS = "oend_audit_heads"
#: The PostgreSQL advisory lock class of one device's chain (its key is a hash of the device id).
_CHAIN_LOCK = 0x4F454E45


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
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Add an event, linked into the actor's device chain; ``at`` is for events that happened earlier."""
    event = AuditEvent(
        id=uuid7(),
        at=at or utcnow(),
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
    event.seq, event.prev_hash = _next_link(session, actor.device_id)
    event.hash = event_hash({name: getattr(event, name) for name in FIELDS})
    session.add(event)
    session.info.setdefault(_HEADS, {})[actor.device_id] = (session.get_transaction(), event)
    return event


def _next_link(session: Session, device: str | None) -> tuple[int, str | None]:
    """The place and previous hash of the next event in ``device``'s chain."""
    transaction, last = session.info.get(_HEADS, {}).get(device, (None, None))
    if last is None or transaction is not session.get_transaction() or last not in session:
        with session.no_autoflush:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(select(func.pg_advisory_xact_lock(_CHAIN_LOCK, func.hashtext(device or ""))))
            head = session.execute(
                select(AuditEvent.seq, AuditEvent.hash)
                .where(AuditEvent.device_id.is_(None) if device is None else AuditEvent.device_id == device)
                .order_by(AuditEvent.seq.desc())
                .limit(1)
            ).first()
        return (1, None) if head is None else (int(head.seq or 0) + 1, head.hash)
    return int(last.seq) + 1, last.hash
