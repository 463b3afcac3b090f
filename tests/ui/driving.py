"""Driving modal dialogs from a test: a step runs once the expected dialog is the active modal widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

W = TypeVar("W", bound=QWidget)


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def when_shown(kind: type[W], step: Callable[[W], None], *, timeout_ms: int = 15000) -> None:
    """Run ``step`` on the first visible ``kind`` window, polling from the event loop (a nested exec too)."""
    waited = [0]

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                try:
                    step(widget)
                except BaseException:
                    close_dialogs()  # a failed step must not leave a modal dialog waiting forever
                    raise
                return
        waited[0] += 20
        if waited[0] > timeout_ms:
            raise AssertionError(f"no {kind.__name__} appeared")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
