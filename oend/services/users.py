"""Managing who can sign in: adding, listing and disabling users, and setting their passwords.

Administrators manage users (coordinators may list them). On an encrypted file a password lives in the
user's key slot, so setting one needs the signed-in administrator's ``Keyring``; that never re-encrypts the
data. Disabling a user is followed by a change of the database key (oend/services/rekey.py). Every change
to a user's rights is signed with the administrator's authority key (oend/services/authority.py), and an
administrator's slot wraps that key too.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError, PermissionDenied
from oend.ids import uuid7
from oend.model import Site, User
from oend.model.codes import AuditAction, Role
from oend.security.keyslots import Keyring
from oend.security.passwords import check_new_password, hash_password, verify_password
from oend.services import audit, authority

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
_PRIVATE_FIELDS = ("password_hash", "failed_sign_ins", "locked_until")


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    site_codes: tuple[str, ...]
    has_key_slot: bool | None  # None where there are no key slots


def check_username(checks: Checks, value: object) -> str | None:
    text = checks.text("username", value if isinstance(value, str) else None, required=True, max_len=60)
    if not isinstance(value, str) and value is not None:
        checks.fail("username", "must be text")
        return None
    if text is None:
        return None
    text = text.lower()
    if not USERNAME.match(text):
        checks.fail("username", "use 2 to 60 letters, digits, '.', '_' or '-', starting with a letter or digit")
        return None
    return text


def user_snapshot(user: User) -> dict[str, Any]:
    data = audit.snapshot(user)
    for name in _PRIVATE_FIELDS:
        data.pop(name, None)
    data["site_ids"] = sorted(str(s) for s in user.site_ids)
    return data


def user_by_name(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def _sites_by_code(session: Session, checks: Checks, codes: Iterable[str]) -> list[Site]:
    sites = []
    for code in codes:
        site = session.scalar(select(Site).where(Site.code == code, Site.deleted.is_(False)))
        if site is None:
            checks.fail("sites", "no site has the code {code}", code=code)
        else:
            sites.append(site)
    return sites


def add_user(
    session: Session,
    actor: Actor,
    keyring: Keyring | None,
    *,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
    site_codes: Iterable[str] = (),
) -> Changed[User]:
    """A new user (administrators only) who can sign in with ``password``; outreach workers need sites."""
    authority.require(session, actor, Role.ADMINISTRATOR)
    seed = authority.require_signer(actor)
    checks = Checks()
    name = check_username(checks, username)
    display = checks.text("display_name", display_name, required=True, max_len=120)
    role_code = checks.code("role", role, Role, required=True)
    check_new_password(checks, "password", password, related=(name or "", display or ""))
    sites = _sites_by_code(session, checks, site_codes)
    if name and user_by_name(session, name) is not None:
        checks.fail("username", "{name} is already taken", name=name)
    if role_code in (Role.OUTREACH_WORKER, Role.SITE_LEAD) and not sites and checks.ok("sites"):
        checks.fail("sites", "an outreach worker or site lead needs at least one site")
    checks.done()
    assert name and display and role_code
    user = User(
        id=uuid7(),
        username=name,
        display_name=display,
        role=role_code,
        active=True,
        password_hash=hash_password(password),
        sites=sites,
    )
    audit.stamp(user, actor, new=True)
    authority.sign_user(user, seed)
    session.add(user)
    session.flush()
    audit.record(session, actor, AuditAction.CREATE, "user", user.id, after=user_snapshot(user))
    _give_slot(session, actor, keyring, user, password)
    return Changed(user, frozenset({Area.USERS}))


def _give_slot(session: Session, actor: Actor, keyring: Keyring | None, user: User, password: str) -> None:
    """Let ``user`` sign in with ``password``; an administrator's slot also wraps the authority key."""
    seed = actor.authority if user.role is Role.ADMINISTRATOR else None
    if keyring is not None:
        keyring.give(user.username, str(user.id), password, seed, signer=actor.authority)
    elif seed is not None:
        authority.store_server_slot(session, user.id, seed, password)


def list_users(
    session: Session, actor: Actor, keyring: Keyring | None = None, *, include_disabled: bool = True
) -> list[UserRow]:
    """Everyone who can (or could) sign in, by username; administrators and coordinators only."""
    authority.require(session, actor, Role.ADMINISTRATOR, Role.COORDINATOR)
    stmt = select(User).where(User.deleted.is_(False)).order_by(User.username)
    if not include_disabled:
        stmt = stmt.where(User.active.is_(True))
    slots = keyring.file.usernames() if keyring is not None else None
    return [
        UserRow(
            id=u.id,
            username=u.username,
            display_name=u.display_name,
            role=u.role,
            active=u.active,
            site_codes=tuple(sorted(s.code for s in u.sites)),
            has_key_slot=None if slots is None else u.username in slots,
        )
        for u in session.scalars(stmt)
    ]


