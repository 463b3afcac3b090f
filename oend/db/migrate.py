"""Alembic migrations shipped inside the package and run when a database is opened.

A laptop with last year's file must open this year's app: before upgrading an existing SQLite
file, a copy is taken beside it so a failed migration can never cost a row. On a shared server, the
computers that open the database at once take turns under a lock: the first upgrades it, the others
then find it upgraded.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from oend.db.failures import DatabaseBusy
from oend.errors import DatabaseError

MIGRATIONS = Path(str(resources.files("oend.db") / "migrations"))  # a folder Alembic reads, also in a bundle
#: The key of the PostgreSQL advisory lock held while one computer upgrades the schema ("OEND" in ASCII).
UPGRADE_LOCK = 0x4F454E44
#: How long a computer opening the database waits for another one's upgrade before it is told to try again.
UPGRADE_WAIT_MS = 60_000
UPGRADING_TEXT = "the database is being upgraded to a new version by another computer: try again in a few minutes"


class UpgradeInProgress(DatabaseError):
    """Another computer is upgrading the shared database's schema, and did not finish within the wait."""


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path | None, revision: str = "head") -> None:
    """Bring the schema to ``revision``; copy an existing SQLite file aside first.

    The revision is read under the upgrade lock: a computer that waited for another's upgrade finds it done.
    """
    target = head_revision() if revision == "head" else revision
    with engine.connect() as conn, _upgrade_lock(conn):
        current = MigrationContext.configure(conn).get_current_revision()
        conn.commit()
        if current == target:
            return
        if current is not None and path is not None and path.exists():
            backup_before_upgrade(engine, path, current)
        with conn.begin():
            command.upgrade(alembic_config(conn), revision)


@contextmanager
def _upgrade_lock(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, hold the session-level upgrade lock, waiting at most ``UPGRADE_WAIT_MS`` for it.

    A SQLite file needs none: one app instance at a time has it open (``oend.db.instance_lock``).
    """
    if conn.dialect.name != "postgresql":
        yield
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {UPGRADE_WAIT_MS}")  # only while waiting for the lock
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({UPGRADE_LOCK})")
    except DatabaseBusy as exc:
        raise UpgradeInProgress(UPGRADING_TEXT) from exc
    conn.commit()
    try:
        yield
    finally:
        conn.rollback()  # a failed read or upgrade leaves its transaction to end before the unlock
        conn.exec_driver_sql(f"SELECT pg_advisory_unlock({UPGRADE_LOCK})")
        conn.commit()


def backup_before_upgrade(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy of the file as it was, named after its schema revision."""
    copy = path.with_name(f"{path.name}.before-{revision}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, copy)
    return copy
