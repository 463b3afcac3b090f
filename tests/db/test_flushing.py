"""The background flusher a bulk load runs: it flushes the file while the block runs, and is gone after it."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from oend.db import flushing
from oend.db.flushing import flushing_in_background


def _flusher_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "oend-flush"]


def test_flushes_the_file_while_the_block_runs_and_stops_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "load.db"
    target.write_bytes(b"\0" * 4096)
    flushed: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        real_fsync(fd)
        flushed.append(fd)

    monkeypatch.setattr(flushing.os, "fsync", counting_fsync)
    with flushing_in_background(str(target), every=0.01):
        with target.open("r+b") as f:
            f.write(b"written during the load")
        deadline = time.monotonic() + 5
        while len(flushed) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(flushed) >= 2
        assert _flusher_threads()
    assert not _flusher_threads()
    count = len(flushed)
    time.sleep(0.05)
    assert len(flushed) == count  # nothing flushes once the block has ended
    assert target.read_bytes().startswith(b"written during the load")


def test_an_in_memory_database_has_nothing_to_flush() -> None:
    with flushing_in_background(""):
        assert not _flusher_threads()


def test_the_flusher_stops_when_the_block_raises(tmp_path: Path) -> None:
    target = tmp_path / "load.db"
    target.write_bytes(b"")
    with pytest.raises(RuntimeError), flushing_in_background(str(target), every=0.01):
        raise RuntimeError("the load failed")
    assert not _flusher_threads()
