"""Rolling backups of the SQLite file with SQLite's online backup API, and restoring one.

A backup is taken while the app keeps working, page by page, through the open connection: an
encrypted database is copied into a file keyed with the same key, so backups reveal no more than the
database does. Each backup keeps a copy of the key file beside it (wrapped keys only), so a backup
can still be opened if the key file next to the database is lost. When the database key changes, every
backup is re-encrypted with the new key and given the new key file (oend/services/rekey.py), so no
backup opens with a key file from before. Both are written under a ``.partial``
name and renamed into place, so an interrupted backup never looks like one; its leftovers go at the next.

Anyone may take a backup. Backups only shrink on purpose: after each backup those older than the
program's standing ``DEFAULT_KEEP_DAYS`` go, and only an administrator may choose another number of
days, never under ``MIN_KEEP_DAYS``; the newest ``MIN_KEEP_NEWEST`` always stay, and every deletion is
in the audit trail by name.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.checks import Checks
from oend.core.database_files import file_is_plaintext, key_file_for
from oend.db import Database, open_database
from oend.db.database import apply_key
from oend.db.instance_lock import InstanceLock
from oend.errors import DatabaseError
from oend.model.base import utcnow
from oend.model.codes import AuditAction, Role
from oend.security.convert import destroy
from oend.services import audit, authority
from oend.staging import staged

DEFAULT_KEEP_DAYS = 14
MIN_KEEP_DAYS = 7
MIN_KEEP_NEWEST = 3
DAILY = dt.timedelta(days=1)
FOLDER = "backups"
PARTIAL = ".partial"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
_SIDECARS = ("-wal", "-shm", "-journal")


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


def check_keep_days(db: Database, actor: Actor, keep_days: int) -> None:
    """Choosing how long backups are kept (and so deleting older ones) is an administrator's, as their signed
    user row still says, and never under a week."""
    with db.session() as session:
        authority.require(session, actor, Role.ADMINISTRATOR)
    checks = Checks()
    if keep_days < MIN_KEEP_DAYS:
        checks.fail("keep_days", "must be {min_days} days or more", min_days=MIN_KEEP_DAYS)
    checks.done()


def _own_leftover(db_path: Path) -> re.Pattern[str]:
    """Names this app gives a backup in the making: ``<stem>-<stamp>.db[.keys].partial`` and SQLite's logs of it."""
    stem = re.escape(db_path.stem)
    return re.compile(rf"^{stem}-\d{{8}}-\d{{6}}(?:-\d+)?\.db(?:\.keys)?\.partial(?:-journal|-wal|-shm)?$")


