"""Benchmark figures for encryption at rest: the cost of SQLCipher on real queries, and the time to open.

``EncryptedProgram`` is the benchmark database as users run it: a copy of the plain file set up as
``oend demo`` sets up a program (encrypted, with a published demo login, made once and reused beside
the plain file), signed in to through the app's own path (the key slot opens the key, the key the file).
``bench_encryption`` takes an unencrypted database the benchmark has already filled and the queries
it times; it makes an encrypted copy of the same data (the app's own in-place conversion, on a copy)
and times each query on both in the same run, so the ratio compares like with like.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from oend.db import open_database
from oend.security import keyslots, slot_seal
from oend.security.convert import encrypt_in_place
from oend.services import accounts

Query = Callable[[Session], Any]


class EncryptedProgram:
    """The encrypted twin of a plain benchmark database, made on first use and signed in to once per run."""

    def __init__(self, plain: Path) -> None:
        self.plain = plain
        self.path = plain.with_name(f"{plain.stem}-encrypted{plain.suffix}")
        self._signed: accounts.SignedIn | None = None

    def files(self) -> list[Path]:
        """The copy and what lives beside it (key slots, write-ahead log, upgrade copies): what a rebuild removes."""
        return sorted(self.path.parent.glob(self.path.name + "*"))

    def signed_in(self) -> accounts.SignedIn:
        """The demo administrator signed in to the encrypted copy, which is made first if it is missing."""
        if self._signed is None:
            if not (self.path.exists() and keyslots.key_file_for(self.path).exists()):
                self._make()
            login = accounts.demo_login(str(self.path))
            assert login is not None, f"{self.path} has no demo login"
            self._signed = accounts.sign_in(str(self.path), login.username, login.password)
        return self._signed

    def close(self) -> None:
        if self._signed is not None:
            accounts.sign_out(self._signed)
            self._signed = None

    def _make(self) -> None:
        """Copy the plain file and set a program up on the copy (encrypted in place), under a name of its own
        until it is whole: an interrupted build leaves no copy that looks finished."""
        for leftover in self.files():
            leftover.unlink()
        staged = self.path.with_name(self.path.name + ".making")
        conn = sqlite3.connect(str(self.plain))
        conn.execute("VACUUM INTO ?", (str(staged),))
        conn.close()
        started = time.perf_counter()
        accounts.ensure_demo_admin(str(staged))
        print(f"# encrypted the benchmark database in {time.perf_counter() - started:.1f} s: {self.path}")
        os.replace(keyslots.key_file_for(staged), keyslots.key_file_for(self.path))
        os.replace(staged, self.path)
        for lock in self.path.parent.glob(staged.name + "*"):  # the set-up's lock files, named after the copy
            lock.unlink()


@dataclass(frozen=True)
class EncryptionFigures:
    plain_ms: dict[str, float]  # median per query, unencrypted
    encrypted_ms: dict[str, float]  # median per query, encrypted
    open_ms: float  # median time from holding the key to a database ready to use (no password hash)
    convert_s: float  # time to encrypt the copy in place

    @property
    def ratios(self) -> dict[str, float]:
        return {q: self.encrypted_ms[q] / self.plain_ms[q] if self.plain_ms[q] else 1.0 for q in self.plain_ms}

    @property
    def overall_ratio(self) -> float:
        """Total encrypted time over total plain time across the queries (target: at most 1.5)."""
        plain = sum(self.plain_ms.values())
        return sum(self.encrypted_ms.values()) / plain if plain else 1.0

    def lines(self) -> list[str]:
        out = [
            f"encryption: {q:<40} plain {self.plain_ms[q]:8.1f} ms  encrypted {self.encrypted_ms[q]:8.1f} ms  x{r:.2f}"
            for q, r in self.ratios.items()
        ]
        out.append(f"encryption: all queries x{self.overall_ratio:.2f} (target <= 1.5)")
        out.append(f"encryption: open after sign-in {self.open_ms:.1f} ms (target < 100 ms, password hash excluded)")
        out.append(f"encryption: in-place conversion {self.convert_s:.1f} s")
        return out


def _median_ms(target: str, key: bytes | None, query: Query, repeat: int) -> float:
    db = open_database(target, key=key, upgrade=False)
    try:
        with db.session() as session:
            query(session)  # warm the page cache the same way for both files
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                query(session)
                times.append(time.perf_counter() - started)
    finally:
        db.close()
    return statistics.median(times) * 1000


def _open_ms(target: str, key: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        db = open_database(target, key=key)  # includes the schema-version check the app does
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM users").scalar()
        times.append(time.perf_counter() - started)
        db.close()
    return statistics.median(times) * 1000


def bench_encryption(plain_path: Path, queries: Mapping[str, Query], *, repeat: int = 5) -> EncryptionFigures:
    """Time ``queries`` on a copy of ``plain_path`` and on an encrypted copy; the original is not changed."""
    with tempfile.TemporaryDirectory(prefix="oend-bench-enc-") as tmp:
        # Both sides are fresh, compact copies with the same page layout, so only the encryption differs.
        plain = Path(tmp) / "plain.db"
        conn = sqlite3.connect(str(plain_path))
        conn.execute("VACUUM INTO ?", (str(plain),))
        conn.close()
        encrypted = Path(tmp) / "encrypted.db"
        shutil.copy2(plain, encrypted)
        key = slot_seal.new_database_key()
        started = time.perf_counter()
        encrypt_in_place(encrypted, key)
        convert_s = time.perf_counter() - started
        plain_ms = {name: _median_ms(str(plain), None, q, repeat) for name, q in queries.items()}
        encrypted_ms = {name: _median_ms(str(encrypted), key, q, repeat) for name, q in queries.items()}
        return EncryptionFigures(plain_ms, encrypted_ms, _open_ms(str(encrypted), key, repeat), convert_s)
