"""Making the demo rows in a separate process, so generating and writing use two cores.

Threads would not help: the generator is pure Python and holds the interpreter lock, and the
writer would wait for it after every row SQLite stores. The child rebuilds the same simulation
from the spec (it is deterministic) and hands over chunks through a bounded queue, serialised with
``marshal``: the rows are plain tuples of stored values, which it handles faster than pickle, and
both ends run the same interpreter.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import queue
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from oend.demo.events import Simulation
from oend.demo.rows import Rows
from oend.demo.spec import DemoSpec

DEPTH = 3  # chunks made ahead of the writer: bounds memory
# Fork starts at once and needs no importable main module; elsewhere (macOS, Windows) spawn is the safe way,
# and the program's entry point must then be guarded by ``if __name__ == "__main__"``.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


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


def _produce(spec: DemoSpec, events_per_chunk: int, handoff: Any) -> None:
    gc.disable()  # see ``collector_paused``: this process ends with the data
    try:
        simulation = Simulation(spec)
        handoff.put(("rows", marshal.dumps(simulation.setup())))
        for chunk in simulation.chunks(events_per_chunk):
            handoff.put(("rows", marshal.dumps(chunk)))
        handoff.put(("done", (simulation.counts, time.process_time())))
    except BaseException as exc:  # reported to the parent, which raises it
        handoff.put(("error", repr(exc)))


class RowSource:
    """The rows of ``spec``: the set-up first, then chunks of events; ``counts`` once exhausted.

    ``making_seconds`` is then the processor time the rows took to make, apart from their writing:
    on a shared machine, whose speed varies, it tells a slow machine from slow code.
    """

    def __init__(self, spec: DemoSpec, events_per_chunk: int, *, separate_process: bool):
        self.spec = spec
        self.events_per_chunk = events_per_chunk
        self.separate_process = separate_process
        self.counts: dict[str, int] = {}
        self.making_seconds = 0.0

    def __iter__(self) -> Iterator[Rows]:
        if not self.separate_process:
            yield from self._made_here()
            return
        context = multiprocessing.get_context(START_METHOD)
        handoff = context.Queue(maxsize=DEPTH)
        child = context.Process(target=_produce, args=(self.spec, self.events_per_chunk, handoff), daemon=True)
        child.start()
        try:
            while True:
                try:
                    kind, payload = handoff.get(timeout=5)
                except queue.Empty:
                    if not child.is_alive():
                        raise RuntimeError("the demo data generator stopped unexpectedly") from None
                    continue
                if kind == "rows":
                    yield marshal.loads(payload)
                elif kind == "done":
                    self.counts, self.making_seconds = payload
                    return
                else:
                    raise RuntimeError(f"the demo data generator failed: {payload}")
        finally:
            if child.is_alive():
                child.terminate()
            child.join()

    def _made_here(self) -> Iterator[Rows]:
        started = time.process_time()
        simulation = Simulation(self.spec)
        chunks = chain([simulation.setup()], simulation.chunks(self.events_per_chunk))
        while (chunk := next(chunks, None)) is not None:
            self.making_seconds += time.process_time() - started
            yield chunk
            started = time.process_time()
        self.making_seconds += time.process_time() - started
        self.counts = simulation.counts
