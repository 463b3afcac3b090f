"""Settings: the interface language, the idle lock and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QSizePolicy, QSpinBox, QWidget

from oend.core.changes import Area
from oend.ui.language import LANGUAGES, choose_language, chosen_language, use_language
from oend.ui.pages.base import Page
from oend.ui.session.idle import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, choose_idle_minutes, idle_minutes
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace


class SettingsPage(Page):
    areas = frozenset({Area.SETTINGS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        card = named(QFrame(), "card")
        card.setMaximumWidth(720)
        form = QFormLayout(card)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setContentsMargins(24, 20, 24, 20)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(24)
        self.language = named(QComboBox(), "language")
        self.language.setMinimumWidth(240)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language"), self.language)
        self.idle = named(QSpinBox(), "idleMinutes")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(idle_minutes())
        self.idle.setSuffix(self.tr(" minutes without use"))
        self.idle.setMinimumWidth(240)
        self.idle.valueChanged.connect(choose_idle_minutes)
        form.addRow(self.tr("Lock the app after"), self.idle)
        database = named(QLabel(workspace.database_label), "muted")
        database.setWordWrap(True)  # a long path takes the row's width, then wraps
        database.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(self.tr("Database"), database)
        form.addRow(self.tr("Signed in as"), QLabel(workspace.actor.username))
        form.addRow(self.tr("This device"), named(QLabel(workspace.actor.device_id), "muted"))
        self.body.addWidget(card)
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Settings")

    def subtitle(self) -> str:
        return self.tr("Language and this computer's data")

    def _language_chosen(self) -> None:
        """Remember the language and apply it now: the window retranslates itself on the LanguageChange."""
        code = str(self.language.currentData())
        choose_language(code)
        app = QCoreApplication.instance()
        if app is not None:
            use_language(app, code)
