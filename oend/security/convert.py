"""Turning an existing unencrypted SQLite file into an encrypted one, in place, losing nothing.

The plain file is exported into a new encrypted file (``sqlcipher_export``), every table's row count
and an integrity check are compared, and only then does the encrypted file take the plain file's
name. The plain file is kept aside until the encrypted one has been reopened under its final name
and proven; then it is overwritten and deleted (unless the caller asks to keep it).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oend.core.database_files import file_is_plaintext
from oend.db.database import apply_key
from oend.db.instance_lock import InstanceLock
from oend.errors import DatabaseError


@dataclass(frozen=True)
class Conversion:
    """What was converted: the rows per table found on both sides, and the plain copy if kept."""

    path: Path
    row_counts: dict[str, int]
    plaintext_copy: Path | None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def row_counts(conn: Any) -> dict[str, int]:
    """Rows in every table of an open connection, by table name."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    return {name: conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()[0] for name in names}


def _open_encrypted(path: Path, key: bytes) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    apply_key(conn, key)
    return conn


def verify_encrypted(path: Path, key: bytes, expected: dict[str, int], *, integrity: bool = True) -> None:
    """Raise unless ``path`` opens with ``key``, passes the integrity check and holds ``expected`` rows."""
    conn = _open_encrypted(path, key)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()] if integrity else ["ok"]
        if check != ["ok"]:
            raise DatabaseError(
                "the encrypted copy failed its integrity check: {problems}", values={"problems": "; ".join(check[:5])}
            )
        found = row_counts(conn)
    finally:
        conn.close()
    if found != expected:
        differ = sorted(t for t in set(found) | set(expected) if found.get(t) != expected.get(t))
        raise DatabaseError("the encrypted copy does not match the original in: {tables}", values={"tables": differ})


def destroy(path: Path) -> None:
    """Overwrite a plain file with zeros before deleting it (best effort: see SECURITY.md on SSDs)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            block = b"\0" * (1 << 20)
            for _ in range(0, size, len(block)):
                f.write(block)
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    path.unlink()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def encrypt_in_place(path: Path, key: bytes, *, keep_plaintext: bool = False) -> Conversion:
    """Encrypt the unencrypted SQLite file ``path`` with ``key``; nothing changes if any check fails."""
    if not file_is_plaintext(path):
        raise DatabaseError("{path} is not an unencrypted SQLite database", values={"path": path})
    with InstanceLock(path):
        plain = sqlite3.connect(str(path))
        try:
            # Fold the write-ahead log into the file: the export must see every committed row.
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            expected = row_counts(plain)
        finally:
            plain.close()

        staged = path.with_name(path.name + ".encrypting")
        for leftover in [staged, *_sidecars(staged)]:
            leftover.unlink(missing_ok=True)
        _export(path, staged, key)
        verify_encrypted(staged, key, expected)

        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.unencrypted-{stamp}")
        os.replace(path, aside)
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)  # emptied by the checkpoint above; they belong to the plain file
        os.replace(staged, path)
        try:
            verify_encrypted(path, key, expected, integrity=False)  # the same bytes, checked above: counts suffice
        except Exception:
            os.replace(aside, path)  # put the original back: the conversion is not proven
            raise
    if keep_plaintext:
        return Conversion(path, expected, aside)
    destroy(aside)
    return Conversion(path, expected, None)


def _export(plain_path: Path, encrypted_path: Path, key: bytes) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(plain_path))  # no key: SQLCipher reads an unencrypted file as plain SQLite
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"ATTACH DATABASE '{_sql_text(str(encrypted_path))}' AS encrypted KEY \"x'{key.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _sql_text(text: str) -> str:
    return text.replace("'", "''")