def _managed_user(session: Session, actor: Actor, username: str) -> User:
    authority.require(session, actor, Role.ADMINISTRATOR)
    authority.require_signer(actor)
    user = user_by_name(session, (username or "").strip().lower())
    if user is None or user.deleted:
        raise NotFoundError("no user is called {username}", values={"username": username})
    if not authority.is_genuine(user, authority.stored_public_key(session)):
        # Rights changed outside the app are not what an administrator gave: start again from the lowest.
        before = user_snapshot(user)
        user.role = authority.LOWEST
        user.sites = []
        session.flush()
        old, new = audit.changed_fields(before, user_snapshot(user))
        detail = "rights changed outside the app, put back to the lowest"
        audit.record(session, actor, AuditAction.UPDATE, "user", user.id, before=old, after=new, detail=detail)
    return user


def _sign(actor: Actor, user: User) -> None:
    authority.sign_user(user, authority.require_signer(actor))


def disable_user(session: Session, actor: Actor, keyring: Keyring | None, username: str) -> Changed[User]:
    """Stop a user signing in; on an encrypted file their key slot is removed too (``rekey.disable_user`` also
    changes the database key, so a copy of that slot kept elsewhere opens nothing current)."""
    user = _managed_user(session, actor, username)
    if user.id == actor.user_id:
        raise PermissionDenied("you cannot disable your own account")
    if user.role == Role.ADMINISTRATOR and _active_administrators(session) <= 1 and user.active:
        raise PermissionDenied("the last active administrator cannot be disabled")
    before = user_snapshot(user)
    user.active = False
    audit.stamp(user, actor, new=False)
    _sign(actor, user)
    session.flush()
    old, new = audit.changed_fields(before, user_snapshot(user))
    audit.record(session, actor, AuditAction.UPDATE, "user", user.id, before=old, after=new, detail="disabled")
    if keyring is not None:
        keyring.take_away(user.username)
    return Changed(user, frozenset({Area.USERS}))


def _active_administrators(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).where(User.role == Role.ADMINISTRATOR, User.active.is_(True), User.deleted.is_(False))
        )
        or 0
    )


def _store_password(session: Session, actor: Actor, user: User, password: str, why: str) -> None:
    user.password_hash = hash_password(password)
    user.failed_sign_ins = 0
    user.locked_until = None
    audit.stamp(user, actor, new=False)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, "user", user.id, detail=why)


def reset_password(
    session: Session, actor: Actor, keyring: Keyring | None, username: str, new_password: str, *, enable: bool = True
) -> Changed[User]:
    """An administrator gives a user a new password (a new key slot); the data is not re-encrypted.

    ``enable`` also re-activates a disabled account, which is how a disabled user comes back.
    """
    user = _managed_user(session, actor, username)
    checks = Checks()
    check_new_password(checks, "password", new_password, related=(user.username, user.display_name))
    checks.done()
    if enable and not user.active:
        user.active = True
    _sign(actor, user)
    _store_password(session, actor, user, new_password, "password reset by an administrator")
    _give_slot(session, actor, keyring, user, new_password)
    return Changed(user, frozenset({Area.USERS}))


def change_password(
    session: Session, actor: Actor, keyring: Keyring | None, old_password: str, new_password: str
) -> Changed[User]:
    """A user changes their own password: only their key slot is rewrapped (the same key pair)."""
    if actor.user_id is None:
        raise PermissionDenied("sign in as a user to change a password")
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotFoundError("your account no longer exists")
    checks = Checks()
    if keyring is not None:
        right = keyring.file.unlock_user(user.username, old_password) is not None
    else:
        right = verify_password(user.password_hash, old_password)
    if not right:
        checks.fail("old_password", "is not your current password")
    check_new_password(checks, "new_password", new_password, related=(user.username, user.display_name))
    if right and new_password == old_password:
        checks.fail("new_password", "must differ from the current one")
    checks.done()
    _store_password(session, actor, user, new_password, "password changed by its owner")
    # The same key pair under the new password keeps the administrator's voucher for it; a slot of an older
    # format gets a new one.
    if keyring is None or not keyring.file.rewrap_user_slot(user.username, old_password, new_password):
        _give_slot(session, actor, keyring, user, new_password)
    return Changed(user, frozenset({Area.USERS}))
