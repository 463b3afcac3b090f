"""Noticing that nobody has touched the app for a while, and the per-machine setting for how long that is.

An application-wide event filter restarts one single-shot timer on every key press, click, wheel or
touch, in any window of the app; when the timer runs out, ``idle`` is emitted once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from oend.ui.language import preferences

DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 240
_KEY = "security/idle_minutes"
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def idle_minutes() -> int:
    """Minutes without input before the app locks itself (kept per machine, like the language)."""
    stored = preferences().value(_KEY, DEFAULT_IDLE_MINUTES)
    if not isinstance(stored, str | int | float):
        return DEFAULT_IDLE_MINUTES
    try:
        value = int(stored)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(value, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)


def choose_idle_minutes(minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValueError(f"the idle time must be {MIN_IDLE_MINUTES} to {MAX_IDLE_MINUTES} minutes")
    settings = preferences()
    settings.setValue(_KEY, minutes)
    settings.sync()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input anywhere in the app, while started."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(self.idle)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        """A new idle time, counted from now."""
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the count
        return False
