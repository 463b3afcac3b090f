"""A lazy, paged table of participant search results.

Rows come from ``search_participants`` a page at a time as the view scrolls (``PagedModel``);
a search of the statewide database never loads more than the pages seen.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy.orm import Session

from oend.model.codes import ParticipantCategory
from oend.queries.participants import ParticipantRow, search_participants
from oend.ui.models.lazy_table import PAGE_SIZE, Index, PagedModel
from oend.ui.text.labels import label
from oend.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantSearchModel(PagedModel[ParticipantRow]):
    """Participants matching the current search text, fetched in pages of ``page_size`` rows."""

    CODE, NAME, BIRTH, CATEGORY = range(4)

    def __init__(self, workspace: Workspace, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(workspace, self._matches, page_size, parent)
        self._text = ""

    @property
    def text(self) -> str:
        return self._text

    def search(self, text: str) -> None:
        """Show the first page of matches for ``text`` (one model reset, no matter how many rows)."""
        self._text = text.strip()
        self.reload()

    def _matches(self, session: Session, offset: int, limit: int) -> list[ParticipantRow]:
        return search_participants(session, self._workspace.actor, self._text, limit=limit, offset=offset)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else 4

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
            return label(ParticipantCategory, row.category)
        return None

    def participant_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id
