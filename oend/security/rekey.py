"""Re-encrypting a SQLCipher file in place under a new key, with progress.

``PRAGMA rekey`` rewrites every page in one transaction, so a crash at any moment leaves the file wholly
under the old key (SQLite's rollback journal puts it back when the file is next opened) or wholly under
the new one. It runs in rollback-journal mode, where the journal grows by one page for each page
rewritten: its size is the progress, since the pragma itself reports none. A file in write-ahead-log
mode goes back to it afterwards. The key is given raw (``x'..'``), as the app opens the file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from oend.db.database import apply_key
from oend.errors import DatabaseError

Progress = Callable[[int, int], None]  # progress(bytes done, bytes in all)
POLL_SECONDS = 0.1
IN_USE = "the database is in use elsewhere: close the other programs using it and try again"
REKEY_CACHE = "PRAGMA cache_size=-65536"  # fewer spills of the rewritten pages before the commit


def _connect(path: Path, key: bytes) -> Any:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    apply_key(conn, key)
    return conn


def opens_with(path: Path, key: bytes) -> bool:
    """True when ``path`` reads with ``key`` (a wrong key fails on the first page)."""
    try:
        conn = _connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:  # sqlcipher3's DatabaseError: "file is not a database"
        return False
    return True


def _watch_journal(path: Path, total: int, progress: Progress, stop: threading.Event) -> None:
    journal = path.with_name(path.name + "-journal")
    while not stop.wait(POLL_SECONDS):
        try:
            done = journal.stat().st_size
        except FileNotFoundError:
            continue
        progress(min(done, total - 1), total)  # the pages themselves are written at the commit


def _leave_wal(conn: Any) -> None:
    """Fold the write-ahead log into the file: refused while another connection has the file open."""
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except Exception as exc:  # sqlcipher3's OperationalError: "database is locked"
        raise DatabaseError(IN_USE) from exc
    if mode != "delete":
        raise DatabaseError(IN_USE)


def rekey_file(path: Path, old: bytes, new: bytes, progress: Progress | None = None) -> bool:
    """Re-encrypt ``path`` from ``old`` to ``new``; False when it already opens with ``new`` (nothing to do).

    Raises ``DatabaseError`` while another connection has the file open, and the driver's error when it
    opens with neither key.
    """
    if opens_with(path, new):
        return False
    conn = _connect(path, old)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "delete":
            _leave_wal(conn)
        conn.execute(REKEY_CACHE)
        total = max(1, path.stat().st_size)
        stop = threading.Event()
        watcher = None
        if progress is not None:
            progress(0, total)
            watcher = threading.Thread(target=_watch_journal, args=(path, total, progress, stop), daemon=True)
            watcher.start()
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
        finally:
            stop.set()
            if watcher is not None:
                watcher.join()
        if mode == "wal":
            conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    if progress is not None:
        progress(total, total)
    return True
