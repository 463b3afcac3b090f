"""Participants: search-as-you-type over everyone the program serves, enrolment, and each person's page.

This is the page the app opens on, so the enrolment form and a person's page load when first asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from oend.core.changes import Area, Changed
from oend.model import Participant
from oend.ui.models.lazy_table import table_view
from oend.ui.models.participants import ParticipantSearchModel
from oend.ui.pages.base import Page
from oend.ui.widgets.empty_state import EmptyState, centred
from oend.ui.widgets.named import named
from oend.ui.widgets.throttle import Throttle
from oend.ui.workspace import Workspace


class ParticipantsPage(Page):
    areas = frozenset({Area.PARTICIPANTS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.new_button = named(QPushButton(self.tr("New participant")), "newParticipant")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Enrol someone new (Ctrl+N)"))
        self.new_button.clicked.connect(self.create_new)
        self.header_actions.addWidget(self.new_button)

        self.search = named(QLineEdit(), "search")
        self.search.setPlaceholderText(self.tr("Search by code, name or date of birth (YYYY-MM-DD)  —  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.body.addWidget(self.search)
        self.summary = named(QLabel(), "muted")
        self.body.addWidget(self.summary)

        self.model = ParticipantSearchModel(workspace, parent=self)
        self.table = self._build_table()
        self.no_match = EmptyState("?", "", "")
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(centred(self.no_match))
        self.body.addWidget(self.results, 1)

        self.throttle = Throttle(self._run_search, parent=self)
        self.search.textChanged.connect(self.throttle.poke)
        self.search.returnPressed.connect(self.open_match)
        self.model.rowsInserted.connect(self._show_summary)
        self.table.activated.connect(self.open_row)  # Enter or a double-click

    def _build_table(self) -> QTableView:
        table = table_view(self.model, "participantTable")
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(ParticipantSearchModel.NAME, QHeaderView.ResizeMode.Stretch)
        columns.resizeSection(ParticipantSearchModel.CODE, 190)
        columns.resizeSection(ParticipantSearchModel.BIRTH, 175)
        columns.resizeSection(ParticipantSearchModel.CATEGORY, 230)
        return table

    def open_row(self, index: QModelIndex) -> None:
        """Open the participant's page: whole history, edit, merge."""
        if not index.isValid():
            return
        from oend.ui.pages.participant_detail import open_participant

        open_participant(self.workspace, self.model.participant_id(index.row()), self)

    def open_match(self) -> None:
        """Enter in the search: search now, then open the highlighted person, or the only one found."""
        self.throttle.flush()
        chosen = self.table.selectionModel().selectedRows()
        if chosen:
            self.open_row(chosen[0])
        elif self.model.rowCount() == 1 and not self.model.has_more:
            self.open_row(self.model.index(0, 0))

    def title(self) -> str:
        return self.tr("Participants")

    def subtitle(self) -> str:
        return self.tr("Everyone your program has trained or given naloxone")

    def _run_search(self) -> None:
        self.model.search(self.search.text())
        self._show_summary()

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        text = self.model.text
        if count == 0:
            self.summary.setText("")
            if text:
                self.no_match.title_label.setText(self.tr("No participant matches “%1”").replace("%1", text))
                self.no_match.body_label.setText(self.tr("Check the spelling, or press Ctrl+N to enrol someone new."))
            else:
                self.no_match.title_label.setText(self.tr("No participants yet"))
                self.no_match.body_label.setText(self.tr("Press Ctrl+N to enrol the first person."))
            self.results.setCurrentIndex(1)
            return
        self.results.setCurrentIndex(0)
        if self.model.has_more:
            self.summary.setText(self.tr("Showing %1 so far — scroll for more").replace("%1", str(count)))
        else:
            self.summary.setText(self.tr("Found: %1").replace("%1", str(count)))

    def refresh(self, areas: frozenset[Area]) -> None:
        self._run_search()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def create_new(self) -> bool:
        from oend.ui.dialogs.participant import ParticipantDialog

        dialog = ParticipantDialog(self.workspace, self)
        dialog.saved.connect(self._search_for_enrolled)
        dialog.exec()
        return True

    def _search_for_enrolled(self, changed: Changed[Participant]) -> None:
        """Put the new person's code in the search; the refresh their announcement brings then finds them."""
        self.search.blockSignals(True)  # no search of its own: the refresh runs it once
        self.search.setText(changed.record.code)
        self.search.blockSignals(False)
