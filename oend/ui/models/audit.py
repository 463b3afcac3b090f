"""A lazy, paged table of audit events over ``browse_audit``, newest first, for the current filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy.orm import Session

from oend.model.codes import AuditAction
from oend.queries.audit import AuditFilter, AuditRow, browse_audit, count_audit
from oend.ui.models.lazy_table import PAGE_SIZE, Index, PagedModel
from oend.ui.text.audit_text import detail_text, local_time, record_text, user_text
from oend.ui.text.labels import label
from oend.ui.workspace import Workspace


class AuditModel(PagedModel[AuditRow]):
    TIME, USER, ACTION, RECORD, DETAIL = range(5)

    def __init__(self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(workspace, self._events, page_size, parent)
        self._filter = AuditFilter()
        self.total = 0

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def apply(self, where: AuditFilter) -> None:
        """Show the first page of events matching ``where`` (one reset, whatever the trail's size)."""
        with self._workspace.db.session() as session:
            self.total = count_audit(session, self._workspace.actor, where)
        self._filter = where
        self.reload()

    def _events(self, session: Session, offset: int, limit: int) -> list[AuditRow]:
        return browse_audit(session, self._workspace.actor, self._filter, limit=limit, offset=offset)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else 5

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
            return user_text(row)
        if column == self.ACTION:
            return label(AuditAction, row.action)
        if column == self.RECORD:
            return record_text(row)
        if column == self.DETAIL:
            return detail_text(row)
        return None
