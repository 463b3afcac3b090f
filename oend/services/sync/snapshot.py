"""A receiver that holds nothing gets the sender's whole state at once instead of a replay of its log.

Replaying a statewide program's millions of changes into a new server (or a new laptop) took half an hour,
and could only end in the sender's own state: its travelling rows, its change log (which the receiver
forwards, and whose per-field clocks the merge reads), the changes it refused, and how far it has seen
each device. Those are copied table by table straight through the drivers (COPY into PostgreSQL, the
driver's executemany into SQLite), in one transaction of the receiver: cut off, it leaves the receiver
holding nothing, and the next sync starts the copy again from the beginning.

"Holds nothing": no travelling row but its seeds, no change but ones naming those seeds (older releases
logged them), nothing waiting, refused or clocked. The receiver decides inside the transaction that
copies, once a server's log is locked against writers: two laptops' first pushes cannot both copy.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from oend.db import Database, memberships, tallies
from oend.db.bulk_changes import ORDER
from oend.db.change_capture import LOCAL_SETTINGS, travelling_tables
from oend.db.row_codec import decode, row_key
from oend.db.table_copy import copy_table
from oend.ids import is_seeded
from oend.model import Change, Device, FieldClock, Setting, SyncPending, SyncRefusalSet, SyncRejection
from oend.model.base import table_of
from oend.services.sync.apply import hold_up_to
from oend.services.sync.exchange import remember_peer
from oend.services.sync.refusals import refused_by_sender

#: More rows than this in a receiver's travelling tables or log: it holds something (seeds are a handful).
SEEDS_AT_MOST = 100


def copy_whole(source: Database, target: Database, sender: str) -> int | None:
    """Copy ``source``'s state into ``target`` if ``target`` holds nothing and ``source`` has changes.

    Returns the changes copied, or None when nothing was done (the receiver then takes a replay).
    ``sender`` names the source as the target remembers it (see ``server``).
    """
    with source.engine.connect() as reading, target.transaction() as session:
        if reading.dialect.name == "postgresql":
            reading = reading.execution_options(isolation_level="REPEATABLE READ")  # one moment's rows
        with reading.begin():
            marks = _marks(reading)
            if not marks:
                return None
            writing = session.connection()
            if writing.dialect.name == "postgresql":
                writing.exec_driver_sql(f'LOCK TABLE "{Change.__tablename__}" IN EXCLUSIVE MODE')
            seeds = _seeds(writing)
            if seeds is None:
                return None
            _clear(writing, seeds)
            copied = _copy_with_tallies(reading, writing)
            hold_up_to(writing, marks)
            refused_by_sender(writing, sender)
            remember_peer(session, sender, {device: seq for device, (seq, _) in marks.items()})
    for _, reading_at in marks.values():
        target.identity.clock.observe(reading_at)
    return copied


def _marks(conn: Connection) -> dict[str, tuple[int, str]]:
    """Each device's last change held (with its clock reading), as of the source's transaction."""
    devices = table_of(Device)
    held = devices.c.last_seq > 0
    rows = conn.execute(select(devices.c.device_id, devices.c.last_seq, devices.c.last_hlc).where(held))
    return {device: (seq, reading) for device, seq, reading in rows}


def _seeds(conn: Connection) -> dict[str, list[str]] | None:
    """The seeded rows (keys by table) that are all the receiver holds; None when it holds anything else."""
    seeds: dict[str, list[str]] = {}
    for name, table in travelling_tables().items():
        rows = conn.execute(select(table).limit(SEEDS_AT_MOST + 1)).mappings().all()
        if table.name == Setting.__tablename__:
            rows = [row for row in rows if row["key"] not in LOCAL_SETTINGS]
        if len(rows) > SEEDS_AT_MOST or not all(is_seeded(name, row) for row in rows):
            return None
        if rows:
            seeds[name] = [row_key(table, dict(row)) for row in rows]
    log = table_of(Change)
    logged = conn.execute(select(log.c.table_name, log.c.row_id).limit(SEEDS_AT_MOST + 1)).all()
    if len(logged) > SEEDS_AT_MOST or any(row not in seeds.get(name, ()) for name, row in logged):
        return None
    kept = [table_of(m) for m in (FieldClock, SyncPending, SyncRejection)]
    kept += [membership.link for membership in memberships.MEMBERSHIPS.values()]
    if any(conn.execute(select(1).select_from(table).limit(1)).first() is not None for table in kept):
        return None
    return seeds


def _clear(conn: Connection, seeds: dict[str, list[str]]) -> None:
    """Take out the receiver's seeds and the changes naming them: the sender's copies come in their place."""
    conn.execute(delete(table_of(Change)))
    conn.execute(delete(table_of(SyncRefusalSet)))  # only ever news of others' refusals
    for name, keys in seeds.items():
        table = travelling_tables()[name]
        (key,) = table.primary_key.columns
        conn.execute(delete(table).where(key.in_([decode(key, k) for k in keys])))


def _copy_with_tallies(source: Connection, target: Connection) -> int:
    """``_copy`` as a bulk load goes: the tallies' triggers put off and the tallies filled once at the end
    (row by row they cost more than the copy itself), and on a laptop the secondary indexes built once at
    the end too (sorting their keys costs a fraction of keeping them row by row). Neither side's
    statements time out meanwhile (a statewide copy takes minutes; a server gives up on one after seconds).
    All in the caller's transaction: cut off, the database is as it was, indexes and triggers included."""
    for conn in (source, target):
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
    put_off = _secondary_indexes(target)
    for name, _ in put_off:
        target.exec_driver_sql(f'DROP INDEX "{name}"')
    tallies.drop_triggers(target.exec_driver_sql, target.dialect.name)
    copied = _copy(source, target)
    for _, sql in put_off:
        target.exec_driver_sql(sql)
    tallies.fill(target.exec_driver_sql)
    tallies.create_triggers(target.exec_driver_sql, target.dialect.name)
    return copied


def _secondary_indexes(conn: Connection) -> list[tuple[str, str]]:
    """A SQLite database's indexes that no constraint needs, with the statements that make them."""
    if conn.dialect.name != "sqlite":
        return []
    found = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    return [(name, sql) for name, sql in found]


def _copy(source: Connection, target: Connection) -> int:
    """Every table a replay fills, parents first; return the changes copied."""
    position = [column.name for column in table_of(Setting).columns].index("key")
    for table in sorted(travelling_tables().values(), key=lambda t: ORDER.get(t.name, 0)):
        keep = (lambda row: row[position] not in LOCAL_SETTINGS) if table.name == Setting.__tablename__ else None
        copy_table(source, target, table, keep)
    for membership in memberships.MEMBERSHIPS.values():
        copy_table(source, target, membership.link)
    for table in (table_of(FieldClock), table_of(SyncRejection), table_of(SyncRefusalSet)):
        copy_table(source, target, table)
    return copy_table(source, target, table_of(Change))
