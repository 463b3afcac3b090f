"""Export any list the app shows to XLSX or CSV, as the user sees it (filters, site scope), from any page.

A page adds its "Export…" button with one call::

    self.header_actions.addWidget(export_button(self, self.workspace, "participants", self.current_filter))

The export streams on a worker thread (a million rows keep the window live), shows progress with
Cancel, and ends with the row count and an "Open folder" button. Every export is audited by the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from oend.core.changes import Changed
from oend.exchange.lists import ListFilter
from oend.reporting.progress import CancelCheck, Progress
from oend.ui.operations import announce, write
from oend.ui.outputs.files import ask_save_path, show_problem, show_saved
from oend.ui.outputs.jobs import LongJob, progress_dialog
from oend.ui.text.numbers import count
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

if TYPE_CHECKING:
    from oend.exchange.export import ExportResult

FilterSource = Callable[[], ListFilter | None]
FORMATS = ["xlsx", "csv"]


def list_titles() -> dict[str, str]:
    """The exportable lists, by name, as the user knows them."""
    return {
        "participants": QCoreApplication.translate("ExportAction", "Participants"),
        "sessions": QCoreApplication.translate("ExportAction", "Training sessions"),
        "dispensing": QCoreApplication.translate("ExportAction", "Kits dispensed"),
        "reversals": QCoreApplication.translate("ExportAction", "Reversals reported"),
        "stock": QCoreApplication.translate("ExportAction", "Stock movements"),
    }


class ListExport(LongJob):
    """One list's export: ask for a file, write it on a worker, say how many rows were written."""

    def __init__(self, parent: QWidget, workspace: Workspace, list_name: str, current_filter: FilterSource) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace
        self.list_name = list_name
        self.current_filter = current_filter
        self.finished.connect(self._saved)
        self.failed.connect(
            lambda error: show_problem(
                self.parent_widget, QCoreApplication.translate("ExportAction", "The export was not saved."), error
            )
        )

    def ask_and_run(self) -> bool:
        """Ask where to save, then start; False when the user closed the dialog."""
        if self.running:
            return False
        title = list_titles().get(self.list_name, self.list_name)
        suggested = f"{self.list_name}-{dt.date.today().isoformat()}.xlsx"
        chosen = ask_save_path(
            self.parent_widget,
            QCoreApplication.translate("ExportAction", "Export %1").replace("%1", title),
            suggested,
            FORMATS,
        )
        if chosen is None:
            return False
        self.run_to(*chosen)
        return True

    def run_to(self, path: Path, fmt: str) -> None:
        """Export to ``path`` as ``fmt`` on the worker thread, with a progress dialog."""
        filters = self.current_filter()
        workspace, actor, name = self.workspace, self.workspace.actor, self.list_name

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[ExportResult]:
            from oend.services.exports import export_list  # openpyxl loads on the first export, not at start

            return write(
                workspace,
                lambda session: export_list(
                    session, actor, name, path, filters, fmt, progress=progress, cancelled=cancelled
                ),
            )

        title = list_titles().get(self.list_name, self.list_name)
        self.dialog = progress_dialog(
            self.parent_widget, self, QCoreApplication.translate("ExportAction", "Exporting %1…").replace("%1", title)
        )
        self.start(work)

    def _saved(self, changed: Changed[ExportResult]) -> None:
        announce(self.parent_widget, changed)
        result = changed.record
        text = QCoreApplication.translate("ExportAction", "Rows exported: %1.").replace("%1", count(result.rows))
        self.message = show_saved(self.parent_widget, text, result.path)


def export_button(
    parent: QWidget, workspace: Workspace, list_name: str, current_filter: FilterSource, text: str | None = None
) -> QPushButton:
    """An "Export…" button that exports ``list_name`` with the filter ``current_filter()`` returns when clicked."""
    action = ListExport(parent, workspace, list_name, current_filter)
    button = named(
        QPushButton(text or QCoreApplication.translate("ExportAction", "Export…"), parent), f"export_{list_name}"
    )
    button.setAutoDefault(False)
    button.setToolTip(
        QCoreApplication.translate("ExportAction", "Save this list, as filtered, to an Excel or CSV file")
    )
    button.clicked.connect(action.ask_and_run)
    button.export_action = action  # type: ignore[attr-defined]  # for a caller (or a test) that runs it directly
    return button
