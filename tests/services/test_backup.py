"""Rolling backups through the online backup API, and a restore that checks first and keeps the old file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.core.database_files import key_file_for
from oend.db import Database
from oend.errors import DatabaseError, PermissionDenied, ValidationError
from oend.model import AuditEvent, Participant
from oend.model.codes import AuditAction, Role
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


def _days_kept(signed: SignedIn) -> list[int]:
    assert signed.db.path is not None
    return [b.taken_at.day for b in backup.list_backups(signed.db.path)]


def _deletions(signed: SignedIn) -> list[str]:
    with signed.db.session() as s:
        return list(s.scalars(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.DELETE)))


def test_backups_past_the_standing_days_expire_but_the_newest_three_stay_and_each_is_named(signed: SignedIn) -> None:
    for day in (0, 1, 2):
        backup.backup_now(signed.db, signed.actor, now=T0 + dt.timedelta(days=day))
    backup.backup_now(signed.db, signed.actor, now=T0 + dt.timedelta(days=40))  # the first three are now old
    assert _days_kept(signed) == [10, 3, 2]  # 1 April, then the newest three of March
    [deleted] = _deletions(signed)
    assert deleted == "older than 14 days: oend-20260301-090000.db"
    assert not key_file_for(backup.backup_folder(signed.db.path) / "oend-20260301-090000.db").exists()  # type: ignore[arg-type]


def test_only_an_administrator_chooses_the_days_kept_and_never_under_a_week(signed: SignedIn) -> None:
    for day in range(12):
        backup.backup_now(signed.db, signed.actor, keep_days=30, now=T0 + dt.timedelta(days=day))
    worker = Actor(None, "owen", Role.OUTREACH_WORKER, "laptop")
    later = T0 + dt.timedelta(days=12)
    with pytest.raises(PermissionDenied):
        backup.expire_backups(signed.db, worker, 7, now=later)
    with pytest.raises(PermissionDenied):
        backup.backup_now(signed.db, worker, keep_days=7, now=later)
    for days in (-5, 0, 6):
        with pytest.raises(ValidationError, match="7 days or more"):
            backup.expire_backups(signed.db, signed.actor, days, now=later)
    assert len(_days_kept(signed)) == 12 and _deletions(signed) == []
    backup.backup_now(signed.db, worker, now=later)  # any role may take a backup
    removed = backup.expire_backups(signed.db, signed.actor, 7, now=later)
    assert [p.name for p in removed] == [f"oend-202603{d:02}-090000.db" for d in (5, 4, 3, 2, 1)]
    assert _deletions(signed) == ["older than 7 days: " + ", ".join(p.name for p in removed)]


def test_an_interrupted_backup_leaves_nothing_the_next_one_keeps(signed: SignedIn) -> None:
    assert signed.db.path is not None
    folder = backup.backup_folder(signed.db.path)
    folder.mkdir()
    leftovers = [
        folder / "oend-20260228-090000.db.partial",
        folder / "oend-20260228-090000.db.partial-journal",
        folder / "oend-20260228-090000.db.keys.partial",
        folder / "oend-20260227-090000.db.keys",  # its backup never arrived
    ]
    someone_elses = [folder / "other-20260228-090000.db.partial", folder / "notes.txt"]
    for path in leftovers + someone_elses:
        path.write_bytes(b"half a copy")
    taken = backup.backup_now(signed.db, signed.actor, now=T0)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [taken.name, taken.name + ".keys", "notes.txt", "other-20260228-090000.db.partial"]
    )


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
