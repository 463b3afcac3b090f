"""Benchmark figure for changing the database key: ``PRAGMA rekey`` of the statewide-size encrypted file.

The benchmark database is plain, so an encrypted copy is made first (a compact copy, then the app's own
in-place conversion) in a temporary folder beside it; the copy is then re-encrypted under a new key as a
change of key does it, with its progress printed as it goes. Only the re-encryption is timed.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from oend.security import slot_seal
from oend.security.convert import encrypt_in_place
from oend.security.rekey import rekey_file

if TYPE_CHECKING:
    from tests.bench.run import Bench, Result

TARGET_S = 60


def _printer() -> tuple[list[int], Callable[[int, int], None]]:
    """A progress callback printing each further tenth, and the tenths it printed."""
    shown: list[int] = []

    def progress(done: int, total: int) -> None:
        tenth = 10 * done // max(1, total)
        if not shown or tenth > shown[-1]:
            shown.append(tenth)
            print(f"# rekey: {tenth * 10}% of {total / 1e6:,.0f} MB", file=sys.stderr, flush=True)

    return shown, progress


def rekey(bench: Bench) -> Iterator[Result]:
    """Re-encrypt an encrypted copy of the benchmark database under a new key (target: under a minute)."""
    from tests.bench.run import result

    assert bench.db.path is not None
    with tempfile.TemporaryDirectory(prefix="oend-bench-rekey-", dir=bench.folder) as tmp:
        copy = Path(tmp) / "encrypted.db"
        conn = sqlite3.connect(str(bench.db.path))
        conn.execute("VACUUM INTO ?", (str(copy),))
        conn.close()
        old, new = slot_seal.new_database_key(), slot_seal.new_database_key()
        encrypt_in_place(copy, old)
        size_mb = copy.stat().st_size / 1e6
        shown, progress = _printer()
        started = time.perf_counter()
        rekey_file(copy, old, new, progress)
        seconds = time.perf_counter() - started
    ok = seconds < TARGET_S and shown[-1:] == [10]
    yield result(f"rekey of the encrypted database ({size_mb:,.0f} MB)", seconds, "s", f"< {TARGET_S}", ok)
