"""Accounts: setting up a program, signing in and out, and the idle lock (users are managed in users.py).

On an encrypted SQLite file the password opens the user's key slot (oend/security/keyslots.py) and
the unwrapped key opens the database; on PostgreSQL (and on an unencrypted file) the password is
checked against the users table's Argon2id hash. Either way a user must be active, and every failed
attempt counts towards a lockout that grows with each further failure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.checks import Checks
from oend.core.database_files import file_is_plaintext, sqlite_path
from oend.db import Database, open_database
from oend.db.instance_lock import InstanceLock
from oend.errors import DatabaseError, NotFoundError, PermissionDenied, Phrase
from oend.ids import uuid7
from oend.model import Setting, User
from oend.model.base import utcnow
from oend.model.codes import AuditAction, Role
from oend.security import authority as authority_keys
from oend.security import slot_seal
from oend.security.convert import encrypt_in_place
from oend.security.keyslots import KeyFile, Keyring
from oend.security.lockout import DEFAULT_POLICY, AccountLocked, AttemptState, LockoutPolicy, SignInError
from oend.security.passwords import check_new_password, hash_password, verify_password
from oend.services import audit, audit_chain, authority, rekey
from oend.services.backup import destroy_plain_copies
from oend.services.device import device_id
from oend.services.setup_state import is_set_up
from oend.services.sync.keys import ensure_sync_key
from oend.services.users import check_username, user_by_name, user_snapshot

__all__ = ["AccountLocked", "SignInError", "is_set_up"]

PROGRAM_KEY = "program"
WRONG = "wrong username or password"
#: Who a failed sign-in names in the audit trail when the name typed is no user's: never the text itself,
#: which may be a password typed in the wrong box. Not a valid user name, so it cannot be mistaken for one.
UNKNOWN_USER = "(unknown user)"


@dataclass
class SignedIn:
    """A user's open database: what every screen and command of one signed-in run works with."""

    target: str
    db: Database
    actor: Actor
    keyring: Keyring | None  # None on PostgreSQL and on an unencrypted file
    instance_lock: InstanceLock | None = None
    #: What an administrator or coordinator is told at sign-in: rights or keys found changed outside the app.
    notices: tuple[str, ...] = ()
    #: What the sign-in verified, for the app to word (None for a session opened with the recovery key).
    standing: authority.Standing | None = None

    @property
    def username(self) -> str:
        return self.actor.username


@dataclass(frozen=True)
class SetupResult:
    """The new program; ``recovery_key`` is shown once and never stored in readable form."""

    target: str
    username: str
    recovery_key: str | None  # None on PostgreSQL: the server protects the data at rest
    converted_rows: dict[str, int] | None = None  # set when an unencrypted file was converted
    removed_plain_copies: tuple[Path, ...] = ()  # its unencrypted backups and upgrade copies, destroyed


class DemoCredentials(NamedTuple):
    username: str
    password: str


# --- where a database's key file is ------------------------------------------------------------------


def _key_file(target: str) -> KeyFile | None:
    path = sqlite_path(target)
    return KeyFile.beside(path) if path is not None else None


# --- setting up --------------------------------------------------------------------------------------


def check_program_details(
    program_name: str, admin_username: str, admin_display_name: str, password: str
) -> tuple[str, str, str]:
    """The set-up's program name, username and full name, cleaned; every problem at once, before anything is made."""
    checks = Checks()
    name = checks.text("program_name", program_name, required=True, max_len=120)
    username = check_username(checks, admin_username)
    display = checks.text("display_name", admin_display_name, required=True, max_len=120)
    check_new_password(checks, "password", password, related=(username or "", display or "", name or ""))
    checks.done()
    assert name and username and display
    return name, username, display


