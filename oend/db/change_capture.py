"""Every write to a travelling table becomes a change in the log, in the same transaction, from one place.

Listeners on every ORM session (installed once, at import) see each flush and each bulk UPDATE; they act
only in sessions that carry an ``Identity`` (``Database.writes``), so services never write the log by
hand and a new service cannot forget it. Each change takes the device's next number under the device's
row lock (gap-free, safe with concurrent writers on a server) and a clock reading. An update also moves
the clocks of the fields it set and names the clock of each value it replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, delete, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from oend.core import clock
from oend.db import memberships
from oend.db.identity import DATABASE_KEY, Identity
from oend.db.revision import SCHEMA_REVISION
from oend.db.row_codec import encode_row, row_key
from oend.ids import uuid7
from oend.model import AuditCheckpoint, AuditEvent, Base, Change, Device, FieldClock, Setting
from oend.model.base import Synced, table_of, utcnow

#: The session.info key of the identity a capturing session writes under.
IDENTITY = "oend_identity"
#: The session.info key of what the installation had handed out before the session's transaction.
_BEFORE = "oend_handed_out_before"
#: The session.info key of the last number handed out in the session's transaction.
_CLAIMED = "oend_handed_out_last"
#: The settings row holding the program's sync key, given to a device when it is enrolled, never logged.
SYNC_KEY = "sync_key"
#: The settings row of the enrolment material a server holds for a new laptop, sealed: read there, never sent.
ENROLMENT = "enrolment"
#: Settings rows that never travel: the database's id, the sync key, the device id of old releases, enrolment.
LOCAL_SETTINGS = frozenset({DATABASE_KEY, SYNC_KEY, "device", ENROLMENT})
#: Rows written once and never changed: they travel as inserts only.
APPEND_ONLY = frozenset({AuditEvent.__tablename__, AuditCheckpoint.__tablename__})
#: Rows named by a key two devices may both create: merged field by field even when inserted.
MERGED_ON_INSERT = {Setting.__tablename__: frozenset({"value", "updated_at"})}
#: Columns every edit sets: merged by the clock like any field, never a conflict of their own.
BOOKKEEPING = frozenset({"updated_at", "updated_by", "device_id", "version"})


@cache
def travelling_tables() -> dict[str, Table]:
    """The tables whose rows travel: every Synced model's, the audit trail and its checkpoints, settings."""
    models: list[type[Base]] = [AuditEvent, AuditCheckpoint, Setting]
    models += [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced) and issubclass(m.class_, Base)]
    return {table.name: table for table in map(table_of, models)}


def travels(table: Table, key: str) -> bool:
    return table.name in travelling_tables() and not (table.name == Setting.__tablename__ and key in LOCAL_SETTINGS)


def _row_travels(table: Table, values: dict[str, Any]) -> bool:
    """Whether a flushed row travels; its key is read only in a travelling table (a local one may have two)."""
    return table.name in travelling_tables() and travels(table, row_key(table, values))


@dataclass
class Entry:
    """A change about to be logged, with the fields it set (none for a new event or record).

    A settings row names its fields on insert too: two devices may each create the same key, and the
    receiver merges them by the fields' clocks.
    """

    table: Table
    values: dict[str, Any]
    changed: set[str] = field(default_factory=set)
    operation: str = "update"

    @property
    def key(self) -> str:
        return row_key(self.table, self.values)


def _column_values(obj: Any) -> tuple[Table, dict[str, Any]]:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    values = {prop.columns[0].name: getattr(obj, prop.key) for prop in mapper.column_attrs}
    if (membership := memberships.MEMBERSHIPS.get(table.name)) is not None:
        values[membership.field] = memberships.of_object(obj, membership)
    return table, values


def _changed_columns(obj: Any) -> set[str]:
    state = inspect(obj)
    changed = {
        prop.columns[0].name for prop in state.mapper.column_attrs if state.attrs[prop.key].history.has_changes()
    }
    if changed and isinstance(obj, Synced):
        changed.add("version")  # raised by the flush itself
    membership = memberships.MEMBERSHIPS.get(state.mapper.local_table.name)
    if membership is not None and state.attrs[membership.relationship].history.has_changes():
        changed.add(membership.field)
    return changed


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    identity: Identity | None = session.info.get(IDENTITY)
    if identity is None:
        return
    entries = []
    for obj in session.new:
        table, values = _column_values(obj)
        if _row_travels(table, values):
            keyed = MERGED_ON_INSERT.get(table.name, frozenset())
            entries.append(Entry(table, values, set(keyed), "insert"))
    for obj in session.dirty:
        table, values = _column_values(obj)
        if table.name in APPEND_ONLY or not _row_travels(table, values):
            continue
        if changed := _changed_columns(obj):
            entries.append(Entry(table, values, changed))
    record(session, identity, entries)


