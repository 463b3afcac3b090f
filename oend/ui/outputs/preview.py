"""A computed report shown in the page: each table with its title, totals in bold, suppressed cells as printed.

It shows the same ``Table`` objects the PDF and the XLSX render, so what the user checks here is what
the funder gets.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oend.reporting.report_model import Report
from oend.reporting.suppression import SUPPRESSED_MARK
from oend.reporting.tables import Table
from oend.ui.widgets.named import named

ROW_HEIGHT = 28


def table_widget(table: Table) -> QTableWidget:
    """A read-only grid sized to its rows (the preview scrolls as a whole, never inside a table)."""
    body = table.body()
    grid = named(QTableWidget(len(body), len(table.header)), f"table_{table.id}")
    grid.setHorizontalHeaderLabels(table.header)
    grid.verticalHeader().hide()
    grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    grid.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    grid.setAlternatingRowColors(True)
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    locale = QLocale()
    bold = QFont(grid.font())
    bold.setBold(True)
    for r, row in enumerate(body):
        total_row = table.total_row and r == len(body) - 1
        for c, value in enumerate(row):
            text = locale.toString(value) if isinstance(value, int) else str(value)  # 1,020 / 1.020 by language
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total_row or (table.total_column and c == len(row) - 1):
                item.setFont(bold)
            grid.setItem(r, c, item)
    header = grid.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    first = grid.horizontalHeaderItem(0)
    assert first is not None  # made by setHorizontalHeaderLabels
    first.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    grid.setFixedHeight(len(body) * ROW_HEIGHT + header.sizeHint().height() + 2 * grid.frameWidth() + 2)
    grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return grid


class ReportPreview(QScrollArea):
    """The tables of one report, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.report: Report | None = None
        self.grids: dict[str, QTableWidget] = {}
        self.clear()

    def clear(self) -> None:
        self.report = None
        self.grids = {}
        holder = named(QWidget(), "previewHolder")
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 12, 0)
        self.column.setSpacing(8)
        self.setWidget(holder)

    def show_report(self, report: Report) -> None:
        self.clear()
        self.report = report
        heading = named(QLabel(report.template.title), "previewTitle")
        self.column.addWidget(heading)
        sites = ", ".join(report.site_names) or self.tr("All my sites")
        facts = self.tr("%1 · %2 · %3").replace("%1", report.period.label).replace("%2", report.period.description)
        facts = facts.replace("%3", sites)
        if report.threshold is not None:
            facts += " · " + self.tr("counts of 1 to %1 shown as <%2, cells withheld to protect them as %3").replace(
                "%1", str(report.threshold)
            ).replace("%2", str(report.threshold + 1)).replace("%3", SUPPRESSED_MARK)
        info = named(QLabel(facts), "muted")
        info.setWordWrap(True)
        self.column.addWidget(info)
        for table in report.tables:
            title = named(QLabel(table.title), "tableTitle")
            self.column.addSpacing(8)
            self.column.addWidget(title)
            grid = table_widget(table)
            self.grids[table.id] = grid
            self.column.addWidget(grid)
            for text in table.notes():
                note = named(QLabel(text), "muted")
                note.setWordWrap(True)
                self.column.addWidget(note)
        self.column.addStretch(1)

    def cell(self, table_id: str, row_label: str, column: int = 1) -> str:
        """The text shown in ``table_id`` on the row labelled ``row_label`` (for a reader or a test)."""
        grid = self.grids[table_id]
        for r in range(grid.rowCount()):
            label = grid.item(r, 0)
            if label is not None and label.text() == row_label:
                shown = grid.item(r, column)
                assert shown is not None  # table_widget fills every cell
                return shown.text()
        raise KeyError(row_label)
