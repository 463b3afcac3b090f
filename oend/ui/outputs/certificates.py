"""Print a training class's certificates into one PDF, from the training session screen.

    print_certificates(self, self.workspace, session_id)

Asks where to save, renders on a worker thread with progress and Cancel (a class of 40 takes about a
second), gives each trainee a verification code where they had none, and says where the file is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.reporting.engine import write_atomically
from oend.reporting.progress import CancelCheck, Progress
from oend.ui.operations import announce, write
from oend.ui.outputs.files import ask_save_path, show_problem, show_saved
from oend.ui.outputs.jobs import LongJob, progress_dialog
from oend.ui.workspace import Workspace


class CertificatePrint(LongJob):
    """One class's certificates written to a PDF on a worker thread."""

    def __init__(self, parent: QWidget, workspace: Workspace, session_id: uuid.UUID) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace
        self.session_id = session_id
        self.finished.connect(self._saved)
        self.failed.connect(
            lambda error: show_problem(
                self.parent_widget,
                QCoreApplication.translate("Certificates", "The certificates were not printed."),
                error,
            )
        )

    def run_to(self, path: Path) -> None:
        workspace, actor, session_id = self.workspace, self.workspace.actor, self.session_id
        self.path = path

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[bytes]:
            def issue(session: Session) -> Changed[bytes]:
                from oend.services.certificates import issue_certificates  # ReportLab loads on first use

                changed = issue_certificates(session, actor, session_id, progress=progress, cancelled=cancelled)
                write_atomically(path, changed.record)  # in the transaction: the codes are kept only if the file is
                return changed

            return write(workspace, issue)

        self.dialog = progress_dialog(
            self.parent_widget, self, QCoreApplication.translate("Certificates", "Printing certificates…")
        )
        self.start(work)

    def _saved(self, changed: Changed[bytes]) -> None:
        announce(self.parent_widget, changed)
        self.message = show_saved(
            self.parent_widget,
            QCoreApplication.translate("Certificates", "The certificates are ready to print."),
            self.path,
        )


def print_certificates(
    parent: QWidget, workspace: Workspace, session_id: uuid.UUID, path: Path | None = None
) -> CertificatePrint | None:
    """Ask for a file (unless ``path`` is given) and print the class into it; None when the user closed the dialog."""
    if path is None:
        suggested = f"certificates-{dt.date.today().isoformat()}.pdf"
        chosen = ask_save_path(
            parent, QCoreApplication.translate("Certificates", "Save certificates"), suggested, ["pdf"]
        )
        if chosen is None:
            return None
        path = chosen[0]
    job = CertificatePrint(parent, workspace, session_id)
    job.ended.connect(job.deleteLater)
    job.run_to(path)
    return job
