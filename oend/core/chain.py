"""The audit trail's hash chain: each event's hash covers its own fields and the previous event's hash.

Shared vocabulary because the migration that chains old events and the services that chain new ones must
hash alike. Anyone who can write the database can recompute a chain after editing it; what they cannot
recompute is a checkpoint signed with the authority key (oend/security/authority.py), so an edit before a checkpoint,
or a chain cut short after one, shows. Between checkpoints the chain still names the first event that
does not follow from the one before it, which is where an edit or a deletion made without care shows.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from typing import Any

#: The fields an event's hash covers, in the order they are read from a row.
FIELDS = (
    "id",
    "at",
    "user_id",
    "username",
    "device_id",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "detail",
    "seq",
    "prev_hash",
)
#: The purpose a checkpoint's signature names (oend.security.authority.sign).
CHECKPOINT = "audit-checkpoint"


def canonical(payload: dict[str, Any]) -> bytes:
    """The one byte string a payload signs or hashes as: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    return value


def event_hash(fields: dict[str, Any]) -> str:
    """The SHA-256 of an event's canonical fields (``FIELDS``), hex."""
    return hashlib.sha256(canonical({name: _plain(fields.get(name)) for name in FIELDS})).hexdigest()


def checkpoint_payload(device_id: str, seq: int, head_hash: str) -> dict[str, Any]:
    """What a checkpoint signs: the chain, how long it was and the hash it ended with."""
    return {"device_id": device_id, "seq": seq, "hash": head_hash}
