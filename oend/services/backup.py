"""Rolling backups of the SQLite file with SQLite's online backup API, and restoring one.

A backup is taken while the app keeps working, page by page, through the open connection: an
encrypted database is copied into a file keyed with the same key, so backups reveal no more than the
database does. Each backup keeps a copy of the key file beside it (wrapped keys only), so a backup
can still be opened if the key file next to the database is lost. Backups older than the number of
days kept are removed, but the newest one always stays.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.db import Database, open_database
from oend.db.database import apply_key
from oend.db.instance_lock import InstanceLock
from oend.errors import DatabaseError
from oend.model.base import utcnow
from oend.model.codes import AuditAction, Role
from oend.security.keyslots import key_file_for
from oend.services import audit
from oend.staging import staged

DEFAULT_KEEP_DAYS = 14
DAILY = dt.timedelta(days=1)
FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    size: int


@dataclass(frozen=True)
class Restored:
    """The backup now in place, and where the database it replaced was set aside."""

    restored_from: Path
    set_aside: Path


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError("a server database is backed up on the server (pg_dump), not by the app")
    return db.path


def _connect(path: Path, key: bytes | None) -> Any:
    if key is None:
        return sqlite3.connect(str(path))
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    apply_key(conn, key)
    return conn


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """This database's backups, newest first."""
    folder = folder or backup_folder(db_path)
    found = []
    for path in folder.glob(f"{db_path.stem}-*.db") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem:
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _new_backup_path(db_path: Path, folder: Path, now: dt.datetime) -> Path:
    base = f"{db_path.stem}-{now.astimezone(dt.UTC).strftime(_STAMP)}"
    path, n = folder / f"{base}.db", 1
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.db"
    return path


def backup_now(
    db: Database,
    actor: Actor,
    *,
    folder: Path | None = None,
    keep_days: int = DEFAULT_KEEP_DAYS,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the open database into a new backup file, record it in the audit trail, prune old ones."""
    db_path = _require_file(db)
    when = now or utcnow()
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _new_backup_path(db_path, folder, when)
    with staged(target) as partial, db.engine.connect() as conn:  # an interrupted copy never looks like a backup
        source = conn.connection.dbapi_connection
        copy = _connect(partial, db.key)
        try:
            source.backup(copy)  # type: ignore[union-attr]
        finally:
            copy.close()
    keys = key_file_for(db_path)
    if db.key is not None and keys.exists():
        shutil.copy2(keys, key_file_for(target))
    with db.transaction() as session:
        audit.record(session, actor, AuditAction.BACKUP, "database", detail=target.name)
    prune(db_path, keep_days, folder=folder, now=when)
    return target


def prune(db_path: Path, keep_days: int, *, folder: Path | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups older than ``keep_days`` (never the newest one); returns what was deleted."""
    cutoff = (now or utcnow()) - dt.timedelta(days=keep_days)
    removed = []
    for backup in list_backups(db_path, folder)[1:]:
        if backup.taken_at < cutoff:
            backup.path.unlink(missing_ok=True)
            key_file_for(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def backup_if_due(
    db: Database,
    actor: Actor,
    *,
    closing: bool = False,
    keep_days: int = DEFAULT_KEEP_DAYS,
    every: dt.timedelta = DAILY,
    now: dt.datetime | None = None,
) -> Path | None:
    """What the app calls on a timer and when it closes: a backup on close, and one a day otherwise."""
    if db.path is None:
        return None
    when = now or utcnow()
    latest = next(iter(list_backups(db.path)), None)
    if closing or latest is None or when - latest.taken_at >= every:
        return backup_now(db, actor, keep_days=keep_days, now=when)
    return None


def check_backup(path: Path, key: bytes | None) -> list[DatabaseError]:
    """Problems that make ``path`` unfit to restore, each as the error that says it; empty when it is sound."""
    if not path.is_file():
        return [DatabaseError("{path} does not exist", values={"path": path})]
    try:
        conn = _connect(path, key)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        finally:
            conn.close()
    except Exception as exc:  # not a database, or a different key
        return [
            DatabaseError(
                "{name} cannot be read with this database's key ({reason})", values={"name": path.name, "reason": exc}
            )
        ]
    problems = [DatabaseError("integrity: {detail}", values={"detail": r}) for r in result if r != "ok"]
    if "alembic_version" not in tables or "audit_events" not in tables:
        problems.append(DatabaseError("{name} is not an OEND database", values={"name": path.name}))
    return problems


def restore(
    db_path: Path,
    backup_path: Path,
    *,
    key: bytes | None,
    actor: Actor,
    instance_lock: InstanceLock | None = None,
) -> Restored:
    """Put ``backup_path`` in place of the database, after checking it; the current file is kept aside.

    The caller closes its own connections first. ``instance_lock`` is the caller's lock if it holds
    one; otherwise the restore takes it, so no other instance has the file open meanwhile.
    """
    actor.require_role(Role.ADMINISTRATOR)
    problems = check_backup(backup_path, key)
    if problems:
        raise DatabaseError("the backup was not restored: {problems}", values={"problems": problems})
    own_lock = None if instance_lock is not None and instance_lock.held else InstanceLock(db_path).acquire()
    try:
        stamp = utcnow().strftime(_STAMP)
        aside = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
        if db_path.exists():
            os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):  # the log belongs with the file it was written for
            log = db_path.with_name(db_path.name + suffix)
            if log.exists():
                os.replace(log, aside.with_name(aside.name + suffix))
        with staged(db_path) as partial:
            shutil.copy2(backup_path, partial)
        keys, saved_keys = key_file_for(db_path), key_file_for(backup_path)
        if not keys.exists() and saved_keys.exists():
            shutil.copy2(saved_keys, keys)
        restored = open_database(str(db_path), key=key)  # also brings an older backup's schema up to date
        try:
            with restored.transaction() as session:
                _record_restore(session, actor, backup_path, aside)
        finally:
            restored.close()
    finally:
        if own_lock is not None:
            own_lock.release()
    return Restored(backup_path, aside)


def _record_restore(session: Session, actor: Actor, backup_path: Path, aside: Path) -> None:
    audit.record(
        session,
        actor,
        AuditAction.RESTORE,
        "database",
        detail=f"restored {backup_path.name}; the previous file was kept as {aside.name}",
    )
