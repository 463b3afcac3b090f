"""The Reports page's side panel sections: choosing a report, exporting a list, importing, verifying a certificate.

Each section is a small widget with one job; the page wires them to the preview and the workers.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oend.exchange.lists import LISTS, ListFilter
from oend.reporting.engine import list_templates, load_template
from oend.reporting.report_model import Template
from oend.reporting.template_format import TemplateError
from oend.ui.language import app_language
from oend.ui.outputs.export import export_button, list_titles
from oend.ui.outputs.period import ANY, PeriodPicker
from oend.ui.outputs.sites import SitePicker
from oend.ui.text.validation_text import message_text
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import section_label, site_filter
from oend.ui.workspace import Workspace

log = logging.getLogger(__name__)
PREFERRED_TEMPLATE = "quarterly_oend"  # the report most programs send every quarter comes first


def muted(text: str) -> QLabel:
    label = named(QLabel(text), "muted")
    label.setWordWrap(True)
    return label


def narrow(combo: QComboBox) -> None:
    """Let a combo with long entries shrink to the side panel (the list still shows them in full)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.view().setMinimumWidth(320)


def with_suppression(template: Template, suppress: bool) -> Template:
    """``template`` with small cells suppressed (where its tables allow) or with every count shown."""
    if suppress:
        return dataclasses.replace(template, publication=True)
    tables = tuple(dataclasses.replace(spec, suppress=False) for spec in template.tables)
    return dataclasses.replace(template, publication=False, tables=tables)


def available_templates(language: str) -> tuple[list[Template], list[TemplateError]]:
    """Every template that loads, worded in ``language``, and the refusal of each that does not (shown on the page,
    never fatal)."""
    found: list[Template] = []
    refused: list[TemplateError] = []
    names = sorted(list_templates(), key=lambda n: (n != PREFERRED_TEMPLATE, n))
    for name in names:
        try:
            found.append(load_template(name).in_language(language))
        except TemplateError as error:
            log.warning("report template %s cannot be used: %s", name, error)
            refused.append(error)
    return found, refused


def card_column(card: QFrame, title: str) -> QVBoxLayout:
    """``card`` styled as one of the side panel's cards, with ``title`` on top; the layout its content goes in."""
    card.setObjectName("card")
    column = QVBoxLayout(card)
    column.setContentsMargins(16, 12, 16, 14)
    column.setSpacing(8)
    column.addWidget(section_label(title))
    return column


