"""The list behind one dashboard figure: the people, kits or lots it counts, in a table, exportable as shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oend.errors import OendError
from oend.services.exports import export_shown_rows
from oend.ui.outputs.export import FORMATS
from oend.ui.outputs.files import ask_save_path, show_problem, show_saved
from oend.ui.text.numbers import count
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace


class FigureList(QDialog):
    """``rows`` of text under ``headers``; Export… writes exactly these rows to XLSX or CSV."""

    def __init__(
        self,
        workspace: Workspace,
        name: str,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"figureList_{name}")
        self.workspace = workspace
        self.name = name
        self.headers = list(headers)
        self.rows = [list(row) for row in rows]
        self.setWindowTitle(title)
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = named(QLabel(title), "pageTitle")
        how_many = named(QLabel(note or self.tr("%1 rows").replace("%1", count(len(self.rows)))), "muted")
        self.model = QStandardItemModel(len(self.rows), len(self.headers), self)
        self.model.setHorizontalHeaderLabels(self.headers)
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                self.model.setItem(r, c, QStandardItem(value))
        self.table = named(QTableView(), "figureTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = named(QPushButton(self.tr("Export…")), "exportFigure")
        self.export_button.setEnabled(bool(self.rows))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        for widget in (heading, how_many, self.table, buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.table, 1)

    def choose_file(self) -> None:
        chosen = ask_save_path(
            self, self.tr("Export %1").replace("%1", self.windowTitle()), f"{self.name}.xlsx", FORMATS
        )
        if chosen is not None and self.export_to(*chosen) is not None:
            show_saved(self, self.tr("The list is saved."), chosen[0])

    def export_to(self, path: Path, fmt: str) -> int | None:
        """Write the rows shown to ``path``; returns how many, or None after saying why not."""
        try:
            with self.workspace.db.transaction() as session:
                changed = export_shown_rows(
                    session, self.workspace.actor, self.name, self.windowTitle(), self.headers, self.rows, path, fmt
                )
        except (OendError, OSError) as error:
            show_problem(self, self.tr("The list was not saved."), error)
            return None
        return changed.record.rows
