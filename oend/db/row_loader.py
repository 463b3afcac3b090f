"""Inserting and finding many rows given as they travel (``row_codec``'s JSON form) straight through the driver.

Sync inserts rows by the hundred thousand. Building each one's Python values (UUIDs, aware datetimes,
enums) and then letting SQLAlchemy bind them cost more than twice the driver's own executemany; here
each column's travelling value is turned once, by one composed function, into what the driver takes
(on SQLite a UUID's text becomes its stored hex without a UUID object). Values are checked as strictly
as on the ORM's path: a bad one raises ``ValueError``, ``TypeError`` or ``KeyError``.

Finding which of many keys a table holds goes the same way: an ``IN`` of a few hundred values bound and
compiled by SQLAlchemy cost more than the query.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError

from oend.db.row_codec import UUID_SHAPE, decode_row, decoder, parse_moment, parse_uuid

#: A UTC time as rows travel (``isoformat``), with or without its microseconds; a day.
UTC_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00", re.ASCII)
DAY = re.compile(r"\d{4}-\d\d-\d\d", re.ASCII)

Convert = Callable[[Any], Any]


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (JSON form, keyed by column name) into ``table`` in one executemany.

    Rows naming every column go straight to the driver; any other (a column left to its default) goes
    through SQLAlchemy, which fills the defaults in.
    """
    statement = _statement(table, conn.dialect)
    whole: list[dict[str, Any]] = []
    partial: list[dict[str, Any]] = []
    for row in rows:
        (whole if row.keys() >= statement.names else partial).append(row)
    if whole:
        params = [statement.params(row) for row in whole]
        if conn.dialect.driver == "psycopg":
            _copy(conn, table, statement.columns, params)
        else:
            conn.exec_driver_sql(statement.sql, params)
    if partial:
        conn.execute(insert(table), [decode_row(table, row) for row in partial])


@dataclass(frozen=True)
class _Statement:
    """A table's INSERT for the driver and how each row's values become its parameters."""

    columns: tuple[str, ...]
    names: frozenset[str]
    sql: str
    pick: Callable[[dict[str, Any]], tuple[Any, ...]]  # the row's values in column order
    converters: tuple[tuple[int, Convert], ...]  # (position, converter) of each column needing one

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        values = list(self.pick(row))
        for position, convert in self.converters:
            if (value := values[position]) is not None:
                values[position] = convert(value)
        return tuple(values)


def load_tuples(conn: Connection, table: Table, names: tuple[str, ...], params: Iterable[tuple[Any, ...]]) -> None:
    """Rows already in the driver's terms (values of ``names``, in order) into ``table``: COPY on PostgreSQL,
    the driver's own executemany elsewhere, streamed from ``params`` either way."""
    if conn.dialect.driver == "psycopg":
        _copy(conn, table, names, params)
        return
    prepare = conn.dialect.identifier_preparer
    markers = ", ".join("?" if conn.dialect.paramstyle == "qmark" else "%s" for _ in names)
    sql = f"INSERT INTO {prepare.format_table(table)} ({', '.join(map(prepare.quote, names))}) VALUES ({markers})"
    conn.connection.dbapi_connection.cursor().executemany(sql, params)  # type: ignore[union-attr, arg-type]  # the driver takes any iterable


#: Values asked for in one query.
LOOKUP_BATCH = 500


def held(conn: Connection, column: Column[Any], values: Iterable[str]) -> set[str]:
    """Which of ``values`` (travelling form) ``column`` holds; a value no row could hold is not held."""
    convert = _converter(column, conn.dialect) or _as_it_is
    wanted: dict[Any, str] = {}
    for value in values:
        try:
            wanted[convert(value)] = value
        except (ValueError, KeyError, TypeError):
            continue
    prepare = conn.dialect.identifier_preparer
    name, marker = prepare.quote(column.name), "?" if conn.dialect.paramstyle == "qmark" else "%s"
    stored = list(wanted)
    found: set[str] = set()
    for start in range(0, len(stored), LOOKUP_BATCH):
        chunk = tuple(stored[start : start + LOOKUP_BATCH])
        markers = ", ".join([marker] * len(chunk))
        sql = f"SELECT {name} FROM {prepare.format_table(column.table)} WHERE {name} IN ({markers})"
        found |= {wanted[value] for (value,) in conn.exec_driver_sql(sql, chunk)}
    return found