def clean_leftovers(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Remove what an interrupted backup left: partial files, and key-file copies whose backup never arrived."""
    folder = folder or backup_folder(db_path)
    partial = _own_leftover(db_path)
    removed = []
    for path in folder.iterdir() if folder.is_dir() else ():
        backup = _NAME.match(path.name.removesuffix(".keys")) if path.name.endswith(".db.keys") else None
        orphan_keys = backup is not None and backup["stem"] == db_path.stem and not path.with_suffix("").exists()
        if partial.match(path.name) or orphan_keys:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def backup_now(
    db: Database,
    actor: Actor,
    *,
    folder: Path | None = None,
    keep_days: int | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the open database into a new backup file, record it in the audit trail, expire old ones.

    ``keep_days`` (an administrator's choice, at least ``MIN_KEEP_DAYS``) replaces the standing
    ``DEFAULT_KEEP_DAYS``; it is checked before anything is copied.
    """
    db_path = _require_file(db)
    if keep_days is not None:
        check_keep_days(db, actor, keep_days)
    when = now or utcnow()
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    clean_leftovers(db_path, folder)
    target = _new_backup_path(db_path, folder, when)
    partial = target.with_name(target.name + PARTIAL)  # an interrupted copy never looks like a backup
    with db.engine.connect() as conn:
        source = conn.connection.dbapi_connection
        copy = _connect(partial, db.key)
        try:
            source.backup(copy)  # type: ignore[union-attr]
        finally:
            copy.close()
    if db.key is not None and key_file_for(db_path).exists():
        copy_key_file(db_path, target)  # first: a backup in place always has its keys beside it
    os.replace(partial, target)
    with db.transaction() as session:
        audit.record(session, actor, AuditAction.BACKUP, "database", detail=target.name)
    _expire(db, actor, DEFAULT_KEEP_DAYS if keep_days is None else keep_days, folder, when)
    return target


def expire_backups(
    db: Database, actor: Actor, keep_days: int, *, folder: Path | None = None, now: dt.datetime | None = None
) -> list[Path]:
    """An administrator deletes backups older than ``keep_days`` (at least ``MIN_KEEP_DAYS``); returns them."""
    check_keep_days(db, actor, keep_days)
    return _expire(db, actor, keep_days, folder, now)


def _expire(db: Database, actor: Actor, keep_days: int, folder: Path | None, now: dt.datetime | None) -> list[Path]:
    """Delete backups older than ``keep_days`` but never the newest ``MIN_KEEP_NEWEST``, and audit them by name."""
    db_path = _require_file(db)
    cutoff = (now or utcnow()) - dt.timedelta(days=keep_days)
    doomed = [b.path for b in list_backups(db_path, folder)[MIN_KEEP_NEWEST:] if b.taken_at < cutoff]
    for path in doomed:
        path.unlink(missing_ok=True)
        key_file_for(path).unlink(missing_ok=True)
    if doomed:
        with db.transaction() as session:
            names = ", ".join(p.name for p in doomed)
            audit.record(session, actor, AuditAction.DELETE, "backup", detail=f"older than {keep_days} days: {names}")
    return doomed


def _app_copies(db_path: Path) -> list[Path]:
    """Copies of this database the app made: backups and the copies set aside before an upgrade or a restore
    (``<name>.before-*``), without their SQLite logs."""
    candidates = [b.path for b in list_backups(db_path)]
    candidates += sorted(db_path.parent.glob(f"{glob.escape(db_path.name)}.before-*"))
    return [path for path in candidates if not path.name.endswith(_SIDECARS)]


def plain_copies(db_path: Path) -> list[Path]:
    """The app's unencrypted copies of this database (see ``_app_copies``), with their SQLite logs."""
    copies = []
    for path in _app_copies(db_path):
        if file_is_plaintext(path):
            copies += [path, *(s for s in (path.with_name(path.name + x) for x in _SIDECARS) if s.exists())]
    return copies


def encrypted_copies(db_path: Path) -> list[Path]:
    """The app's encrypted copies of this database: what a change of the database key re-encrypts too."""
    return [path for path in _app_copies(db_path) if path.is_file() and not file_is_plaintext(path)]


def copy_key_file(db_path: Path, copy: Path) -> None:
    """Put the database's key file beside ``copy`` (a backup), replacing the one there in one step."""
    saved_keys = key_file_for(copy)
    staged_keys = saved_keys.with_name(saved_keys.name + PARTIAL)
    shutil.copy2(key_file_for(db_path), staged_keys)
    os.replace(staged_keys, saved_keys)


def destroy_plain_copies(db: Database, actor: Actor) -> list[Path]:
    """Once the database is encrypted, overwrite and delete every unencrypted copy of it, recorded by name."""
    copies = plain_copies(_require_file(db))
    for path in copies:
        destroy(path)
    if copies:
        with db.transaction() as session:
            names = ", ".join(p.name for p in copies)
            audit.record(
                session, actor, AuditAction.DELETE, "backup", detail=f"unencrypted copies, once encrypted: {names}"
            )
    return copies


def backup_if_due(
    db: Database,
    actor: Actor,
    *,
    closing: bool = False,
    every: dt.timedelta = DAILY,
    now: dt.datetime | None = None,
) -> Path | None:
    """What the app calls on a timer and when it closes: a backup on close, and one a day otherwise."""
    if db.path is None:
        return None
    when = now or utcnow()
    latest = next(iter(list_backups(db.path)), None)
    if closing or latest is None or when - latest.taken_at >= every:
        return backup_now(db, actor, now=when)
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
