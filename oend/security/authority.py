"""The authority key: an Ed25519 key whose signatures say who may do what.

Every user who can sign in holds the database key, and with it could rewrite any row in raw SQL. What
they cannot do is sign: the private half of this key is wrapped only in administrators' key slots (and
the recovery slot, or on PostgreSQL a table of administrators' slots), so a role, site scope or active
flag changed outside the app no longer carries a valid signature. The public half is stored beside the
data so anyone can verify at sign-in.
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from oend.core.chain import canonical

SEED_BYTES = 32


def new_seed() -> bytes:
    """A new private key, as its 32-byte seed (what key slots wrap)."""
    return secrets.token_bytes(SEED_BYTES)


def public_key(seed: bytes) -> str:
    """The public key of ``seed``, base64 text as stored in the key file and the settings table."""
    raw = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(seed: bytes, purpose: str, payload: dict[str, Any]) -> str:
    """A signature over ``payload``; ``purpose`` keeps a user's signature from passing as a checkpoint's."""
    body = canonical({"purpose": purpose, "payload": payload})
    return base64.b64encode(Ed25519PrivateKey.from_private_bytes(seed).sign(body)).decode("ascii")


def verify(public: str | None, purpose: str, payload: dict[str, Any], signature: str | None) -> bool:
    """True when ``signature`` is the authority key's over ``payload``; False for anything else."""
    if not public or not signature:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
        key.verify(base64.b64decode(signature, validate=True), canonical({"purpose": purpose, "payload": payload}))
    except (InvalidSignature, ValueError):
        return False
    return True
