"""Enrolling a laptop in a program: an administrator writes an enrolment file, a new laptop joins with it.

The file (oend/security/enrolment_file.py) holds, sealed under a one-time passphrase, the program's sync key,
the authority's public key (so the laptop trusts the same signed rights) and each enrolled account's key pair
wrapped under their password as their slot here holds it: the new laptop seals its own database key to it,
and the worker signs in there with the password they have here. After it comes a sync file for everyone (the
whole change log: each device's changes apply in order, so a part of the log would leave the rest waiting,
and the first sync would bring it anyway), streamed into the new database as any sync file is read, so a
statewide log is never held whole; the sealed part names that sync file by a random id its header carries,
so one file's log never joins another's accounts. Joining makes a database of the laptop's own (its own key
and recovery key), so nothing of this laptop's files travels but what a sync file would carry.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.core.database_files import sqlite_path
from oend.db import Database, open_database
from oend.errors import OendError
from oend.exchange.bundle import BundleRefused, read_from, write_to
from oend.model import Setting, User
from oend.model.codes import AuditAction, Role
from oend.security import enrolment_file
from oend.security.keyslots import KeyFile, Keyring
from oend.security.slot_seal import new_database_key, new_recovery_key
from oend.services import audit, authority
from oend.services.device import device_id
from oend.services.setup_state import is_set_up
from oend.services.sync.bundles import program_id, program_key
from oend.services.sync.exchange import export_changes, import_changes
from oend.services.sync.keys import KEY_BYTES, keep_sync_key
from oend.services.users import user_by_name

PROGRAM_SETTING = "program"
#: The key naming the sync file that follows an enrolment file's envelope, in both.
LOG = "enrolment_log"
ENCRYPTED_ONLY = "enrolment files are written on a laptop's encrypted database, where accounts have key slots"
ALREADY_SET_UP = "{target} already holds a program: a laptop joins a program only before it is set up"
FILE_ONLY = "a laptop joins with a database file of its own; a server database is set up once, by its administrator"


@dataclass(frozen=True)
class EnrolmentWritten:
    """The file written; ``passphrase`` is shown to the administrator once, to tell the worker in person."""

    path: Path
    usernames: tuple[str, ...]
    passphrase: str
    changes: int


@dataclass(frozen=True)
class Joined:
    """The laptop's new database; ``recovery_key`` is shown once, as at set-up."""

    target: str
    program_name: str
    usernames: tuple[str, ...]
    recovery_key: str
    changes: int


# --- the administrator's side -----------------------------------------------------------------------


def write_enrolment(
    session: Session, actor: Actor, keyring: Keyring | None, path: str | Path, usernames: Iterable[str]
) -> Changed[EnrolmentWritten]:
    """Write the enrolment file for ``usernames`` to ``path``; each must be an active user with a current slot."""
    payload = enrolment_payload(session, actor, keyring, usernames) | {LOG: secrets.token_hex(16)}
    key = bytes.fromhex(payload["sync_key"])
    header, changes = export_changes(session, None)
    header |= {"program_id": payload["program_id"], "changes": len(changes), LOG: payload[LOG]}
    passphrase = enrolment_file.new_passphrase()
    with enrolment_file.writing(Path(path), payload, passphrase) as out:
        write_to(out, header, changes, key)
    names = tuple(payload["accounts"])
    audit.record(
        session,
        actor,
        AuditAction.EXPORT,
        "enrolment",
        detail=f"enrolment file for {', '.join(names)} with {len(changes)} changes to {Path(path).name}",
    )
    return Changed(EnrolmentWritten(Path(path), names, passphrase, len(changes)), frozenset({Area.AUDIT}))


def enrolment_payload(
    session: Session, actor: Actor, keyring: Keyring | None, usernames: Iterable[str]
) -> dict[str, Any]:
    """What a new laptop needs to join but the program's records (which follow it in a file, and a laptop
    joining from the server pulls there)."""
    authority.require(session, actor, Role.ADMINISTRATOR)
    if keyring is None:
        raise OendError(ENCRYPTED_ONLY)
    key = program_key(session)
    public, _ = authority.trusted_public_key(session, keyring.file)
    program = session.get(Setting, PROGRAM_SETTING)
    return {
        "program_id": program_id(key),
        "program_name": str(program.value.get("name", "")) if program is not None else "",
        "authority_public_key": public,
        "sync_key": key.hex(),
        "accounts": _accounts(session, keyring.file, usernames),
    }


