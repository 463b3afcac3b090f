"""Inserting many rows given as they travel (``row_codec``'s JSON form) straight through the driver.

Sync inserts rows by the hundred thousand. Building each one's Python values (UUIDs, aware datetimes,
enums) and then letting SQLAlchemy bind them cost more than twice the driver's own executemany; here
each column's travelling value is turned once, by one composed function, into what the driver takes
(on SQLite a UUID's text becomes its stored hex without a UUID object). Values are checked as strictly
as on the ORM's path: a bad one raises ``ValueError``, ``TypeError`` or ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError

from oend.db.row_codec import UUID_SHAPE, decode_row, decoder, parse_uuid

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
    if decode is parse_uuid and not dialect.supports_native_uuid:
        return _uuid_hex(bind)
    if decode is None:
        return bind
    return decode if bind is None else lambda value: bind(decode(value))


def _uuid_hex(bind: Convert | None) -> Convert:
    """A UUID's stored hex taken from its usual text directly; any other spelling parsed in full."""

    def convert(value: Any) -> Any:
        if isinstance(value, str) and UUID_SHAPE.fullmatch(value) is not None:
            return value.replace("-", "")
        parsed = parse_uuid(value)
        return parsed if bind is None else bind(parsed)

    return convert
