"""Linkage to care arrives on last year's database: three new tables, empty, exactly as the models describe them."""

from __future__ import annotations

import warnings
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from oend.db import migrate, open_database
from oend.model import Base
from tests.db.test_migrations import fill_first_release

LINKAGE = ("providers", "referrals", "follow_ups")


def test_an_older_database_gains_the_linkage_tables_as_the_models_have_them(tmp_path: Path) -> None:
    path = tmp_path / "last-year.db"
    fill_first_release(path)
    older = open_database(str(path), upgrade=False)
    migrate.upgrade(older.engine, path, "0010")
    assert not set(LINKAGE) & set(inspect(older.engine).get_table_names())
    older.close()
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            assert [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in LINKAGE] == [0, 0, 0]
            assert conn.execute(text("SELECT count(*) FROM participants")).scalar_one() == 1
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SQLite cannot reflect the expression indexes of other tables
                context = MigrationContext.configure(conn, opts={"compare_type": True})
                differences = [d for d in compare_metadata(context, Base.metadata) if any(t in str(d) for t in LINKAGE)]
        assert differences == []
    finally:
        db.close()
