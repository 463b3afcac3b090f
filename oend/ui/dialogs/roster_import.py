"""Importing a roster (a prison release class, a training sign-in sheet) from XLSX or CSV.

The user picks a file, checks or changes which column holds which field (the choice is remembered
for the next file), sees every refused row with its row number, field and reason, and only then
imports the good rows, in one transaction. Reading, checking and importing run on a worker thread.

    open_roster_import(self, self.workspace, site_id=..., session_id=...)   # from any page
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oend.core.changes import Changed
from oend.errors import FieldError, ValidationError
from oend.exchange.roster_import import FIELDS, RosterPreview, guess_mapping, read_roster, validate_roster
from oend.exchange.sheet_files import SheetFile
from oend.model.codes import ParticipantCategory
from oend.queries.choices import site_choices
from oend.reporting.progress import CancelCheck, Progress
from oend.services.roster_import import ImportResult, import_roster
from oend.ui.operations import announce, write
from oend.ui.outputs.files import documents_dir
from oend.ui.outputs.jobs import LongJob, ProgressStrip
from oend.ui.outputs.sites import select_data
from oend.ui.text.labels import fill
from oend.ui.text.validation_text import error_text, field_error_text
from oend.ui.widgets.busy import make_primary
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import section_label
from oend.ui.widgets.pickers import fill_choices
from oend.ui.workspace import Workspace


def field_labels() -> dict[str, str]:
    """The roster fields as the user knows them (keys are the engine's field names)."""
    return {
        "code": QCoreApplication.translate("RosterImport", "Participant ID"),
        "external_id": QCoreApplication.translate("RosterImport", "Facility number (inmate or booking)"),
        "first_name": QCoreApplication.translate("RosterImport", "First name"),
        "last_name": QCoreApplication.translate("RosterImport", "Last name"),
        "date_of_birth": QCoreApplication.translate("RosterImport", "Date of birth"),
        "birth_year": QCoreApplication.translate("RosterImport", "Birth year"),
        "category": QCoreApplication.translate("RosterImport", "Category"),
        "gender": QCoreApplication.translate("RosterImport", "Gender"),
        "age_band": QCoreApplication.translate("RosterImport", "Age group"),
        "race": QCoreApplication.translate("RosterImport", "Race"),
        "ethnicity": QCoreApplication.translate("RosterImport", "Ethnicity"),
        "zip_code": QCoreApplication.translate("RosterImport", "ZIP code"),
        "county": QCoreApplication.translate("RosterImport", "County"),
        "expected_release_date": QCoreApplication.translate("RosterImport", "Expected release"),
        "home_site_id": QCoreApplication.translate("RosterImport", "Home site"),
        "file": QCoreApplication.translate("RosterImport", "File"),
        "mapping": QCoreApplication.translate("RosterImport", "Columns"),
    }


class RosterImportDialog(QDialog):
    """File -> column mapping -> refused rows -> import on confirm."""

    #: The import was written (an ``ImportResult``).
    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        site_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImport")
        self.workspace = workspace
        self.session_id = session_id
        self.roster: SheetFile | None = None
        self.preview: RosterPreview | None = None
        self.outcome: ImportResult | None = None
        self._check_again = False
        self.job = LongJob(self)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._job_ended)
        self.setWindowTitle(self.tr("Import a roster"))
        self.resize(880, 660)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self._file_row())
        layout.addLayout(self._options(site_id))
        layout.addWidget(section_label(self.tr("Columns in the file")))
        layout.addLayout(self._mapping_grid())
        self.summary = named(QLabel(), "rosterSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = self._problems_table()
        layout.addWidget(self.problems, 1)
        self.progress = ProgressStrip(self.job)
        layout.addWidget(self.progress)
        layout.addLayout(self._buttons())
        self._show_state()

    # --- layout -----------------------------------------------------------------------------

    def _file_row(self) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("Choose an Excel (.xlsx) or CSV file with one person per row."))
        self.file_label.setObjectName("muted")
        self.file_label.setWordWrap(True)
        self.choose_button = named(QPushButton(self.tr("Choose file…")), "chooseRoster")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        return row_widget

    def _options(self, site_id: uuid.UUID | None) -> QFormLayout:
        form = QFormLayout()
        self.home_site = named(QComboBox(), "rosterSite")
        with self.workspace.db.session() as session:
            fill_choices(self.home_site, site_choices(session, self.workspace.actor), self.tr("No home site"))
        if site_id is not None:
            select_data(self.home_site, site_id)
        elif self.home_site.count() == 2:
            self.home_site.setCurrentIndex(1)  # a worker with one site enrols people there
        self.home_site.currentIndexChanged.connect(self.check)
        self.default_category = named(QComboBox(), "rosterCategory")
        fill(self.default_category, ParticipantCategory, self.tr("None: every row must give one"))
        self.default_category.currentIndexChanged.connect(self.check)
        form.addRow(self.tr("Home site"), self.home_site)
        form.addRow(self.tr("Category for rows without one"), self.default_category)
        if self.session_id is not None:
            note = QLabel(self.tr("Everyone on the roster is also recorded as attending this training session."))
            note.setObjectName("muted")
            form.addRow("", note)
        return form

    def _mapping_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.columns: dict[str, QComboBox] = {}
        labels = field_labels()
        for i, target in enumerate(FIELDS):
            combo = named(QComboBox(), f"column_{target}")
            combo.setMinimumWidth(170)
            combo.currentIndexChanged.connect(self.check)
            self.columns[target] = combo
            r, c = divmod(i, 2)
            grid.addWidget(QLabel(labels[target]), r, 2 * c)
            grid.addWidget(combo, r, 2 * c + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _problems_table(self) -> QTableWidget:
        table = named(QTableWidget(0, 3), "rosterProblems")
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Why it is refused")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = named(QPushButton(self.tr("Cancel")), "closeRoster")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.import_button = make_primary(named(QPushButton(self.tr("Import")), "importRoster"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.confirm_import)
        row.addWidget(self.close_button)
        row.addWidget(self.import_button)
        return row

    # --- steps ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), str(documents_dir()), self.tr("Rosters (*.xlsx *.csv)")
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read ``path``, guess its columns (the remembered mapping first) and check every row."""
        if self.job.running:
            return
        db = self.workspace.db

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[SheetFile, dict[str, str]]:
            roster = read_roster(path)
            with db.session() as session:
                return roster, guess_mapping(session, roster.headers)

        self.file_label.setText(str(path))
        self.progress.begin(self.tr("Reading the file…"))
        self.job.start(work, self._file_read)

    def _file_read(self, result: tuple[SheetFile, dict[str, str]]) -> None:
        self.roster, mapping = result
        if self.roster.header_row > 1:
            note = self.tr("%1 (column headers on row %2)").replace("%2", str(self.roster.header_row))
            self.file_label.setText(note.replace("%1", self.file_label.text()))
        for target, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for header in self.roster.headers:
                if header:
                    combo.addItem(header, header)
            found = combo.findData(mapping.get(target))
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        self._check_again = True  # checked once the reading job has ended

    def mapping(self) -> dict[str, str]:
        return {t: c.currentData() for t, c in self.columns.items() if c.currentData() is not None}

    def check(self) -> None:
        """Validate every row with the current mapping; nothing is written."""
        if self.roster is None:
            return
        if self.job.running:
            self._check_again = True
            return
        db, actor, roster, mapping = self.workspace.db, self.workspace.actor, self.roster, self.mapping()
        category = self.default_category.currentData()

        def work(progress: Progress, cancelled: CancelCheck) -> RosterPreview:
            with db.session() as session:
                return validate_roster(session, actor, roster, mapping, default_category=category)

        self.preview = None
        self.progress.begin(self.tr("Checking every row…"))
        self.job.start(work, self._checked)

    def _checked(self, preview: RosterPreview) -> None:
        self.preview = preview
        self._show_problems(preview.errors)

    def confirm_import(self) -> None:
        """The user confirmed: enrol the good rows in one transaction (all of them or none)."""
        preview = self.preview
        if preview is None or self.job.running or not (preview.new or preview.existing):
            return
        workspace, actor = self.workspace, self.workspace.actor
        site_id, session_id = self.home_site.currentData(), self.session_id

        def work(progress: Progress, cancelled: CancelCheck) -> Changed[ImportResult]:
            return write(
                workspace,
                lambda session: import_roster(
                    session,
                    actor,
                    preview,
                    home_site_id=site_id,
                    training_session_id=session_id,
                    progress=progress,
                    cancelled=cancelled,
                ),
            )

        self.progress.begin(self.tr("Importing…"))
        self.job.start(work, self._imported)

    def _imported(self, changed: Changed[ImportResult]) -> None:
        self.outcome = changed.record
        announce(self, changed)
        self.imported.emit(changed.record)

    # --- showing ----------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            if any(e.row is not None for e in error.errors):
                self.preview = None  # a service refused rows after all: nothing was imported
                self._show_problems(error.errors, refused_import=True)
                return
            self._message(self.tr("Cannot use this file: %1").replace("%1", error_text(error, field_labels())), True)
        else:
            self._message(self.tr("Something went wrong: %1").replace("%1", error_text(error)), True)

    def _job_ended(self) -> None:
        self._show_state()
        if self._check_again:
            self._check_again = False
            self.check()

    def _show_problems(self, errors: list[FieldError], refused_import: bool = False) -> None:
        labels = field_labels()
        self.problems.setRowCount(len(errors))
        for r, error in enumerate(errors):
            values: list[Any] = [error.row if error.row is not None else "", labels.get(error.field, error.field)]
            values.append(field_error_text(error))
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, c, item)
        if refused_import:
            self._message(self.tr("Nothing was imported: the rows below were refused while saving."), True)

    def _message(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setProperty("role", "formError" if error else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _show_state(self) -> None:
        """The summary line and the buttons, from where the import stands."""
        busy = self.job.running
        self.choose_button.setEnabled(not busy and self.outcome is None)
        for combo in self.columns.values():
            combo.setEnabled(self.roster is not None and not busy and self.outcome is None)
        if self.outcome is not None:
            r = self.outcome
            self._message(
                self.tr("Imported: %1 enrolled, %2 already enrolled, %3 added to the session, %4 rows skipped.")
                .replace("%1", str(r.created))
                .replace("%2", str(r.matched))
                .replace("%3", str(r.attended))
                .replace("%4", str(r.refused))
            )
            self.import_button.setEnabled(False)
            self.close_button.setText(self.tr("Close"))
            return
        preview = self.preview
        good = len(preview.new) + len(preview.existing) if preview else 0
        self.import_button.setEnabled(bool(preview) and good > 0 and not busy)
        if preview is None:
            if self.roster is None:
                self._message(self.tr("Nothing is imported until you confirm."))
            return
        refused = len(preview.refused_rows)
        self.import_button.setText(
            self.tr("Import %1 people").replace("%1", str(good))
            if not refused
            else self.tr("Import %1 people, skip %2 rows").replace("%1", str(good)).replace("%2", str(refused))
        )
        self._message(
            self.tr("%1 to enrol, %2 already enrolled, %3 rows refused. Nothing is imported until you confirm.")
            .replace("%1", str(len(preview.new)))
            .replace("%2", str(len(preview.existing)))
            .replace("%3", str(refused)),
            error=False,
        )

    def reject(self) -> None:
        self.job.cancel()
        self.job.wait()
        super().reject()


def open_roster_import(
    parent: QWidget | None,
    workspace: Workspace,
    site_id: uuid.UUID | None = None,
    session_id: uuid.UUID | None = None,
) -> RosterImportDialog:
    """Open the roster import (window-modal, not blocking); connect to ``imported`` to refresh what it touched."""
    dialog = RosterImportDialog(workspace, parent, site_id=site_id, session_id=session_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
