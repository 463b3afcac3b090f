"""Sealing a secret to someone's public key, so it can be given to them without their password.

When the database key changes, the administrator changing it must hand the new key to every other user,
whose passwords the app never holds. Each key slot therefore carries an X25519 public key; its private
half is wrapped under the slot's password. A sealed box is an ephemeral X25519 exchange with that public
key, stretched by HKDF-SHA256 into an AES-256-GCM key; only the private half opens it.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

PRIVATE_BYTES = 32
_INFO = b"oend-sealed-box/v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def new_private_key() -> bytes:
    """A new X25519 private key, as the 32 raw bytes a key slot wraps."""
    return X25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_of(private: bytes) -> str:
    """The public half of ``private``, as base64 text stored in the key file."""
    return _b64(_raw_public(X25519PrivateKey.from_private_bytes(private).public_key()))


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    # Both public keys go into the derivation, so a box cannot be replayed against another recipient.
    return HKDF(hashes.SHA256(), 32, salt=None, info=_INFO + ephemeral + recipient).derive(shared)


def seal(secret: bytes, public: str, aad: bytes) -> dict[str, str]:
    """``secret`` readable only with the private half of ``public``; ``aad`` is bound to it."""
    recipient = _unb64(public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_box_key(shared, ephemeral_public, recipient)).encrypt(nonce, secret, aad)
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def open_sealed(box: dict[str, Any], private: bytes, aad: bytes) -> bytes | None:
    """What ``box`` holds, or None when it was not sealed to ``private`` (or ``aad`` differs)."""
    key = X25519PrivateKey.from_private_bytes(private)
    try:
        ephemeral = _unb64(box["ephemeral"])
        shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        box_key = _box_key(shared, ephemeral, _raw_public(key.public_key()))
        return AESGCM(box_key).decrypt(_unb64(box["nonce"]), _unb64(box["sealed"]), aad)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
