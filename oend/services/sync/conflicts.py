"""Conflicts sync found: two devices changed one field differently without seeing each other's value.

The later clock's value is in the record already. A coordinator confirms it, or keeps the other value,
which is then an ordinary edit (it travels to every device and wins by its newer clock). Either way the
choice is in the audit trail, with both values.
"""

from __future__ import annotations

import uuid
from typing import Literal

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decode
from oend.model import Base, SyncConflict
from oend.model.base import Synced, utcnow
from oend.model.codes import AuditAction, Role
from oend.services import audit

AREAS = frozenset(Area)  # a kept value may change any kind of record


def open_conflicts(session: Session) -> list[SyncConflict]:
    """Conflicts no one has confirmed yet, oldest first."""
    query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.found_at)
    return list(session.scalars(query))


def resolve_conflict(
    session: Session, actor: Actor, conflict_id: uuid.UUID, *, keep: Literal["kept", "lost"]
) -> Changed[SyncConflict]:
    """Confirm the value sync kept, or put the other one back in the record."""
    actor.require_role(Role.COORDINATOR, Role.ADMINISTRATOR)
    checks = Checks()
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        checks.fail("conflict", "does not exist")
    elif conflict.resolved_at is not None:
        checks.fail("conflict", "was already resolved")
    if keep not in ("kept", "lost"):
        checks.fail("keep", "must be kept or lost")
    checks.done()
    assert conflict is not None
    record = _record(session, conflict)
    if record is None:
        checks.fail("conflict", "names a record that is no longer here")
        checks.done()
    chosen = conflict.kept_value if keep == "kept" else conflict.lost_value
    if keep == "lost":
        table = travelling_tables()[conflict.table_name]
        setattr(record, _attribute(record, conflict.field), decode(table.c[conflict.field], chosen))
        if isinstance(record, Synced):
            audit.stamp(record, actor, new=False)
    audit.record(
        session,
        actor,
        AuditAction.UPDATE,
        conflict.table_name,
        getattr(record, "id", None),
        before={conflict.field: conflict.kept_value, "other": conflict.lost_value},
        after={conflict.field: chosen},
        detail="sync conflict resolved",
    )
    conflict.resolved_at, conflict.resolved_by = utcnow(), actor.user_id
    return Changed(conflict, AREAS)


def _record(session: Session, conflict: SyncConflict) -> object | None:
    table = travelling_tables()[conflict.table_name]
    model = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
    (key,) = table.primary_key.columns
    return session.get(model, decode(key, conflict.row_id))


def _attribute(record: object, column: str) -> str:
    key: str = next(p.key for p in inspect(record).mapper.column_attrs if p.columns[0].name == column)
    return key
