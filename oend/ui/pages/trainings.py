"""Trainings: the sessions held (each one's details open to correct; one recorded by mistake or twice can be
voided), and one session's attendees, knowledge checks and kits on the same screen."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from oend.core.changes import Area, Changed
from oend.model.codes import ReferralSource, TrainingFormat
from oend.queries.activity import SessionRow, training_sessions
from oend.services.training_corrections import void_training
from oend.ui.dialogs.referral import ReferralDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table, selected_row
from oend.ui.pages.base import Page
from oend.ui.text.labels import label
from oend.ui.widgets.attendee_panel import AttendeePanel
from oend.ui.widgets.page_parts import button, section_label, site_filter
from oend.ui.workspace import Workspace


class TrainingsPage(Page):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._choose_next: uuid.UUID | None = None  # a session just recorded, chosen at the next refresh
        self.new_button = button(self.tr("Record a session"), "newTraining", self.tr("Ctrl+N"), True)
        self.new_button.clicked.connect(self.create_new)
        self.header_actions.addWidget(self.site_filter_widget(workspace))
        self.header_actions.addWidget(self.new_button)

        columns = self.columns()
        self.model: LazyTableModel[SessionRow] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, "sessionTable")
        self.table.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.attendees = AttendeePanel(workspace)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_label(self.tr("Sessions")))
        column.addWidget(self.table, 1)
        self.edit_button = button(
            self.tr("Edit…"), "editTraining", self.tr("Correct the date, site, trainer or topics of the session chosen")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.void_button = button(
            self.tr("Void…"), "voidTraining", self.tr("Void a session recorded by mistake or twice")
        )
        self.void_button.clicked.connect(self.void_selected)
        self.refer_button = button(
            self.tr("Refer…"), "referFromTraining", self.tr("Refer someone from the session chosen to a service")
        )
        self.refer_button.clicked.connect(self.refer)
        self.header_actions.insertWidget(0, self.refer_button)  # the row below the list is full in Spanish
        corrections = QHBoxLayout()  # below the list: beside its heading they would widen the page past a small screen
        corrections.addStretch(1)
        corrections.addWidget(self.edit_button)
        corrections.addWidget(self.void_button)
        column.addLayout(corrections)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.attendees)
        splitter.setSizes([500, 560])
        self.body.addWidget(splitter, 1)

    def site_filter_widget(self, workspace: Workspace) -> QWidget:
        self.site = site_filter(workspace)
        self.site.currentIndexChanged.connect(lambda: self.refresh(self.areas))
        return self.site

    def columns(self) -> list[Column[SessionRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.session_date.isoformat(), 100),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 90),
            Column(lambda: self.tr("Format"), lambda r: label(TrainingFormat, r.format)),
            Column(lambda: self.tr("People"), lambda r: str(r.attendees), 70, right=True),
        ]

    def title(self) -> str:
        return self.tr("Trainings")

    def subtitle(self) -> str:
        return self.tr("Sessions held, who attended, and the kits they took home")

    def _page(self, session: Any, offset: int, limit: int) -> list[SessionRow]:
        return training_sessions(
            session, self.workspace.actor, site_id=self.site.currentData(), offset=offset, limit=limit
        )

    def refresh(self, areas: frozenset[Area]) -> None:
        chosen: SessionRow | None = selected_row(self.table)
        wanted, self._choose_next = self._choose_next or (chosen.id if chosen else None), None
        self.model.reload()
        rows = self.model.rows()
        keep = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else -1)
        if keep >= 0:
            self.table.selectionModel().blockSignals(True)  # the panel loads once, just below
            self.table.selectRow(keep)
            self.table.selectionModel().blockSignals(False)
        self._session_chosen()

    def _session_chosen(self) -> None:
        row: SessionRow | None = selected_row(self.table)
        self.edit_button.setEnabled(row is not None)
        self.void_button.setEnabled(row is not None)
        self.refer_button.setEnabled(row is not None)
        if row is None:
            self.attendees.show_session(None, None, None, "")
            return
        title = (
            self.tr("%1 · %2 · %3")
            .replace("%1", row.session_date.isoformat())
            .replace("%2", row.site_code)
            .replace("%3", label(TrainingFormat, row.format))
        )
        self.attendees.show_session(row.id, row.site_id, row.session_date, title)

    def create_new(self) -> bool:
        dialog = TrainingDialog(self.workspace, self)
        dialog.saved.connect(self._select_new_session)
        if dialog.exec():
            self.attendees.code.setFocus()
        return True

    def _select_new_session(self, changed: Changed[Any]) -> None:
        """The session just saved is the one chosen in the refresh its announcement brings."""
        self._choose_next = changed.record.id

    def refer(self) -> ReferralDialog | None:
        """A referral made at the session chosen (counted by kind; no one on its list is named)."""
        row: SessionRow | None = selected_row(self.table)
        if row is None:
            return None
        dialog = ReferralDialog(
            self.workspace, self, site_id=row.site_id, source_kind=ReferralSource.TRAINING, source_id=row.id
        )
        dialog.exec()
        return dialog

    def edit_selected(self) -> None:
        """Correct the chosen session's details in the form it was recorded with."""
        row: SessionRow | None = selected_row(self.table)
        if row is not None:
            TrainingDialog(self.workspace, self, training_id=row.id).exec()  # a save is announced to every page

    def void_selected(self) -> None:
        """Void the session chosen with everyone on its list, with a reason (refused while kits are linked to it)."""
        row: SessionRow | None = selected_row(self.table)
        if row is None:
            return
        actor = self.workspace.actor
        what = self.tr("the training session of %1").replace("%1", row.session_date.isoformat())
        VoidDialog(
            self.workspace,
            what,
            "training_session",
            lambda session, reason: void_training(session, actor, row.id, reason=reason),
            self,
        ).exec()  # a void is announced to every page, this one included
