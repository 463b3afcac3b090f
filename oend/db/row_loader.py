"""Inserting many rows given as they travel (``row_codec``'s JSON form) straight through the driver.

Sync inserts rows by the hundred thousand. Building each one's Python values (UUIDs, aware datetimes,
enums) and then letting SQLAlchemy bind them cost more than twice the driver's own executemany; here
each column's travelling value is turned once, by one composed function, into what the driver takes
(on SQLite a UUID's text becomes its stored hex without a UUID object). Values are checked as strictly
as on the ORM's path: a bad one raises ``ValueError``, ``TypeError`` or ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
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
    if not rows:
        return
    names, sql, converters = _statement(table, conn.dialect)
    whole = [row for row in rows if len(row) >= len(names) and all(name in row for name in names)]
    if whole:
        params = [tuple(convert(row[name]) for name, convert in zip(names, converters, strict=True)) for row in whole]
        if conn.dialect.driver == "psycopg":
            _copy(conn, table, names, params)
        else:
            conn.exec_driver_sql(sql, params)
    if len(whole) < len(rows):
        partial = [decode_row(table, row) for row in rows if not all(name in row for name in names)]
        conn.execute(insert(table), partial)


def _copy(conn: Connection, table: Table, names: tuple[str, ...], params: list[tuple[Any, ...]]) -> None:
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
def _statement(table: Table, dialect: Dialect) -> tuple[tuple[str, ...], str, tuple[Convert, ...]]:
    """The column names, the driver's INSERT text and each column's converter, made once per table."""
    names = tuple(column.name for column in table.columns)
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    markers = ", ".join([marker] * len(names))
    sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES ({markers})"
    return names, sql, tuple(_converter(column, dialect) for column in table.columns)


def _converter(column: Any, dialect: Dialect) -> Convert:
    """What turns the column's travelling value into the driver's parameter (None stays None)."""
    decode = decoder(column)
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    if decode is parse_uuid and not dialect.supports_native_uuid:
        return _uuid_hex(bind)
    if decode is None and bind is None:
        return _same
    return _composed(decode, bind)


def _same(value: Any) -> Any:
    return value


def _composed(decode: Convert | None, bind: Convert | None) -> Convert:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        if decode is not None:
            value = decode(value)
        return value if bind is None else bind(value)

    return convert


def _uuid_hex(bind: Convert | None) -> Convert:
    """A UUID's stored hex taken from its usual text directly; any other spelling parsed in full."""

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str) and UUID_SHAPE.fullmatch(value) is not None:
            return value.replace("-", "")
        parsed = parse_uuid(value)
        return parsed if bind is None else bind(parsed)

    return convert
