"""Running slow work (an integrity check, a backup) on a thread pool, with the result back on the UI thread.

The work is a plain function; its result or its exception is delivered through a queued signal to
callbacks that run on the UI thread, so the window never waits and widgets are only touched there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it, so the callbacks run there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the caller's on_failed, on the UI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Workers(QObject):
    """A small pool owned by one window: ``wait`` before closing what the jobs use (the database)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback(value)

        queued = Qt.ConnectionType.QueuedConnection
        relay.succeeded.connect(lambda value: finish(on_done, value), queued)
        relay.failed.connect(lambda exc: finish(on_failed, exc), queued)
        self.pool.start(_Job(work, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every job has finished (before the database they use is closed)."""
        return self.pool.waitForDone(timeout_ms)