def setup_program(
    target: str, program_name: str, admin_username: str, admin_display_name: str, password: str
) -> SetupResult:
    """Create the program and its administrator; a SQLite file is encrypted (an existing plain one in place).

    Returns the recovery key, which the caller shows once: it is the only way in when every password is lost.
    """
    name, username, display = check_program_details(program_name, admin_username, admin_display_name, password)
    if is_set_up(target):
        raise DatabaseError(
            "{target} is already set up: sign in as its administrator instead", values={"target": target}
        )

    path = sqlite_path(target)
    seed = authority_keys.new_seed()
    if path is None:
        db = open_database(target)
        try:
            _create_program(db, name, username, display, password, None, seed)
        finally:
            db.close()
        return SetupResult(target, username, None)

    key = slot_seal.new_database_key()
    recovery_key = slot_seal.new_recovery_key()
    key_file = KeyFile.beside(path)
    had_file = path.exists() and path.stat().st_size > 0
    if had_file and not file_is_plaintext(path):
        raise DatabaseError(
            "{path} is encrypted but its key file {key_file} is missing",
            values={"path": path, "key_file": key_file.path},
        )
    key_file.create(key, recovery_key, seed)  # first: from here on the key can always be recovered
    converted = None
    try:
        if had_file:
            converted = encrypt_in_place(path, key).row_counts
        db = open_database(str(path), key=key)
        try:
            _create_program(db, name, username, display, password, Keyring(key_file, key), seed)
            removed = destroy_plain_copies(db, Actor.system(device_id(db), "setup")) if had_file else []
        finally:
            db.close()
    except BaseException:
        if not had_file or file_is_plaintext(path):  # nothing was encrypted: leave no key file behind
            key_file.path.unlink(missing_ok=True)
        raise
    return SetupResult(str(path), username, recovery_key, converted, tuple(removed))


def _create_program(
    db: Database,
    program_name: str,
    username: str,
    display_name: str,
    password: str,
    keyring: Keyring | None,
    seed: bytes,
) -> None:
    """The program's settings and first administrator, whose rights are the first the authority key signs."""
    system = Actor.system(device_id(db), "setup")
    with db.transaction() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise DatabaseError(
                "a user named {username} already exists in {database}",
                values={"username": username, "database": db.path or Phrase("this database")},
            )
        setting = session.get(Setting, PROGRAM_KEY)
        if setting is None:
            session.add(Setting(key=PROGRAM_KEY, value={"name": program_name}))
        else:
            setting.value = {**setting.value, "name": program_name}
        user = User(
            id=uuid7(),
            username=username,
            display_name=display_name,
            role=Role.ADMINISTRATOR,
            active=True,
            password_hash=hash_password(password),
        )
        audit.stamp(user, system, new=True)
        authority.sign_user(user, seed)
        session.add(user)
        session.flush()
        if session.get(Setting, authority.SETTING) is None:
            session.add(Setting(key=authority.SETTING, value={"public_key": authority_keys.public_key(seed)}))
        ensure_sync_key(session)
        audit.record(session, system, AuditAction.CREATE, "user", user.id, after=user_snapshot(user))
        if keyring is not None:
            keyring.give(username, str(user.id), password, seed)
        else:
            authority.store_server_slot(session, user.id, seed, password)


def ensure_demo_admin(target: str) -> DemoCredentials | None:
    """Set up a database that has no accounts with a demo administrator and a random password.

    Returns the credentials to print, or None when the database already has accounts.
    """
    if is_set_up(target):
        return None
    credentials = DemoCredentials("demo-admin", secrets.token_urlsafe(12))
    result = setup_program(target, "Demo program", credentials.username, "Demo Administrator", credentials.password)
    if result.recovery_key is not None:
        KeyFile.beside(Path(result.target)).publish_demo_login(credentials.username, credentials.password)
    return credentials


def demo_login(target: str) -> DemoCredentials | None:
    """The published login of a demo database (generated data only); None for a real program's."""
    key_file = _key_file(target)
    login = key_file.demo_login() if key_file is not None else None
    return DemoCredentials(*login) if login else None


# --- signing in ------------------------------------------------------------------------------------


Clock = Callable[[], dt.datetime]


def _clock(now: dt.datetime | None) -> Clock:
    """The time source: fixed when the caller gives one, else read afresh (a lock starts when a check ends)."""
    return (lambda: now) if now is not None else utcnow


def _flush_queued_failures(session: Session, key_file: KeyFile, actor: Actor) -> None:
    """Failed sign-ins that could not open the database go into its audit trail at the next sign-in."""
    for failure in key_file.take_failed_sign_ins():
        audit.record(
            session,
            _anonymous(failure["username"], actor.device_id),
            AuditAction.SIGN_IN_FAILED,
            "user",
            detail="wrong password, unknown or disabled user",
            at=dt.datetime.fromisoformat(str(failure["at"])),
        )


