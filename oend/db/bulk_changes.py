"""Logging rows written in bulk beside the ORM (the demo generator's load) as this device's insert changes.

A database whose rows never reached the log could never be synced. On SQLite the rows a chunk added
(those past each table's last rowid before it) are logged by one INSERT ... SELECT per table without
their values, which are read from the rows when a peer is sent them (oend.services.sync.log): turning
every row into JSON during the load made it two to three times slower; this way it costs a few percent.
Elsewhere the rows the writer bound are logged with their values.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from oend.db import memberships
from oend.db.change_capture import MERGED_ON_INSERT, Entry, log, take_numbers, travelling_tables, travels
from oend.db.identity import Identity
from oend.db.revision import SCHEMA_REVISION
from oend.ids import is_seeded, uuid7
from oend.model import Base

ADOPT_BATCH = 5_000
#: Parents before children, so a receiver seldom has to hold a row back for its parent.
ORDER = {table.name: position for position, table in enumerate(Base.metadata.sorted_tables)}


def rowid_marks(conn: Connection, tables: list[str]) -> dict[str, int]:
    """The last rowid of each travelling table among ``tables`` (SQLite): rows added later lie past it."""
    names = [t for t in tables if t in travelling_tables()]
    return {t: conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').scalar_one() for t in names}


def log_added_rows(conn: Connection, identity: Identity, marks: dict[str, int]) -> None:
    """Log every row past ``marks`` as an insert by this device (SQLite), table by table in rowid order."""
    reading = identity.clock.now()  # one reading for the load: inserts have no field clocks to compare
    added = {t: last - marks[t] for t, last in rowid_marks(conn, list(marks)).items()}
    total = sum(added.values())
    if not total:
        return
    seq = take_numbers(conn, identity, total, reading)
    for name, mark in marks.items():
        if added[name]:
            _log_table(conn, identity, travelling_tables()[name], (mark, added[name]), seq, reading)
            seq += added[name]
    identity.handed_out(seq - 1)


def _log_table(
    conn: Connection, identity: Identity, table: Table, rows: tuple[int, int], first: int, reading: str
) -> None:
    """Log the ``rows`` (a rowid mark, how many past it) of ``table`` as changes numbered from ``first``."""
    mark, added = rows
    head = uuid7().hex[:16]  # each change's id: this time-ordered head, then the variant and a count
    (key,) = table.primary_key.columns
    sql = (
        "INSERT INTO changes (id, device_id, seq, hlc, table_name, row_id, operation, row_values, fields, "
        "schema_revision) SELECT "
        f"'{head}' || printf('%016x', ?1 + rowid), ?2, ?3 + rowid, ?4, '{table.name}', {_hyphenated(key.name)}, "
        f"'insert', NULL, NULL, ?5 "
        f'FROM "{table.name}" WHERE rowid > {mark} ORDER BY rowid'
    )
    low = (0b10 << 62) | (int(uuid7().hex[16:24], 16) & 0x3FFFFFFF) << 32  # room for 2**32 rows
    start = mark + 1  # a load appends: its rows take the rowids after the mark, one after another
    logged = conn.exec_driver_sql(
        sql, (low - (1 << 64) - start, identity.device_id, first - start, reading, SCHEMA_REVISION)
    ).rowcount
    if logged != added:
        raise RuntimeError(f"{table.name}: {logged} rows past rowid {mark}, {added} expected")


def _hyphenated(name: str) -> str:
    c = f'"{name}"'
    parts = [f"substr({c}, {start}, {length})" for start, length in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))]
    return "lower(" + " || '-' || ".join(parts) + ")"


def log_rows(conn: Connection, identity: Identity, table: Table, rows: list[dict[str, Any]]) -> None:
    """Log ``rows`` (as bound, by column name) as inserts by this device (any database)."""
    if table.name not in travelling_tables():
        return
    entries = [Entry(table, row, set(MERGED_ON_INSERT.get(table.name, ())), "insert") for row in rows]
    entries = [entry for entry in entries if travels(table, entry.key)]
    if entries:
        identity.handed_out(log(conn, identity, entries))


def adopt(conn: Connection, identity: Identity) -> None:
    """Log every row a database held before it had a change log (last year's records).

    Done once, when the database gets its identity, so what was there before sync can travel too. Seeded
    rows as every database holds them are left out: a new server opened from a laptop takes that laptop's
    device, and its seeds logged as that device's first changes would stand for the laptop's own.
    """
    for table in sorted(travelling_tables().values(), key=lambda t: ORDER.get(t.name, 0)):
        rows = conn.execute(select(table)).mappings()
        while batch := rows.fetchmany(ADOPT_BATCH):
            values = [dict(row) for row in batch if not is_seeded(table.name, row)]
            if (membership := memberships.MEMBERSHIPS.get(table.name)) is not None:
                for row in values:
                    row[membership.field] = memberships.read(conn, membership, row["id"])
            log_rows(conn, identity, table, values)