def insert_in_order(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int | None:
    """Insert ``rows`` (JSON form, naming every column) in their order through SQLite's driver, up to the first
    one refused, by the database or for a value: its index is returned, the rows before it being in and it
    and those after not; None when every row went in.

    No savepoint is needed to find a refused row, which on an encrypted file cost a third more than the
    inserts themselves: SQLite undoes a refused statement alone, and the driver takes the rows one at a
    time from the iterator it is given, so the last one handed over is the one refused. A row not naming
    every column is refused here (``KeyError``) for the caller to insert alone, with its defaults.
    """
    assert conn.dialect.name == "sqlite", "a PostgreSQL statement refused aborts its transaction"
    statement = _statement(table, conn.dialect)
    handed = -1

    def params() -> Iterator[tuple[Any, ...]]:
        nonlocal handed
        for handed, row in enumerate(rows):  # noqa: B007 - read after the driver stops
            yield statement.params(row)

    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(statement.sql, params())  # type: ignore[arg-type]  # the driver takes any iterable
    except (conn.dialect.loaded_dbapi.Error, ValueError, KeyError, TypeError):
        return handed
    finally:
        cursor.close()
    return None


def _copy(conn: Connection, table: Table, names: tuple[str, ...], params: Iterable[tuple[Any, ...]]) -> None:
    """Rows into PostgreSQL by COPY, several times faster than even a pipelined executemany.

    The driver's error is raised as SQLAlchemy's, as a statement's would be.
    """
    prepare = conn.dialect.identifier_preparer
    sql = f"COPY {prepare.format_table(table)} ({', '.join(map(prepare.quote, names))}) FROM STDIN"
    error = conn.dialect.loaded_dbapi.Error
    try:
        with conn.connection.dbapi_connection.cursor() as cursor, cursor.copy(sql) as copy:  # type: ignore[union-attr]
            for row in params:
                copy.write_row(row)
    except error as exc:
        raise DBAPIError.instance(sql, None, exc, error) from exc


@cache
def _statement(table: Table, dialect: Dialect) -> _Statement:
    """The table's statement, made once per table and database kind."""
    columns = tuple(column.name for column in table.columns)
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    markers = ", ".join([marker] * len(columns))
    sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES ({markers})"
    converters = tuple(
        (position, convert)
        for position, column in enumerate(table.columns)
        if (convert := _converter(column, dialect)) is not None
    )
    pick = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    return _Statement(columns, frozenset(columns), sql, pick, converters)


def _converter(column: Any, dialect: Dialect) -> Convert | None:
    """What turns the column's travelling value (never None) into the driver's parameter; None: used as it is."""
    decode = decoder(column)
    bind: Convert | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    if decode is None:
        return bind
    full: Convert = decode if bind is None else lambda value: bind(decode(value))
    if isinstance(decode, type) and issubclass(decode, enum.Enum):  # stored by its code, as it travels
        return _shortcut(frozenset(member.value for member in decode).__contains__, _as_it_is, full)
    if dialect.name != "sqlite":
        return full
    if decode is parse_uuid:
        return _shortcut(UUID_SHAPE.fullmatch, _uuid_hex, full)
    if decode is parse_moment:
        return _shortcut(UTC_MOMENT.fullmatch, _stored_moment, full)
    if decode == dt.date.fromisoformat:  # a bound method, made anew at each reading
        return _shortcut(DAY.fullmatch, _stored_day, full)
    return full


def _shortcut(fits: Callable[[str], Any], take: Convert, full: Convert) -> Convert:
    """The driver's value taken from the text directly when it ``fits`` the usual form (``take`` still
    refusing an impossible one); any other value converted in ``full``.

    On SQLite the stored text of a UUID, a time or a day is the travelling text respelled: parsing each
    into Python and formatting it back cost most of a large import's own time."""

    def convert(value: Any) -> Any:
        if isinstance(value, str) and fits(value):
            return take(value)
        return full(value)

    return convert


def _as_it_is(value: str) -> str:
    return value


def _uuid_hex(value: str) -> str:
    return value.replace("-", "")


def _stored_moment(value: str) -> str:
    """SQLite's text of a UTC time (with its microseconds always) from its ISO text."""
    dt.datetime.fromisoformat(value)  # ValueError for an impossible time
    return f"{value[:10]} {value[11:19]}{value[19:26] if len(value) == 32 else '.000000'}"


def _stored_day(value: str) -> str:
    dt.date.fromisoformat(value)  # ValueError for an impossible day
    return value