class ReportChoice(QFrame):
    """Template, period, sites and suppression; the buttons that preview and save live here too."""

    def __init__(self, workspace: Workspace, fiscal_start_month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = card_column(self, self.tr("Funder report"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.templates, refused = available_templates(app_language())
        self.template = named(QComboBox(), "reportTemplate")
        for template in self.templates:
            self.template.addItem(template.title, template.name)
            self.template.setItemData(self.template.count() - 1, template.title, Qt.ItemDataRole.ToolTipRole)
        narrow(self.template)
        self.description = muted("")
        self.period = PeriodPicker(fiscal_start_month)
        self.sites = SitePicker(workspace)
        self.suppress = named(QCheckBox(self.tr("Hide small counts (for publication)")), "suppressSmall")
        form.addRow(self.tr("Report"), self.template)
        form.addRow("", self.description)
        self.problems = named(QLabel(self.refusals_text(refused)), "templateProblems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setVisible(bool(refused))
        form.addRow("", self.problems)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Sites"), self.sites)
        form.addRow("", muted(self.tr("None ticked: all your sites.")))
        form.addRow("", self.suppress)
        column.addLayout(form)
        self.buttons = QHBoxLayout()
        column.addLayout(self.buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()

    def _template_changed(self) -> None:
        chosen = self.chosen_template()
        self.description.setText(chosen.description if chosen else "")
        self.suppress.setChecked(bool(chosen and chosen.publication))

    def refusals_text(self, refused: list[TemplateError]) -> str:
        """Each template of the program's folder that cannot be used, with every problem's line, key and reason."""
        blocks = []
        for error in refused:
            lines = [self.tr("Template %1.toml cannot be used:").replace("%1", error.name)]
            for problem in error.problems:
                where = self.tr("line %1").replace("%1", str(problem.row)) + ", " if problem.row is not None else ""
                lines.append(f"• {where}{problem.field}: {message_text(problem.template, problem.values)}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def chosen_template(self) -> Template | None:
        index = self.template.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def template_to_run(self) -> Template | None:
        chosen = self.chosen_template()
        return with_suppression(chosen, self.suppress.isChecked()) if chosen else None

    def site_ids(self) -> list[uuid.UUID] | None:
        return self.sites.site_ids() or None


class ListExportSection(QFrame):
    """Every list the app shows, exportable today: pick a list, a period and a site."""

    def __init__(self, workspace: Workspace, fiscal_start_month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = card_column(self, self.tr("Export a list"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.list = named(QComboBox(), "exportList")
        for name, title in list_titles().items():
            if name in LISTS:
                self.list.addItem(title, name)
        self.period = PeriodPicker(fiscal_start_month, allow_any=True)
        self.site = site_filter(workspace, "exportSite")
        self.site.setMinimumWidth(0)
        narrow(self.site)
        form.addRow(self.tr("List"), self.list)
        form.addRow(self.tr("Dates"), self.period)
        form.addRow(self.tr("Site"), self.site)
        column.addLayout(form)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for name in LISTS:
            made = export_button(self, workspace, name, self.current_filter, self.tr("Export…"))
            self.buttons[name] = made
            row.addWidget(made)
        column.addLayout(row)
        self.list.currentIndexChanged.connect(self._list_changed)
        self._list_changed()

    def list_name(self) -> str:
        return str(self.list.currentData())

    def _list_changed(self) -> None:
        name = self.list_name()
        for list_name, made in self.buttons.items():
            made.setVisible(list_name == name)
        dated = LISTS[name].date is not None
        if not dated:
            self.period.set_kind(ANY)
        self.period.setEnabled(dated)

    def current_filter(self) -> ListFilter:
        site = self.site.currentData()
        return ListFilter(period=self.period.period(), sites=[site] if site is not None else None)


class RosterSection(QFrame):
    """Where a roster import starts (the training screen opens the same dialog for one class)."""

    open_import = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = card_column(self, self.tr("Import a roster"))
        column.addWidget(muted(self.tr("Enrol a release class or a sign-in sheet from Excel or CSV.")))
        self.button = named(QPushButton(self.tr("Import a roster…")), "openRosterImport")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open_import)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        column.addLayout(row)


class CertificateCheck(QFrame):
    """ "Did we issue this certificate?": type the code printed on it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        column = card_column(self, self.tr("Verify a certificate"))
        row = QHBoxLayout()
        self.code = named(QLineEdit(), "certificateCode")
        self.code.setPlaceholderText(self.tr("Code, e.g. 7KQ4-MZ2H"))
        self.code.returnPressed.connect(self.check)
        self.button = named(QPushButton(self.tr("Check")), "checkCertificate")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.check)
        row.addWidget(self.code, 1)
        row.addWidget(self.button)
        column.addLayout(row)
        self.answer = named(QLabel(), "certificateAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.hide()
        column.addWidget(self.answer)

    def check(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        from oend.reporting.certificates import verify_certificate  # ReportLab loads on first use

        with self.workspace.db.session() as session:
            found = verify_certificate(session, code)
        if found is None:
            text = self.tr("✗ No certificate with the code %1 was issued by this program.").replace("%1", code.upper())
        else:
            text = (
                self.tr("✓ Issued by this program: %1, trained on %2 at %3.")
                .replace("%1", found.name)
                .replace("%2", found.session_date.isoformat())
                .replace("%3", found.site_name)
            )
            if found.trainer:
                text += " " + self.tr("Trainer: %1.").replace("%1", found.trainer)
        self.answer.setText(text)
        self.answer.setProperty("role", "" if found else "error")
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)
        self.answer.show()
