"""A value copied from PostgreSQL into SQLite is stored as SQLAlchemy's own types would store it."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Generator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite

from oend.db.change_capture import travelling_tables
from oend.db.row_codec import decoder, parse_moment, parse_uuid
from oend.db.table_copy import _converter, _read_ahead

SERVER, LAPTOP = postgresql.psycopg.dialect(), sqlite.dialect()


def _full(column: Any) -> Any:
    """Read as a query on the server would, bound as an insert on the laptop would."""
    read = column.type.dialect_impl(SERVER).result_processor(SERVER, None) or (lambda value: value)
    bind = column.type.dialect_impl(LAPTOP).bind_processor(LAPTOP) or (lambda value: value)
    return lambda value: bind(read(value))


def _columns(kind: Any) -> list[Any]:
    return [c for t in travelling_tables().values() for c in t.columns if decoder(c) == kind]


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5))])),
    day=st.dates(),
    key=st.uuids(),
)
def test_server_values_are_stored_on_a_laptop_as_binding_them_would(
    moment: dt.datetime, day: dt.date, key: uuid.UUID
) -> None:
    cases = [
        *((c, moment) for c in _columns(parse_moment)),
        *((c, day) for c in _columns(dt.date.fromisoformat)),
        *((c, key) for c in _columns(parse_uuid)),
    ]
    assert {type(value) for _, value in cases} == {dt.datetime, dt.date, uuid.UUID}
    for column, value in cases:
        convert = _converter(column, SERVER, LAPTOP)
        assert convert is not None and convert(value) == _full(column)(value), (column, value)


def test_rows_read_ahead_come_in_order_and_a_failure_reaches_the_writer() -> None:
    def failing() -> Generator[list[tuple[int]], None, None]:
        yield [(1,), (2,)]
        yield [(3,)]
        raise ConnectionError("the server went away")

    got: list[tuple[int]] = []
    with pytest.raises(ConnectionError):
        for row in _read_ahead(failing()):
            got.append(row)
    assert got == [(1,), (2,), (3,)]


def test_a_writer_that_stops_early_stops_the_reading_and_closes_it() -> None:
    closed = threading.Event()

    def endless() -> Generator[list[tuple[int]], None, None]:
        try:
            n = 0
            while True:
                n += 1
                yield [(n,)]
        finally:
            closed.set()

    rows = _read_ahead(endless())
    assert next(rows) == (1,)
    rows.close()
    assert closed.is_set()