def _accounts(session: Session, key_file: KeyFile, usernames: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each named account's portable slot; every name that cannot be enrolled is named at once."""
    checks = Checks()
    names = sorted({name.strip().lower() for name in usernames if name.strip()})
    if not names:
        checks.fail("accounts", "name at least one account to sign in on the new laptop")
    found: dict[str, dict[str, Any]] = {}
    for name in names:
        user = user_by_name(session, name)
        slot = key_file.portable_slot(name)
        if user is None or not user.active or user.deleted:
            checks.fail("accounts", "{username} is not an active user", username=name)
        elif slot is None or slot.get("user_id") != str(user.id) or "vouched" not in slot:
            checks.fail(
                "accounts",
                "{username} must sign in on this laptop once first (or be given a new password)",
                username=name,
            )
        else:
            found[name] = slot
    checks.done()
    return found


# --- the new laptop's side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    """An enrolment's content but the program's records, verified."""

    program_name: str
    authority_public_key: str
    sync_key: bytes
    accounts: dict[str, dict[str, Any]]


def enrolment_of(payload: dict[str, Any]) -> Enrolment:
    """The verified content of an opened payload."""
    try:
        key = bytes.fromhex(payload["sync_key"])
        public = payload["authority_public_key"]
        accounts = payload["accounts"]
        valid = (
            len(key) == KEY_BYTES
            and payload["program_id"] == program_id(key)
            and isinstance(public, str)
            and isinstance(accounts, dict)
            and all(isinstance(slot, dict) for slot in accounts.values())
        )
    except (KeyError, TypeError, ValueError):
        raise enrolment_file.damaged() from None
    if not valid or not accounts:
        raise enrolment_file.damaged()
    name = payload.get("program_name")
    return Enrolment(str(name or ""), public, key, accounts)


def join_program(target: str, path: str | Path, passphrase: str) -> Joined:
    """Make this laptop's encrypted database at ``target`` from the enrolment file: whole, or nothing written.

    Refused (``EnrolmentRefused``, ``OendError``) for a wrong passphrase, a damaged file, or a laptop that
    already holds a program; damage in the records is found as they stream in, and the database begun is removed.
    """
    with enrolment_file.opened(Path(path), passphrase) as (payload, rest):
        enrolment = enrolment_of(payload)
        log = payload.get(LOG)
        if not isinstance(log, str):
            raise enrolment_file.damaged()
        return join(target, enrolment, lambda db, actor: _apply_log(db, actor, enrolment, log, rest))


#: Brings the program's records into the new database; returns how many changes it applied.
Load = Callable[[Database, Actor], int]


def join(target: str, enrolment: Enrolment, load: Load) -> Joined:
    """Make this laptop's encrypted database at ``target``, its records brought by ``load``: whole, or nothing."""
    db_path = sqlite_path(target)
    if db_path is None:
        raise OendError(FILE_ONLY)
    if is_set_up(target) or (db_path.exists() and db_path.stat().st_size > 0):
        raise OendError(ALREADY_SET_UP, values={"target": target})
    key, recovery_key = new_database_key(), new_recovery_key()
    key_file = KeyFile.beside(db_path)
    key_file.create_joined(key, recovery_key, enrolment.authority_public_key)
    try:
        changes = _fill(str(db_path), key, key_file, enrolment, load)
    except BaseException:
        for leftover in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")), key_file.path):
            leftover.unlink(missing_ok=True)
        raise
    names = tuple(sorted(enrolment.accounts))
    return Joined(str(db_path), enrolment.program_name, names, recovery_key, changes)


def _apply_log(db: Database, actor: Actor, enrolment: Enrolment, log: str, src: BinaryIO) -> int:
    """The program's log streamed from ``src`` (the sync file named ``log``) in one transaction."""
    try:
        with db.transaction() as session:
            reader = read_from(src, enrolment.sync_key, program_id(enrolment.sync_key))
            if reader.header.get(LOG) != log:
                raise enrolment_file.damaged()
            import_changes(session, actor, reader.header, reader.changes())
    except BundleRefused:
        raise enrolment_file.damaged() from None
    return reader.count


def _fill(target: str, key: bytes, key_file: KeyFile, enrolment: Enrolment, load: Load) -> int:
    """Keep the sync key, load the program's records, then give each enrolled account its slot."""
    db = open_database(target, key=key)
    try:
        actor = Actor.system(device_id(db), "enrolment")
        with db.transaction() as session:
            keep_sync_key(session, enrolment.sync_key)
        changes = load(db, actor)
        with db.transaction() as session:
            for name, slot in enrolment.accounts.items():
                user = session.get(User, _user_id(slot))
                if user is None or user.username != name or not user.active:
                    raise enrolment_file.damaged()
            audit.record(
                session,
                actor,
                AuditAction.IMPORT,
                "enrolment",
                detail=f"joined the program with {changes} changes for {', '.join(enrolment.accounts)}",
            )
            for name, slot in enrolment.accounts.items():
                if not key_file.receive_slot(key, name, slot, enrolment.authority_public_key):
                    raise enrolment_file.damaged()
        return changes
    finally:
        db.close()


def _user_id(slot: dict[str, Any]) -> uuid.UUID:
    try:
        return uuid.UUID(str(slot.get("user_id")))
    except ValueError:
        raise enrolment_file.damaged() from None
