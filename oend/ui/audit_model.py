"""A lazy, paged table of audit events over ``browse_audit``, newest first, for the current filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from oend.queries.audit import AuditFilter, AuditRow, browse_audit, count_audit
from oend.ui.audit_text import action_label, detail_text, local_time, record_text
from oend.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


class AuditModel(QAbstractTableModel):
    TIME, USER, ACTION, RECORD, DETAIL = range(5)

    def __init__(self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._more = False
        self.total = 0
        self.pages_fetched = 0

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @property
    def has_more(self) -> bool:
        return self._more

    def apply(self, where: AuditFilter) -> None:
        """Show the first page of events matching ``where`` (one reset, whatever the trail's size)."""
        with self._workspace.db.session() as session:
            first = browse_audit(session, self._workspace.actor, where, limit=self._page_size)
            total = count_audit(session, self._workspace.actor, where)
        self.beginResetModel()
        self._filter = where
        self._rows = first
        self._more = len(first) == self._page_size
        self.total = total
        self.pages_fetched = 1
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        with self._workspace.db.session() as session:
            rows = browse_audit(
                session, self._workspace.actor, self._filter, limit=self._page_size, offset=len(self._rows)
            )
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
        titles = (self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Record"), self.tr("Detail"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return detail_text(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.TIME:
            return local_time(row.at)
        if column == self.USER:
            return row.username or "—"
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.RECORD:
            return record_text(row)
        if column == self.DETAIL:
            return detail_text(row)
        return None
