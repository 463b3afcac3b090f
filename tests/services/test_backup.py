"""Rolling backups through the online backup API, and a restore that checks first and keeps the old file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.errors import DatabaseError, PermissionDenied
from oend.model import AuditEvent, Participant
from oend.model.codes import AuditAction, Role
from oend.security.keyslots import key_file_for
from oend.services import accounts, backup
from oend.services.accounts import SignedIn
from tests.security.support import ADMIN, PASSWORD, enrol_known, set_up

T0 = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)


@pytest.fixture
def signed(tmp_path: Path) -> Iterator[SignedIn]:
    set_up(tmp_path / "oend.db")
    session = accounts.sign_in(str(tmp_path / "oend.db"), ADMIN, PASSWORD)
    yield session
    accounts.sign_out(session)


def _people(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Participant.first_name)))


def test_a_backup_is_an_encrypted_copy_with_its_key_file_and_an_audit_event(signed: SignedIn) -> None:
    enrol_known(signed, "Before")
    path = backup.backup_now(signed.db, signed.actor, now=T0)
    assert path.parent.name == "backups" and path.name == "oend-20260301-090000.db"
    assert key_file_for(path).exists()
    assert backup.check_backup(path, signed.db.key) == []
    assert backup.check_backup(path, None) != []  # without the key it is unreadable
    with signed.db.session() as s:
        assert s.scalar(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.BACKUP)) == path.name


def test_backups_older_than_the_days_kept_are_pruned_but_never_the_newest(signed: SignedIn) -> None:
    for day in range(6):
        backup.backup_now(signed.db, signed.actor, keep_days=30, now=T0 + dt.timedelta(days=day))
    assert len(backup.list_backups(signed.db.path)) == 6  # type: ignore[arg-type]
    backup.backup_now(signed.db, signed.actor, keep_days=3, now=T0 + dt.timedelta(days=6))
    kept = backup.list_backups(signed.db.path)  # type: ignore[arg-type]
    assert [b.taken_at.day for b in kept] == [7, 6, 5, 4]
    assert backup.prune(signed.db.path, 0, now=T0 + dt.timedelta(days=60)) != []  # type: ignore[arg-type]
    assert len(backup.list_backups(signed.db.path)) == 1  # type: ignore[arg-type]


def test_backup_if_due_takes_one_a_day_and_one_on_close(signed: SignedIn) -> None:
    assert backup.backup_if_due(signed.db, signed.actor, now=T0) is not None
    assert backup.backup_if_due(signed.db, signed.actor, now=T0 + dt.timedelta(hours=5)) is None
    assert backup.backup_if_due(signed.db, signed.actor, now=T0 + dt.timedelta(hours=6), closing=True) is not None
    assert backup.backup_if_due(signed.db, signed.actor, now=T0 + dt.timedelta(hours=30)) is not None
    assert len(backup.list_backups(signed.db.path)) == 3  # type: ignore[arg-type]


def test_restore_round_trip_keeps_the_current_file_aside(signed: SignedIn) -> None:
    enrol_known(signed, "Before")
    saved = backup.backup_now(signed.db, signed.actor)
    enrol_known(signed, "After")
    assert _people(signed.db) == {"Before", "After"}
    db_path, key, actor = signed.db.path, signed.db.key, signed.actor
    assert db_path is not None
    signed.db.close()
    done = backup.restore(db_path, saved, key=key, actor=actor)
    assert _people(signed.db) == {"Before"}  # the engine reconnects to the restored file
    assert done.set_aside.exists() and done.set_aside.name.startswith("oend.db.before-restore-")
    with signed.db.session() as s:
        restored = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.RESTORE)).one()
        assert saved.name in (restored.detail or "")
        assert s.scalar(select(func.count()).select_from(Participant)) == 1


def test_a_damaged_backup_is_refused_and_nothing_changes(signed: SignedIn, tmp_path: Path) -> None:
    enrol_known(signed, "Current")
    good = backup.backup_now(signed.db, signed.actor)
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[5000:5100] = b"\xff" * 100
    damaged.write_bytes(bytes(data))
    assert signed.db.path is not None
    with pytest.raises(DatabaseError, match="was not restored"):
        backup.restore(signed.db.path, damaged, key=signed.db.key, actor=signed.actor)
    assert _people(signed.db) == {"Current"}


def test_only_an_administrator_restores(signed: SignedIn) -> None:
    saved = backup.backup_now(signed.db, signed.actor)
    coordinator = Actor(None, "cora", Role.COORDINATOR, "laptop")
    assert signed.db.path is not None
    with pytest.raises(PermissionDenied):
        backup.restore(signed.db.path, saved, key=signed.db.key, actor=coordinator)


def test_a_plain_database_is_backed_up_plain(db: Database, actor: Actor) -> None:
    path = backup.backup_now(db, actor)
    assert path.read_bytes().startswith(b"SQLite format 3") and backup.check_backup(path, None) == []
