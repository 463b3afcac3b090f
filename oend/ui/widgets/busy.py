"""Small helpers for the few deliberate waits (a password hash, a backup) and for the primary button look."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the block runs (checking a password takes most of a second on purpose)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def make_primary(button: QPushButton) -> QPushButton:
    """Give ``button`` the accent look, even when the widget was already polished."""
    button.setProperty("primary", True)
    button.style().unpolish(button)
    button.style().polish(button)
    return button
