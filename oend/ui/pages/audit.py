"""The audit trail: who did what and when, filtered by user, action and dates, exported to CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
from oend.services.users import list_users
from oend.ui.models.audit import AuditModel
from oend.ui.models.lazy_table import table_view
from oend.ui.operations import run_write
from oend.ui.outputs.audit_export import export_audit_csv
from oend.ui.outputs.report_forms import narrow
from oend.ui.pages.base import Page
from oend.ui.text.labels import labels
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
        self.export_button = named(QPushButton(self.tr("Export CSV…")), "exportAudit")
        self.export_button.clicked.connect(self.choose_export_file)
        self.header_actions.addWidget(self.export_button)

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
