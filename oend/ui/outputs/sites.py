"""Choosing several sites for a report or an export: the sites the user works at, ticked; none ticked means all."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from oend.queries.choices import site_choices
from oend.ui.workspace import Workspace

VISIBLE_ROWS = 5


def select_data(combo: QComboBox, value: object) -> bool:
    """Choose the entry whose data equals ``value`` (``findData`` matches a Python object by identity only)."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False


class SitePicker(QListWidget):
    """A short checklist of the user's sites (their scope: an outreach worker sees only theirs)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitePicker")
        with workspace.db.session() as session:
            choices = site_choices(session, workspace.actor)
        for choice in choices:
            item = QListWidgetItem(f"{choice.code} — {choice.name}")
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setToolTip(self.tr("Tick the sites to include; with none ticked, every site you work at is included"))
        self.itemChanged.connect(lambda _item: self.changed.emit())
        rows = min(max(self.count(), 2), VISIBLE_ROWS)
        self.setFixedHeight(rows * (self.sizeHintForRow(0) if self.count() else 20) + 2 * self.frameWidth() + 2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def site_ids(self) -> list[uuid.UUID]:
        """The ticked sites; empty means all the user's sites."""
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def site_names(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count()) if self.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, site_ids: list[uuid.UUID]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in site_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
