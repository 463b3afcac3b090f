"""Changing the database key: when a user is disabled, and when the recovery key opens the database.

Removing a user's key slot stops them signing in, but someone who kept a copy of the old key file (or a
backup with its copy beside it) and knows an old password could still open the file with the key their
old slot unwraps. So the key itself changes, in an order that leaves, at every moment, a database its
key file opens:

1. a fresh random key is sealed beside the old one to every remaining user and to the recovery key (to
   the public keys the authority key vouched for), and every other slot goes (``KeyFile.begin_change``);
2. the app's own copies (backups, and the copies set aside before an upgrade or a restore) are
   re-encrypted with it, each backup given that key file;
3. the database itself is re-encrypted (``PRAGMA rekey``, one transaction), then any backup the app
   finished meanwhile on the old key;
4. every slot is left holding the new key alone (``KeyFile.finish_change``), and each backup gets the
   finished key file.

A crash before 3 commits leaves the database on the old key, which the file still holds; after it, the
next sign-in finishes step 4 (``settle``). Copies go first so that once the database is on the new key
no copy is left on the old one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from oend.core.actor import Actor
from oend.core.changes import Changed
from oend.core.database_files import key_file_for, sqlite_path
from oend.db import Database, open_database
from oend.db.instance_lock import InstanceLock
from oend.errors import DatabaseError
from oend.model import User
from oend.model.codes import AuditAction, Role
from oend.security.authority import public_key
from oend.security.convert import destroy
from oend.security.keyslots import KeyFile, Keyring
from oend.security.rekey import opens_with, rekey_file
from oend.security.slot_seal import Unwrapped, new_database_key, new_recovery_key
from oend.services import audit, authority, users
from oend.services.backup import copy_key_file, encrypted_copies

Progress = Callable[[int, int], None]  # progress(done, total), in bytes re-encrypted

KEY_CHANGE_UNFINISHED = "a change of the database key did not finish: run `oend db rekey` to change it again"
NEW_PASSWORD_NEEDED = "{username} needs a new password: their key slot could not be given the new database key"


@dataclass(frozen=True)
class KeyChange:
    """A finished change of the database key."""

    keyring: Keyring  # the new key, for the session that made the change
    copies: tuple[Path, ...]  # the app's copies of the database re-encrypted with it
    removed: tuple[Path, ...]  # copies no key held here opened: deleted, as no current key opens them
    #: Users whose slot could not be given the new key (of an older format, or its key pair not vouched for
    #: by the authority key): they need a new password.
    lost_slots: tuple[str, ...]
    #: A new recovery key, shown once, when the file's recovery slot could not be given the new key (of an
    #: older format, or not vouched for); None when the recovery key stays.
    recovery_key: str | None = None


@dataclass(frozen=True)
class Disabled:
    """A user disabled, and the database key changed after it (None on a server or an unencrypted file)."""

    changed: Changed[User]
    key_change: KeyChange | None


class _Bytes:
    """Progress over several files, as bytes re-encrypted of all of them."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = max(1, total)
        self.before = 0
        self._progress = progress

    def file(self, size: int) -> Progress | None:
        if self._progress is None:
            return None
        before, progress = self.before, self._progress
        self.before += size

        def report(done: int, total: int) -> None:
            progress(before + done * size // max(1, total), self.total)

        return report

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _active_users(db: Database) -> dict[str, str]:
    with db.session() as session:
        rows = session.execute(select(User.username, User.id).where(User.active.is_(True), User.deleted.is_(False)))
        return {username: str(user_id) for username, user_id in rows}


def change_database_key(
    db: Database,
    keyring: Keyring,
    actor: Actor,
    *,
    instance_lock: InstanceLock | None = None,
    progress: Progress | None = None,
) -> KeyChange:
    """Encrypt the database and the app's copies of it with a fresh key that only active users and the
    recovery key hold (see the module's docstring for the order).

    ``instance_lock`` is the caller's lock on the file if it holds one; otherwise the change takes it, so
    no other instance of the app has the file open meanwhile. The caller's ``db`` reopens with the new key.
    """
    if db.path is None or db.key is None:
        raise DatabaseError("only an encrypted database file has a key to change")
    with db.session() as session:
        authority.require(session, actor, Role.ADMINISTRATOR)
    path, file = db.path, keyring.file
    own_lock = None if instance_lock is not None and instance_lock.held else InstanceLock(path).acquire()
    try:
        new = new_database_key()
        trust = public_key(actor.authority) if actor.authority is not None else None
        recovery_key = None if file.recovery_is_current(trust) else new_recovery_key()
        recovery = (recovery_key, actor.authority) if recovery_key else None
        file.begin_change(new, _active_users(db), trust, recovery=recovery)
        sizes = {copy: _size(copy) for copy in encrypted_copies(path)}
        own_size = _size(path)
        counter = _Bytes(sum(sizes.values()) + own_size, progress)
        old_keys = [keyring.key, *keyring.older]
        done, removed = _rekey_copies(path, old_keys, new, sizes, counter)
        db.engine.dispose()  # the pragma needs the file to itself
        try:
            rekey_file(path, keyring.key, new, counter.file(own_size))
        finally:
            if opens_with(path, new):  # committed: whatever failed after, the session goes on with the new key
                db.reopen(new)
        # A backup the app finished meanwhile (its timer runs on) was taken with the old key.
        late = {copy: 0 for copy in encrypted_copies(path) if copy not in done}
        more, more_removed = _rekey_copies(path, old_keys, new, late, counter)
        done, removed = done + more, removed + more_removed
        lost = file.finish_change(new)
        _give_key_files(path, done)
        counter.finish()
    finally:
        if own_lock is not None:
            own_lock.release()
    change = KeyChange(Keyring(file, new), tuple(done), tuple(removed), tuple(lost), recovery_key)
    _record(db, actor, change)
    return change


def _rekey_copies(
    db_path: Path, old_keys: list[bytes], new: bytes, sizes: dict[Path, int], counter: _Bytes
) -> tuple[list[Path], list[Path]]:
    """Re-encrypt each copy from whichever key it opens with; a copy that opens with none is deleted."""
    done, removed = [], []
    for copy, size in sizes.items():
        report = counter.file(size)
        old = next((key for key in old_keys if opens_with(copy, key)), None)
        if old is None and not opens_with(copy, new):
            for part in (copy, *(copy.with_name(copy.name + s) for s in ("-wal", "-shm", "-journal"))):
                destroy(part)
            key_file_for(copy).unlink(missing_ok=True)
            removed.append(copy)
            continue
        if old is not None:
            rekey_file(copy, old, new, report)
        done.append(copy)
        _give_key_files(db_path, [copy])  # the file as it is now opens the copy, on either key
    return done, removed


def _give_key_files(db_path: Path, copies: list[Path]) -> None:
    """Each backup's copy of the key file becomes the database's own (the app's other copies have none)."""
    for copy in copies:
        if key_file_for(copy).exists():
            copy_key_file(db_path, copy)


def _record(db: Database, actor: Actor, change: KeyChange) -> None:
    parts = ["database key changed"]
    if change.copies:
        parts.append("re-encrypted " + ", ".join(p.name for p in change.copies))
    if change.removed:
        parts.append("deleted copies no current key opens: " + ", ".join(p.name for p in change.removed))
    if change.lost_slots:
        parts.append("removed key slots of an older format: " + ", ".join(change.lost_slots))
    if change.recovery_key:
        parts.append("a new recovery key was made")
    with db.transaction() as session:
        audit.record(session, actor, AuditAction.UPDATE, "database", detail="; ".join(parts))


def settle(db: Database, keyring: Keyring) -> tuple[str, ...] | None:
    """At sign-in: finish a change of key that re-encrypted the database but not yet its key file; the
    users whose slots of an older format went (None when there was nothing to finish)."""
    assert db.path is not None
    lost = keyring.file.settle(keyring.key)
    if lost is None:
        return None
    _give_key_files(db.path, encrypted_copies(db.path))
    return tuple(lost)


def disable_user(
    db: Database,
    actor: Actor,
    keyring: Keyring | None,
    username: str,
    *,
    instance_lock: InstanceLock | None = None,
    progress: Progress | None = None,
) -> Disabled:
    """Disable ``username`` (``users.disable_user``), then change the database key so that their old key
    slot, wherever a copy of it was kept, opens nothing current."""
    own_lock = None
    if keyring is not None and db.path is not None and not (instance_lock is not None and instance_lock.held):
        own_lock = InstanceLock(db.path).acquire()  # before anything is written: the change needs the file
    try:
        with db.transaction() as session:
            changed = users.disable_user(session, actor, keyring, username)
        if keyring is None or db.key is None:
            return Disabled(changed, None)
        lock = own_lock or instance_lock
        return Disabled(changed, change_database_key(db, keyring, actor, instance_lock=lock, progress=progress))
    finally:
        if own_lock is not None:
            own_lock.release()


def open_keyed(target: str, key_file: KeyFile, unwrapped: Unwrapped) -> tuple[Database, Keyring]:
    """The database, opened with whichever key the slot gave that it is encrypted with (a slot holds two
    while a change of key is under way), and the keyring of that key."""
    path, keys = sqlite_path(target), unwrapped.candidates
    key = keys[-1]  # the one left when the others do not open it
    if path is not None and path.exists():
        key = next((k for k in keys[:-1] if opens_with(path, k)), key)
    return open_database(target, key=key), Keyring(key_file, key, tuple(k for k in keys if k != key))


def settle_notices(db: Database, keyring: Keyring) -> tuple[str, ...]:
    """Finish a change of key the database already has; what an administrator is told about it."""
    lost = settle(db, keyring) or ()
    notices = [NEW_PASSWORD_NEEDED.format(username=name) for name in lost]
    if keyring.file.change_interrupted(keyring.key):
        notices.append(KEY_CHANGE_UNFINISHED)
    return tuple(notices)
