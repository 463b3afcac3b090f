"""The database key, wrapped once per user and once for a recovery key, in a file beside the database.

The SQLite file is encrypted with 32 random bytes. Nobody types that key: each user's password, run
through Argon2id, yields a key-encryption key that unwraps a copy of it (AES-256-GCM), as disk
encryption's key slots do. So a password change rewraps one slot and never re-encrypts the data, an
administrator who is signed in (and so holds the key) can give a user a new slot, and a recovery key
shown once at set-up opens the database when every password is lost. Each slot's associated data names
its owner, so a slot copied onto another user's name does not open.

Since version 2 an administrator's slot (and the recovery slot) wraps the authority key's seed after the
database key (oend/security/authority.py), and the file names the authority's public key: anyone may open
the data, only administrators may sign who may do what. A version 1 file is still read, and upgraded at an
administrator's sign-in; its recovery slot then keeps opening the data only.

The file also counts failed attempts per user: a wrong password cannot open the database, so the
lockout has to live outside it. It is rewritten whole, atomically (temp file + ``os.replace``).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from oend.db.instance_lock import short_lock
from oend.errors import DatabaseError
from oend.security.authority import public_key
from oend.security.lockout import AttemptState

KEY_BYTES = 32
FORMAT = "oend-key-slots"
VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})
RECOVERY = "recovery"
DEMO_LOGIN = "demo_login"
AUTHORITY_PUBLIC_KEY = "authority_public_key"
MAX_PENDING_FAILURES = 500

T = TypeVar("T")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each slot so a later release can raise it for new slots."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """160 random bits as eight groups of four base32 letters, easy to copy onto paper."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    """The recovery key as stored: case, spaces and dashes do not matter when it is typed back."""
    return "".join(c for c in text.upper() if c.isalnum())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _kek(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _user_aad(username: str, user_id: str, version: int = VERSION) -> bytes:
    return f"{FORMAT}/v{version}/user/{username}/{user_id}".encode()


def _recovery_aad(version: int = VERSION) -> bytes:
    return f"{FORMAT}/v{version}/{RECOVERY}".encode()


def _slot_version(slot: dict[str, Any]) -> int:
    return int(slot.get("v", 1))


@dataclass(frozen=True)
class Unwrapped:
    """What a slot opens: always the database key; the authority key's seed only in an administrator's."""

    key: bytes = field(repr=False)
    authority: bytes | None = field(default=None, repr=False)


def _bundle(key: bytes, authority: bytes | None) -> bytes:
    return key + (authority or b"")


def _split(bundle: bytes) -> Unwrapped:
    return Unwrapped(bundle[:KEY_BYTES], bundle[KEY_BYTES:] or None)


def wrap(key: bytes, secret: str, aad: bytes, kdf: KdfParams | None = None) -> dict[str, Any]:
    """A slot: ``key`` encrypted under a key derived from ``secret``; ``aad`` is bound to it."""
    kdf = kdf or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_kek(secret, salt, kdf)).encrypt(nonce, key, aad)
    return {"kdf": "argon2id", **asdict(kdf), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _slot(secret_data: bytes, secret: str, aad: bytes, kdf: KdfParams | None = None) -> dict[str, Any]:
    """A slot of this file version: its version is recorded so its associated data can be rebuilt."""
    return {"v": VERSION, **wrap(secret_data, secret, aad, kdf)}


def _slot_kdf(slot: dict[str, Any]) -> KdfParams:
    return KdfParams(int(slot["time_cost"]), int(slot["memory_cost"]), int(slot["parallelism"]))


def unwrap(slot: dict[str, Any], secret: str, aad: bytes) -> bytes | None:
    """The key in ``slot``, or None when ``secret`` (or the slot's owner) is wrong."""
    try:
        return AESGCM(_kek(secret, _unb64(slot["salt"]), _slot_kdf(slot))).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad
        )
    except InvalidTag:
        return None


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
        if self.path.exists():
            raise DatabaseError("{path} already exists: this database is already set up", values={"path": self.path})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "users": {},
            RECOVERY: _slot(_bundle(key, authority), normalise_recovery_key(recovery_key), _recovery_aad(), kdf),
            AUTHORITY_PUBLIC_KEY: public_key(authority),
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
            _kek(password, secrets.token_bytes(16), _slot_kdf(decoy))
            return None
        bundle = unwrap(slot, password, _user_aad(username, slot["user_id"], _slot_version(slot)))
        return None if bundle is None else (_split(bundle), slot["user_id"])

    def unlock_recovery(self, recovery_key: str) -> Unwrapped | None:
        slot = self.read()[RECOVERY]
        bundle = unwrap(slot, normalise_recovery_key(recovery_key), _recovery_aad(_slot_version(slot)))
        return None if bundle is None else _split(bundle)

    def set_user_slot(
        self, key: bytes, username: str, user_id: str, password: str, authority: bytes | None = None
    ) -> None:
        """Give ``username`` a slot opened by ``password`` (new user, password change or reset); an
        administrator's also wraps the authority key."""
        slot = {"user_id": user_id, **_slot(_bundle(key, authority), password, _user_aad(username, user_id))}

        def change(doc: dict[str, Any]) -> None:
            doc["users"][username] = slot
            doc["attempts"].pop(username, None)

        self.update(change)

    def remove_user_slot(self, username: str) -> None:
        self.update(lambda doc: doc["users"].pop(username, None))

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

    def give(self, username: str, user_id: str, password: str, authority: bytes | None = None) -> None:
        """A slot for ``username``; ``authority`` (an administrator's) is wrapped in it too."""
        self.file.set_user_slot(self.key, username, user_id, password, authority)

    def take_away(self, username: str) -> None:
        self.file.remove_user_slot(username)
