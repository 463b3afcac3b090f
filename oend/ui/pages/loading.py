"""Loading a page's figures off the UI thread, with a visible busy state when it takes a while.

A page hands ``Loader.load`` a function of a fresh Session (run on a worker thread) and a function that
shows its result (run on the UI thread). A load that finishes within ``WAIT_MS`` is shown at once, so a
small database behaves as if it were synchronous and never flashes a busy sign; a longer one shows the
page's busy bar and lets the window stay live until the result arrives. A newer load supersedes an older one.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget
from sqlalchemy.orm import Session

from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

T = TypeVar("T")
WAIT_MS = 120  # the most a load may hold the UI thread before the busy bar shows instead
POLL_MS = 15


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A thin indeterminate bar, hidden until a load runs long."""
    bar = named(QProgressBar(parent), "pageBusy")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedSize(120, 6)
    bar.setToolTip(QCoreApplication.translate("Pages", "Loading…"))
    bar.hide()
    return bar


class Loader(QObject):
    """One page's loads: at most one runs at a time, the newest wins, results are shown on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, workspace: Workspace, owner: QWidget, bar: QProgressBar) -> None:
        super().__init__(owner)
        self._workspace = workspace
        self._owner = owner
        self._bar = bar
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-load")
        self._current: tuple[concurrent.futures.Future[Any], Callable[[Any], None]] | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        owner.destroyed.connect(lambda *_: self._pool.shutdown(wait=False, cancel_futures=True))

    @property
    def busy(self) -> bool:
        return self._current is not None

    def load(self, work: Callable[[Session], T], show: Callable[[T], None]) -> None:
        """Run ``work`` with its own Session on the worker; ``show`` its result (or raise its error) here."""
        future = self._pool.submit(self._run, work)
        self._current = (future, show)
        try:
            future.result(timeout=WAIT_MS / 1000)
        except concurrent.futures.TimeoutError:
            self._set_busy(True)
            self._timer.start()
            return
        except Exception:  # shown (raised) by _finish, on this thread
            pass
        self._finish()

    def stop(self) -> None:
        """Drop the result of a load under way and wait for its query to end (before the database closes)."""
        self._timer.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._current = None

    def wait(self) -> None:
        """Block until the current load is shown (tests, and a caller that needs the figures now)."""
        if self._current is not None:
            concurrent.futures.wait([self._current[0]])
            self._finish()

    def _run(self, work: Callable[[Session], T]) -> T:
        with self._workspace.db.session() as session:
            return work(session)

    def _poll(self) -> None:
        if self._current is not None and self._current[0].done():
            self._finish()

    def _finish(self) -> None:
        current, self._current = self._current, None
        self._timer.stop()
        self._set_busy(False)
        if current is not None:
            future, show = current
            show(future.result())

    def _set_busy(self, busy: bool) -> None:
        if self._bar.isHidden() == busy:
            self._bar.setVisible(busy)
            if busy:
                self._owner.setCursor(Qt.CursorShape.BusyCursor)
            else:
                self._owner.unsetCursor()
            self.busy_changed.emit(busy)
