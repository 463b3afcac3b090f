"""The program's settings form (with a live example of its participant codes) and a user's default site."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Changed
from oend.core.participant_codes import CUSTOM, EXAMPLE, PATTERN_HELP, SCHEMES, custom_scheme, pattern_problems
from oend.queries.choices import all_site_choices, trainer_choices
from oend.queries.settings import default_site_id
from oend.services import program_settings
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.text.validation_text import value_text
from oend.ui.widgets.pickers import fill_choices, select_data
from oend.ui.workspace import Workspace


def month_name(month: int) -> str:
    """A month as the current language names it on its own ("October", "octubre")."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def scheme_text(value: str) -> str:
    """A stored scheme, a shipped one's name or a custom pattern, as the user reads it."""
    if value in SCHEMES:
        return value_text(SCHEMES[value].description)
    return (
        QCoreApplication.translate("ProgramSettings", "Custom pattern %1, e.g. %2")
        .replace("%1", value)
        .replace("%2", custom_scheme(value).make(EXAMPLE))
    )


class ProgramSettingsDialog(FormDialog):
    """The settings a coordinator changes; the example code follows the scheme or pattern as it is typed."""

    form_name = "program_settings"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setMinimumWidth(640)
        self.program_name: QLineEdit = self.field(QLineEdit, "program_name")
        self.code_scheme: QComboBox = self.field(QComboBox, "code_scheme")
        self.code_pattern: QLineEdit = self.field(QLineEdit, "code_pattern")
        self.code_example: QLabel = self.field(QLabel, "code_example")
        self.fiscal_year_start_month: QComboBox = self.field(QComboBox, "fiscal_year_start_month")
        self.small_cell_threshold: QSpinBox = self.field(QSpinBox, "small_cell_threshold")
        self.kits_without_reason: QSpinBox = self.field(QSpinBox, "kits_without_reason")
        self.follow_up_days: QLineEdit = self.field(QLineEdit, "follow_up_days")
        self.referral_counts_only: QCheckBox = self.field(QCheckBox, "referral_counts_only")
        help_label: QLabel = self.field(QLabel, "code_pattern_help")
        help_label.setObjectName("muted")  # styled as a hint; it is found by its field, not its name
        help_label.setText(self.tr("Letters of a pattern: %1").replace("%1", value_text(PATTERN_HELP)))
        self.help_label = help_label
        self.small_cell_threshold.setSuffix(self.tr(" (published tables)"))
        self.kits_without_reason.setSuffix(self.tr(" kits at a time"))
        self.follow_up_days.setToolTip(self.tr("Days after a referral or a release, separated by commas"))
        self.referral_counts_only.setToolTip(self.tr("Referrals then keep no person, provider or notes"))
        for choice in program_settings.scheme_choices():
            self.code_scheme.addItem(value_text(choice.description), choice.name)
        self.code_scheme.addItem(self.tr("A pattern of our own"), CUSTOM)
        for month in range(1, 13):
            self.fiscal_year_start_month.addItem(month_name(month), month)
        with workspace.db.session() as session:
            current = {row.key: row.value for row in program_settings.show_settings(session, workspace.actor)}
        self.program_name.setText(current["program_name"])
        scheme = current["code_scheme"]
        self.code_scheme.setCurrentIndex(self.code_scheme.findData(scheme if scheme in SCHEMES else CUSTOM))
        self.code_pattern.setText("" if scheme in SCHEMES else scheme)
        self.fiscal_year_start_month.setCurrentIndex(int(current["fiscal_year_start_month"]) - 1)
        self.small_cell_threshold.setValue(int(current["small_cell_threshold"]))
        self.kits_without_reason.setValue(int(current["kits_without_reason"]))
        self.follow_up_days.setText(current["follow_up_days"])
        self.referral_counts_only.setChecked(current["referral_counts_only"] == "yes")
        self.example = ""  # the code shown for the example person; '' while the pattern cannot make one
        self.code_scheme.currentIndexChanged.connect(self.show_example)
        self.code_pattern.textChanged.connect(self.show_example)
        self.show_example()
        self.start_messages()
        self.program_name.setFocus()

    def custom(self) -> bool:
        return bool(self.code_scheme.currentData() == CUSTOM)

    def show_example(self) -> None:
        """The code the chosen scheme makes for the same example person (Maria Lopez, born 15 March 1985)."""
        custom = self.custom()
        self.code_pattern.setVisible(custom)
        self.help_label.setVisible(custom)
        if not custom:
            example = SCHEMES[self.code_scheme.currentData()].make(EXAMPLE)
        else:
            pattern = self.code_pattern.text().strip().upper()
            example = custom_scheme(pattern).make(EXAMPLE) if pattern and not pattern_problems(pattern) else ""
        self.example = example
        if example:
            text = self.tr("Example: <b>%1</b> (Maria Lopez, born 1985-03-15)").replace("%1", example)
        else:
            text = self.tr("Type a pattern to see an example")
        self.code_example.setText(text)
        if self.isVisible():  # the pattern's rows came or went: make room for their wrapped lines, or give it back
            layout = self.layout()
            assert layout is not None  # the form's layout, made with the dialog
            layout.activate()
            for label in (self.help_label, self.code_example):  # a grid gives wrapped labels one line's height
                label.setMinimumHeight(label.heightForWidth(label.width()))
            layout.activate()
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def field_names(self) -> dict[str, str]:
        return {"settings": self.tr("Settings")}

    def values(self) -> dict[str, Any]:
        return {
            "program_name": self.program_name.text(),
            "code_scheme": self.code_pattern.text() if self.custom() else self.code_scheme.currentData(),
            "fiscal_year_start_month": self.fiscal_year_start_month.currentData(),
            "small_cell_threshold": self.small_cell_threshold.value(),
            "kits_without_reason": self.kits_without_reason.value(),
            "follow_up_days": self.follow_up_days.text(),
            "referral_counts_only": self.referral_counts_only.isChecked(),
        }

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return program_settings.change_settings(session, self.workspace.actor, values)


class DefaultSiteDialog(FormDialog):
    """The site a user's forms start on, or none."""

    form_name = "default_site"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, username: str | None = None) -> None:
        super().__init__(workspace, parent)
        self.user: QComboBox = self.field(QComboBox, "user")
        self.site: QComboBox = self.field(QComboBox, "site")
        with workspace.db.session() as session:
            people = trainer_choices(session)
            fill_choices(self.user, people)
            fill_choices(self.site, all_site_choices(session), self.tr("No default site"))
        chosen = next((p for p in people if p.code == username), None)
        if chosen is not None:
            select_data(self.user, chosen.id)
        self.user.currentIndexChanged.connect(self._user_chosen)
        self._user_chosen()
        self.start_messages()
        self.site.setFocus()

    def _user_chosen(self) -> None:
        with self.workspace.db.session() as session:
            select_data(self.site, default_site_id(session, self.user.currentData()))

    def values(self) -> dict[str, Any]:
        return {"user_id": self.user.currentData(), "site_id": self.site.currentData()}

    def submit(self, session: Session, values: dict[str, Any]) -> Changed[Any]:
        return program_settings.set_default_site(session, self.workspace.actor, values["user_id"], values["site_id"])
