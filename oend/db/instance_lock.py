"""One app instance per database file, enforced with an operating-system file lock.

The lock file sits beside the database and holds the holder's pid, host and start time, so a
second instance can say which one already has the database open. The OS drops the lock when the
holder exits, even when it is killed, so a stale lock file never blocks anyone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from oend.errors import DatabaseError

_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: lock one far past the holder's note so it stays readable


class DatabaseInUse(DatabaseError):
    """Another instance of the app has this database open."""


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[str], *, blocking: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        mode = msvcrt.LK_LOCK if blocking else msvcrt.LK_NBLCK
        try:
            msvcrt.locking(handle.fileno(), mode, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _in_use(db_path: Path, note: str) -> DatabaseInUse:
    """The refusal, naming the holder when its note can be read."""
    try:
        holder = json.loads(note)
        values = {"path": db_path, **{k: holder[k] for k in ("pid", "user", "host", "since")}}
    except (ValueError, KeyError, TypeError):
        return DatabaseInUse(
            "the database {path} is already open in another OEND window (another process); close it there first",
            values={"path": db_path},
        )
    return DatabaseInUse(
        "the database {path} is already open in another OEND window "
        "(process {pid} of {user} on {host}, since {since}); close it there first",
        values=values,
    )


class InstanceLock:
    """Held for as long as this instance has the database open; ``release`` (or exit) frees it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        """Take the lock, or raise ``DatabaseInUse`` naming the instance that has it."""
        if self._handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
        if not _try_lock(handle, blocking=False):
            handle.seek(0)
            note = handle.read()
            handle.close()
            raise _in_use(self.db_path, note)
        handle.seek(0)
        handle.truncate()
        since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        ours = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(), "since": since}
        handle.write(json.dumps(ours))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.flush()
        _unlock(self._handle)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account without one)
        return "unknown user"


@contextlib.contextmanager
def short_lock(path: Path, timeout: float = 10.0) -> Iterator[None]:
    """A brief exclusive lock for a read-modify-write of a small file (the key file) by several processes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + timeout
        while not _try_lock(handle, blocking=False):
            if time.monotonic() > deadline:
                raise DatabaseError(
                    "{path} stayed locked by another process for {seconds} s",
                    values={"path": path, "seconds": f"{timeout:.0f}"},
                )
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(handle)
