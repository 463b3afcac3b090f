"""The database key, given to each user and to a recovery key, in a file beside the database.

The SQLite file is encrypted with 32 random bytes. Nobody types that key. Each user's key slot holds an
X25519 key pair: its private half is wrapped (AES-256-GCM) under a key derived from the user's password
by Argon2id, as disk encryption's key slots do, and the database key is sealed to its public half
(oend/security/sealing.py). So a password change rewraps one slot and never re-encrypts the data; an
administrator who is signed in (and so holds the key) can give a user a new slot; and anyone holding the
key can *change* it and seal the new one to every remaining user and to the recovery key without knowing
their passwords (oend/services/rekey.py). A recovery key shown once at set-up opens the database when
every password is lost. Each slot's associated data names its owner, so a slot copied onto another
user's name does not open; each sealed key's names its owner and the key's id too. The authority key
vouches for each slot's public key (signed when an administrator makes the slot), and a new database key
is sealed only to vouched keys: a user who wrote a key pair of their own into another's slot gains nothing.

While a change of key is under way the file names the new key as ``pending_key`` and each slot holds
both keys, so whichever key the database is encrypted with at that moment, the file opens it.

An administrator's slot (and the recovery slot) wraps the authority key's seed after the private key
(oend/security/authority.py), and the file names the authority's public key: anyone may open the data,
only administrators may sign who may do what. Files of versions 1 and 2 (slots that wrap the database
key itself) are still read; each slot is rewritten in the current form at its owner's next sign-in.

The file also counts failed attempts per user: a wrong password cannot open the database, so the
lockout has to live outside it. It is rewritten whole, atomically (temp file + ``os.replace``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from oend.core.database_files import key_file_for
from oend.db.instance_lock import short_lock
from oend.errors import DatabaseError
from oend.security import slot_seal
from oend.security.authority import public_key
from oend.security.lockout import AttemptState
from oend.security.slot_seal import (
    FORMAT,
    PENDING_KEY,
    RECOVERY,
    VERSION,
    KdfParams,
    Unwrapped,
    _is_vouched,
    _open_slot,
    _recovery_aad,
    _reseal,
    _slot,
    _slot_kdf,
    _slot_version,
    _user_aad,
    key_id,
    normalise_recovery_key,
    unwrap,
    wrap,
)

READABLE_VERSIONS = frozenset({1, 2, 3})
DEMO_LOGIN = "demo_login"
AUTHORITY_PUBLIC_KEY = "authority_public_key"
MAX_PENDING_FAILURES = 500
T = TypeVar("T")


class KeyFile:
    """The JSON file of slots and attempt counters beside one database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, db_path: Path) -> KeyFile:
        return cls(key_file_for(db_path))

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise DatabaseError(
                "the key file {path} is missing: restore it from a backup", values={"path": self.path}
            ) from exc
        except ValueError as exc:
            raise DatabaseError(
                "the key file {path} is damaged: restore it from a backup", values={"path": self.path}
            ) from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") not in READABLE_VERSIONS:
            raise DatabaseError("{path} is not an OEND key file this version can read", values={"path": self.path})
        return doc

    def _write(self, doc: dict[str, Any]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(doc, out, indent=1, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def update(self, change: Callable[[dict[str, Any]], T]) -> T:
        """Read, change and rewrite the file while holding a lock other processes respect."""
        with short_lock(self.path.with_name(self.path.name + ".lock")):
            doc = self.read()
            result = change(doc)
            self._write(doc)
            return result

    def create(self, key: bytes, recovery_key: str, authority: bytes, kdf: KdfParams | None = None) -> None:
        """A new file with only the recovery slot (which opens the authority key too); refuses to overwrite."""
        slot = _slot(key, normalise_recovery_key(recovery_key), _recovery_aad(), authority, kdf, signer=authority)
        self._create(slot, public_key(authority))

    def create_joined(self, key: bytes, recovery_key: str, authority_public: str) -> None:
        """A new file for a laptop that joined a program: it trusts ``authority_public`` without holding the
        authority key, so its recovery slot opens the data only (and, vouched by nobody, is replaced by a new
        recovery key at the first change of key)."""
        self._create(_slot(key, normalise_recovery_key(recovery_key), _recovery_aad(), None), authority_public)

    def _create(self, recovery: dict[str, Any], authority_public: str) -> None:
        if self.path.exists():
            raise DatabaseError("{path} already exists: this database is already set up", values={"path": self.path})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "users": {},
            RECOVERY: recovery,
            AUTHORITY_PUBLIC_KEY: authority_public,
            "attempts": {},
            "failed_sign_ins": [],
        }
        self._write(doc)

    # --- demo databases ------------------------------------------------------------------------

    def publish_demo_login(self, username: str, password: str) -> None:
        """Record a demo database's login beside it: it holds generated data only, so anyone may open it."""

        def change(doc: dict[str, Any]) -> None:
            doc[DEMO_LOGIN] = {"username": username, "password": password}

        self.update(change)

    def demo_login(self) -> tuple[str, str] | None:
        """The published login of a demo database; None for a real program's database."""
        login = self.read().get(DEMO_LOGIN) if self.exists() else None
        return (str(login["username"]), str(login["password"])) if login else None

    # --- slots -----------------------------------------------------------------------------------

    def user_slot(self, username: str) -> dict[str, Any] | None:
        slots: dict[str, dict[str, Any]] = self.read()["users"]
        return slots.get(username)

    def unlock_user(self, username: str, password: str) -> tuple[Unwrapped, str] | None:
        """What the user's slot opens and the slot's user id, or None for an unknown user or a wrong password.

        An unknown user name costs one key derivation too, at the cost of the file's own slots, so the time
        a refusal takes does not tell whether the name exists.
        """
        doc = self.read()
        slot = doc["users"].get(username)
        if slot is None:
            decoy = next(iter(doc["users"].values()), doc[RECOVERY])
            slot_seal.key_from_secret(password, secrets.token_bytes(16), _slot_kdf(decoy))
            return None
        opened = _open_slot(doc, slot, password, _user_aad(username, slot["user_id"], _slot_version(slot)))
        return None if opened is None else (opened, slot["user_id"])

    def unlock_recovery(self, recovery_key: str) -> Unwrapped | None:
        doc = self.read()
        slot = doc[RECOVERY]
        return _open_slot(doc, slot, normalise_recovery_key(recovery_key), _recovery_aad(_slot_version(slot)))

    def set_user_slot(
        self,
        key: bytes,
        username: str,
        user_id: str,
        password: str,
        authority: bytes | None = None,
        *,
        signer: bytes | None = None,
    ) -> None:
        """Give ``username`` a new slot opened by ``password`` (new user, password reset, a slot of an older
        format); an administrator's also wraps the authority key. ``signer`` (an administrator's authority
        seed, by default ``authority``) vouches for its key pair, so that a change of key includes it."""
        aad = _user_aad(username, user_id)
        slot = {"user_id": user_id, **_slot(key, password, aad, authority, signer=signer or authority)}

        def change(doc: dict[str, Any]) -> None:
            doc["version"] = VERSION
            doc["users"][username] = slot
            doc["attempts"].pop(username, None)

        self.update(change)

    def portable_slot(self, username: str) -> dict[str, Any] | None:
        """``username``'s slot without the database keys sealed in it: its vouched key pair, the private half
        wrapped under their password, which another laptop of the program can give its own database key to
        (``receive_slot``). None when they have no slot, or one of an older format."""
        slot = self.user_slot(username)
        if slot is None or _slot_version(slot) < 3:
            return None
        return {name: value for name, value in slot.items() if name != "keys"}

    def receive_slot(self, key: bytes, username: str, portable: dict[str, Any], trust: str) -> bool:
        """Give ``username`` the slot another laptop made for them (``portable_slot``), with ``key`` sealed to it:
        they sign in here with the password they have there. False (nothing written) unless the authority key
        ``trust`` vouched for its key pair."""
        aad = _user_aad(username, str(portable.get("user_id")))
        try:
            vouched = _slot_version(portable) == VERSION and _is_vouched(portable, aad, trust)
            slot = {**portable, "keys": {}}
            _reseal(slot, key, aad)
        except (KeyError, TypeError, ValueError):
            return False
        if not vouched:
            return False

        def change(doc: dict[str, Any]) -> None:
            doc["users"][username] = slot
            doc["attempts"].pop(username, None)

        self.update(change)
        return True

    def rewrap_user_slot(self, username: str, old_password: str, new_password: str) -> bool:
        """A user's own password change: the same key pair (and its voucher) under the new password. False
        when the slot is of an older format (or the old password is wrong): it needs a new slot instead."""

        def change(doc: dict[str, Any]) -> bool:
            slot = doc["users"].get(username)
            if slot is None or _slot_version(slot) < 3:
                return False
            aad = _user_aad(username, slot["user_id"])
            bundle = unwrap(slot, old_password, aad)
            if bundle is None:
                return False
            slot.update(wrap(bundle, new_password, aad))
            doc["attempts"].pop(username, None)
            return True

        return self.update(change)

    def set_recovery_slot(self, key: bytes, recovery_key: str, authority: bytes | None) -> None:
        """Rewrite the recovery slot in the current format (once the recovery key has opened the old one)."""
        slot = _slot(key, normalise_recovery_key(recovery_key), _recovery_aad(), authority, signer=authority)

        def change(doc: dict[str, Any]) -> None:
            doc["version"] = VERSION
            doc[RECOVERY] = slot

        self.update(change)

    def remove_user_slot(self, username: str) -> None:
        def change(doc: dict[str, Any]) -> None:
            doc["users"].pop(username, None)
            doc["attempts"].pop(username, None)

        self.update(change)

    # --- changing the database key ---------------------------------------------------------------

    def recovery_is_current(self, trust: str | None) -> bool:
        """True when the recovery slot can be given a new database key: of the current format, and vouched
        for by the authority key ``trust`` (None: no authority to check with, in a session that has none)."""
        return _is_vouched(self.read()[RECOVERY], _recovery_aad(), trust)

    def begin_change(
        self,
        new_key: bytes,
        keep: Mapping[str, str],
        trust: str | None,
        *,
        recovery: tuple[str, bytes | None] | None = None,
    ) -> None:
        """Before the database is re-encrypted: seal ``new_key`` beside the old key in every slot that stays.

        ``keep`` names the users who stay (username to user id); every other slot goes now. Only slots whose
        key pair the authority key ``trust`` vouched for are given the new key. The file then opens the
        database whether the re-encryption has happened yet or not. ``recovery`` (a new recovery key and the
        authority seed) replaces a recovery slot that cannot be given the new key otherwise.
        """

        def change(doc: dict[str, Any]) -> None:
            if recovery is not None:
                secret, authority = recovery
                doc[RECOVERY] = _slot(
                    new_key, normalise_recovery_key(secret), _recovery_aad(), authority, signer=authority
                )
            elif not _is_vouched(doc[RECOVERY], _recovery_aad(), trust):
                raise DatabaseError("the recovery slot is of an older format: it needs a new recovery key")
            users = doc["users"]
            for name in [n for n, slot in users.items() if keep.get(n) != slot["user_id"]]:
                del users[name]
                doc["attempts"].pop(name, None)
            for name, slot in users.items():
                aad = _user_aad(name, slot["user_id"])
                if _is_vouched(slot, aad, trust):
                    _reseal(slot, new_key, aad)
            _reseal(doc[RECOVERY], new_key, _recovery_aad())
            doc["version"] = VERSION
            doc[PENDING_KEY] = key_id(new_key)

        self.update(change)

    def finish_change(self, new_key: bytes) -> list[str]:
        """Once the database is encrypted with ``new_key``: every slot holds it alone, and no older key.

        Slots that were not given the new key (of an older format, whose owner's password would be needed,
        or not vouched for) are removed, and their users named in the result: an administrator gives them a
        new password.
        """
        kid = key_id(new_key)

        def change(doc: dict[str, Any]) -> list[str]:
            users = doc["users"]
            left_out = sorted(n for n, slot in users.items() if kid not in slot.get("keys", {}))
            for name in left_out:
                del users[name]
                doc["attempts"].pop(name, None)
            for slot in [*users.values(), doc[RECOVERY]]:
                if kid in slot.get("keys", {}):
                    slot["keys"] = {kid: slot["keys"][kid]}
            doc.pop(PENDING_KEY, None)
            return left_out

        return self.update(change)

    def settle(self, opened_with: bytes) -> list[str] | None:
        """After the database opened with ``opened_with``: finish a change of key that reached the database
        but not this file (see ``finish_change``); None when there was none to finish."""
        if self.read().get(PENDING_KEY) != key_id(opened_with):
            return None
        return self.finish_change(opened_with)

    def change_interrupted(self, opened_with: bytes) -> bool:
        """True when a change of key began but the database is still encrypted with ``opened_with``, the old key."""
        pending = self.read().get(PENDING_KEY)
        return pending is not None and pending != key_id(opened_with)

    def usernames(self) -> set[str]:
        return set(self.read()["users"])

    # --- the authority key -----------------------------------------------------------------------

    def authority_public_key(self) -> str | None:
        """The authority's public key as this file names it; None in a version 1 file not yet upgraded."""
        return self.read().get(AUTHORITY_PUBLIC_KEY)

    def name_authority(self, public: str) -> None:
        """Name the authority's public key, upgrading a version 1 file (its recovery slot stays as it was)."""

        def change(doc: dict[str, Any]) -> None:
            doc["version"] = VERSION
            doc[AUTHORITY_PUBLIC_KEY] = public

        self.update(change)

    # --- failed attempts -------------------------------------------------------------------------

    def attempts(self, username: str) -> AttemptState:
        return _attempt_state(self.read()["attempts"].get(username))

    def record_attempt(self, username: str, change: Callable[[AttemptState], None], *, failed_at: str | None) -> None:
        """Apply ``change`` to the user's counter, under the file's lock so concurrent attempts all count; a
        failure is also queued for the audit trail.

        Only a name with a slot is written down: a name typed that is no user's (perhaps a password typed
        in the wrong box) is neither counted nor kept, and its failure is queued without it.
        """

        def apply(doc: dict[str, Any]) -> None:
            known = username in doc["users"]
            if known:
                state = _attempt_state(doc["attempts"].get(username))
                change(state)
                if state.failures:
                    until = state.locked_until.isoformat() if state.locked_until else None
                    doc["attempts"][username] = {"failures": state.failures, "locked_until": until}
                else:
                    doc["attempts"].pop(username, None)
            if failed_at is not None:
                entry = {"username": username if known else None, "at": failed_at}
                doc["failed_sign_ins"] = [*doc["failed_sign_ins"], entry][-MAX_PENDING_FAILURES:]

        self.update(apply)

    def take_failed_sign_ins(self) -> list[dict[str, str | None]]:
        """The failures not yet in the audit trail (a wrong password could not write there), emptied."""

        if not self.read()["failed_sign_ins"]:
            return []

        def take(doc: dict[str, Any]) -> list[dict[str, str | None]]:
            pending = list(doc["failed_sign_ins"])
            doc["failed_sign_ins"] = []
            return pending

        return self.update(take)


def _attempt_state(entry: dict[str, Any] | None) -> AttemptState:
    if not entry:
        return AttemptState()
    until = entry.get("locked_until")
    return AttemptState(int(entry["failures"]), dt.datetime.fromisoformat(until) if until else None)


@dataclass(frozen=True)
class Keyring:
    """The key file together with the database key a signed-in user holds: enough to give others slots."""

    file: KeyFile
    key: bytes = field(repr=False)
    #: Other keys the user's slot opened, during a change of key that did not finish: an app's copy of the
    #: database (a backup) may be encrypted with one of them, and the next change re-encrypts it.
    older: tuple[bytes, ...] = field(default=(), repr=False)

    def give(
        self, username: str, user_id: str, password: str, authority: bytes | None = None, *, signer: bytes | None = None
    ) -> None:
        """A slot for ``username``; ``authority`` (an administrator's) is wrapped in it too; ``signer`` (the
        acting administrator's authority seed) vouches for it."""
        self.file.set_user_slot(self.key, username, user_id, password, authority, signer=signer)

    def take_away(self, username: str) -> None:
        self.file.remove_user_slot(username)
