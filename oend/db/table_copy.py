"""Whole tables from one database into another, straight through the drivers, streamed.

Values are converted only where the two kinds of database store them differently. SQLite keeps UUIDs as
hex, times as UTC text without a zone, JSON as text, booleans as 0 and 1: PostgreSQL reads each of those
as it is (times in a transaction whose zone is UTC), so a copy from SQLite passes every value through
untouched. The other way, each value goes through SQLAlchemy's own conversions, those a query and then
an insert would apply. A column pointing into its own table is filled in once every row is there.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from queue import Full, Queue
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Dialect, Table, bindparam, update

from oend.db.row_codec import decoder, parse_moment, parse_uuid
from oend.db.row_loader import load_tuples

#: Rows fetched from the source per round trip.
READ_BATCH = 20_000
#: Batches fetched ahead of the one being written.
AHEAD = 2

Convert = Callable[[Any], Any]
Row = tuple[Any, ...]


def copy_table(source: Connection, target: Connection, table: Table, keep: Callable[[Row], bool] | None = None) -> int:
    """Copy every row of ``table`` (those ``keep`` accepts) from ``source`` into ``target``; return how many.

    Each connection must be inside its transaction: the source's gives the rows as of one moment.
    """
    names = tuple(column.name for column in table.columns)
    if target.dialect.name == "postgresql":
        target.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")  # SQLite's zone-less UTC text read as UTC
    own = [i for i, column in enumerate(table.columns) if any(f.column.table is table for f in column.foreign_keys)]
    made = {} if own else _made_by_server(table, source.dialect, target.dialect)  # ``_point`` reads values as stored
    convert = [None if c.name in made else _converter(c, source.dialect, target.dialect) for c in table.columns]
    later: list[tuple[Row, list[Any]]] = []  # (row, its values pointing into the table) once all are in
    count = 0

    def carried() -> Iterator[Row]:
        nonlocal count
        for row in read_rows(source, table, names, made):
            if keep is not None and not keep(row):
                continue
            count += 1
            if own and any(row[i] is not None for i in own):
                later.append((row, [row[i] for i in own]))
                row = tuple(None if i in own else value for i, value in enumerate(row))
            yield tuple(v if c is None or v is None else c(v) for v, c in zip(row, convert, strict=True))

    load_tuples(target, table, names, carried())
    if later:
        _point(source, target, table, [table.columns[i] for i in own], later)
    return count


def read_rows(
    conn: Connection, table: Table, names: Iterable[str], made: dict[str, str] | None = None
) -> Iterator[Row]:
    """The rows of ``table`` as the driver gives them (a server's through a cursor of its own, streamed);
    ``made``: the SQL that reads a column as another form of its value."""
    prepare = conn.dialect.identifier_preparer
    columns = [(made or {}).get(name) or prepare.quote(name) for name in names]
    sql = f"SELECT {', '.join(columns)} FROM {prepare.format_table(table)}"
    dbapi: Any = conn.connection.dbapi_connection
    if conn.dialect.driver != "psycopg":
        for batch in _batches(dbapi.cursor(), sql):
            yield from batch
        return
    yield from _read_ahead(_batches(dbapi.cursor(name=f"oend_copy_{table.name}"), sql))


def _batches(cursor: Any, sql: str) -> Generator[list[Row], None, None]:
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(READ_BATCH):
            yield batch
    finally:
        cursor.close()


def _read_ahead(batches: Generator[list[Row], None, None]) -> Iterator[Row]:
    """The rows of ``batches``, the next batch fetched on a thread of its own while these are written: the
    server makes rows while this process writes them, instead of each waiting for the other in turn."""
    handed: Queue[list[Row] | BaseException | None] = Queue(maxsize=AHEAD)
    stop = threading.Event()

    def hand(item: list[Row] | BaseException | None) -> None:
        while not stop.is_set():
            try:
                handed.put(item, timeout=0.1)
                return
            except Full:
                continue

    def fetch() -> None:
        try:
            for batch in batches:
                hand(batch)
                if stop.is_set():
                    break
            hand(None)
        except BaseException as exc:
            hand(exc)
        finally:
            batches.close()

    thread = threading.Thread(target=fetch, name="oend-copy-read", daemon=True)
    thread.start()
    try:
        while (item := handed.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield from item
    finally:
        stop.set()
        thread.join()


def _point(source: Connection, target: Connection, table: Table, own: list[Column[Any]], rows: list[Any]) -> None:
    """Set the columns ``own`` of ``rows`` (left empty while loading: they point at rows loaded after them)."""
    (key,) = table.primary_key.columns
    names = [column.name for column in table.columns]
    keyed = _reader(key, source.dialect)
    readers = [_reader(column, source.dialect) for column in own]
    params = [
        {"_key": keyed(row[names.index(key.name)])}
        | {f"_{c.name}": read(v) for c, read, v in zip(own, readers, values, strict=True)}
        for row, values in rows
    ]
    statement = update(table).where(key == bindparam("_key")).values({c.name: bindparam(f"_{c.name}") for c in own})
    target.execute(statement, params)


def _reader(column: Column[Any], dialect: Dialect) -> Convert:
    """The column's Python value from the driver's, as a query would give it."""
    process = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return (lambda value: value) if process is None else process


def _converter(column: Column[Any], source: Dialect, target: Dialect) -> Convert | None:
    """What turns the source driver's value (never None) into the target driver's; None: it goes as it is."""
    if source.name == target.name or (source.name, target.name) == ("sqlite", "postgresql"):
        return None
    read = column.type.dialect_impl(source).result_processor(source, None)
    bind = column.type.dialect_impl(target).bind_processor(target)
    full: Convert | None = bind if read is None else read if bind is None else lambda value: bind(read(value))
    if (source.name, target.name) != ("postgresql", "sqlite") or full is None:
        return full
    return _into_sqlite(column, full)


def _made_by_server(table: Table, source: Dialect, target: Dialect) -> dict[str, str]:
    """The columns a PostgreSQL server reads out as SQLite keeps them (a UUID's hex, a UTC time with its
    microseconds, a day, a code, a yes or no as 1 or 0), by name, with the SQL that does it: the server's
    process does that on a core of its own, where turning each value in Python took a fifth of a new
    laptop's first pull."""
    if (source.name, target.name) != ("postgresql", "sqlite"):
        return {}
    made = {}
    for column in table.columns:
        name, decode = source.identifier_preparer.quote(column.name), decoder(column)
        if decode is parse_uuid:
            made[column.name] = f"replace(CAST({name} AS text), '-', '')"
        elif decode is parse_moment:
            made[column.name] = f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
        elif decode == dt.date.fromisoformat:  # a bound method, made anew at each reading
            made[column.name] = f"to_char({name}, 'YYYY-MM-DD')"
        elif isinstance(decode, type) and issubclass(decode, enum.Enum):
            made[column.name] = name  # a code, kept as the same text on both
        elif isinstance(column.type, Boolean):
            made[column.name] = f"CAST({name} AS integer)"
    return made


def _into_sqlite(column: Column[Any], full: Convert) -> Convert:
    """PostgreSQL's UUIDs, times and days as SQLite keeps them, written directly (through SQLAlchemy's types
    they cost a third of a statewide copy); any other value converted in ``full``."""
    decode = decoder(column)
    if decode is parse_uuid:
        return lambda value: value.hex if type(value) is uuid.UUID else full(value)
    if decode is parse_moment:
        return lambda value: (
            value.astimezone(dt.UTC).isoformat(" ", "microseconds")[:26]
            if type(value) is dt.datetime and value.tzinfo is not None
            else full(value)
        )
    if decode == dt.date.fromisoformat:  # a bound method, made anew at each reading
        return lambda value: value.isoformat() if type(value) is dt.date else full(value)
    return full
