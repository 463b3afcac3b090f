"""A lazy, paged table of participant search results.

Rows come from ``search_participants`` a page at a time, as the view scrolls (``canFetchMore`` /
``fetchMore``); a search of the statewide database never loads more than the pages seen.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oend.queries.participants import ParticipantRow, search_participants
from oend.ui.labels import category_label
from oend.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantSearchModel(QAbstractTableModel):
    """Participants matching the current search text, fetched in pages of ``page_size`` rows."""

    CODE, NAME, BIRTH, CATEGORY = range(4)

    def __init__(self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._text = ""
        self._rows: list[ParticipantRow] = []
        self._more = False
        self.pages_fetched = 0

    # --- what the page calls -------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def has_more(self) -> bool:
        return self._more

    def search(self, text: str) -> None:
        """Show the first page of matches for ``text`` (one model reset, no matter how many rows)."""
        first = self._page(text.strip(), 0)
        self.beginResetModel()
        self._text = text.strip()
        self._rows = first
        self._more = len(first) == self._page_size
        self.pages_fetched = 1
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def _page(self, text: str, offset: int) -> list[ParticipantRow]:
        with self._workspace.db.session() as session:
            return search_participants(session, self._workspace.actor, text, limit=self._page_size, offset=offset)

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._page(self._text, len(self._rows))
        self._more = len(rows) == self._page_size
        self.pages_fetched += 1
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Code"), self.tr("Name"), self.tr("Date of birth"), self.tr("Category"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return str(row.id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return " ".join(p for p in (row.first_name, row.last_name) if p) or "—"
        if column == self.BIRTH:
            # ISO dates: unambiguous in every language, and what the search box accepts.
            return row.date_of_birth.isoformat() if row.date_of_birth else "—"
        if column == self.CATEGORY:
            return category_label(row.category)
        return None

    def participant_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id
