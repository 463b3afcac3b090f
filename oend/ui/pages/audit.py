"""The audit trail: who did what and when, filtered by user, action and dates, exported to CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from oend.core.changes import Area
from oend.model.codes import AuditAction
from oend.queries.audit import AuditFilter
from oend.reporting.progress import CancelCheck, Progress
from oend.services import maintenance
from oend.services.audit_chain import TrailCheck
from oend.services.users import list_users
from oend.ui.models.audit import AuditModel
from oend.ui.models.lazy_table import table_view
from oend.ui.operations import run_write
from oend.ui.outputs.audit_export import export_audit_csv
from oend.ui.outputs.jobs import LongJob, ProgressStrip
from oend.ui.outputs.report_forms import narrow
from oend.ui.pages.base import Page
from oend.ui.text.labels import labels
from oend.ui.text.trust_text import breaks_text
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.date_field import DateField
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace


def _utc_midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` on this computer's clock, as the UTC time the trail stores."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


class AuditPage(Page):
    areas = frozenset(Area)  # every write adds to the trail

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.check_button = named(QPushButton(self.tr("Check the trail")), "checkTrail")
        self.check_button.setToolTip(self.tr("Verify that no event was changed, removed or added outside the app"))
        self.check_button.clicked.connect(self.check_trail)
        self.header_actions.addWidget(self.check_button)
        self.export_button = named(QPushButton(self.tr("Export CSV…")), "exportAudit")
        self.export_button.clicked.connect(self.choose_export_file)
        self.header_actions.addWidget(self.export_button)
        self.trail_job = LongJob(self)
        self.trail_job.failed.connect(
            lambda error: self._say_trail(self.tr("The check could not run: %1").replace("%1", error_text(error)))
        )
        self.trail_job.stopped.connect(lambda: self._say_trail(self.tr("The check was stopped.")))
        self.trail_job.ended.connect(lambda: self.check_button.setEnabled(True))
        self.trail_progress = ProgressStrip(self.trail_job)
        self.body.addWidget(self.trail_progress)
        self.trail_result = named(QLabel(), "trailResult")
        self.trail_result.setWordWrap(True)
        self.trail_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trail_result.hide()
        self.body.addWidget(self.trail_result)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.user = named(QComboBox(), "auditUser")
        self.user.setMinimumWidth(130)
        self.action = named(QComboBox(), "auditAction")
        self.action.setMinimumWidth(130)
        for combo in (self.user, self.action):
            narrow(combo)  # long names (and Spanish actions) would push the filters past a laptop's width
        self.action.addItem(self.tr("All actions"), None)
        for code, label in sorted(labels(AuditAction).items(), key=lambda item: item[1]):
            self.action.addItem(label, code)
        self.since = self._date_field("auditSince")
        self.until = self._date_field("auditUntil")
        for text, field in (
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            caption = named(QLabel(text), "muted")
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field)
            filters.addSpacing(6)
        filters.addStretch(1)
        self.body.addLayout(filters)
        self.summary = named(QLabel(), "muted")
        self.body.addWidget(self.summary)

        self.model = AuditModel(workspace, parent=self)
        self.table = self._build_table()
        self.body.addWidget(self.table, 1)
        self._fill_users()
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.apply_filter)
        for field in (self.since, self.until):
            field.dateChanged.connect(self.apply_filter)
        self.model.rowsInserted.connect(self._show_summary)

    def _date_field(self, name: str) -> DateField:
        field = DateField(objectName=name, optional=True)
        field.setPlaceholderText(self.tr("Any date"))
        return field

    def _build_table(self) -> QTableView:
        table = table_view(self.model, "auditTable")
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(AuditModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((AuditModel.TIME, 160), (AuditModel.USER, 140), (AuditModel.ACTION, 120)):
            columns.resizeSection(column, width)
        columns.resizeSection(AuditModel.RECORD, 230)
        return table

    def _fill_users(self) -> None:
        self.user.addItem(self.tr("Everyone"), None)
        with self.workspace.db.session() as session:
            for row in list_users(session, self.workspace.actor):
                self.user.addItem(f"{row.display_name} ({row.username})", row.username)

    def title(self) -> str:
        return self.tr("Audit trail")

    def subtitle(self) -> str:
        return self.tr("Who signed in, viewed, changed or exported what, and when")

    def current_filter(self) -> AuditFilter:
        since = self.since.date()
        until = self.until.date()
        action = self.action.currentData()
        return AuditFilter(
            username=self.user.currentData(),
            action=AuditAction(action) if action else None,
            since=_utc_midnight(since) if since is not None else None,
            until=_utc_midnight(until + dt.timedelta(days=1)) if until is not None else None,
        )

    def apply_filter(self) -> None:
        self.model.apply(self.current_filter())
        self._show_summary()

    def _show_summary(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            self.summary.setText(self.tr("No events match these filters."))
        elif shown < total:
            self.summary.setText(
                self.tr("%1 events — showing the newest %2, scroll for more")
                .replace("%1", str(total))
                .replace("%2", str(shown))
            )
        else:
            self.summary.setText(self.tr("%1 events").replace("%1", str(total)))

    def refresh(self, areas: frozenset[Area]) -> None:
        self.apply_filter()

    def check_trail(self) -> None:
        """Walk the whole trail on the worker, as ``oend db check`` does, and say whether it is whole."""
        if self.trail_job.running:
            return
        db, keyring = self.workspace.db, self.workspace.keyring
        key_file = keyring.file if keyring is not None else None

        def work(progress: Progress, cancelled: CancelCheck) -> TrailCheck:
            with db.session() as session:
                return maintenance.verify_trust(session, key_file, progress, cancelled).trail

        self.check_button.setEnabled(False)
        self.trail_result.hide()
        self.trail_progress.begin(self.tr("Checking the trail…"))
        self.trail_job.start(work, self._show_trail)

    def _show_trail(self, checked: TrailCheck) -> None:
        if checked.whole:
            self._say_trail(
                self.tr(
                    "The trail is whole: its %1 events follow one another as written, and every checkpoint holds."
                ).replace("%1", str(checked.events)),
                broken=False,
            )
            return
        heading = self.tr("The trail was changed outside the app. The first event that does not hold:")
        self._say_trail(heading + "\n" + breaks_text(checked.breaks))

    def _say_trail(self, text: str, broken: bool = True) -> None:
        self.trail_result.setText(text)
        self.trail_result.setProperty("role", "formError" if broken else "")
        self.trail_result.style().polish(self.trail_result)
        self.trail_result.show()

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int | None:
        """Export what the filters select; the export itself then appears at the top of the trail."""
        actor, where = self.workspace.actor, self.current_filter()
        exported: list[int] = []
        run_write(
            self,
            self.workspace,
            lambda session: export_audit_csv(session, actor, where, path),
            on_saved=lambda changed: exported.append(changed.record),
            on_refused=lambda error: self.summary.setText(
                self.tr("The export failed: %1").replace("%1", error_text(error))
            ),
        )
        if not exported:
            return None
        self.summary.setText(
            self.tr("Exported %1 events to %2").replace("%1", str(exported[0])).replace("%2", path.name)
        )
        return exported[0]
