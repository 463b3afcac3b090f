"""Filling an empty database with generated demo data, fast enough for a statewide program.

Unlike other services this one commits as it goes: millions of rows are written one chunk per
transaction, so the writer's memory stays flat and a cancelled run leaves whole chunks. The rows come
from ``oend.demo`` (for a big program in a second process, while this one writes). On SQLite they go
to the driver as stored values, or, from that second process to a plain file, arrive packed in a
small database of their own that is copied in (``Packing``); elsewhere they go through SQLAlchemy
Core inserts after conversion by column type.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import JSON, Boolean, Connection, Date, Enum, Table, Time, Uuid, func, insert, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.checks import Checks
from oend.db import Database, bulk_changes, tallies
from oend.db.database import SQLITE_PRAGMAS
from oend.db.flushing import flushing_in_background
from oend.db.identity import Identity
from oend.demo.background import Chunk, Packing, RowSource, collector_paused
from oend.demo.rows import COLUMNS, CONSTANT, EVENT_TABLES, IMPLIED, NULL, Row
from oend.demo.spec import DemoSpec
from oend.errors import FieldError, Phrase, ValidationError
from oend.model import Base, Participant, Site
from oend.model.base import UtcDateTime
from oend.model.codes import AuditAction, Role
from oend.services import audit, authority

EVENTS_PER_CHUNK = 50_000
# The generator lays out the whole period before its first rows, some 1.5 KB a participant (540 MB
# for a statewide 300,000): this bounds it to a few gigabytes, seven times a statewide program.
MOST_PARTICIPANTS = 2_000_000
SEPARATE_PROCESS_FROM = 20_000  # participants: below this, starting a second process costs more than it saves
# A rollback journal writes each new page once, where WAL writes it twice (log, then checkpoint): some 15%
# faster here. If another connection keeps the database open, SQLite leaves it in WAL, which only costs time.
BULK_PRAGMAS = (
    "PRAGMA foreign_keys=OFF",
    "PRAGMA cache_size=-1048576",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=OFF",  # no flush per chunk: the last commit flushes the lot (see ``_bulk_load``)
)
# Indexes kept up to date during the load, because the generator's rows reach them in key order:
# by date, or by site and then date or arrival (a few hundred sites, each appended to at its end).
KEPT_DURING_LOAD = frozenset(
    {
        "ix_dispensings_date",
        "ix_dispensings_site_date",
        "ix_participants_home_site",
        "ix_reversals_date",
        "ix_reversals_site_date",
        "ix_training_sessions_session_date",
        "ix_training_sessions_site_date",
    }
)
# Tables the generator's process packs into a database of their own for each chunk (see
# ``oend.demo.background.Packing``): all that chunks of events carry. The packing is the larger part
# of that process's work, and the two processes then take about the same time.
PACKED = ("participants", "training_sessions", "attendance", "reversals", "dispensings", "stock_movements")
CHUNK_SCHEMA = "chunk"  # where the writer attaches a chunk's packed database
# While the put-off indexes are built: SQLite sorts an index's keys in runs the size of the cache, and
# with helper threads sorts each full run in the background while it reads on, then merges them.
# Runs are kept in temporary files; in memory (``temp_store=MEMORY``, as the app opens every file so
# that no sorted copy of its data is left in one) the whole sort is one run on one thread. So an
# unencrypted file, whose data lies readable on disk anyway, sorts through files: the two dispensing
# indexes of the statewide database took 5.2 s instead of 9.8 s. An encrypted file sorts in memory.
SORTING_PRAGMAS = ("PRAGMA cache_size=-4096", "PRAGMA threads=4")
SORT_THROUGH_FILES = "PRAGMA temp_store=FILE"
RESTORED_PRAGMAS = (*SQLITE_PRAGMAS, "PRAGMA threads=0")


@dataclass(frozen=True)
class DemoProgress:
    day: dt.date
    events: int
    target_events: int
    seconds: float


@dataclass(frozen=True)
class DemoSummary:
    spec: DemoSpec
    counts: dict[str, int]
    events: int
    seconds: float
    index_seconds: float = 0.0  # of ``seconds``, building the indexes put off during the load
    making_seconds: float = 0.0  # processor time the rows took to make, apart from their writing

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


def _check_empty(session: Session) -> None:
    for model, name in ((Participant, Phrase("participants")), (Site, Phrase("sites"))):
        if session.scalar(select(func.count()).select_from(model)):
            raise ValidationError(
                [
                    FieldError(
                        "database", "already holds {name}: demo data needs an empty database", values={"name": name}
                    )
                ]
            )


# -- writing rows --------------------------------------------------------------------------------------


def _convert(column: Any, value: Any) -> Any:
    converter = _converter(column)
    return converter(value) if converter is not None else value


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """How a stored value (see ``oend.demo.rows``) becomes the Python value SQLAlchemy binds."""
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: uuid.UUID(hex=v)
    if isinstance(kind, UtcDateTime):
        return lambda v: dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    if isinstance(kind, Boolean):
        return bool
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class
    if isinstance(kind, JSON):
        return json.loads
    return None


def _parameter(column: Any, number: int) -> str:
    """The SQLite placeholder of a carried value: an empty one (``NULL``) stored as NULL where the column allows it."""
    return f"NULLIF(?{number}, '')" if column.nullable else f"?{number}"


class TableWriter:
    """Inserts row tuples into one table: straight to the driver on SQLite, else as Core inserts.

    The columns a tuple does not carry (``oend.demo.rows.IMPLIED`` and ``CONSTANT``) are filled in
    by the statement: on SQLite by numbered parameters that name a carried value again. An empty
    value (``NULL``) becomes NULL in the statement on SQLite, before conversion elsewhere.
    """

    def __init__(self, table: Table, columns: tuple[str, ...], sqlite: bool):
        self.table = table
        self.columns = columns
        self.sqlite = sqlite
        self.implied = IMPLIED.get(table.name, {})
        self.constant = CONSTANT.get(table.name, {})
        position = {name: i + 1 for i, name in enumerate(columns)}
        carried = {**{name: name for name in columns}, **self.implied}  # stored column -> the tuple's column
        values = [_parameter(table.c[name], position[source]) for name, source in carried.items()]
        values += [repr(value) for value in self.constant.values()]
        names = ", ".join((*carried, *self.constant))
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(values)})"
        self.converters = [_converter(table.c[name]) for name in columns]
        # The same columns in a chunk's packed database, with no types: the copy takes each table's own.
        self.packed_table = f"CREATE TABLE {table.name} ({names})"
        self.copy_sql = f"INSERT INTO main.{table.name} ({names}) SELECT {names} FROM {CHUNK_SCHEMA}.{table.name}"

    def write(self, conn: Connection, rows: list[Row]) -> list[dict[str, Any]]:
        """Insert ``rows``; elsewhere than SQLite, return them as bound (for the change log)."""
        if not rows:
            return []
        if self.sqlite:
            conn.exec_driver_sql(self.sql, rows)
            return []
        pairs = list(zip(self.columns, self.converters, strict=True))
        constant = {name: _convert(self.table.c[name], value) for name, value in self.constant.items()}
        values = []
        for row in rows:
            value = {n: None if v == NULL else c(v) if c else v for (n, c), v in zip(pairs, row, strict=True)}
            value |= {name: value[source] for name, source in self.implied.items()}
            values.append(value | constant)
        conn.execute(insert(self.table), values)
        return values

    def copy(self, conn: Connection) -> None:
        """Copy this table's rows from the chunk's packed database, attached as ``CHUNK_SCHEMA``."""
        conn.exec_driver_sql(self.copy_sql)


def _writers(sqlite: bool) -> dict[str, TableWriter]:
    tables = Base.metadata.tables
    return {name: TableWriter(tables[name], columns, sqlite) for name, columns in COLUMNS.items()}


def _packing(db: Database, writers: dict[str, TableWriter]) -> Packing | None:
    """What the generator's process packs: on a plain SQLite file only (SQLCipher's driver cannot attach bytes)."""
    if not db.is_sqlite or db.is_encrypted or not PACKED:
        return None
    return Packing({name: (writers[name].packed_table, writers[name].sql) for name in PACKED})


def _write(conn: Connection, writers: dict[str, TableWriter], chunk: Chunk, identity: Identity) -> None:
    """Write a chunk in the open transaction, logged as this device's changes so the database can sync.

    Its packed database, if any, must be attached already.
    """
    sqlite = conn.dialect.name == "sqlite"
    marks = bulk_changes.rowid_marks(conn, list(writers)) if sqlite else {}
    for name, writer in writers.items():  # COLUMNS lists parents before children
        if name in chunk.rows:
            bulk_changes.log_rows(conn, identity, writer.table, writer.write(conn, chunk.rows[name]))
        else:
            writer.copy(conn)
    if sqlite:
        bulk_changes.log_added_rows(conn, identity, marks)


class _SQLiteDriver(Protocol):
    """What the load asks of SQLite's own connection, beneath SQLAlchemy's transactions (sqlite3 or sqlcipher3)."""

    def execute(self, sql: str, /) -> object: ...

    def deserialize(self, data: bytes, /, *, name: str) -> None: ...


def _driver(conn: Connection) -> _SQLiteDriver:
    driver: _SQLiteDriver | None = conn.connection.driver_connection
    assert driver is not None  # None only once the connection is closed
    return driver


@contextmanager
def _attached(conn: Connection, chunk: Chunk) -> Iterator[None]:
    """A chunk's packed database, if it has one, attached as ``CHUNK_SCHEMA`` while it is copied.

    Attached afresh for each chunk, outside any transaction as SQLite requires: deserialised again
    into the same attached schema, the bytes of a later chunk were read through pages of an earlier
    one that SQLite 3.40 still held in its cache.
    """
    if chunk.packed is None:
        yield
        return
    driver = _driver(conn)
    driver.execute(f"ATTACH ':memory:' AS {CHUNK_SCHEMA}")
    try:
        driver.deserialize(chunk.packed, name=CHUNK_SCHEMA)
        yield
    finally:
        if not conn.invalidated:  # closed by an interrupt in mid-statement (see _bulk_load)
            driver.execute(f"DETACH {CHUNK_SCHEMA}")


@contextmanager
def _bulk_load(conn: Connection, tables: list[str], timings: dict[str, float], db: Database) -> Iterator[None]:
    """SQLite set for a bulk load of generated rows, and put back however the load ends.

    Secondary indexes whose keys arrive in any order are built once at the end: sorting costs a
    fraction of keeping them up to date row by row (keeping the participant index of dispensings
    alone cost the statewide load 16 s more, to save 5 s at the end). Those in ``KEPT_DURING_LOAD``
    stay: rows come in date order, so their new keys land at the end of a few pages already in the
    cache, and the writer keeps them in time it would spend waiting for the generator. Put off too,
    in three statewide builds, they made the writer wait 12-14.5 s for chunks instead of 6-8 s and
    the building after the load take 12 s instead of 7-8 s.
    The triggers that keep the tallies (``oend.db.tallies``) are put off too, and the tallies filled once at
    the end: kept row by row, they more than doubled the writer's work.
    Foreign keys are not checked row by row: the generator makes every reference point at a row
    written before it, and ``oend db check`` verifies them all.
    """
    names = ", ".join(f"'{t}'" for t in tables)
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})"
    ).all()
    indexes: list[tuple[str, str]] = [(name, sql) for name, sql in found if name not in KEPT_DURING_LOAD]
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    tallies.drop_triggers(conn.exec_driver_sql, "sqlite")
    conn.commit()
    driver = _driver(conn)
    for pragma in BULK_PRAGMAS:  # outside any transaction, where SQLite honours them all
        driver.execute(pragma)
    with flushing_in_background(db.path):
        try:
            yield
        finally:
            # An interrupt in mid-statement makes SQLAlchemy close the connection: the file is then discarded
            # whole (the demo builds it aside), and nothing is left to put back.
            if not conn.invalidated:
                conn.rollback()
                # Durable again before the last transaction, whose commit then flushes every page the load wrote.
                driver.execute("PRAGMA synchronous=FULL")
                started = time.perf_counter()
                for pragma in SORTING_PRAGMAS if db.is_encrypted else (*SORTING_PRAGMAS, SORT_THROUGH_FILES):
                    driver.execute(pragma)
                for _, sql in indexes:
                    conn.exec_driver_sql(sql)
                tallies.fill(conn.exec_driver_sql)
                tallies.create_triggers(conn.exec_driver_sql, "sqlite")
                conn.commit()
                timings["indexes"] = time.perf_counter() - started
                for pragma in RESTORED_PRAGMAS:
                    driver.execute(pragma)


# -- the service -----------------------------------------------------------------------------------


def generate_demo(
    db: Database,
    actor: Actor,
    spec: DemoSpec,
    *,
    progress: Callable[[DemoProgress], None] | None = None,
    events_per_chunk: int = EVENTS_PER_CHUNK,
) -> DemoSummary:
    """Fill the empty database ``db`` with a program's sites, staff, stock, participants and events.

    Records one GENERATE audit event (with the size asked for) in the first transaction.
    """
    actor.require_role(Role.ADMINISTRATOR)
    started = time.perf_counter()
    checks = Checks()
    checks.integer("participants", spec.participants, required=True, low=1, high=MOST_PARTICIPANTS)
    checks.integer("years", spec.years, required=True, low=1, high=50)
    if not 1 <= spec.events_per_participant <= 100:
        checks.fail("events_per_participant", "must be between 1 and 100")
    checks.done()
    writers = _writers(db.is_sqlite)
    separate = spec.participants >= SEPARATE_PROCESS_FROM
    source = RowSource(spec, events_per_chunk, separate_process=separate, packing=_packing(db, writers))
    with closing(iter(source)) as chunks:  # the generator's process ends however the load does
        period_start, period_end = spec.period()
        with db.transaction() as session:
            _check_empty(session)
            _write(session.connection(), writers, next(chunks), db.identity)
            authority.sign_unsigned(session, actor)  # the generated staff's rights, like anyone's
            detail = (
                f"demo data: {spec.participants} participants over {spec.years} years, seed {spec.seed}, "
                f"period {period_start.isoformat()} to {period_end.isoformat()}"
            )
            audit.record(session, actor, AuditAction.GENERATE, "database", detail=detail)
        timings: dict[str, float] = {}
        with (
            collector_paused(),
            db.engine.connect() as conn,
            _bulk_load(conn, list(writers), timings, db) if db.is_sqlite else nullcontext(),
        ):
            written = 0
            for chunk in chunks:
                with _attached(conn, chunk), conn.begin():
                    _write(conn, writers, chunk, db.identity)
                written += chunk.events
                if progress is not None and chunk.last_day is not None:
                    day = dt.date.fromisoformat(chunk.last_day)
                    progress(DemoProgress(day, written, spec.target_events, time.perf_counter() - started))
    seconds = time.perf_counter() - started
    events = sum(source.counts.get(t, 0) for t in EVENT_TABLES)
    return DemoSummary(spec, dict(source.counts), events, seconds, timings.get("indexes", 0.0), source.making_seconds)
