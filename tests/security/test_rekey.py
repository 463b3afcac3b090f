"""Changing the database key: a disabled user's old key file, and old backups, open nothing current."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from oend.core.database_files import key_file_for
from oend.errors import DatabaseError
from oend.model import AuditEvent
from oend.security import sealing
from oend.security.keyslots import KeyFile
from oend.security.lockout import SignInError
from oend.security.rekey import opens_with, rekey_file
from oend.security.slot_seal import PENDING_KEY, new_database_key
from oend.services import accounts, backup, rekey, users
from tests.security.support import ADMIN, PASSWORD, enrol_known, set_up

CORY, DANA = "cory", "dana"
CORY_PASSWORD, DANA_PASSWORD = "cory's own long passphrase", "dana keeps another passphrase"


@pytest.fixture
def program(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A program with an administrator and two coordinators; its path and recovery key."""
    path = tmp_path / "oend.db"
    recovery = set_up(path).recovery_key
    assert recovery is not None
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        for name, password in ((CORY, CORY_PASSWORD), (DANA, DANA_PASSWORD)):
            with signed.db.transaction() as s:
                users.add_user(
                    s, signed.actor, signed.keyring, username=name, display_name=name, role="coordinator",
                    password=password,
                )  # fmt: skip
        enrol_known(signed)
    finally:
        accounts.sign_out(signed)
    yield path, recovery


def _disable(path: Path, username: str) -> rekey.Disabled:
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        seen: list[tuple[int, int]] = []
        done = rekey.disable_user(
            signed.db, signed.actor, signed.keyring, username, progress=lambda d, t: seen.append((d, t))
        )
        assert done.key_change is not None
        signed.keyring = done.key_change.keyring
        assert seen and seen[-1][0] == seen[-1][1]  # the progress ends at its total
        with signed.db.session() as s:  # the session goes on with the new key
            latest = s.scalar(select(AuditEvent.detail).order_by(AuditEvent.at.desc()).limit(1))
            assert latest is not None and latest.startswith("database key changed")
    finally:
        accounts.sign_out(signed)
    return done


def _signs_in(path: Path, username: str, password: str) -> bool:
    try:
        accounts.sign_out(accounts.sign_in(str(path), username, password))
    except (SignInError, DatabaseError):
        return False
    return True


def _keys_in(key_file: Path, username: str, password: str) -> tuple[bytes, ...]:
    opened = KeyFile(key_file).unlock_user(username, password)
    assert opened is not None
    return opened[0].candidates


