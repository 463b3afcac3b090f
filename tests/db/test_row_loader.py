"""Rows inserted through the driver as they travel read back as the same rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Dialect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from oend.db import Database
from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decoder, encode_row
from oend.db.row_loader import _converter, held, insert_in_order, insert_rows
from oend.model import Participant
from oend.model.base import table_of
from oend.model.codes import ParticipantCategory

TABLE = table_of(Participant)


def _travelling(code: str) -> dict[str, Any]:
    """A whole participant row in the form it travels in (every column named)."""
    moment = dt.datetime(2025, 3, 4, 5, 6, 7, 891011, tzinfo=dt.UTC)
    values: dict[str, Any] = dict.fromkeys((c.name for c in TABLE.columns), None)
    values |= {
        "id": uuid.uuid4(),
        "code": code,
        "category": ParticipantCategory(next(iter(ParticipantCategory)).value),
        "date_of_birth": dt.date(1990, 2, 3),
        "substances": ["opioids", "stimulants"],
        "created_at": moment,
        "updated_at": moment,
        "created_by": uuid.uuid4(),
        "deleted": False,
        "version": 3,
    }
    return encode_row(TABLE, values)


def _read(db: Database, key: str) -> dict[str, Any]:
    with db.session() as session:
        row = session.connection().execute(select(TABLE).where(TABLE.c.id == uuid.UUID(key))).mappings().one()
    return encode_row(TABLE, dict(row))


def test_whole_rows_read_back_as_they_came(any_db: Database) -> None:
    rows = [_travelling("AB1"), _travelling("AB2")]
    with any_db.transaction() as session:
        insert_rows(session.connection(), TABLE, rows)
    assert [_read(any_db, row["id"]) for row in rows] == rows


def test_a_row_without_some_columns_gets_their_defaults(any_db: Database) -> None:
    row = _travelling("AB3")
    del row["version"], row["substances"]
    with any_db.transaction() as session:
        insert_rows(session.connection(), TABLE, [row, _travelling("AB4")])
    back = _read(any_db, row["id"])
    assert (back["version"], back["substances"]) == (1, [])


@pytest.mark.parametrize(("column", "value"), [("id", "not-a-uuid"), ("created_at", "yesterday"), ("category", "x")])
def test_a_bad_value_is_refused(any_db: Database, column: str, value: str) -> None:
    row = _travelling("AB5") | {column: value}
    with pytest.raises(ValueError), any_db.transaction() as session:
        insert_rows(session.connection(), TABLE, [row])


def test_a_row_the_database_refuses_raises_its_error_and_leaves_the_savepoint_usable(any_db: Database) -> None:
    held = _travelling("AB6")
    with any_db.transaction() as session:
        insert_rows(session.connection(), TABLE, [held])
        with pytest.raises(IntegrityError), session.begin_nested():
            insert_rows(session.connection(), TABLE, [_travelling("AB7"), held | {"code": "AB8"}])
        insert_rows(session.connection(), TABLE, [_travelling("AB9")])
    with any_db.session() as session:
        codes = session.scalars(select(TABLE.c.code).order_by(TABLE.c.code)).all()
    assert codes == ["AB6", "AB9"]


def test_rows_go_in_in_order_up_to_the_first_refused(db: Database) -> None:
    """SQLite: the rows before the first refused one are in; it and those after are not."""
    held = _travelling("AC1")
    bad_value = _travelling("AC4") | {"created_at": "yesterday"}
    short = _travelling("AC6")
    del short["version"]
    with db.transaction() as session:
        conn = session.connection()
        insert_rows(conn, TABLE, [held])
        assert insert_in_order(conn, TABLE, [_travelling("AC2"), held | {"code": "AC3"}, _travelling("AX")]) == 1
        assert insert_in_order(conn, TABLE, [bad_value, _travelling("AY")]) == 0
        assert insert_in_order(conn, TABLE, [_travelling("AC5"), short]) == 1
        assert insert_in_order(conn, TABLE, [_travelling("AC7"), _travelling("AC8")]) is None
    with db.session() as session:
        codes = session.scalars(select(TABLE.c.code).order_by(TABLE.c.code)).all()
    assert codes == ["AC1", "AC2", "AC5", "AC7", "AC8"]


def _full(column: Any, dialect: Dialect) -> Any:
    """The column's travelling value through Python and SQLAlchemy's own binding: what a shortcut must equal."""
    decode = decoder(column)
    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
    return lambda value: (lambda decoded: decoded if bind is None else bind(decoded))(decode(value))


def _columns_of(kind: type) -> list[Any]:
    return [
        column
        for table in travelling_tables().values()
        for column in table.columns
        if (decode := decoder(column)) is not None
        and (decode is kind or (isinstance(decode, type) and issubclass(decode, kind)))
    ]


DIALECTS = [sqlite.dialect(), postgresql.psycopg.dialect()]


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(timezones=st.just(dt.UTC)),
    day=st.dates(),
    key=st.uuids(),
    text=st.text(max_size=40),
)
def test_the_travelling_text_is_stored_as_binding_its_python_value_would_store_it(
    moment: dt.datetime, day: dt.date, key: uuid.UUID, text: str
) -> None:
    for dialect in DIALECTS:
        for column, value in [
            *((c, moment.isoformat()) for c in _columns_of(dt.datetime)),
            *((c, day.isoformat()) for c in _columns_of(dt.date)),
            *((c, str(key)) for c in _columns_of(uuid.UUID)),
            *((c, m.value) for c in _columns_of(enum.Enum) for m in decoder(c)),  # type: ignore[union-attr]
            *((c, text) for kind in (dt.datetime, dt.date, uuid.UUID, enum.Enum) for c in _columns_of(kind)),
        ]:
            fast = _converter(column, dialect)
            assert fast is not None
            try:
                expected = _full(column, dialect)(value)
            except (ValueError, KeyError, TypeError, LookupError):
                with pytest.raises((ValueError, KeyError, TypeError, LookupError)):
                    fast(value)
            else:
                assert fast(value) == expected, (column, value)


def test_held_names_the_keys_a_table_holds_as_they_travel(any_db: Database) -> None:
    there, elsewhere = _travelling("AD1"), _travelling("AD2")
    with any_db.transaction() as session:
        insert_rows(session.connection(), TABLE, [there])
    with any_db.session() as session:
        keys = [there["id"], elsewhere["id"], "not-a-key"]
        assert held(session.connection(), TABLE.c.id, keys) == {there["id"]}
        assert held(session.connection(), TABLE.c.code, ["AD1", "AD2"]) == {"AD1"}
