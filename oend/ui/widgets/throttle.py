"""Run a search at most once per interval while the user types, and always for the final text.

The first keystroke after a pause runs at once (no waiting for a timer); a burst of keystrokes is
coalesced into one run per interval, the last with the text as it stands. Queries stay on the UI
thread: each page of results is a single indexed range scan of a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DEFAULT_INTERVAL_MS = 150


class Throttle(QObject):
    def __init__(
        self, action: Callable[[], None], interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(self._cooled_down)
        self._pending = False

    def poke(self) -> None:
        """Something changed: run now if idle, else once the interval is over."""
        if self._timer.isActive():
            self._pending = True
            return
        self._run()

    def flush(self) -> None:
        """Run a pending request now (Enter pressed, a test waiting)."""
        if self._pending:
            self._timer.stop()
            self._run()

    @property
    def pending(self) -> bool:
        return self._pending

    def _run(self) -> None:
        self._pending = False
        self._timer.start()
        self._action()

    def _cooled_down(self) -> None:
        if self._pending:
            self._run()