def sign_in(
    target: str,
    username: str,
    password: str,
    *,
    exclusive: bool = False,
    policy: LockoutPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
) -> SignedIn:
    """Open ``target`` as ``username``; ``exclusive`` also refuses a second app instance on the file.

    Raises ``SignInError`` (vague on purpose), ``AccountLocked`` or ``DatabaseError``.
    """
    username = (username or "").strip().lower()
    key_file = _key_file(target)
    try:
        if key_file is not None and key_file.exists():
            return _sign_in_with_slot(target, key_file, username, password, exclusive, policy, _clock(now))
        return _sign_in_with_hash(target, username, password, exclusive, policy, _clock(now))
    except SQLAlchemyError as exc:  # a damaged file can first show itself while signing in
        raise DatabaseError(
            "the database {target} cannot be read: {reason}",
            values={"target": target, "reason": getattr(exc, "orig", None) or exc},
        ) from exc


def _take_instance_lock(target: str, exclusive: bool) -> InstanceLock | None:
    path = sqlite_path(target)
    return InstanceLock(path).acquire() if exclusive and path is not None else None


def _count_failed_slot(key_file: KeyFile, username: str, policy: LockoutPolicy, clock: Clock) -> None:
    now = clock()
    key_file.record_attempt(username, lambda s: s.failed(policy, now), failed_at=now.isoformat())


def _sign_in_with_slot(
    target: str,
    key_file: KeyFile,
    username: str,
    password: str,
    exclusive: bool,
    policy: LockoutPolicy,
    clock: Clock,
) -> SignedIn:
    state = key_file.attempts(username)
    state.refuse_if_locked(username, clock())
    opened = key_file.unlock_user(username, password)
    if opened is None:
        _count_failed_slot(key_file, username, policy, clock)
        raise SignInError(WRONG)
    unwrapped, user_id = opened
    lock = _take_instance_lock(target, exclusive)
    try:
        db, keyring = rekey.open_keyed(target, key_file, unwrapped)
    except BaseException:
        if lock:
            lock.release()
        raise
    try:
        device = device_id(db)
        with db.session() as session:
            user = session.get(User, uuid.UUID(user_id))
            if user is None or user.username != username or not user.active or user.deleted:
                # A slot left for a disabled user: refused exactly as a wrong password, confirming nothing.
                _count_failed_slot(key_file, username, policy, clock)
                raise SignInError(WRONG)
            forged = authority.refused_sign_in(session, user, key_file)
        if forged is not None:
            _count_failed_slot(key_file, username, policy, clock)
            _record_failure(db, (user.id, username), device, forged, AuditAction.TAMPERING)
            raise SignInError(WRONG)
        key_notices = rekey.settle_notices(db, keyring)
        if unwrapped.outdated:  # a slot of an older format: its owner's password rewrites it in the current one
            keyring.give(username, user_id, password, unwrapped.authority)
        with db.transaction() as session:
            user = session.get(User, uuid.UUID(user_id))
            assert user is not None
            standing = authority.sign_in_standing(
                session,
                user,
                device,
                seed=unwrapped.authority,
                key_file=key_file,
                keep_seed=lambda seed: keyring.give(username, user_id, password, seed),
            )
            actor = standing.actor
            _flush_queued_failures(session, key_file, actor)
            audit.record(session, actor, AuditAction.SIGN_IN, "user", actor.user_id)
            audit_chain.write_checkpoints(session, actor)
        if state.failures:
            key_file.record_attempt(username, AttemptState.succeeded, failed_at=None)
    except BaseException:
        db.close()
        if lock:
            lock.release()
        raise
    return SignedIn(target, db, actor, keyring, lock, _notices(standing, key_notices), standing)


