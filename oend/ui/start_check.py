"""``oend --check-start``: open the app's first window, say so once it is drawn, and quit.

It tells an installer (or whoever supports a computer) that the desktop app really starts there, its Qt
platform plugin, fonts and first screen included, without anyone clicking; the time from launch to the
"ready" line is the app's start-up as a person sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

READY = "ready: the first window is drawn"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window().isVisible():
            print(READY, flush=True)
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))  # every event loop ends, a dialog's too
        return False


def quit_when_drawn(app: QApplication) -> None:
    """Print ``READY`` and quit as soon as any window of ``app`` has been painted."""
    app.installEventFilter(_FirstPaint(app))
