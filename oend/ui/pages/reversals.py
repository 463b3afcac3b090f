"""Reversals: overdose reversals reported back, a replacement kit or a referral one click from a saved report, and
each report open to correct or void."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from oend.core.changes import Area
from oend.model.codes import Outcome, ReferralSource, RefillReason, ResponderRelation
from oend.queries.activity import ReversalRow, replacement_kits, reversals
from oend.services.reversal_corrections import void_reversal
from oend.ui.dialogs.referral import ReferralDialog
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, make_table, selected_row
from oend.ui.pages.base import Page
from oend.ui.text.labels import label, yes_no
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, site_filter
from oend.ui.workspace import Workspace


class ReversalsPage(Page):
    areas = frozenset({Area.REVERSALS, Area.DISPENSING})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.new_button = button(self.tr("Record a reversal"), "newReversal", self.tr("Ctrl+N"), True)
        self.new_button.clicked.connect(self.create_new)
        self.header_actions.addWidget(self.new_button)

        bar = QHBoxLayout()
        self.site = site_filter(workspace)
        self.site.currentIndexChanged.connect(lambda: self.refresh(self.areas))
        bar.addWidget(self.site)
        self.summary = named(QLabel(), "muted")
        bar.addWidget(self.summary, 1)
        self.replace_button = button(
            self.tr("Give replacement kit"), "replacementKit", self.tr("A refill for the kit used in this reversal")
        )
        self.replace_button.clicked.connect(self.give_replacement)
        bar.addWidget(self.replace_button)
        self.refer_button = button(
            self.tr("Refer…"),
            "referFromReversal",
            self.tr("Refer the person who overdosed, or their family, to a service"),
        )
        self.refer_button.clicked.connect(self.refer)
        self.header_actions.insertWidget(0, self.refer_button)  # the bar below is full in Spanish
        self.edit_button = button(self.tr("Edit…"), "editReversal", self.tr("Correct the report chosen"))
        self.edit_button.clicked.connect(self.edit_selected)
        bar.addWidget(self.edit_button)
        self.void_button = button(self.tr("Void…"), "voidReversal", self.tr("Void a report made by mistake or twice"))
        self.void_button.clicked.connect(self.void_selected)
        bar.addWidget(self.void_button)
        self.body.addLayout(bar)

        self._replaced: dict[uuid.UUID, int] | None = None  # read by refresh; None: each page reads its own
        self._select_first = False
        columns = self.columns()
        self.model: LazyTableModel[ReversalRow] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, "reversalTable")
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_selected)
        self.body.addWidget(self.table, 1)

    def columns(self) -> list[Column[ReversalRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.overdose_date.isoformat(), 110),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 90),
            Column(lambda: self.tr("Reported by"), lambda r: r.reporter_code or self.tr("Not enrolled"), 170),
            Column(lambda: self.tr("Who gave naloxone"), lambda r: label(ResponderRelation, r.responder_relation)),
            Column(lambda: self.tr("Doses"), lambda r: str(r.doses) if r.doses else "—", 70, right=True),
            Column(lambda: self.tr("911 called"), lambda r: yes_no(r.called_911), 100),
            Column(
                lambda: self.tr("Outcome"),
                lambda r: label(Outcome, r.outcome),
                110,
                lambda r: "good" if r.outcome == "survived" else ("bad" if r.outcome == "died" else None),
            ),
            Column(
                lambda: self.tr("Replacement"),
                lambda r: (
                    self.tr("%1 kit(s) given").replace("%1", str(r.replacement_kits)) if r.replacement_kits else ""
                ),
                150,
            ),
        ]

    def title(self) -> str:
        return self.tr("Reversals")

    def subtitle(self) -> str:
        return self.tr("Overdoses reversed with naloxone, as people report them back")

    def _page(self, session: Any, offset: int, limit: int) -> list[ReversalRow]:
        return reversals(
            session,
            self.workspace.actor,
            site_id=self.site.currentData(),
            offset=offset,
            limit=limit,
            replaced=self._replaced,
        )

    def refresh(self, areas: frozenset[Area]) -> None:
        """The replacement kits of every report are read once, on the worker; the list's pages then read fast."""
        self.loader.load(replacement_kits, self._show)

    def _show(self, replaced: dict[uuid.UUID, int]) -> None:
        self._replaced = replaced
        self.model.reload()
        if self._select_first:
            self._select_first = False
            self.table.selectRow(0)  # the report just saved (newest first), ready for a replacement kit
        count = self.model.rowCount()
        more = "+" if self.model.has_more else ""
        self.summary.setText(
            self.tr("%1 reports").replace("%1", f"{count}{more}") if count else self.tr("No reports yet")
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = selected_row(self.table) is not None
        for made in (self.replace_button, self.refer_button, self.edit_button, self.void_button):
            made.setEnabled(chosen)

    def create_new(self) -> bool:
        dialog = ReversalDialog(self.workspace, self, site_id=self.site.currentData())
        dialog.saved.connect(self._select_new_report)
        dialog.exec()
        return True

    def _select_new_report(self) -> None:
        """The report just saved comes first in the refresh its announcement brings."""
        self._select_first = True

    def give_replacement(self) -> DispenseDialog | None:
        """A refill, reason "used on someone", linked to the selected report and to whoever reported it."""
        row: ReversalRow | None = selected_row(self.table)
        if row is None:
            return None
        dialog = DispenseDialog(
            self.workspace,
            self,
            site_id=row.site_id,
            participant_code=row.reporter_code or "",
            refill_reason=RefillReason.USED_ON_SOMEONE,
            reversal_id=row.id,
        )
        dialog.exec()
        return dialog

    def refer(self) -> ReferralDialog | None:
        """A referral made from the selected report (for a survivor who is often not enrolled)."""
        row: ReversalRow | None = selected_row(self.table)
        if row is None:
            return None
        dialog = ReferralDialog(
            self.workspace, self, site_id=row.site_id, source_kind=ReferralSource.REVERSAL, source_id=row.id
        )
        dialog.exec()
        return dialog

    def edit_selected(self) -> None:
        """Correct the report chosen in the form it was recorded with."""
        row: ReversalRow | None = selected_row(self.table)
        if row is not None:
            ReversalDialog(self.workspace, self, reversal_id=row.id).exec()  # a save is announced to every page

    def void_selected(self) -> None:
        """Void the report chosen, with a reason (refused while a replacement kit is linked to it)."""
        row: ReversalRow | None = selected_row(self.table)
        if row is None:
            return
        actor = self.workspace.actor
        what = self.tr("the reversal report of %1").replace("%1", row.overdose_date.isoformat())
        VoidDialog(
            self.workspace,
            what,
            "reversal",
            lambda session, reason: void_reversal(session, actor, row.id, reason=reason),
            self,
        ).exec()
