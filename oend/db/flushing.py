"""Flushing a database file to disk in the background while a bulk load writes it without waiting.

A bulk load commits with ``synchronous=OFF``: its pages go to the operating system's cache, and
the durable commit at the end must wait while the disk takes all of them (1.9 s for the 1.6 GB
statewide demo database). Flushed every few seconds on a thread, which waits on the disk while
the writer goes on, they are mostly on disk by then. The commit still flushes whatever is left.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FLUSH_EVERY = 2.0  # seconds: a few hundred megabytes at the rate a bulk load writes


@contextmanager
def flushing_in_background(path: Path | str | None, every: float = FLUSH_EVERY) -> Iterator[None]:
    """Flush the file at ``path`` every ``every`` seconds until the block ends (nothing without a file)."""
    if not path:  # a database on a server, or in memory
        yield
        return
    fd = os.open(path, os.O_RDWR)  # Windows flushes only a file open for writing; nothing is written here
    stop = threading.Event()

    def flush() -> None:
        while not stop.wait(every):
            os.fsync(fd)

    thread = threading.Thread(target=flush, name="oend-flush", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        os.close(fd)
