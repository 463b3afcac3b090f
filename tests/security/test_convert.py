"""Converting an existing unencrypted database in place: nothing lost, the plain copy gone once proven."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.core.database_files import file_is_plaintext
from oend.db import open_database
from oend.errors import DatabaseError
from oend.model import AuditEvent, Participant
from oend.model.codes import AuditAction
from oend.security import slot_seal
from oend.security.convert import encrypt_in_place, verify_encrypted
from oend.services import accounts, backup, participants
from tests.security.support import ADMIN, KNOWN_LAST_NAME, PASSWORD, files_of, set_up


def _plain_database_with_people(path: Path, count: int) -> None:
    db = open_database(str(path))
    actor = Actor.system("old-laptop", "tester")
    for n in range(count):
        with db.transaction() as session:
            participants.enrol_participant(
                session, actor, category="at_risk", first_name=f"Person{n}", last_name=KNOWN_LAST_NAME
            )
    db.close()  # leaves committed rows in the write-ahead log as well as the file


def test_setup_encrypts_an_existing_plain_database_in_place(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    _plain_database_with_people(path, 25)
    assert file_is_plaintext(path)
    result = set_up(path)
    assert result.converted_rows is not None and result.converted_rows["participants"] == 25
    assert not file_is_plaintext(path)
    assert sorted(p.name for p in tmp_path.iterdir() if "unencrypted" in p.name) == []
    for file in files_of(path):
        assert KNOWN_LAST_NAME.encode() not in file.read_bytes()
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with signed.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == 25
            assert session.scalar(select(func.count()).where(AuditEvent.entity == "participant")) == 25
    finally:
        accounts.sign_out(signed)


def test_conversion_can_keep_the_plain_copy_and_refuses_an_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    _plain_database_with_people(path, 3)
    key = slot_seal.new_database_key()
    done = encrypt_in_place(path, key, keep_plaintext=True)
    assert done.plaintext_copy is not None and file_is_plaintext(done.plaintext_copy)
    db = open_database(str(path), key=key)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 3
    db.close()
    with pytest.raises(DatabaseError, match="not an unencrypted"):
        encrypt_in_place(path, key)


def test_a_copy_that_does_not_match_is_refused_naming_the_table(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    _plain_database_with_people(path, 2)
    key = slot_seal.new_database_key()
    counts = encrypt_in_place(path, key).row_counts
    verify_encrypted(path, key, counts)
    with pytest.raises(DatabaseError, match="participants"):
        verify_encrypted(path, key, {**counts, "participants": 3})


def test_a_leftover_from_an_interrupted_conversion_is_replaced(tmp_path: Path) -> None:
    """A staged file left over from an interrupted attempt is never mistaken for a good conversion."""
    path = tmp_path / "oend.db"
    _plain_database_with_people(path, 2)
    original = path.read_bytes()
    (tmp_path / "oend.db.encrypting").write_bytes(b"junk from an interrupted attempt")
    key = slot_seal.new_database_key()
    encrypt_in_place(path, key)
    db = open_database(str(path), key=key)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 2
    db.close()
    assert original.startswith(b"SQLite format 3")
    assert not (tmp_path / "oend.db.encrypting").exists()


def test_setup_destroys_the_plain_backups_and_upgrade_copies_of_the_database_it_encrypts(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    _plain_database_with_people(path, 3)
    db = open_database(str(path))
    plain_backups = [backup.backup_now(db, Actor.system("old-laptop", "tester")) for _ in range(2)]
    db.close()
    upgrade_copy = tmp_path / "oend.db.before-0003"
    shutil.copy2(path, upgrade_copy)
    other = tmp_path / "other.db.before-0003"  # another database's copy is not this one's to remove
    shutil.copy2(path, other)

    result = set_up(path)
    assert sorted(result.removed_plain_copies) == sorted([*plain_backups, upgrade_copy])
    leftover = [p for p in tmp_path.rglob("*") if p.is_file() and p != other]
    assert leftover and all(KNOWN_LAST_NAME.encode() not in p.read_bytes() for p in leftover), leftover
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with signed.db.session() as session:
            detail = session.scalar(select(AuditEvent.detail).where(AuditEvent.action == AuditAction.DELETE))
        assert detail is not None and all(p.name in detail for p in result.removed_plain_copies)
        assert backup.list_backups(path) == []
    finally:
        accounts.sign_out(signed)
