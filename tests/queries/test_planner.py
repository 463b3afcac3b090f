"""A column read unindexed: SQLite is steered off the index on it, PostgreSQL reads it as it is."""

from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.dialects import postgresql, sqlite

from oend.model import Attendance
from oend.queries.planner import unindexed

COUNTED = select(func.count(distinct(unindexed(Attendance.participant_id))))


def test_sqlite_counts_the_column_hidden_from_its_index() -> None:
    assert "count(DISTINCT +attendance.participant_id)" in str(COUNTED.compile(dialect=sqlite.dialect()))


def test_postgresql_counts_the_column_as_it_is() -> None:
    assert "count(DISTINCT attendance.participant_id)" in str(COUNTED.compile(dialect=postgresql.dialect()))


def test_the_value_keeps_the_columns_type() -> None:
    assert unindexed(Attendance.participant_id).type is Attendance.participant_id.type
