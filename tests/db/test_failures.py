"""The environment's failures reach the caller in plain words, and nothing is half written."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.db import database as database_module
from oend.db.database import NewerDatabase
from oend.db.failures import Damaged, DatabaseBusy, DiskFull, ReadOnly, ServerUnavailable
from oend.model import AuditEvent
from oend.model.codes import AuditAction
from oend.services import audit


def _audit_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _write_one(db: Database) -> None:
    with db.transaction() as session:
        audit.record(session, Actor.system("test-device"), AuditAction.EXPORT, "test", detail="one")


def test_a_write_waits_for_another_writer_then_says_the_database_is_busy(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    db.close()
    db = open_database(str(db_path))
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    before = _audit_count(db)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy, match="busy"):
        _write_one(db)
    assert time.monotonic() - started >= 0.25, "the write waited its turn within the busy time-out"
    other.rollback()
    other.close()
    assert _audit_count(db) == before
    _write_one(db)  # once the other program is done, the same write goes through
    assert _audit_count(db) == before + 1
    db.close()


def test_two_writers_take_turns_and_both_saves_land(db: Database, db_path: Path) -> None:
    """A write that reads first, while another program writes: neither fails, both are kept."""
    import threading

    def other_program() -> None:
        other = sqlite3.connect(db_path, timeout=10, isolation_level=None)
        other.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES ('someone-else', '{}', '2026-01-01 00:00:00')"
        )
        other.close()

    with db.transaction() as session:
        session.execute(select(func.count()).select_from(AuditEvent)).scalar()
        writer = threading.Thread(target=other_program)
        writer.start()
        time.sleep(0.2)  # the other program is now waiting for the write lock this transaction holds
        audit.record(session, Actor.system("test-device"), AuditAction.EXPORT, "test", detail="one")
    writer.join(10)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM settings WHERE key = 'someone-else'")).scalar() == 1
    assert _audit_count(db) == 1


def test_a_full_disk_is_said_plainly_and_nothing_is_written(db: Database) -> None:
    before = _audit_count(db)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    with pytest.raises(DiskFull, match="full"), db.transaction() as session:
        session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # the file may not grow
        for n in range(2000):
            audit.record(session, Actor.system("test-device"), AuditAction.EXPORT, "test", detail="x" * 500)
            if n % 100 == 0:
                session.flush()
    assert _audit_count(db) == before


def test_a_read_only_database_is_said_plainly(db: Database) -> None:
    with pytest.raises(ReadOnly, match="read-only"), db.transaction() as session:
        session.connection().exec_driver_sql("PRAGMA query_only = 1")
        audit.record(session, Actor.system("test-device"), AuditAction.EXPORT, "test", detail="one")
        session.flush()


def test_a_file_that_is_not_a_database_is_said_plainly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)  # a header, then nothing of a database
    before = junk.read_bytes()
    with pytest.raises(Damaged, match="cannot be read"):
        open_database(str(junk))
    assert junk.read_bytes() == before, "the file is left as it was"


def test_a_database_from_a_newer_release_is_refused_unchanged(db: Database, db_path: Path) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


@pytest.mark.postgres
def test_a_server_that_does_not_answer_is_reported_within_seconds(tmp_path: Path) -> None:
    import socket

    silent = socket.socket()  # accepts the connection, never speaks
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    port = silent.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(ServerUnavailable):
        open_database(f"postgresql+psycopg://oend@127.0.0.1:{port}/oend")
    assert time.monotonic() - started < database_module.SERVER_CONNECT_TIMEOUT_S + 3
    silent.close()
