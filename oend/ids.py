"""Time-ordered UUIDs (RFC 9562 version 7).

Rows are created on many laptops and merged later, so keys must be globally unique;
a time-ordered key keeps inserts at the end of the B-tree, which random UUIDv4 keys do not.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """Return a new UUIDv7: 48-bit Unix milliseconds, then a 12-bit counter and 62 random bits.

    The counter keeps keys made within one millisecond in creation order (RFC 9562, method 1).
    """
    global _last_ms, _counter
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            _last_ms = now_ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        else:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | rand
    return uuid.UUID(int=value)


#: The namespace of the ids of rows every new database seeds (uuid5 of the table and the row's code).
SEED_NAMESPACE = uuid.UUID("6f3d2b1e-5a4c-4e8f-9b7a-0e1d2c3b4a59")


def seeded_id(table: str, code: str) -> uuid.UUID:
    """The id of a seeded row, from its stable code: every database seeds it under the same id, so a device
    enrolled in a program receives the program's copy as the row it holds already."""
    return uuid.uuid5(SEED_NAMESPACE, f"{table}:{code}")


#: The stamp of rows every new database seeds: the same on every device, so they are one row everywhere.
SEEDED_AT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SEEDED_BY = "migration"


def is_seeded(table: str, row: Mapping[Any, Any]) -> bool:
    """True for a seeded row as every new database holds it (its seeded id and stamp, never edited since):
    such a row is in every database already, so it never needs to travel."""
    code = row.get("code")
    return (
        isinstance(code, str)
        and row.get("device_id") == SEEDED_BY
        and row.get("updated_at") == SEEDED_AT
        and row.get("id") == seeded_id(table, code)
    )
