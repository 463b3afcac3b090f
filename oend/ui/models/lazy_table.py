"""A lazy, paged table model over any list query, and the table view every page shows it in.

Rows come from ``fetch(session, offset, limit)`` a page at a time as the view scrolls
(``canFetchMore`` / ``fetchMore``), so a list of the statewide database never loads more than the pages seen.
Columns are declared once as (title, how to show a row), so each page's model is a few lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from sqlalchemy.orm import Session

from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ROW_HEIGHT = 34
ROW_ROLE = Qt.ItemDataRole.UserRole
#: Row tones a column may ask for; colours stay in one place (style.py's palette).
TONES = {"warn": ("#fff7e6", "#8a4b00"), "bad": ("#fef3f2", "#b42318"), "good": ("#ecfdf3", "#05603a")}


@dataclass(frozen=True)
class Column(Generic[R]):
    title: Callable[[], str]
    show: Callable[[R], str]
    width: int = 0  # 0: stretch
    tone: Callable[[R], str | None] | None = None
    right: bool = False


class PagedModel(QAbstractTableModel, Generic[R]):
    """Rows of ``fetch``, fetched in pages of ``page_size`` as the view scrolls; subclasses show them."""

    def __init__(
        self,
        workspace: Workspace,
        fetch: Callable[[Session, int, int], list[R]],
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[R] = []
        self._more = False
        self.pages_fetched = 0

    @property
    def has_more(self) -> bool:
        return self._more

    def set_fetch(self, fetch: Callable[[Session, int, int], list[R]]) -> None:
        """Show another query's rows (a new filter), from the first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        """The first page again: one model reset, however many rows there are."""
        first = self._page(0)
        self.beginResetModel()
        self._rows = first
        self._more = len(first) == self._page_size
        self.pages_fetched = 1
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        """The rows fetched so far."""
        return list(self._rows)

    def _page(self, offset: int) -> list[R]:
        with self._workspace.db.session() as session:
            return self._fetch(session, offset, self._page_size)

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        self._more = len(rows) == self._page_size
        self.pages_fetched += 1
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()


class LazyTableModel(PagedModel[R]):
    """Rows of ``fetch`` shown through ``columns``, fetched in pages of ``page_size``."""

    def __init__(
        self,
        workspace: Workspace,
        columns: Sequence[Column[R]],
        fetch: Callable[[Session, int, int], list[R]],
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(workspace, fetch, page_size, parent)
        self._columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column.tone is not None:
            tone = column.tone(row)
            if tone in TONES:
                colours = TONES[tone]
                return QBrush(QColor(colours[0 if role == Qt.ItemDataRole.BackgroundRole else 1]))
        return None


def table_view(model: QAbstractTableModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A row-selecting, read-only table with a fixed, hidden row header (a resizing one stalls on reset: DESIGN.md)."""
    table = named(QTableView(parent), name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    rows.hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def make_table(
    model: QAbstractTableModel, columns: Sequence[Column[Any]], name: str, parent: QWidget | None = None
) -> QTableView:
    """A table over ``columns``, each at its width."""
    table = table_view(model, name, parent)
    header = table.horizontalHeader()
    for number, column in enumerate(columns):
        if column.width:
            header.resizeSection(number, column.width)
        else:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> Any:
    """The row object under the table's current index, or None."""
    index = table.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


def dash(value: object) -> str:
    """A value as text, or an em dash for nothing recorded."""
    if value is None or value == "":
        return "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)