def test_a_disabled_users_old_key_file_opens_nothing_current(program: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = program
    kept = tmp_path / "kept.keys"
    shutil.copy2(key_file_for(path), kept)  # what the user copied away while they could
    old_keys = _keys_in(kept, CORY, CORY_PASSWORD)
    assert opens_with(path, old_keys[0])

    _disable(path, CORY)

    assert not any(opens_with(path, key) for key in old_keys)
    current = path.with_name("current.keys")
    shutil.copy2(key_file_for(path), current)
    shutil.copy2(kept, key_file_for(path))  # the old key file put back beside the database
    assert not _signs_in(path, CORY, CORY_PASSWORD)
    assert not _signs_in(path, ADMIN, PASSWORD)  # the old file's other slots open the old key only
    shutil.copy2(current, key_file_for(path))
    assert _signs_in(path, ADMIN, PASSWORD)


def test_remaining_users_and_the_recovery_key_still_open_it(program: tuple[Path, str]) -> None:
    path, recovery = program
    _disable(path, CORY)
    assert _signs_in(path, DANA, DANA_PASSWORD)
    assert _signs_in(path, ADMIN, PASSWORD)
    assert KeyFile.beside(path).usernames() == {ADMIN, DANA}
    accounts.sign_out(accounts.open_with_recovery_key(str(path), recovery))


def test_a_disabled_users_right_password_is_refused_as_a_wrong_one(program: tuple[Path, str]) -> None:
    path, _ = program
    _disable(path, CORY)
    with pytest.raises(SignInError) as disabled:
        accounts.sign_in(str(path), CORY, CORY_PASSWORD)
    with pytest.raises(SignInError) as wrong:
        accounts.sign_in(str(path), DANA, "not dana's passphrase at all")
    assert str(disabled.value) == str(wrong.value) == accounts.WRONG


def test_signing_in_with_the_recovery_key_changes_the_key(program: tuple[Path, str]) -> None:
    path, recovery = program
    before = _keys_in(key_file_for(path), DANA, DANA_PASSWORD)
    rescued = accounts.open_with_recovery_key(str(path), recovery)
    try:
        assert rescued.keyring is not None and rescued.keyring.key not in before
        with rescued.db.session() as s:  # the session works on after the change
            assert s.scalar(select(AuditEvent.id).limit(1)) is not None
    finally:
        accounts.sign_out(rescued)
    assert not any(opens_with(path, key) for key in before)
    assert _signs_in(path, DANA, DANA_PASSWORD) and _signs_in(path, CORY, CORY_PASSWORD)
    accounts.sign_out(accounts.open_with_recovery_key(str(path), recovery))


def test_backups_from_before_the_change_do_not_open_with_the_old_key_file(
    program: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = program
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        taken = backup.backup_now(signed.db, signed.actor)
    finally:
        accounts.sign_out(signed)
    old_keys = _keys_in(key_file_for(taken), CORY, CORY_PASSWORD)  # the key file copy beside the backup
    aside = path.with_name(path.name + ".before-restore-20260101-000000")  # a copy set aside by a restore
    shutil.copy2(taken, aside)

    change = _disable(path, CORY).key_change
    assert change is not None and set(change.copies) == {taken, aside}

    for copy in (taken, aside):
        assert not any(opens_with(copy, key) for key in old_keys)
        assert backup.check_backup(copy, change.keyring.key) == []
    assert key_file_for(taken).read_bytes() == key_file_for(path).read_bytes()
    assert CORY not in json.loads(key_file_for(taken).read_text())["users"]
    assert not list(tmp_path.rglob("*.partial"))


def test_the_key_file_is_settled_when_the_change_stopped_after_the_database_was_rekeyed(
    program: tuple[Path, str],
) -> None:
    """The steps of a change, run up to the re-encryption and no further (as a crash would leave them)."""
    path, _ = program
    file = KeyFile.beside(path)
    old = _keys_in(file.path, ADMIN, PASSWORD)[0]
    new = new_database_key()
    file.begin_change(new, {ADMIN: json.loads(file.path.read_text())["users"][ADMIN]["user_id"]}, None)
    assert file.read()[PENDING_KEY]
    assert _signs_in(path, ADMIN, PASSWORD)  # the database is still on the old key: the file opens it
    rekey_file(path, old, new)

    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        assert signed.keyring is not None and signed.keyring.key == new
        assert PENDING_KEY not in file.read()
        assert _keys_in(file.path, ADMIN, PASSWORD) == (new,)  # the old key is gone from the file
    finally:
        accounts.sign_out(signed)
    assert not _signs_in(path, DANA, DANA_PASSWORD)  # left out of the change: their slot went with it


DISABLER = """
import sys
from oend.services import accounts, rekey
signed = accounts.sign_in(sys.argv[1], sys.argv[2], sys.argv[3])
rekey.disable_user(signed.db, signed.actor, signed.keyring, sys.argv[4])
print("finished", flush=True)
"""


def _fill(path: Path, megabytes: int) -> None:
    """Make the database big enough that re-encrypting it takes a moment."""
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        with signed.db.transaction() as s:
            s.execute(text("CREATE TABLE filler (data BLOB)"))
            rows = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {megabytes * 10})"
            s.execute(text(f"INSERT INTO filler {rows} SELECT randomblob(100000) FROM n"))
    finally:
        accounts.sign_out(signed)


def test_a_crash_while_the_database_is_re_encrypted_leaves_it_opening_with_its_key_file(
    program: tuple[Path, str],
) -> None:
    path, recovery = program
    _fill(path, 16)
    journal = path.with_name(path.name + "-journal")
    child = subprocess.Popen([sys.executable, "-c", DISABLER, str(path), ADMIN, PASSWORD, CORY], stdout=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (journal.exists() and journal.stat().st_size > 4_000_000) and child.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL and b"finished" not in out

    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        assert rekey.KEY_CHANGE_UNFINISHED in signed.notices
        with signed.db.session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.execute(text("SELECT count(*) FROM filler")).scalar() == 160
        assert signed.keyring is not None
        rekey.change_database_key(signed.db, signed.keyring, signed.actor)  # made again, to the end
    finally:
        accounts.sign_out(signed)
    assert PENDING_KEY not in KeyFile.beside(path).read()
    assert not _signs_in(path, CORY, CORY_PASSWORD)
    assert _signs_in(path, DANA, DANA_PASSWORD)
    accounts.sign_out(accounts.open_with_recovery_key(str(path), recovery))


def test_a_backup_taken_while_the_key_changes_is_re_encrypted_too(program: tuple[Path, str]) -> None:
    path, _ = program
    signed = accounts.sign_in(str(path), ADMIN, PASSWORD)
    try:
        assert signed.keyring is not None
        old_key = signed.keyring.key
        first = backup.backup_now(signed.db, signed.actor)
        during: list[Path] = []

        def progress(done: int, total: int) -> None:  # the app's backup timer firing as the copies are done
            if not during:
                later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
                during.append(backup.backup_now(signed.db, signed.actor, now=later))

        change = rekey.change_database_key(signed.db, signed.keyring, signed.actor, progress=progress)
        signed.keyring = change.keyring
    finally:
        accounts.sign_out(signed)
    assert during and set(change.copies) == {first, during[0]}
    for copy in (first, during[0]):
        assert opens_with(copy, change.keyring.key) and not opens_with(copy, old_key)


def test_a_public_key_put_in_anothers_slot_is_not_given_the_new_key(program: tuple[Path, str]) -> None:
    """Cory, before being disabled, writes a key pair of their own into Dana's slot to receive the next key."""
    path, _ = program
    mine = sealing.new_private_key()
    doc = json.loads(key_file_for(path).read_text())
    doc["users"][DANA]["public_key"] = sealing.public_of(mine)  # Dana's voucher left as it was
    key_file_for(path).write_text(json.dumps(doc))

    change = _disable(path, CORY).key_change
    assert change is not None and change.lost_slots == (DANA,)
    after = json.loads(key_file_for(path).read_text())
    holders = {slot["public_key"] for slot in [*after["users"].values(), after["recovery"]]}
    assert DANA not in after["users"] and sealing.public_of(mine) not in holders  # the key went to no other key
    assert _signs_in(path, ADMIN, PASSWORD) and not _signs_in(path, DANA, DANA_PASSWORD)


def test_a_user_who_changed_their_own_password_is_given_the_new_key(program: tuple[Path, str]) -> None:
    path, _ = program
    dana = accounts.sign_in(str(path), DANA, DANA_PASSWORD)
    try:
        with dana.db.transaction() as s:  # a coordinator holds no authority key to vouch with
            users.change_password(s, dana.actor, dana.keyring, DANA_PASSWORD, "dana's newer long passphrase")
    finally:
        accounts.sign_out(dana)
    assert _disable(path, CORY).key_change.lost_slots == ()  # type: ignore[union-attr]
    assert _signs_in(path, DANA, "dana's newer long passphrase") and not _signs_in(path, DANA, DANA_PASSWORD)
