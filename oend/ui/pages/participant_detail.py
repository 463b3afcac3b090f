"""One participant's whole history on one screen: trainings, kits and refills, reversals they reported, and
their referrals and follow-ups.

Opening it goes through ``get_participant``, so every view of a record is in the audit trail: once per
opening; showing the record again after a change made here reads it without recording another view.
From here the record is edited, merged with a duplicate (after a confirmation naming both codes), given a kit, or
referred to a service (Ctrl+R), and a referral's outcome or a follow-up is recorded.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from oend.core.changes import Area, Changed
from oend.errors import OendError
from oend.model import Participant, Site
from oend.model.codes import Outcome, ReferralKind, ReferralOutcome, RefillReason, SupplyType, TrainingFormat
from oend.queries.activity import (
    DispensingRow,
    ReversalRow,
    TrainingAttended,
    dispensings,
    reversals,
    trainings_attended,
)
from oend.queries.choices import participant_by_code
from oend.queries.linkage import FollowUpRow, ReferralRow, follow_ups_of, referrals_of
from oend.services.participants import get_participant, merge_participants
from oend.ui.dialogs.participant_edit import ParticipantEditDialog
from oend.ui.dialogs.referral import FollowUpDialog, OutcomeDialog, ReferralDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, dash, make_table, selected_row
from oend.ui.operations import run_write
from oend.ui.text.labels import code_label, label, yes_no
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, section_label
from oend.ui.workspace import Workspace


class ParticipantDetail(QDialog):
    def __init__(self, workspace: Workspace, participant_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.participant_id = participant_id
        #: False when the record could not be opened (gone, out of the user's sites, the database unavailable).
        self.opened = False
        self.setMinimumSize(860, 520)
        self.resize(1000, 600)  # inside a 1366x768 laptop at 125% scaling, whose screen is 1093x614
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.title = named(QLabel(), "pageTitle")
        top.addWidget(self.title, 1)
        self.kit_button = button(self.tr("Hand out a kit"), "detailKit", primary=True)
        self.refer_button = button(self.tr("Refer…"), "detailRefer", self.tr("Refer to a service (Ctrl+R)"))
        self.refer_button.setShortcut("Ctrl+R")
        self.refer_button.clicked.connect(self.refer)
        self.edit_button = button(self.tr("Edit…"), "detailEdit")
        self.merge_button = button(self.tr("Merge a duplicate…"), "detailMerge")
        self.close_button = button(self.tr("Close"), "detailClose")
        self.kit_button.clicked.connect(self.hand_out_kit)
        self.edit_button.clicked.connect(self.edit)
        self.merge_button.clicked.connect(self.ask_merge)
        self.close_button.clicked.connect(self.accept)
        for made in (self.kit_button, self.refer_button, self.edit_button, self.merge_button, self.close_button):
            top.addWidget(made)
        layout.addLayout(top)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(28)
        self.facts.setVerticalSpacing(2)
        layout.addLayout(self.facts)

        # Two short lists side by side, then the kits, then linkage to care side by side: whole on a small laptop.
        events = QHBoxLayout()
        events.setSpacing(16)
        title = self.tr("Trainings attended")
        self.trainings = self._side_list(events, title, self.training_columns(), self._trainings, title)[0]
        title = self.tr("Reversals reported")
        self.reports = self._side_list(events, title, self.reversal_columns(), self._reversals, title)[0]
        layout.addLayout(events, 1)
        self.kits = self._list(layout, self.tr("Kits and refills"), self.kit_columns(), self._kits)
        linkage = QHBoxLayout()
        linkage.setSpacing(16)
        self.referrals, self.referral_table, referral_heading = self._side_list(
            linkage, self.tr("Referrals"), self.referral_columns(), self._referrals, "referralTable"
        )
        self.follow_ups, self.follow_up_table, follow_up_heading = self._side_list(
            linkage, self.tr("Follow-ups"), self.follow_up_columns(), self._follow_ups, "followUpTable"
        )
        self.outcome_button = button(self.tr("Outcome…"), "detailOutcome", self.tr("Record the referral's outcome"))
        self.follow_up_button = button(self.tr("Record follow-up…"), "detailFollowUp")
        self.outcome_button.clicked.connect(self.record_outcome)
        self.follow_up_button.clicked.connect(self.record_follow_up)
        referral_heading.addWidget(self.outcome_button)
        follow_up_heading.addWidget(self.follow_up_button)
        layout.addLayout(linkage, 1)
        self.open_record()

    def _list(self, layout: QVBoxLayout, title: str, columns: list[Column[Any]], fetch: Any) -> LazyTableModel[Any]:
        layout.addWidget(section_label(title))
        model: LazyTableModel[Any] = LazyTableModel(self.workspace, columns, fetch, parent=self)
        table = make_table(model, columns, title)
        table.setMinimumHeight(110)
        layout.addWidget(table, 1)
        return model

    def _side_list(
        self, row: QHBoxLayout, title: str, columns: list[Column[Any]], fetch: Any, name: str
    ) -> tuple[LazyTableModel[Any], Any, QHBoxLayout]:
        """A list, one of two side by side, under a heading with room for a button; ``name`` names its table."""
        column = QVBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(section_label(title), 1)
        column.addLayout(heading)
        model: LazyTableModel[Any] = LazyTableModel(self.workspace, columns, fetch, parent=self)
        table = make_table(model, columns, name)
        table.setMinimumHeight(110)
        column.addWidget(table, 1)
        row.addLayout(column, 1)
        return model, table, heading

    def referral_columns(self) -> list[Column[ReferralRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.referred_on.isoformat(), 100),
            Column(lambda: self.tr("Service"), lambda r: label(ReferralKind, r.kind)),
            Column(lambda: self.tr("Provider"), lambda r: dash(r.provider_name), 120),
            Column(
                lambda: self.tr("Outcome"),
                lambda r: label(ReferralOutcome, r.outcome) + (self.tr(" (closed)") if r.closed_on else ""),
                120,
                lambda r: "good" if r.outcome == ReferralOutcome.CONNECTED else None,
            ),
        ]

    def follow_up_columns(self) -> list[Column[FollowUpRow]]:
        return [
            Column(lambda: self.tr("Due"), lambda r: r.due_on.isoformat(), 100),
            Column(
                lambda: self.tr("After"),
                lambda r: label(ReferralKind, r.kind) if r.referral_id else self.tr("Release"),
            ),
            Column(lambda: self.tr("Done"), lambda r: dash(r.done_on), 100),
            Column(lambda: self.tr("Contact"), lambda r: yes_no(r.contact_made), 70),
            Column(lambda: self.tr("Connected"), lambda r: yes_no(r.connected), 90),
        ]

    def training_columns(self) -> list[Column[TrainingAttended]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.session_date.isoformat(), 120),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 100),
            Column(lambda: self.tr("Format"), lambda r: label(TrainingFormat, r.format)),
            Column(lambda: self.tr("Before"), lambda r: dash(r.pre_score), 80, right=True),
            Column(lambda: self.tr("After"), lambda r: dash(r.post_score), 80, right=True),
        ]

    def kit_columns(self) -> list[Column[DispensingRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.dispensed_on.isoformat(), 120),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 100),
            Column(lambda: self.tr("Product"), lambda r: r.product_name),
            Column(lambda: self.tr("Lot"), lambda r: r.lot_number, 110),
            Column(lambda: self.tr("Kits"), lambda r: str(r.quantity), 60, right=True),
            Column(lambda: self.tr("Supply"), lambda r: label(SupplyType, r.supply_type), 90),
            Column(lambda: self.tr("Refill reason"), lambda r: label(RefillReason, r.refill_reason), 150),
        ]

    def reversal_columns(self) -> list[Column[ReversalRow]]:
        return [
            Column(lambda: self.tr("Date"), lambda r: r.overdose_date.isoformat(), 120),
            Column(lambda: self.tr("Site"), lambda r: r.site_code, 100),
            Column(lambda: self.tr("Doses"), lambda r: dash(r.doses), 80, right=True),
            Column(lambda: self.tr("Outcome"), lambda r: label(Outcome, r.outcome)),
            Column(lambda: self.tr("Replacement kits"), lambda r: str(r.replacement_kits), 150, right=True),
        ]

    def _trainings(self, session: Any, offset: int, limit: int) -> list[TrainingAttended]:
        return trainings_attended(session, self.workspace.actor, self.participant_id)[offset : offset + limit]

    def _kits(self, session: Any, offset: int, limit: int) -> list[DispensingRow]:
        return dispensings(
            session, self.workspace.actor, participant_id=self.participant_id, offset=offset, limit=limit
        )

    def _reversals(self, session: Any, offset: int, limit: int) -> list[ReversalRow]:
        return reversals(session, self.workspace.actor, reporter_id=self.participant_id, offset=offset, limit=limit)

    def _referrals(self, session: Any, offset: int, limit: int) -> list[ReferralRow]:
        return referrals_of(session, self.workspace.actor, self.participant_id)[offset : offset + limit]

    def _follow_ups(self, session: Any, offset: int, limit: int) -> list[FollowUpRow]:
        return follow_ups_of(session, self.workspace.actor, self.participant_id)[offset : offset + limit]

    def open_record(self) -> None:
        """Read the record through the audited lookup: the one view this opening records."""
        actor = self.workspace.actor

        def look(session: Session) -> Changed[Participant]:
            return Changed(get_participant(session, actor, self.participant_id), frozenset({Area.AUDIT}))

        def refused(error: OendError) -> None:
            QMessageBox.warning(self.parentWidget() or self, self.tr("Participant"), error_text(error))

        run_write(self, self.workspace, look, on_saved=lambda changed: self._show(changed.record), on_refused=refused)

    def reload(self) -> None:
        """Show the record again after a change made here (no second view in the audit trail)."""
        with self.workspace.db.session() as session:
            person = session.get(Participant, self.participant_id)
        if person is not None:
            self._show(person)

    def _show(self, person: Participant) -> None:
        self.opened = True
        self.person = person
        self.code = person.code
        with self.workspace.db.session() as session:
            site = session.get(Site, person.home_site_id) if person.home_site_id else None
            self._show_facts(person, site.name if site else None)
        self.setWindowTitle(self.tr("Participant %1").replace("%1", self.code))
        for model in (self.trainings, self.kits, self.reports, self.referrals, self.follow_ups):
            model.reload()

    def _show_facts(self, person: Participant, site_name: str | None) -> None:
        name = " ".join(p for p in (person.first_name, person.last_name) if p)
        self.title.setText(f"{person.code}  ·  {name}" if name else person.code)
        while self.facts.count():
            item = self.facts.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        facts = [
            (self.tr("Category"), code_label(person.category)),
            (self.tr("Date of birth"), dash(person.date_of_birth or person.birth_year)),
            (self.tr("Home site"), site_name or "—"),
            (self.tr("ZIP"), dash(person.zip_code)),
            (self.tr("Expected release"), dash(person.expected_release_date)),
            (self.tr("Released"), dash(person.released_on)),
        ]
        for number, (caption, value) in enumerate(facts):
            title = named(QLabel(caption), "muted")
            shown = named(QLabel(value), f"fact{number}")
            self.facts.addWidget(title, 0, number)
            self.facts.addWidget(shown, 1, number)

    def edit(self) -> None:
        if ParticipantEditDialog(self.workspace, self.person, self).exec():
            self.reload()

    def hand_out_kit(self) -> None:
        dialog = DispenseDialog(self.workspace, self, site_id=self.person.home_site_id, participant_code=self.code)
        if dialog.exec():
            self.reload()

    def refer(self) -> ReferralDialog:
        """Refer this person to a service, from their page."""
        dialog = ReferralDialog(
            self.workspace,
            self,
            site_id=self.person.home_site_id,
            participant_id=self.participant_id,
            participant_code=self.code,
        )
        if dialog.exec():
            self.reload()
        return dialog

    def record_outcome(self) -> None:
        row: ReferralRow | None = selected_row(self.referral_table)
        if row is not None and OutcomeDialog(self.workspace, row, self).exec():
            self.reload()

    def record_follow_up(self) -> None:
        row: FollowUpRow | None = selected_row(self.follow_up_table)
        if row is not None and row.done_on is None and FollowUpDialog(self.workspace, row, self).exec():
            self.reload()

    def ask_merge(self) -> None:
        code, ok = QInputDialog.getText(
            self,
            self.tr("Merge a duplicate"),
            self.tr("Code of the duplicate record to fold into %1:").replace("%1", self.code),
        )
        if ok and code.strip():
            self.merge(code.strip().upper())

    def merge(self, duplicate_code: str) -> bool:
        """Fold the record ``duplicate_code`` into this one, once the user confirms with both codes in view."""
        with self.workspace.db.session() as session:
            duplicate = participant_by_code(session, self.workspace.actor, duplicate_code)
        if duplicate is None:
            QMessageBox.warning(
                self, self.tr("Merge"), self.tr("No participant has the code %1.").replace("%1", duplicate_code)
            )
            return False
        question = (
            self.tr(
                "Merge %1 into %2?\n\nThe history of %1 (trainings, kits, reversals) moves to %2, "
                "and %1 is retired. This cannot be undone from the app."
            )
            .replace("%1", duplicate_code)
            .replace("%2", self.code)
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge records"), question, parent=self)
        merge = box.addButton(
            self.tr("Merge %1 into %2").replace("%1", duplicate_code).replace("%2", self.code),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not merge:
            return False
        merged: list[Changed[Participant]] = []
        actor, keep_id = self.workspace.actor, self.participant_id

        def refused(error: OendError) -> None:
            QMessageBox.warning(
                self, self.tr("Merge"), error_text(error, {"keep": self.code, "duplicate": duplicate_code})
            )

        run_write(
            self,
            self.workspace,
            lambda session: merge_participants(session, actor, keep_id, duplicate),
            on_saved=merged.append,
            on_refused=refused,
        )
        if merged:
            self.reload()
        return bool(merged)


def open_participant(workspace: Workspace, participant_id: uuid.UUID, parent: QWidget | None) -> None:
    """Show the detail window; what is changed there is announced as it is saved."""
    detail = ParticipantDetail(workspace, participant_id, parent)
    if detail.opened:
        detail.exec()
