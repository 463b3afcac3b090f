"""Who may do what, signed: users' rights carry the authority key's signature, checked before they count.

Any user's password opens the database, so a role, site scope or active flag changed in raw SQL would
otherwise count. Each user row carries a signature over those fields (oend/security/authority.py) that
only an administrator's sign-in can make; a row whose signature fails is reported and its user treated
as an outreach worker with no sites. The public key is a settings row, and on an encrypted file it is
also in the key file: a settings row that differs from it is reported and the key file's is believed.
On a server the settings row cannot change once written (a trigger the app's role cannot drop).

The private key is wrapped in administrators' key slots (the key file on SQLite; ``authority_slots`` on a
server). A database from before this release has none: the first administrator to sign in makes it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.errors import PermissionDenied
from oend.model import AuthoritySlot, Setting, User
from oend.model.codes import AuditAction, Role
from oend.security import authority as keys
from oend.security.keyslots import KeyFile
from oend.security.slot_seal import unwrap, wrap
from oend.services import audit

#: The settings row naming the authority's public key.
SETTING = "authority"
#: The purpose a user's signature names (oend.security.authority.sign).
USER_RIGHTS = "user-rights"
LOWEST = Role.OUTREACH_WORKER
#: Who is told at sign-in of every user's rights found changed outside the app (others, of their own only).
OVERSEERS = frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})


def rights(user: User) -> dict[str, Any]:
    """The fields of a user row that say what they may do: what the signature covers."""
    return {
        "id": str(user.id),
        "username": user.username,
        "role": user.role.value,
        "active": bool(user.active),
        "deleted": bool(user.deleted),
        "site_ids": sorted(str(s) for s in user.site_ids),
    }


def sign_user(user: User, seed: bytes) -> None:
    user.authority_signature = keys.sign(seed, USER_RIGHTS, rights(user))


def sign_unsigned(session: Session, actor: Actor) -> None:
    """Sign the users written in bulk (demo staff), who never went through ``add_user``; nothing to sign
    before the database has a key (its first administrator's sign-in signs everyone)."""
    if stored_public_key(session) is None:
        return
    seed = require_signer(actor)
    for user in session.scalars(select(User).where(User.authority_signature.is_(None))):
        sign_user(user, seed)


def is_genuine(user: User, public: str | None) -> bool:
    """True when the row's rights are as an administrator signed them (always, before there is a key)."""
    return public is None or keys.verify(public, USER_RIGHTS, rights(user), user.authority_signature)


def stored_public_key(session: Session) -> str | None:
    row = session.get(Setting, SETTING)
    return str(row.value.get("public_key")) if row is not None and row.value.get("public_key") else None


def require_signer(actor: Actor) -> bytes:
    """The acting administrator's authority key; refused when their sign-in does not hold it."""
    if actor.authority is None:
        raise PermissionDenied(
            "{username} holds no authority key: sign in again as an administrator to change anyone's rights",
            values={"username": actor.username},
        )
    return actor.authority


def require(session: Session, actor: Actor, *roles: Role) -> None:
    """``actor`` has one of ``roles``, and their own user row still says so under a valid signature.

    The sign-in already checked the row; this checks it again before a privileged action, so rights changed
    or removed since (by an administrator, or by hand) count at once: the row must still grant the role and
    every site the actor works at.
    """
    actor.require_role(*roles)
    if actor.user_id is None:  # set-up, or a session opened with the recovery key
        return
    user = session.get(User, actor.user_id)
    if user is not None and not is_genuine(user, stored_public_key(session)):
        raise PermissionDenied(
            "{username}'s rights were changed outside the app: an administrator must review them",
            values={"username": actor.username},
        )
    if user is None or not _grants(user, actor, roles):
        raise PermissionDenied("{username} may no longer do this", values={"username": actor.username})


def _grants(user: User, actor: Actor, roles: tuple[Role, ...]) -> bool:
    """The row still lets ``actor`` act: active, one of ``roles``, and every site they work at."""
    sites_kept = actor.all_sites or actor.site_ids <= user.site_ids
    return bool(user.active and not user.deleted and user.role in roles and sites_kept)


def unverified_users(session: Session, public: str | None) -> list[User]:
    """The users whose rights fail their signature (none before there is a key)."""
    if public is None:
        return []
    return [u for u in session.scalars(select(User).order_by(User.username)) if not is_genuine(u, public)]


def signed_as_refused(user: User, public: str | None) -> bool:
    """True when no administrator signed this user in as someone who may sign in: the row carries no
    signature (it was written outside the app), or its signature is over the same user disabled or deleted
    (with any role), so it was switched back on by hand. A row whose sites were changed as well cannot be
    told from one whose role alone was raised: that one signs in with the lowest rights."""
    if public is None or is_genuine(user, public):
        return False
    if not user.authority_signature:
        return True
    base = rights(user)
    return any(
        keys.verify(
            public,
            USER_RIGHTS,
            base | {"role": role.value, "active": active, "deleted": deleted},
            user.authority_signature,
        )
        for role in Role
        for active, deleted in ((False, False), (False, True), (True, True))
    )


def refused_sign_in(session: Session, user: User, key_file: KeyFile | None) -> str | None:
    """Why ``user``, whose row says they may sign in, may not (``signed_as_refused``); None when they may."""
    public, _ = trusted_public_key(session, key_file)
    if not signed_as_refused(user, public):
        return None
    return (
        f"user {user.username}: an account no administrator let sign in (written or switched back on outside"
        " the app): its sign-in was refused"
    )


def forged_text(user: User) -> str:
    return (
        f"user {user.username}: rights changed outside the app (the row says {user.role.value}"
        f"{'' if user.active else ', disabled'}; no administrator signed that): treated as an outreach worker"
        " with no sites until an administrator reviews them"
    )


# --- sign-in ------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Standing:
    """The signed-in user's actor as their verified rights allow, and what was found wrong on the way."""

    actor: Actor
    problems: tuple[str, ...]
    #: False when the user's own row fails its signature (they act with the lowest rights).
    genuine: bool = True
    #: Of ``problems``, those about the authority key and the settings row naming it.
    key_problems: tuple[str, ...] = ()
    #: The users whose rights fail their signature, as the sign-in saw them.
    forged_users: tuple[str, ...] = ()


def trusted_public_key(session: Session, key_file: KeyFile | None) -> tuple[str | None, list[str]]:
    """The public key to verify with, and what is wrong with the settings row naming it."""
    stored = stored_public_key(session)
    if key_file is None:
        return stored, []
    named = key_file.authority_public_key()
    if named is None and stored is None:
        return None, []
    if named is None:
        return stored, ["the key file does not name the authority key the database names (an older key file?)"]
    if stored != named:
        return named, ["the settings row naming the authority key was changed outside the app; the key file's is used"]
    return named, []


def _name_key(session: Session, key_file: KeyFile | None, public: str) -> None:
    row = session.get(Setting, SETTING)
    if row is None:
        session.add(Setting(key=SETTING, value={"public_key": public}))
    elif row.value.get("public_key") != public:
        row.value = {"public_key": public}
    if key_file is not None and key_file.authority_public_key() != public:
        key_file.name_authority(public)


def _slot_aad(user_id: uuid.UUID) -> bytes:
    return f"oend-authority/{user_id}".encode()


def store_server_slot(session: Session, user_id: uuid.UUID, seed: bytes, password: str) -> None:
    """On a server: wrap the authority key for one administrator under their password."""
    slot = session.get(AuthoritySlot, user_id)
    wrapped = wrap(seed, password, _slot_aad(user_id))
    if slot is None:
        session.add(AuthoritySlot(user_id=user_id, slot=wrapped))
    else:
        slot.slot = wrapped


def open_server_slot(session: Session, user_id: uuid.UUID, password: str) -> bytes | None:
    slot = session.get(AuthoritySlot, user_id)
    return None if slot is None else unwrap(slot.slot, password, _slot_aad(user_id))


def sign_in_standing(
    session: Session,
    user: User,
    device: str,
    *,
    seed: bytes | None,
    key_file: KeyFile | None,
    keep_seed: Callable[[bytes], None],
) -> Standing:
    """Check ``user``'s rights as they sign in, in the sign-in's transaction; report what fails.

    ``seed`` is the authority key their slot opened (an administrator's), and ``keep_seed(seed)`` wraps a
    new one for them: the first administrator to sign in to a database from before signed rights makes it.
    An administrator's seed that differs from the stored public key means the key was replaced: theirs is
    put back, and rows signed with the replacement fail from then on.
    """
    public, key_problems = trusted_public_key(session, key_file)
    if seed is None and public is None and user.role is Role.ADMINISTRATOR and user.active:
        seed = keys.new_seed()
        keep_seed(seed)
    if seed is not None:
        own = keys.public_key(seed)
        if public is not None and public != own:
            key_problems.append("the authority key was replaced outside the app; the administrators' own is put back")
        if public is None:
            for each in session.scalars(select(User)):
                sign_user(each, seed)
        public = own
        _name_key(session, key_file, own)
    genuine = is_genuine(user, public)
    forged = [] if genuine else [user]
    actor = Actor(
        user_id=user.id,
        username=user.username,
        role=user.role if genuine else LOWEST,
        device_id=device,
        site_ids=frozenset(user.site_ids) if genuine else frozenset(),
        authority=seed if genuine and user.role is Role.ADMINISTRATOR else None,
    )
    if actor.role in OVERSEERS:
        forged += [u for u in unverified_users(session, public) if u.id != user.id]
    problems = key_problems + [forged_text(u) for u in forged]
    for problem in problems:
        audit.record(session, actor, AuditAction.TAMPERING, "user", user.id, detail=problem)
    return Standing(actor, tuple(problems), genuine, tuple(key_problems), tuple(u.username for u in forged))
