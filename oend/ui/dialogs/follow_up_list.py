"""The list behind Today's "Follow-ups due" figure, with each follow-up recorded from the row chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from oend.model.codes import ReferralKind
from oend.queries.linkage import FollowUpRow
from oend.ui.dialogs.figure_list import FigureList
from oend.ui.dialogs.referral import FollowUpDialog
from oend.ui.text.labels import label
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace


class FollowUpList(FigureList):
    """The follow-ups due; "Record follow-up…" opens the chosen one, and the list is read again once it is saved."""

    def __init__(
        self,
        workspace: Workspace,
        title: str,
        read: Callable[[], list[FollowUpRow]],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.read = read
        self.due = read()
        super().__init__(workspace, "today_follow_ups", title, self.headings(), self.texts(), note, parent)
        self.record_button = named(QPushButton(self.tr("Record follow-up…")), "recordFollowUp")
        self.record_button.setEnabled(bool(self.due))
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None  # made by FigureList
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(self.record_selected)
        self.table.doubleClicked.connect(self.record_selected)

    def headings(self) -> list[str]:
        return [self.tr("Due"), self.tr("Participant"), self.tr("After"), self.tr("Site")]

    def texts(self) -> list[list[str]]:
        return [
            [
                row.due_on.isoformat(),
                row.participant_code or self.tr("not enrolled"),
                label(ReferralKind, row.kind) if row.referral_id else self.tr("Release"),
                row.site_code,
            ]
            for row in self.due
        ]

    def record_selected(self) -> FollowUpDialog | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        dialog = FollowUpDialog(self.workspace, self.due[index.row()], self)
        if dialog.exec():
            self.due = self.read()
            self.rows = self.texts()
            self.model.setRowCount(0)
            for row in self.rows:
                self.model.appendRow([QStandardItem(value) for value in row])
            self.record_button.setEnabled(bool(self.due))
        return dialog
