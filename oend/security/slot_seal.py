"""One key slot's sealing: a secret (a password, a recovery key) stretched by Argon2id wraps a slot's private
key, the database keys are sealed to its public half, and the authority vouches for the pair. ``keyslots``
keeps the file of slots beside a database; this is what each slot is made of (see its note).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import asdict, dataclass, field
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from oend.errors import DatabaseError
from oend.security import sealing
from oend.security.authority import sign, verify

FORMAT = "oend-key-slots"
KEY_BYTES = 32
VERSION = 3
SLOT_PURPOSE = "key slot"
RECOVERY = "recovery"
PENDING_KEY = "pending_key"  # names a key being changed to, beside the slots


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each slot so a later release can raise it for new slots."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


DEFAULT_KDF = KdfParams()


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


def key_from_secret(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
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


def key_id(key: bytes) -> str:
    """A short name for a database key, so a slot can hold the old and the new key during a change of key.

    One-way: it tells nothing about the key to someone who does not already hold it.
    """
    return hmac.new(key, f"{FORMAT}/key-id".encode(), hashlib.sha256).hexdigest()[:16]


def _sealed_aad(owner_aad: bytes, kid: str) -> bytes:
    return owner_aad + f"/key/{kid}".encode()


@dataclass(frozen=True)
class Unwrapped:
    """What a slot opens: the database key; the authority key's seed only in an administrator's.

    While a change of key is under way, ``key`` is the new key and ``fallback`` the one before it: the
    database is encrypted with one of them. ``outdated`` marks a slot of an older format, rewritten at
    its owner's next sign-in.
    """

    key: bytes = field(repr=False)
    authority: bytes | None = field(default=None, repr=False)
    fallback: bytes | None = field(default=None, repr=False)
    outdated: bool = field(default=False, compare=False)

    @property
    def candidates(self) -> tuple[bytes, ...]:
        """The keys to try on the database, the newest first."""
        return (self.key,) if self.fallback is None else (self.key, self.fallback)


def _bundle(secret: bytes, authority: bytes | None) -> bytes:
    return secret + (authority or b"")


def _split_legacy(bundle: bytes) -> Unwrapped:
    """A slot of version 1 or 2 wraps the database key itself (and the authority seed after it)."""
    return Unwrapped(bundle[:KEY_BYTES], bundle[KEY_BYTES:] or None, outdated=True)


def wrap(key: bytes, secret: str, aad: bytes, kdf: KdfParams | None = None) -> dict[str, Any]:
    """A slot: ``key`` encrypted under a key derived from ``secret``; ``aad`` is bound to it."""
    kdf = kdf or DEFAULT_KDF
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key_from_secret(secret, salt, kdf)).encrypt(nonce, key, aad)
    return {"kdf": "argon2id", **asdict(kdf), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def _slot(
    key: bytes,
    secret: str,
    aad: bytes,
    authority: bytes | None,
    kdf: KdfParams | None = None,
    *,
    signer: bytes | None = None,
) -> dict[str, Any]:
    """A slot of this version: a new key pair whose private half (and ``authority``) ``secret`` unwraps, and
    the database ``key`` sealed to its public half; ``signer`` (an authority seed) vouches for the pair."""
    private = sealing.new_private_key()
    public = sealing.public_of(private)
    kid = key_id(key)
    slot = {
        "v": VERSION,
        "public_key": public,
        **wrap(_bundle(private, authority), secret, aad, kdf),
        "keys": {kid: sealing.seal(key, public, _sealed_aad(aad, kid))},
    }
    if signer is not None:
        slot["vouched"] = sign(signer, SLOT_PURPOSE, _vouched_payload(slot, aad))
    return slot


def _vouched_payload(slot: dict[str, Any], aad: bytes) -> dict[str, Any]:
    return {"owner": aad.decode(), "public_key": slot["public_key"]}


def _is_vouched(slot: dict[str, Any], aad: bytes, trust: str | None) -> bool:
    """True when the authority key ``trust`` vouched for the slot's public key (any current slot without one).

    A new database key is sealed only to vouched keys: someone who could write the key file (any user, before
    being disabled) and put their own public key in another's slot would otherwise be given the next key.
    """
    if _slot_version(slot) < 3:
        return False
    return trust is None or verify(trust, SLOT_PURPOSE, _vouched_payload(slot, aad), slot.get("vouched"))


def _open_slot(doc: dict[str, Any], slot: dict[str, Any], secret: str, aad: bytes) -> Unwrapped | None:
    """What ``slot`` opens with ``secret``: its sealed keys, the pending one first; None for a wrong secret."""
    bundle = unwrap(slot, secret, aad)
    if bundle is None:
        return None
    if _slot_version(slot) < 3:
        return _split_legacy(bundle)
    private, authority = bundle[: sealing.PRIVATE_BYTES], bundle[sealing.PRIVATE_BYTES :] or None
    pending = doc.get(PENDING_KEY)
    boxes = slot.get("keys")
    boxes = boxes if isinstance(boxes, dict) else {}
    order = sorted(boxes, key=lambda kid: kid != pending)
    keys = [k for kid in order if (k := sealing.open_sealed(boxes[kid], private, _sealed_aad(aad, kid)))]
    if not keys:
        raise DatabaseError("a key slot holds no database key: restore the key file from a backup")
    return Unwrapped(keys[0], authority, keys[1] if len(keys) > 1 else None)


def _reseal(slot: dict[str, Any], key: bytes, aad: bytes) -> None:
    """Seal ``key`` to the slot's public key, beside the keys it holds."""
    kid = key_id(key)
    slot["keys"] = {**slot["keys"], kid: sealing.seal(key, slot["public_key"], _sealed_aad(aad, kid))}


def _slot_kdf(slot: dict[str, Any]) -> KdfParams:
    return KdfParams(int(slot["time_cost"]), int(slot["memory_cost"]), int(slot["parallelism"]))


def unwrap(slot: dict[str, Any], secret: str, aad: bytes) -> bytes | None:
    """The key in ``slot``, or None when ``secret`` (or the slot's owner) is wrong."""
    try:
        return AESGCM(key_from_secret(secret, _unb64(slot["salt"]), _slot_kdf(slot))).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad
        )
    except InvalidTag:
        return None
