"""Prison release: a facility's people with their expected release date, training, kit and next follow-up; a
release-day list; a referral or follow-ups after release for the person chosen."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from oend.core.changes import Area
from oend.model.codes import ReferralSource, SiteKind
from oend.queries.choices import site_choices
from oend.queries.linkage import next_follow_ups
from oend.queries.release import ReleaseRow, facility_roster
from oend.services.referrals import schedule_release_follow_ups
from oend.ui.dialogs.referral import ReferralDialog
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.models.lazy_table import Column, LazyTableModel, dash, make_table, selected_row
from oend.ui.operations import run_write
from oend.ui.pages.base import Page
from oend.ui.pages.participant_detail import open_participant
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button
from oend.ui.widgets.pickers import fill_choices
from oend.ui.workspace import Workspace


class ReleasePage(Page):
    areas = frozenset({Area.PARTICIPANTS, Area.TRAININGS, Area.DISPENSING, Area.LINKAGE})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.kit_button = button(self.tr("Kit into property"), "releaseKit", self.tr("Ctrl+N"), True)
        self.kit_button.clicked.connect(self.create_new)
        self.header_actions.addWidget(self.kit_button)
        self.refer_button = button(self.tr("Refer…"), "releaseRefer", self.tr("Refer the person chosen to a service"))
        self.follow_button = button(
            self.tr("Follow up after release"), "releaseFollowUp", self.tr("Schedule follow-ups after their release")
        )
        self.refer_button.clicked.connect(self.refer)
        self.follow_button.clicked.connect(self.schedule_follow_ups)
        self.header_actions.insertWidget(0, self.follow_button)
        self.header_actions.insertWidget(0, self.refer_button)
        self._due: dict[uuid.UUID, dt.date] = {}  # each listed person's next follow-up, read with their page
        bar = QHBoxLayout()
        self.facility = fill_facilities(workspace)
        self.day_only = named(QCheckBox(self.tr("Release day only:")), "dayOnly")
        self.day = DateField(objectName="releaseDay")
        self.day.setDate(dt.date.today())
        self.summary = named(QLabel(), "muted")
        bar.addWidget(QLabel(self.tr("Facility")))
        bar.addWidget(self.facility)
        bar.addSpacing(16)
        bar.addWidget(self.day_only)
        bar.addWidget(self.day)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.body.addWidget(self.summary)
        for signal in (self.facility.currentIndexChanged, self.day_only.toggled, self.day.dateChanged):
            signal.connect(lambda *_: self.refresh(self.areas))
        columns = self.columns()
        self.model: LazyTableModel[ReleaseRow] = LazyTableModel(workspace, columns, self._page, parent=self)
        self.table = make_table(self.model, columns, "releaseTable")
        self.table.activated.connect(self._open)
        self.body.addWidget(self.table, 1)

    def columns(self) -> list[Column[ReleaseRow]]:
        return [
            Column(lambda: self.tr("Code"), lambda r: r.code, 170),
            Column(lambda: self.tr("Name"), lambda r: r.name or "—"),
            Column(lambda: self.tr("Expected release"), lambda r: dash(r.expected_release_date), 150),
            Column(lambda: self.tr("Released"), lambda r: dash(r.released_on), 120),
            Column(
                lambda: self.tr("Trained"),
                lambda r: self.tr("Yes") if r.trained else self.tr("Not yet"),
                110,
                lambda r: "good" if r.trained else "warn",
            ),
            Column(
                lambda: self.tr("Kit in property"),
                lambda r: self.tr("Yes") if r.has_kit else self.tr("No"),
                140,
                lambda r: "good" if r.has_kit else "warn",
            ),
            Column(
                lambda: self.tr("Follow-up due"),
                lambda r: dash(self._due.get(r.id)),
                130,
                lambda r: "warn" if r.id in self._due and self._due[r.id] <= dt.date.today() else None,
            ),
        ]

    def title(self) -> str:
        return self.tr("Prison release")

    def subtitle(self) -> str:
        return self.tr("Who leaves when, who was trained, and who leaves with a kit")

    def _page(self, session: Any, offset: int, limit: int) -> list[ReleaseRow]:
        site = self.facility.currentData()
        if site is None:
            return []
        day = self.day.date() if self.day_only.isChecked() else None
        rows = facility_roster(session, self.workspace.actor, site, release_on=day, offset=offset, limit=limit)
        self._due.update(next_follow_ups(session, self.workspace.actor, [r.id for r in rows]))
        return rows

    def refresh(self, areas: frozenset[Area]) -> None:
        self._due = {}
        self.model.reload()
        rows = self.model.rows()
        if self.facility.count() == 0:
            self.summary.setText(self.tr("No correctional facility is set up among your sites"))
            return
        self.summary.setText(
            self.tr("%1 people · %2 trained · %3 with a kit")
            .replace("%1", f"{len(rows)}{'+' if self.model.has_more else ''}")
            .replace("%2", str(sum(r.trained for r in rows)))
            .replace("%3", str(sum(r.has_kit for r in rows)))
        )

    def _open(self, index: Any) -> None:
        if index.isValid():
            open_participant(self.workspace, self.model.row_at(index.row()).id, self)

    def create_new(self) -> bool:
        """A kit for the selected person, handed over at the facility (it goes into their property)."""
        index = self.table.currentIndex()
        code = self.model.row_at(index.row()).code if index.isValid() else ""
        DispenseDialog(self.workspace, self, site_id=self.facility.currentData(), participant_code=code).exec()
        return True

    def refer(self) -> ReferralDialog | None:
        """A referral for the person chosen, made from their release."""
        row: ReleaseRow | None = selected_row(self.table)
        if row is None:
            return None
        dialog = ReferralDialog(
            self.workspace,
            self,
            site_id=self.facility.currentData(),
            participant_id=row.id,
            participant_code=row.code,
            source_kind=ReferralSource.RELEASE,
            source_id=row.id,
        )
        dialog.exec()
        return dialog

    def schedule_follow_ups(self) -> None:
        """Follow-ups after the chosen person's release, at the program's days from it."""
        row: ReleaseRow | None = selected_row(self.table)
        if row is None:
            return
        actor = self.workspace.actor
        run_write(self, self.workspace, lambda session: schedule_release_follow_ups(session, actor, row.id))


def fill_facilities(workspace: Workspace) -> QComboBox:
    """The correctional facilities among the user's sites."""
    combo = named(QComboBox(), "facility")
    combo.setMinimumWidth(260)
    with workspace.db.session() as session:
        fill_choices(combo, site_choices(session, workspace.actor, kind=SiteKind.CORRECTIONAL_FACILITY))
    return combo