def _notices(standing: authority.Standing, key_notices: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What was found is told to administrators and coordinators (an unfinished change of key, to
    administrators only: they alone can finish it); others' sign-ins only record it in the audit trail (the
    app tells them of their own rights alone)."""
    role = standing.actor.role
    found = standing.problems if role in authority.OVERSEERS else ()
    return (*found, *key_notices) if role is Role.ADMINISTRATOR else found


@dataclass(frozen=True)
class _Account:
    """What a password check needs of an active user, read before the (slow) check."""

    id: uuid.UUID
    username: str
    password_hash: str | None
    attempts: AttemptState


def _active_account(session: Session, username: str) -> tuple[User | None, _Account | None]:
    """The user named ``username`` (or None), and their account when they may sign in."""
    user = user_by_name(session, username)
    if user is None or not user.active or user.deleted:
        return user, None
    state = AttemptState(user.failed_sign_ins or 0, user.locked_until)
    return user, _Account(user.id, user.username, user.password_hash, state)


def _count_failure(session: Session, user_id: uuid.UUID, policy: LockoutPolicy, clock: Clock) -> None:
    """One more failure, counted by the database itself so concurrent failures all count; locks at the threshold.

    The caller commits at once: the count must not wait for anything else in a transaction.
    """
    failures = session.execute(
        update(User)
        .where(User.id == user_id)
        .values(failed_sign_ins=User.failed_sign_ins + 1, updated_at=User.updated_at)  # not an edit: keep updated_at
        .returning(User.failed_sign_ins)
    ).scalar_one()
    delay = policy.delay_after(failures)
    if delay is not None:
        session.execute(
            update(User).where(User.id == user_id).values(locked_until=clock() + delay, updated_at=User.updated_at)
        )


def _clear_failures(session: Session, user_id: uuid.UUID) -> None:
    session.execute(
        update(User)
        .where(User.id == user_id, User.failed_sign_ins != 0)
        .values(failed_sign_ins=0, locked_until=None, updated_at=User.updated_at)
    )


def _check_hash(db: Database, account: _Account | None, password: str, policy: LockoutPolicy, clock: Clock) -> bool:
    """Check ``password`` against the account's hash (a decoy of the same cost when there is no account).

    Raises ``AccountLocked`` before checking anything while the account is locked; a failure is counted
    in its own committed transaction, a success clears the count.
    """
    if account is not None:
        account.attempts.refuse_if_locked(account.username, clock())
    ok = verify_password(account.password_hash if account else None, password)
    if account is not None:
        with db.transaction() as session:
            if ok:
                _clear_failures(session, account.id)
            else:
                _count_failure(session, account.id, policy, clock)
    return ok


def _sign_in_with_hash(
    target: str, username: str, password: str, exclusive: bool, policy: LockoutPolicy, clock: Clock
) -> SignedIn:
    lock = _take_instance_lock(target, exclusive)
    try:
        db = open_database(target)
    except BaseException:
        if lock:
            lock.release()
        raise
    try:
        device = device_id(db)
        with db.session() as session:
            user, account = _active_account(session, username)
            named = (user.id, user.username) if user is not None else (None, None)
        try:
            ok = _check_hash(db, account, password, policy, clock)
        except AccountLocked:
            _record_failure(db, named, device, "account locked")
            raise
        if not ok:
            _record_failure(db, named, device, "wrong password, unknown or disabled user")
            raise SignInError(WRONG)
        with db.session() as session:
            forged = authority.refused_sign_in(session, session.get_one(User, named[0]), None)
        if forged is not None:
            _record_failure(db, named, device, forged, AuditAction.TAMPERING)
            raise SignInError(WRONG)
        with db.transaction() as session:
            user = session.get(User, named[0])
            assert user is not None
            seed = authority.open_server_slot(session, user.id, password) if user.role is Role.ADMINISTRATOR else None
            standing = authority.sign_in_standing(
                session,
                user,
                device,
                seed=seed,
                key_file=None,
                keep_seed=lambda new: authority.store_server_slot(session, user.id, new, password),
            )
            actor = standing.actor
            audit.record(session, actor, AuditAction.SIGN_IN, "user", user.id)
            audit_chain.write_checkpoints(session, actor)
    except BaseException:
        db.close()
        if lock:
            lock.release()
        raise
    return SignedIn(target, db, actor, None, lock, _notices(standing), standing)


def _record_failure(
    db: Database,
    named: tuple[uuid.UUID | None, str | None],
    device: str,
    why: str,
    action: AuditAction = AuditAction.SIGN_IN_FAILED,
) -> None:
    user_id, username = named
    with db.transaction() as session:
        audit.record(session, _anonymous(username, device), action, "user", user_id, detail=why)


def _anonymous(username: str | None, device: str) -> Actor:
    """The actor of a failed attempt: the user's name when it is one (else ``UNKNOWN_USER``), no id, no rights."""
    return Actor(None, username or UNKNOWN_USER, Role.OUTREACH_WORKER, device)


