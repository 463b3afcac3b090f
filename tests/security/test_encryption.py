"""The encrypted file, its write-ahead log and its backups reveal nothing; a wrong key opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from oend.db import open_database
from oend.errors import DatabaseError
from oend.security import keyslots, slot_seal
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
        open_database(str(path), key=slot_seal.new_database_key())
    with pytest.raises(DatabaseError, match="is encrypted: sign in"):
        open_database(str(path))


def test_the_file_is_keyed_with_the_raw_key_so_opening_skips_sqlciphers_key_derivation(tmp_path: Path) -> None:
    """The deliberate cost is the password's alone: the file opens under the key given raw (``x'..'``), and
    the same bytes given as a passphrase, which SQLCipher would stretch on every connection, open nothing."""
    import sqlcipher3

    path = tmp_path / "oend.db"
    set_up(path)
    opened = keyslots.KeyFile.beside(path).unlock_user(ADMIN, PASSWORD)
    assert opened is not None
    key = opened[0].key

    def count_with(pragma: str) -> int:
        conn = sqlcipher3.connect(str(path))
        try:
            conn.execute(pragma)
            return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])
        finally:
            conn.close()

    assert count_with(f"PRAGMA key = \"x'{key.hex()}'\"") > 0
    with pytest.raises(sqlcipher3.DatabaseError):
        count_with(f"PRAGMA key = '{key.hex()}'")
