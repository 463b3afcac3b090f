"""Alembic migrations shipped inside the package and run when a database is opened.

A laptop with last year's file must open this year's app: before upgrading an existing SQLite
file, a copy is taken beside it so a failed migration can never cost a row.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


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
    """Bring the schema to ``revision``; copy an existing SQLite file aside first."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return
    if current is not None and path is not None and path.exists():
        backup_before_upgrade(engine, path, current)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def backup_before_upgrade(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy of the file as it was, named after its schema revision."""
    copy = path.with_name(f"{path.name}.before-{revision}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, copy)
    return copy
