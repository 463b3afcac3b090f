"""The Sync page's list of possible duplicates: records sync found holding one code, to merge or keep apart."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from oend.model import Participant
from oend.model.codes import Role
from oend.services.sync.merges import confirm_merge, dismiss_offer, merge_offers
from oend.ui.operations import run_write
from oend.ui.text.audit_text import local_time
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button
from oend.ui.workspace import Workspace

# Who decides on an offer (as the merge services allow).
DECIDERS = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR})


class MergeOffersTab(QWidget):
    """Each offer with both records' codes; read again whenever the tab is shown and after a decision."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.offers: list[uuid.UUID] = []
        headers = [self.tr("Code"), self.tr("Record kept"), self.tr("Other record"), self.tr("Found")]
        self.list = named(QTableWidget(0, len(headers)), "mergeOffers")
        self.list.setHorizontalHeaderLabels(headers)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._chosen)
        self.note = named(QLabel(), "muted")
        self.note.setWordWrap(True)
        self.merge_button = button(self.tr("Merge"), "mergeOffer", self.tr("Fold the other record into the one kept"))
        self.apart_button = button(
            self.tr("Not the same person"), "dismissOffer", self.tr("Keep both records as they are")
        )
        self.merge_button.clicked.connect(lambda: self._decide(confirm_merge))
        self.apart_button.clicked.connect(lambda: self._decide(dismiss_offer))
        inside = QVBoxLayout(self)
        inside.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.merge_button)
        row.addWidget(self.apart_button)
        inside.addLayout(row)
        self._chosen()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """Read the open offers (a few rows); only a coordinator sees and decides them."""
        rows: list[list[str]] = []
        self.offers = []
        if self.workspace.actor.role in DECIDERS:
            with self.workspace.db.session() as session:
                for offer in merge_offers(session, self.workspace.actor):
                    self.offers.append(offer.id)
                    kept, other = _code(session, offer.kept_id), _code(session, offer.duplicate_id)
                    rows.append([offer.code, kept, other, local_time(offer.found_at)])
        self.list.setRowCount(len(rows))
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.list.setItem(number, column, QTableWidgetItem(text))
        self._chosen()

    def chosen(self) -> uuid.UUID | None:
        rows = self.list.selectionModel().selectedRows()
        return self.offers[rows[0].row()] if rows and rows[0].row() < len(self.offers) else None

    def _chosen(self) -> None:
        may = self.workspace.actor.role in DECIDERS
        for action in (self.merge_button, self.apart_button):
            action.setEnabled(may and self.chosen() is not None)
        if not may:
            self.note.setText(self.tr("A coordinator decides on possible duplicates."))
        elif not self.offers:
            self.note.setText(self.tr("No possible duplicate to review."))
        else:
            self.note.setText(self.tr("Two records hold one code: merge them, or keep them apart."))

    def _decide(self, decision: Callable[[Session, Any, uuid.UUID], Any]) -> None:
        offer = self.chosen()
        if offer is None:
            return
        actor = self.workspace.actor
        run_write(self, self.workspace, lambda session: decision(session, actor, offer), on_saved=lambda _: self.load())


def _code(session: Session, participant_id: uuid.UUID) -> str:
    person = session.get(Participant, participant_id)
    return person.code if person is not None else str(participant_id)
