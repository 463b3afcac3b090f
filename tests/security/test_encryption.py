"""The encrypted file, its write-ahead log and its backups reveal nothing; a wrong key opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.db import open_database
from oend.errors import DatabaseError
from oend.security import keyslots
from oend.services import accounts, backup
from tests.security.support import ADMIN, KNOWN_LAST_NAME, PASSWORD, enrol_known, files_of, set_up


def test_no_participant_data_in_the_file_its_log_or_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        code = enrol_known(signed)
        backup_path = backup.backup_now(signed.db, signed.actor)
        on_disk = files_of(path)
        assert path.with_name(path.name + "-wal") in on_disk  # the log is there to be searched, mid-session
        needles = [code.encode(), KNOWN_LAST_NAME.encode(), KNOWN_LAST_NAME.encode("utf-16-le"), b"SQLite format 3"]
        for file in [*on_disk, backup_path]:
            raw = file.read_bytes()
            assert raw, file
            for needle in needles:
                assert needle not in raw, f"{needle!r} found in {file.name}"
    finally:
        accounts.sign_out(signed)
    # The same search finds the code in an unencrypted database: the test can fail.
    plain = open_database(str(tmp_path / "plain.db"))
    with plain.transaction() as session:
        from oend.model import Setting

        session.add(Setting(key="probe", value={"code": code}))
    plain.close()
    assert code.encode() in b"".join(p.read_bytes() for p in files_of(tmp_path / "plain.db"))


def test_a_wrong_key_or_no_key_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "oend.db"
    set_up(path)
    with pytest.raises(DatabaseError, match="cannot be opened with this key"):
        open_database(str(path), key=keyslots.new_database_key())
    with pytest.raises(DatabaseError, match="is encrypted: sign in"):
        open_database(str(path))


def test_the_raw_key_opens_the_database_fast(tmp_path: Path) -> None:
    """Opening with the raw key skips SQLCipher's key derivation: the deliberate cost is the password only."""
    import time

    path = tmp_path / "oend.db"
    set_up(path)
    opened = keyslots.KeyFile.beside(path).unlock_user(ADMIN, PASSWORD)
    assert opened is not None
    key = opened[0].key
    started = time.perf_counter()
    db = open_database(str(path), key=key)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM audit_events").scalar()
    elapsed = time.perf_counter() - started
    db.close()
    assert elapsed < 0.1, f"opening took {elapsed * 1000:.0f} ms"
