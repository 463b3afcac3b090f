"""Benchmark figures for the sync bundle file: changes packed and unpacked per second, and bytes per change.

``bench_bundle`` seals ``n`` changes shaped like the change log's (ids, clock, table, row values) and reads
them back, in memory, so the figures are the format's own cost (encode, compress, encrypt and back), apart
from the disk and from applying the changes.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from dataclasses import dataclass
from typing import Any

from oend.exchange.bundle import pack, unpack

PROGRAM = "0191a3c2-7d1e-7b2a-9c4e-000000000001"
TABLES = ("participants", "trainings", "attendance", "dispensings", "stock_movements", "reversals")


def _uuid(value: int) -> str:
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def sample_changes(n: int, seed: int = 1) -> list[dict[str, Any]]:
    """``n`` change-log entries of about 300 bytes of JSON each, from one device, in sequence.

    Each change's own id is time-ordered (as the log's are); the rows it touches have ids of any age.
    """
    rnd = random.Random(seed)
    device, site = _uuid(rnd.getrandbits(128)), _uuid(rnd.getrandbits(128))
    started_ms = 1_740_000_000_000
    return [
        {
            "id": _uuid((started_ms + seq) << 80 | 0x7 << 76 | rnd.getrandbits(76)),
            "device": device,
            "seq": seq,
            "hlc": f"2025-03-{1 + seq % 28:02d}T10:{seq % 60:02d}:{seq % 57:02d}.{seq % 1000:03d}Z-{seq % 65536:04x}",
            "table": rnd.choice(TABLES),
            "row": _uuid(rnd.getrandbits(128)),
            "op": "upsert",
            "schema": 12,
            "values": {"code": f"AB{rnd.randrange(10**6):06d}", "site_id": site, "quantity": rnd.randrange(1, 5)},
        }
        for seq in range(1, n + 1)
    ]


@dataclass(frozen=True)
class BundleFigures:
    changes: int
    pack_per_s: float  # median changes sealed per second
    unpack_per_s: float  # median changes verified and read back per second
    bytes_per_change: float

    def lines(self) -> list[str]:
        return [
            f"sync bundle: pack {self.pack_per_s:,.0f} changes/s, unpack {self.unpack_per_s:,.0f} changes/s "
            f"({self.changes:,} changes, {self.bytes_per_change:.0f} bytes each in the file)"
        ]


def bench_bundle(n: int = 100_000, repeat: int = 3) -> BundleFigures:
    """Median pack and unpack rates of ``n`` sample changes over ``repeat`` runs."""
    changes = sample_changes(n)
    header = {"program_id": PROGRAM, "device": changes[0]["device"] if changes else "", "changes": n}
    key = os.urandom(32)
    pack_s, unpack_s = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        data = pack(header, changes, key)
        pack_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        back = unpack(data, key, PROGRAM)
        unpack_s.append(time.perf_counter() - started)
        assert len(back.changes) == n
    return BundleFigures(n, n / statistics.median(pack_s), n / statistics.median(unpack_s), len(data) / max(n, 1))