@event.listens_for(Session, "do_orm_execute")
def _bulk_update(state: ORMExecuteState) -> Any:
    """An UPDATE statement changes rows no flush sees: log each row it changed, read before and after."""
    identity: Identity | None = state.session.info.get(IDENTITY)
    if identity is None or not state.is_update:
        return None
    table = state.statement.table  # type: ignore[attr-defined]
    if not isinstance(table, Table) or table.name not in travelling_tables():
        return None
    conn = state.session.connection()
    (key,) = table.primary_key.columns
    where = state.statement.whereclause  # type: ignore[attr-defined]
    chosen = select(key)
    keys = list(conn.execute(chosen if where is None else chosen.where(where)).scalars())
    if not keys:
        return None
    before = {row[key.name]: dict(row) for row in conn.execute(select(table).where(key.in_(keys))).mappings()}
    result = state.invoke_statement()
    entries = []
    for row in conn.execute(select(table).where(key.in_(keys))).mappings():
        after = dict(row)
        changed = {name for name, value in after.items() if before[row[key.name]].get(name) != value}
        if changed and travels(table, str(row[key.name])):
            entries.append(Entry(table, after, changed))
    record(state.session, identity, entries)
    return result


def record(session: Session, identity: Identity, entries: list[Entry]) -> None:
    """Log ``entries`` as this device's next changes, in order, in the session's transaction."""
    if entries:
        last = log(session.connection(), identity, entries)
        # Noted in the installation before the commit that makes them real: a backup restored later holds fewer.
        session.info.setdefault(_BEFORE, identity.handed_out(last))
        session.info[_CLAIMED] = last


def log(conn: Connection, identity: Identity, entries: list[Entry]) -> int:
    """Log ``entries`` as this device's next changes on ``conn``; return the last number handed out."""
    readings = [identity.clock.now() for _ in entries]
    first = take_numbers(conn, identity, len(entries), readings[-1])
    rows = []
    for seq, (entry, now) in enumerate(zip(entries, readings, strict=True), start=first):
        fields, reading = _move_field_clocks(conn, identity, entry, now) if entry.changed else (None, now)
        rows.append(
            {
                "id": uuid7(),
                "device_id": identity.device_id,
                "seq": seq,
                "hlc": reading,
                "table_name": entry.table.name,
                "row_id": entry.key,
                "operation": entry.operation,
                "row_values": encode_row(entry.table, entry.values),
                "fields": fields,
                "schema_revision": SCHEMA_REVISION,
            }
        )
    conn.execute(insert(table_of(Change)), rows)
    return first + len(entries) - 1


def take_numbers(conn: Connection, identity: Identity, count: int, reading: str) -> int:
    """The first of ``count`` numbers taken for this device, under its row's lock until the transaction ends."""
    devices = table_of(Device)
    last = conn.execute(
        update(devices)
        .where(devices.c.device_id == identity.device_id)
        .values(last_seq=devices.c.last_seq + count, last_hlc=reading, last_seen=utcnow())
        .returning(devices.c.last_seq)
    ).scalar_one()
    return int(last) - count + 1


def _move_field_clocks(conn: Any, identity: Identity, entry: Entry, reading: str) -> tuple[dict[str, str | None], str]:
    """Set the clocks of the fields ``entry`` changed; return the clock each replaced (None: never edited),
    and the change's reading: after every clock it replaced, even one from a device far ahead."""
    replaced = set_field_clocks(conn, entry.table.name, entry.key, dict.fromkeys(entry.changed, reading))
    latest = max((r for r in replaced.values() if r is not None), default=None)
    if latest is not None and latest > reading:
        reading = clock.after(latest, identity.device_id)
        set_field_clocks(conn, entry.table.name, entry.key, dict.fromkeys(entry.changed, reading))
    return replaced, reading


def set_field_clocks(conn: Any, table_name: str, key: str, readings: dict[str, str]) -> dict[str, str | None]:
    """Set the clocks of some fields of one row; return what each was before (None: never edited)."""
    clocks = table_of(FieldClock)
    this_row = (clocks.c.table_name == table_name) & (clocks.c.row_id == key)
    names = sorted(readings)
    before: dict[str, str | None] = dict.fromkeys(names)
    before |= dict(conn.execute(select(clocks.c.field, clocks.c.hlc).where(this_row, clocks.c.field.in_(names))).all())
    conn.execute(delete(clocks).where(this_row, clocks.c.field.in_(names)))
    conn.execute(
        insert(clocks), [{"table_name": table_name, "row_id": key, "field": n, "hlc": readings[n]} for n in names]
    )
    return before


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    session.info.pop(_BEFORE, None)
    session.info.pop(_CLAIMED, None)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    """Numbers handed out in a transaction that was undone are free again (the file is ahead meanwhile)."""
    identity: Identity | None = session.info.get(IDENTITY)
    before = session.info.pop(_BEFORE, None)
    claimed = session.info.pop(_CLAIMED, None)
    if identity is not None and before is not None and claimed is not None:
        identity.take_back(before, claimed)
