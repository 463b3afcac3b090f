"""The users of the program as a table: a handful of rows, so loaded whole from ``list_users``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from oend.model.codes import Role
from oend.services.users import UserRow, list_users
from oend.ui import style
from oend.ui.text.labels import label
from oend.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    USERNAME, NAME, ROLE, SITES, STATE = range(5)

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[UserRow] = []

    def reload(self) -> None:
        with self._workspace.db.session() as session:
            rows = list_users(session, self._workspace.actor, self._workspace.keyring)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Sites"), self.tr("State"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor(style.MUTED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.USERNAME:
            return user.username
        if column == self.NAME:
            return user.display_name
        if column == self.ROLE:
            return label(Role, user.role)
        if column == self.SITES:
            return ", ".join(user.site_codes) if user.site_codes else self.tr("All sites")
        if column == self.STATE:
            return self.tr("Active") if user.active else self.tr("Disabled")
        return None