def open_with_recovery_key(
    target: str, recovery_key: str, *, exclusive: bool = False, progress: rekey.Progress | None = None
) -> SignedIn:
    """Open an encrypted database with its recovery key, as an administrator with no account of their own,
    and change the database key (``progress`` follows it), so that key slots and key files from before
    the recovery open nothing current.

    For when every password is lost: the next step is ``reset_password`` for a real administrator.
    """
    key_file = _key_file(target)
    if key_file is None or not key_file.exists():
        raise DatabaseError("only an encrypted database file has a recovery key")
    unwrapped = key_file.unlock_recovery(recovery_key)
    if unwrapped is None:
        raise SignInError("that recovery key does not open this database")
    lock = _take_instance_lock(target, exclusive)
    try:
        db, keyring = rekey.open_keyed(target, key_file, unwrapped)
    except BaseException:
        if lock:
            lock.release()
        raise
    try:
        if unwrapped.outdated:  # a slot of an older format: the recovery key rewrites it in the current one
            key_file.set_recovery_slot(keyring.key, recovery_key, unwrapped.authority)
        actor = dataclasses.replace(Actor.system(device_id(db), "recovery key"), authority=unwrapped.authority)
        with db.transaction() as session:
            _flush_queued_failures(session, key_file, actor)
            audit.record(session, actor, AuditAction.SIGN_IN, "database", detail="opened with the recovery key")
            audit_chain.write_checkpoints(session, actor)
        change = rekey.change_database_key(db, keyring, actor, instance_lock=lock, progress=progress)
    except BaseException:
        db.close()
        if lock:
            lock.release()
        raise
    notices = tuple(rekey.NEW_PASSWORD_NEEDED.format(username=name) for name in change.lost_slots)
    return SignedIn(target, db, actor, change.keyring, lock, notices)


def sign_out(signed_in: SignedIn) -> None:
    """Record the sign-out, close the database and free it for another instance."""
    try:
        with signed_in.db.transaction() as session:
            audit.record(session, signed_in.actor, AuditAction.SIGN_OUT, "user", signed_in.actor.user_id)
            audit_chain.write_checkpoints(session, signed_in.actor)
    finally:
        signed_in.db.close()
        if signed_in.instance_lock is not None:
            signed_in.instance_lock.release()


def unlock(
    signed_in: SignedIn, secret: str, *, policy: LockoutPolicy = DEFAULT_POLICY, now: dt.datetime | None = None
) -> None:
    """Check the password (the recovery key, for a session opened with it) again after the idle lock, without
    reopening anything (forms stay as they were).

    Raises ``SignInError`` or ``AccountLocked``; failures count towards the same lockout as sign-in.
    """
    if not _check_own_secret(signed_in, secret, policy, _clock(now)):
        actor = signed_in.actor
        with signed_in.db.transaction() as session:
            audit.record(session, actor, AuditAction.SIGN_IN_FAILED, "user", actor.user_id, detail="unlock")
        raise SignInError("wrong password")


def _check_own_secret(signed_in: SignedIn, secret: str, policy: LockoutPolicy, clock: Clock) -> bool:
    actor, keyring = signed_in.actor, signed_in.keyring
    if actor.user_id is None:
        if keyring is None:
            raise PermissionDenied("this session has no password to check")
        opened = keyring.file.unlock_recovery(secret)
        return opened is not None and opened.key == keyring.key  # 160 random bits: no lockout needed
    if keyring is not None:
        key_file = keyring.file
        key_file.attempts(actor.username).refuse_if_locked(actor.username, clock())
        ok = key_file.unlock_user(actor.username, secret) is not None
        when = clock()
        change = AttemptState.succeeded if ok else (lambda s: s.failed(policy, when))
        key_file.record_attempt(actor.username, change, failed_at=None)
        return ok
    with signed_in.db.session() as session:
        user, account = _active_account(session, actor.username)
        if user is None or user.id != actor.user_id:
            raise NotFoundError("your account no longer exists")
    return _check_hash(signed_in.db, account, secret, policy, clock)
