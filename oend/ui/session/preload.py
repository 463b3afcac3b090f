"""Importing on a worker thread what the next click needs, while the person reads the window in front of them.

The first window (the sign-in, the set-up) shows before the database code (SQLAlchemy, the model, the
services) is imported; importing it here once that window is up keeps the first click from paying for it.
Python's imports are thread-safe: a click that needs a module still loading waits for it, nothing more.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        importlib.import_module(name)


def preload(*modules: str) -> threading.Thread:
    """Import ``modules`` on a new thread; the process waits for it at exit, so no import is cut short."""
    thread = threading.Thread(target=_import_all, args=(modules,), name="preload")
    thread.start()
    return thread


class _FirstShow(QObject):
    def __init__(self, window: QWidget, modules: tuple[str, ...]) -> None:
        super().__init__(window)
        self._modules = modules
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            modules = self._modules
            QTimer.singleShot(0, lambda: preload(*modules))  # from the event loop: the first paint goes first
        return False


def preload_when_shown(window: QWidget, *modules: str) -> None:
    """Start importing ``modules`` once ``window`` is first shown."""
    _FirstShow(window, modules)
