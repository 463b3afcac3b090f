"""Making the demo rows in a separate process, so generating and writing use two cores.

Threads would not help: the generator spends much of its time in Python, holding the interpreter
lock, and the writer would wait for it after every row SQLite stores. The child rebuilds the same
simulation from the spec (it is deterministic) and hands over chunks through a bounded queue,
serialised with ``marshal``: the rows are plain tuples of stored values, which it handles faster
than pickle, and both ends run the same interpreter.

The child can also take on part of the writer's work (``Packing``): it stores some tables of a
chunk in an SQLite database in memory and hands over that database's bytes, which the writer
attaches and copies from with one ``INSERT ... SELECT`` a table, all inside SQLite. A dispensing
bound from Python and inserted cost the writer some 13 µs; copied from the attached database, 6 µs.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
import queue
import signal
import sqlite3
import sys
import time
from collections.abc import Generator, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import Any

from oend.demo.events import Simulation
from oend.demo.rows import COLUMNS, EVENT_TABLES, Rows
from oend.demo.spec import DemoSpec

DEPTH = 3  # chunks made ahead of the writer: bounds memory
PR_SET_PDEATHSIG = 1  # Linux prctl(2): the signal this process gets when its parent ends
# Fork starts at once and needs no importable main module; elsewhere (macOS, Windows) spawn is the safe way,
# and the program's entry point must then be guarded by ``if __name__ == "__main__"``.
PROCESS_CONTEXT = (
    multiprocessing.get_context("fork") if sys.platform.startswith("linux") else multiprocessing.get_context("spawn")
)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while millions of row tuples are made and dropped.

    Rows hold only strings and numbers, so they form no cycles to collect, yet every few thousand
    new tuples the collector would walk the young ones, and now and then every live object
    (some 7% of the generator's time, 3% of the writer's).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


DISPENSED_ON = COLUMNS["dispensings"].index("dispensed_on")  # in a row tuple


@dataclass(frozen=True)
class Packing:
    """Which tables of a chunk go into an SQLite database in memory, and the SQL that puts them there.

    ``statements`` maps a table to the ``CREATE TABLE`` and the ``INSERT`` (one row tuple's
    parameters) that make it in the chunk's database, under the table's own name.
    """

    statements: Mapping[str, tuple[str, str]]

    def pack(self, rows: Rows) -> bytes:
        """The packed tables' rows, taken out of ``rows``, as the bytes of a database holding them."""
        with closing(sqlite3.connect(":memory:", isolation_level=None)) as memory:
            memory.execute("PRAGMA journal_mode=OFF")
            memory.execute("BEGIN")
            for table, (create, insert) in self.statements.items():
                memory.execute(create)
                memory.executemany(insert, rows.pop(table))
            memory.execute("COMMIT")
            return memory.serialize()


@dataclass(frozen=True)
class Chunk:
    """Rows to write in one transaction: tables as row tuples, and any others packed (see ``Packing``)."""

    rows: Rows
    events: int
    last_day: str | None  # the day of its last dispensing, as stored, for progress
    packed: bytes | None = None

    @classmethod
    def of(cls, rows: Rows, packing: Packing | None = None) -> Chunk:
        events = sum(len(rows[t]) for t in EVENT_TABLES)
        last_day = str(rows["dispensings"][-1][DISPENSED_ON]) if rows["dispensings"] else None
        packed = packing.pack(rows) if packing is not None else None
        return cls(rows, events, last_day, packed)


def _produce(spec: DemoSpec, events_per_chunk: int, packing: Packing | None, handoff: Any) -> None:
    _die_with_parent()
    gc.disable()  # see ``collector_paused``: this process ends with the data
    try:
        simulation = Simulation(spec)
        _hand_over(handoff, ("chunk", _portable(Chunk.of(simulation.setup()))))
        for rows in simulation.chunks(events_per_chunk):
            _hand_over(handoff, ("chunk", _portable(Chunk.of(rows, packing))))
        _hand_over(handoff, ("done", (simulation.counts, time.process_time())))
    except BaseException as exc:  # reported to the parent, which raises it
        _hand_over(handoff, ("error", repr(exc)))


def _die_with_parent() -> None:
    """End this process when the writer's does, even if the writer is killed outright and runs no clean-up.

    On Linux the kernel sends the signal; elsewhere ``_hand_over`` notices within a second that the parent is gone.
    The writer alone answers Ctrl+C and ends this process; a forked copy of its SIGTERM handler would turn
    the writer's ``terminate`` into an error report that waits for a reader who is no longer reading.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _stop_if_orphaned()


def _stop_if_orphaned() -> None:
    parent = multiprocessing.parent_process()
    if parent is not None and not parent.is_alive():
        os._exit(1)  # no clean-up: nothing of this process outlives it, and no one reads the queue any more


def _hand_over(handoff: Any, item: tuple[str, Any]) -> None:
    """Put ``item`` on the queue, waiting while the writer is busy, for as long as the writer lives."""
    while True:
        try:
            handoff.put(item, timeout=1)
            return
        except queue.Full:
            _stop_if_orphaned()


def _portable(chunk: Chunk) -> tuple[bytes, int, str | None, bytes | None]:
    return marshal.dumps(chunk.rows), chunk.events, chunk.last_day, chunk.packed


class RowSource:
    """The chunks of ``spec``: the set-up first, then events in date order; ``counts`` once exhausted.

    ``making_seconds`` is then the processor time the rows took to make, apart from their writing:
    on a shared machine, whose speed varies, it tells a slow machine from slow code. ``packing``
    applies in a separate process only, where it moves work off the writer.
    """

    def __init__(
        self, spec: DemoSpec, events_per_chunk: int, *, separate_process: bool, packing: Packing | None = None
    ):
        self.spec = spec
        self.events_per_chunk = events_per_chunk
        self.separate_process = separate_process
        self.packing = packing
        self.counts: dict[str, int] = {}
        self.making_seconds = 0.0

    def __iter__(self) -> Generator[Chunk]:
        if not self.separate_process:
            yield from self._made_here()
            return
        handoff = PROCESS_CONTEXT.Queue(maxsize=DEPTH)
        args = (self.spec, self.events_per_chunk, self.packing, handoff)
        child = PROCESS_CONTEXT.Process(target=_produce, args=args, daemon=True)
        child.start()
        try:
            while True:
                try:
                    kind, payload = handoff.get(timeout=5)
                except queue.Empty:
                    if not child.is_alive():
                        raise RuntimeError("the demo data generator stopped unexpectedly") from None
                    continue
                if kind == "chunk":
                    rows, events, last_day, packed = payload
                    yield Chunk(marshal.loads(rows), events, last_day, packed)
                elif kind == "done":
                    self.counts, self.making_seconds = payload
                    return
                else:
                    raise RuntimeError(f"the demo data generator failed: {payload}")
        finally:
            if child.is_alive():
                child.terminate()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()

    def _made_here(self) -> Iterator[Chunk]:
        started = time.process_time()
        simulation = Simulation(self.spec)
        chunks = chain([simulation.setup()], simulation.chunks(self.events_per_chunk))
        while (rows := next(chunks, None)) is not None:
            self.making_seconds += time.process_time() - started
            yield Chunk.of(rows)
            started = time.process_time()
        self.making_seconds += time.process_time() - started
        self.counts = simulation.counts
