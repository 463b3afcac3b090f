"""Importing on a worker thread what the next click needs, while the person reads the window in front of them.

The first window (the sign-in, the set-up) shows before the database code (SQLAlchemy, the model, the
services) is imported; importing it here once that window is up keeps the first click from paying for it.
Python's imports are thread-safe: a click that needs a module still loading waits for it, nothing more.
"""

from __future__ import annotations

import importlib
import threading


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        importlib.import_module(name)


def preload(*modules: str) -> threading.Thread:
    """Import ``modules`` on a new thread; the process waits for it at exit, so no import is cut short."""
    thread = threading.Thread(target=_import_all, args=(modules,), name="preload")
    thread.start()
    return thread
