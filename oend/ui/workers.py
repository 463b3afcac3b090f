"""Running slow work (an integrity check, a backup, a save) on a thread pool, with the result back on the UI thread.

The work is a plain function; its result or its exception is delivered through a queued signal to
callbacks that run on the UI thread, so the window never waits and widgets are only touched there.
One relay per pool carries every job's outcome, tagged with the job's number: a relay made and deleted
per job could be deleted inside a dialog's nested event loop, which crashed the next dialog shown.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the UI thread; the workers emit through it, so the callbacks run there."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the caller's on_failed, on the UI thread
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.succeeded.emit(self._number, result)


class Workers(QObject):
    """A small pool owned by one window: ``wait`` before closing what the jobs use (the database)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._numbers = itertools.count()
        self._waiting: dict[int, tuple[Callback, Callback]] = {}
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.succeeded.connect(self._succeeded, queued)
        self._relay.failed.connect(self._failed, queued)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        number = next(self._numbers)
        self._waiting[number] = (on_done, on_failed)
        self.pool.start(_Job(number, work, self._relay))

    def _succeeded(self, number: int, value: Any) -> None:
        on_done, _ = self._waiting.pop(number)
        on_done(value)

    def _failed(self, number: int, error: BaseException) -> None:
        _, on_failed = self._waiting.pop(number)
        on_failed(error)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every job has finished (before the database they use is closed)."""
        return self.pool.waitForDone(timeout_ms)
