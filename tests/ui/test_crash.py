"""A bug that reaches the app is logged with its traceback and told in a dialog that opens the log folder."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from oend.logs import setup_logging
from oend.ui.crash import CrashReporter, crash_reporting


class _Opened(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _bug() -> None:
    raise ZeroDivisionError("division by zero in the dashboard")


def test_a_bug_is_logged_and_shown_once_with_the_log_folder_a_click_away(qtbot: QtBot) -> None:
    log_path = setup_logging()
    assert log_path is not None
    reporter = CrashReporter(QApplication.instance())  # type: ignore[arg-type]
    try:
        _bug()
    except ZeroDivisionError:
        reporter.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    # a second bug meanwhile, reported from another thread: logged, and no second dialog
    worker = threading.Thread(target=lambda: reporter.thread_excepthook(_thread_args()))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert isinstance(dialog, QMessageBox)
    assert "ZeroDivisionError: division by zero in the dashboard" in dialog.informativeText()
    assert str(log_path) in dialog.informativeText()
    logged = log_path.read_text(encoding="utf-8")
    assert logged.count("ZeroDivisionError: division by zero in the dashboard") == 2 and "Traceback" in logged
    qtbot.wait(50)
    assert [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()] == [dialog]

    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        button = dialog.findChild(QPushButton, "openLogFolder")
        assert button is not None
        button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [log_path.parent]
    qtbot.waitUntil(lambda: reporter.dialog is None)


def _thread_args() -> threading.ExceptHookArgs:
    error = ZeroDivisionError("division by zero in the dashboard")
    return threading.ExceptHookArgs((ZeroDivisionError, error, None, None))  # type: ignore[call-arg]


def test_the_hooks_are_the_apps_only_while_it_runs(qapp: QApplication) -> None:
    before = sys.excepthook, threading.excepthook
    with crash_reporting(qapp) as reporter:
        assert (sys.excepthook, threading.excepthook) == (reporter.excepthook, reporter.thread_excepthook)
    assert (sys.excepthook, threading.excepthook) == before
