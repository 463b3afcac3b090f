"""Long outputs (a report, an export, an import, a class of certificates) on a worker thread, with progress and cancel.

Built on ``Workers``: the work is a plain function given ``progress(done, total)`` and ``cancelled()``,
the same callables the reporting and exchange engines take. Progress crosses to the UI thread through a
queued signal; cancel is a flag the engine checks between steps. The work opens its own Session (one
per action) from the workspace's Database, so the UI thread's connection is never shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QPushButton, QWidget

from oend.reporting.progress import CancelCheck, Cancelled, Progress
from oend.ui.widgets.named import named
from oend.ui.workers import Workers

Work = Callable[[Progress, CancelCheck], Any]


class LongJob(QObject):
    """One long output at a time: ``start`` it, watch ``progressed``, then ``finished``, ``failed`` or ``stopped``."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    stopped = Signal()
    #: Emitted once the job is over, whichever way it ended.
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = Workers(self, threads=1)
        self._cancel = threading.Event()
        self._running = False
        self._on_done: Callable[[Any], None] | None = None

    @property
    def running(self) -> bool:
        return self._running

    def start(self, work: Work, on_done: Callable[[Any], None] | None = None) -> None:
        """Run ``work`` on the worker; ``on_done`` (for this run only) gets its result before ``finished``."""
        if self._running:
            raise RuntimeError("a job is already running")
        self._running = True
        self._on_done = on_done
        self._cancel.clear()
        emit = self.progressed.emit  # from the worker thread: queued to the UI thread

        def run() -> Any:
            return work(lambda done, total: emit(int(done), int(total)), self._cancel.is_set)

        self.workers.run(run, self._done, self._failed)

    def cancel(self) -> None:
        """Ask the work to stop at its next step; nothing is written (the engines stage their files)."""
        self._cancel.set()

    def wait(self, timeout_ms: int = -1) -> bool:
        return self.workers.wait(timeout_ms)

    def _done(self, result: Any) -> None:
        """The work completed (a cancel that came too late does not undo a file already written)."""
        self._running = False
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result)
        self.ended.emit()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if isinstance(error, Cancelled):
            self.stopped.emit()
        else:
            self.failed.emit(error)
        self.ended.emit()


class ProgressStrip(QWidget):
    """An inline progress bar with its text and a Cancel button, shown while a ``LongJob`` runs."""

    def __init__(self, job: LongJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = named(QLabel(), "muted")
        self.bar = named(QProgressBar(), "jobProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelJob")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(job.cancel)
        self.cancel_button.clicked.connect(lambda: self.label.setText(self.tr("Stopping…")))
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        job.progressed.connect(self._progress)
        job.ended.connect(self.hide)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first step is known
        self.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


def progress_dialog(parent: QWidget | None, job: LongJob, text: str) -> QProgressDialog:
    """A window-modal progress dialog over ``job`` (for actions started from any page); Cancel stops the job."""
    dialog = QProgressDialog(text, QCoreApplication.translate("LongJob", "Cancel"), 0, 0, parent)
    dialog.setObjectName("jobProgressDialog")
    dialog.setWindowTitle(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # a quick job never flashes a dialog
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def ended() -> None:
        job.progressed.disconnect(progressed)  # the job may run again with a new dialog
        job.ended.disconnect(ended)
        dialog.hide()
        dialog.deleteLater()

    job.progressed.connect(progressed)
    job.ended.connect(ended)
    return dialog
