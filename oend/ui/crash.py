"""A bug that reaches the desktop app: logged with its traceback, and told to the user in a dialog.

``crash_reporting`` replaces ``sys.excepthook`` (an exception escaping a slot or an event handler
ends up there) and ``threading.excepthook``, and routes Qt's own warnings to the log. The dialog says what
happened in one line, that the work in progress was not saved, where the log file is, and offers to open
its folder. One dialog at a time: a bug that repeats while it is open (a paint event, a timer) is only logged.
(After novelWriter's ``error.py``: log first, then show, and never let the reporter itself raise.)
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from oend.logs import log_bug, log_file

log = logging.getLogger("oend.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


class CrashReporter(QObject):
    """Logs each bug and shows the dialog on the GUI thread, whichever thread the bug happened on."""

    bug = Signal(str)  # one line: the kind of error and its message

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.log_path = log_file()
        self.dialog: QMessageBox | None = None
        self.bug.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Log the bug and ask for the dialog; safe to call from any thread."""
        try:
            log_bug("a bug reached the user", error.with_traceback(trace))
            self.bug.emit(f"{kind.__name__}: {error}")
        except Exception:  # the reporter must never raise from inside the hook
            sys.__excepthook__(kind, error, trace)

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report(kind, error, trace)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, what: str) -> None:
        if self.dialog is not None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(self.tr("Something went wrong that OEND did not expect. What was under way was not saved."))
        box.setInformativeText(
            self.tr("What happened: %1\n\nThe details are in the log file %2. Please send it to whoever supports OEND.")
            .replace("%1", what)
            .replace("%2", str(self.log_path))
        )
        opener = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("openLogFolder")
        opener.clicked.connect(self.open_log_folder)
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_path).parent)))


@contextmanager
def crash_reporting(app: QApplication) -> Iterator[CrashReporter]:
    """While the block runs, every bug of the app is reported through a dialog and the log file.

    The hooks it replaced are put back afterwards, so a process that runs the app more than once (the tests)
    ends each run as it began.
    """
    reporter = CrashReporter(app)
    hooks = sys.excepthook, threading.excepthook
    sys.excepthook, threading.excepthook = reporter.excepthook, reporter.thread_excepthook
    qt_handler = qInstallMessageHandler(_qt_message)
    try:
        yield reporter
    finally:
        sys.excepthook, threading.excepthook = hooks
        qInstallMessageHandler(qt_handler)
        reporter.deleteLater()
