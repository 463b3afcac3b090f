"""Reports: funder reports previewed and saved as PDF or XLSX, list exports, roster import, certificate checks.

The report is computed on a worker thread with its own Session (progress and Cancel; the window stays
live), from the same aggregate layer as the PDF and the XLSX, so the preview shows what the funder gets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Area, Changed
from oend.reporting import settings
from oend.reporting.engine import compute_report
from oend.reporting.progress import CancelCheck, Progress
from oend.reporting.report_model import Report
from oend.services.reports import save_report
from oend.ui import style
from oend.ui.dialogs.roster_import import RosterImportDialog, open_roster_import
from oend.ui.language import app_language
from oend.ui.operations import announce, write
from oend.ui.outputs.files import ask_save_path, open_folder
from oend.ui.outputs.jobs import LongJob, ProgressStrip
from oend.ui.outputs.preview import ReportPreview
from oend.ui.outputs.report_forms import CertificateCheck, ListExportSection, ReportChoice, RosterSection
from oend.ui.pages.base import Page
from oend.ui.text.validation_text import error_text
from oend.ui.widgets.empty_state import EmptyState, centred
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button
from oend.ui.workspace import Workspace

SIDE_WIDTH = 440
LOCAL_STYLE = f"""
QLabel#previewTitle {{ color: {style.TEXT}; font-size: 13pt; font-weight: 600; }}
QLabel#tableTitle {{ color: {style.TEXT}; font-weight: 600; }}
QFrame#reportBanner {{ border-radius: 6px; background: #ecfdf3; border: 1px solid #abefc6; }}
QFrame#reportBanner[role="error"] {{ background: #fef3f2; border: 1px solid #fecdca; }}
QFrame#reportBanner[role="error"] QLabel {{ color: {style.ERROR}; }}
QLabel#certificateAnswer {{ color: {style.ACCENT_DARK}; }}
QLabel#certificateAnswer[role="error"] {{ color: {style.ERROR}; }}
QLabel#templateProblems {{ color: {style.ERROR}; }}
QProgressBar#jobProgress {{ border: none; border-radius: 4px; background: {style.BORDER}; }}
QProgressBar#jobProgress::chunk {{ border-radius: 4px; background: {style.ACCENT}; }}
QListWidget#sitePicker {{ border: 1px solid {style.BORDER}; border-radius: 6px; background: {style.SURFACE}; }}
"""


class ReportsPage(Page):
    areas = frozenset({Area.TRAININGS, Area.DISPENSING, Area.REVERSALS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setStyleSheet(LOCAL_STYLE)
        with workspace.db.session() as session:
            fiscal_start = settings.load(session).fiscal_year_start_month
        self.job = LongJob(self)
        self.job.failed.connect(self._failed)
        self.job.stopped.connect(lambda: self._say(self.tr("Stopped; nothing was saved."), error=False))
        self.job.ended.connect(self._update_buttons)
        self.saved_path: Path | None = None
        self.roster_dialog: RosterImportDialog | None = None

        self.choice = ReportChoice(workspace, fiscal_start)
        self.preview_button = button(self.tr("Preview"), "previewReport", self.tr("Show the tables here"), True)
        self.pdf_button = button(self.tr("Save PDF…"), "saveReportPdf")
        self.xlsx_button = button(self.tr("Save XLSX…"), "saveReportXlsx")
        for made in (self.preview_button, self.pdf_button, self.xlsx_button):
            self.choice.buttons.addWidget(made)
        self.choice.buttons.addStretch(1)
        self.preview_button.clicked.connect(self.start_preview)
        self.pdf_button.clicked.connect(lambda: self.ask_and_save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_and_save("xlsx"))
        self.exports = ListExportSection(workspace, fiscal_start)
        self.roster = RosterSection()
        self.roster.open_import.connect(self.open_roster_import)
        self.certificates = CertificateCheck(workspace)

        side = named(QWidget(), "reportSide")
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 10, 0)
        side_column.setSpacing(12)
        for section in (self.choice, self.exports, self.roster, self.certificates):
            side_column.addWidget(section)
        side_column.addStretch(1)
        side_scroll = named(QScrollArea(), "reportSideScroll")
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(SIDE_WIDTH)

        self.preview = ReportPreview()
        self.empty = centred(
            EmptyState(
                "R",
                self.tr("Choose a report and a period, then Preview"),
                self.tr("The tables appear here exactly as they will be printed; then save them as PDF or XLSX."),
            )
        )
        right = QVBoxLayout()
        right.setSpacing(8)
        self.progress = ProgressStrip(self.job)
        self.banner = self._banner()
        right.addWidget(self.progress)
        right.addWidget(self.banner)
        right.addWidget(self.empty, 1)
        right.addWidget(self.preview, 1)
        self.preview.hide()
        row = QHBoxLayout()
        row.setSpacing(20)
        row.addWidget(side_scroll)
        row.addLayout(right, 1)
        self.body.addLayout(row, 1)
        self.choice.template.currentIndexChanged.connect(self._choice_changed)
        self.choice.period.changed.connect(self._choice_changed)
        self.choice.sites.changed.connect(self._choice_changed)
        self.choice.suppress.toggled.connect(self._choice_changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Reports")

    def subtitle(self) -> str:
        return self.tr("Funder reports, spreadsheets, rosters and certificates")

    def _banner(self) -> QFrame:
        frame = named(QFrame(), "reportBanner")
        row = QHBoxLayout(frame)
        row.setContentsMargins(12, 8, 8, 8)
        self.banner_text = named(QLabel(), "reportBannerText")
        self.banner_text.setWordWrap(True)
        self.open_folder_button = named(QPushButton(self.tr("Open folder")), "openFolder")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self._open_saved_folder)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.open_folder_button)
        frame.hide()
        return frame

    def _open_saved_folder(self) -> None:
        if self.saved_path is not None:
            open_folder(self.saved_path)

    def _say(self, text: str, error: bool = False, path: Path | None = None) -> None:
        self.saved_path = path
        self.banner_text.setText(text)
        self.banner.setProperty("role", "error" if error else "done")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.open_folder_button.setVisible(path is not None)
        self.banner.show()

    # --- report -----------------------------------------------------------------------------

    def _choice_changed(self) -> None:
        """What is shown no longer matches the choices: say so rather than show stale figures."""
        if self.preview.report is not None:
            self.preview.hide()
            self.preview.clear()
            self.empty.show()
        self.banner.hide()

    def _update_buttons(self) -> None:
        idle = not self.job.running and self.choice.chosen_template() is not None
        for made in (self.preview_button, self.pdf_button, self.xlsx_button):
            made.setEnabled(idle)

    def _start(self, text: str, work: object, on_done: object) -> None:
        self.banner.hide()
        self.progress.begin(text)
        self.job.start(work, on_done)  # type: ignore[arg-type]
        self._update_buttons()

    def start_preview(self) -> None:
        """Compute the chosen report on the worker and show its tables here."""
        template = self.choice.template_to_run()
        period = self.choice.period.period()
        if template is None or period is None or self.job.running:
            return
        db, actor, sites, language = self.workspace.db, self.workspace.actor, self.choice.site_ids(), app_language()

        def work(progress: Progress, cancelled: CancelCheck) -> Report:
            with db.session() as session:
                return compute_report(
                    session, actor, template, period, sites, progress=progress, cancelled=cancelled, language=language
                )

        self._start(self.tr("Counting…"), work, self._previewed)

    def _previewed(self, report: Report) -> None:
        self.empty.hide()
        self.preview.show_report(report)
        self.preview.show()

    def ask_and_save(self, fmt: str) -> None:
        template = self.choice.chosen_template()
        period = self.choice.period.period()
        if template is None or period is None:
            return
        suggested = f"{template.name}-{period.label.replace(' ', '-')}.{fmt}"
        chosen = ask_save_path(self, self.tr("Save the report"), suggested, [fmt])
        if chosen is not None:
            self.save_to(chosen[0], fmt)

    def save_to(self, path: Path, fmt: str) -> None:
        """Build the report into ``path`` on the worker (the export is audited in the same transaction)."""
        template = self.choice.template_to_run()
        period = self.choice.period.period()
        if template is None or period is None or self.job.running:
            return
        workspace, actor, sites, language = self.workspace, self.workspace.actor, self.choice.site_ids(), app_language()

        def saving(progress: Progress, cancelled: CancelCheck) -> Callable[[Session], Changed[Report]]:
            return lambda session: save_report(
                session, actor, template, period, sites, path, fmt,
                progress=progress, cancelled=cancelled, language=language,
            )  # fmt: skip

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[Report]:
            return write(workspace, saving(progress, cancelled))

        self._start(self.tr("Saving %1…").replace("%1", path.name), work, lambda changed: self._saved(changed, path))

    def _saved(self, changed: Changed[Report], path: Path) -> None:
        announce(self, changed)
        self._say(self.tr("Saved %1 (%2).").replace("%1", path.name).replace("%2", _stamp()), path=path)

    def _failed(self, error: BaseException) -> None:
        self._say(self.tr("Not done: %1").replace("%1", error_text(error)), error=True)

    # --- roster -----------------------------------------------------------------------------

    def open_roster_import(self) -> RosterImportDialog:
        self.roster_dialog = open_roster_import(self, self.workspace)
        return self.roster_dialog


def _stamp() -> str:
    return dt.datetime.now().strftime("%H:%M")
