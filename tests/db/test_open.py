"""Opening a database: SQLite settings and schema on both engines."""

from __future__ import annotations

from sqlalchemy import text

from oend.db import Database
from oend.db.migrate import current_revision, head_revision


def test_sqlite_file_uses_wal_foreign_keys_and_full_sync(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_new_database_is_at_the_current_schema(any_db: Database) -> None:
    assert current_revision(any_db.engine) == head_revision()
