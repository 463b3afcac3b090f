"""Password hashes for the users table (Argon2id), and the minimum a new password must meet.

On PostgreSQL (and an unencrypted file) the hash is what authenticates a user; on an encrypted
SQLite file the key slot does, and the hash travels with the user record for the server.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from oend.core.checks import Checks

MIN_LENGTH = 10
MAX_LENGTH = 256

_hasher = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; a missing or malformed hash never matches."""
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_new_password(checks: Checks, field: str, password: object) -> str | None:
    """A new password long enough to resist guessing; a passphrase of a few words is best."""
    if not isinstance(password, str):
        checks.fail(field, "must be text")
        return None
    if len(password) < MIN_LENGTH:
        checks.fail(field, "is too short (at least {min_len} characters)", min_len=MIN_LENGTH)
        return None
    if len(password) > MAX_LENGTH:
        checks.fail(field, "is too long (at most {max_len} characters)", max_len=MAX_LENGTH)
        return None
    if password.strip() != password:
        checks.fail(field, "cannot start or end with a space")
        return None
    return password
