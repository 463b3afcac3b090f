"""The program's sync key: what seals its bundles, made at set-up and kept inside the (encrypted) database.

It never travels in the change log: a device gets it when it is enrolled in the program.
"""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from oend.db.change_capture import SYNC_KEY
from oend.model import Setting

KEY_BYTES = 32


def sync_key(session: Session) -> bytes | None:
    """The program's sync key, or None where the program has none yet."""
    setting = session.get(Setting, SYNC_KEY)
    return bytes.fromhex(setting.value["key"]) if setting is not None else None


def ensure_sync_key(session: Session) -> bytes:
    """The program's sync key, made now if it has none (at set-up)."""
    key = sync_key(session)
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        session.add(Setting(key=SYNC_KEY, value={"key": key.hex()}))
    return key


def keep_sync_key(session: Session, key: bytes) -> None:
    """Keep the key a device was enrolled with (replacing any it made itself)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a sync key is 32 bytes")
    setting = session.get(Setting, SYNC_KEY)
    if setting is None:
        session.add(Setting(key=SYNC_KEY, value={"key": key.hex()}))
    else:
        setting.value = {"key": key.hex()}
