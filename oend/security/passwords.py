"""Password hashes for the users table (Argon2id), and what a new password must meet.

On PostgreSQL (and an unencrypted file) the hash is what authenticates a user; on an encrypted
SQLite file the key slot does, and the hash travels with the user record for the server.

A new password is long enough and not guessable: zxcvbn estimates how many guesses it would take,
against lists of common and breached passwords, words and names, keyboard rows, repeats, sequences
and dates; anything below score 3 (about 10^8 guesses) is refused with the reason it found, as a
fixed phrase the screens translate.
"""

from __future__ import annotations

import base64
import functools
import secrets
from collections.abc import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from oend.core.checks import Checks
from oend.errors import Phrase

MIN_LENGTH = 10
MAX_LENGTH = 256
MIN_SCORE = 3  # zxcvbn's "safely unguessable": about 10^8 guesses or more
_ESTIMATED_CHARS = 72  # zxcvbn refuses longer input; a passphrase that long is strong at its start anyway

_hasher = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106 low-memory profile

_COMMON = Phrase("it is a common password, or close to one")
_KEYBOARD = Phrase("it is a pattern of keys on the keyboard")
_REPEATS = Phrase("it repeats characters or words")
_DATES = Phrase("it is built on a year or a date")
_NAMES = Phrase("it is built on a common name")
#: zxcvbn's warnings (English, fixed) and the phrase the app says for each.
_REASONS: dict[str, Phrase] = {
    "Straight rows of keys are easy to guess.": _KEYBOARD,
    "Short keyboard patterns are easy to guess.": _KEYBOARD,
    'Repeats like "aaa" are easy to guess.': _REPEATS,
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': _REPEATS,
    'Sequences like "abc" or "6543" are easy to guess.': Phrase("it is a sequence such as abc or 6543"),
    "Recent years are easy to guess.": _DATES,
    "Dates are often easy to guess.": _DATES,
    "This is a top-10 common password.": _COMMON,
    "This is a top-100 common password.": _COMMON,
    "This is a very common password.": _COMMON,
    "This is similar to a commonly used password.": _COMMON,
    "A word by itself is easy to guess.": Phrase("it is a single common word"),
    "Names and surnames by themselves are easy to guess.": _NAMES,
    "Common names and surnames are easy to guess.": _NAMES,
}
_PREDICTABLE = Phrase("it is too predictable")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@functools.cache
def _decoy_hash(hasher: PasswordHasher) -> str:
    """A well-formed hash at ``hasher``'s cost that no password matches: checking it costs what checking a
    real one does, and making it costs nothing (so the first unknown name is no slower than the next)."""

    def b64(size: int) -> str:
        return base64.b64encode(secrets.token_bytes(size)).decode("ascii").rstrip("=")

    cost = f"m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}"
    return f"$argon2id$v=19${cost}${b64(hasher.salt_len)}${b64(hasher.hash_len)}"


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; a missing or malformed hash never matches.

    A missing hash (an unknown or disabled user) is checked against a decoy of the same cost, so the
    time a refusal takes does not tell whether the user name exists.
    """
    try:
        return _hasher.verify(stored_hash or _decoy_hash(_hasher), password) and bool(stored_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def weakness(password: str, related: Iterable[str] = ()) -> Phrase | None:
    """Why ``password`` is easy to guess, or None when it is strong enough; ``related`` are words of its
    owner (user name, full name, program) that make it weaker when it contains them."""
    from zxcvbn import zxcvbn  # loaded on first use: the app's start does not need its word lists

    result = zxcvbn(password[:_ESTIMATED_CHARS], user_inputs=[r for r in related if r])
    if result["score"] >= MIN_SCORE:
        return None
    return _REASONS.get(result["feedback"]["warning"], _PREDICTABLE)


def check_new_password(checks: Checks, field: str, password: object, related: Iterable[str] = ()) -> str | None:
    """A new password long enough and hard enough to guess; a passphrase of a few uncommon words is best."""
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
    reason = weakness(password, related)
    if reason is not None:
        checks.fail(field, "is too easy to guess: {reason}; use a few uncommon words", reason=reason)
        return None
    return password
