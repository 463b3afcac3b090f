"""Administration: the program's own set-up, for coordinators and administrators.

Sites, partner organisations, providers, products, curriculum topics and the program's settings, each on its own
tab.
A write is announced once through ``changed``; the main window hands it back to every page, this one included,
and each tab whose areas it touched reads its list again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from oend.core.changes import Area
from oend.queries.choices import trainer_choices
from oend.services import program_settings
from oend.ui.dialogs.program_settings import DefaultSiteDialog, ProgramSettingsDialog, month_name, scheme_text
from oend.ui.models.lazy_table import Column, dash
from oend.ui.pages.base import Page
from oend.ui.pages.set_up_lists import PartnersList, ProductsList, ProvidersList, SitesList, TopicsList
from oend.ui.widgets.named import named
from oend.ui.widgets.page_parts import button, section_label
from oend.ui.widgets.set_up_list import SetUpList
from oend.ui.workspace import Workspace


@dataclass(frozen=True)
class DefaultSite:
    id: uuid.UUID  # the user's
    username: str
    name: str
    site_code: str | None


class ProgramSettingsTab(QWidget):
    """The settings as they stand, a button to change them, and each user's default site."""

    areas = frozenset({Area.SETTINGS, Area.USERS, Area.SITES})

    def __init__(self, workspace: Workspace, page: Page) -> None:
        super().__init__(page)
        self.workspace = workspace
        self.page = page
        card = named(QFrame(), "card")
        self.summary = QFormLayout()
        self.summary.setHorizontalSpacing(24)
        self.summary.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("program_name", self.tr("Program name")),
            ("code_scheme", self.tr("Participant codes")),
            ("fiscal_year_start_month", self.tr("Fiscal year starts in")),
            ("small_cell_threshold", self.tr("Hide counts below")),
            ("kits_without_reason", self.tr("Kits without a reason")),
        ):
            value = named(QLabel(), f"setting_{key}")
            value.setWordWrap(True)
            self.values[key] = value
            self.summary.addRow(text, value)
        self.change_button = button(self.tr("Change settings…"), "changeSettings", primary=True)
        self.change_button.clicked.connect(self.change)
        inside = QHBoxLayout(card)
        inside.setContentsMargins(20, 16, 20, 16)
        inside.addLayout(self.summary, 1)
        inside.addWidget(self.change_button, 0)

        columns: list[Column[DefaultSite]] = [
            Column(lambda: self.tr("User name"), lambda r: r.username, 170),
            Column(lambda: self.tr("Full name"), lambda r: r.name),
            Column(lambda: self.tr("Default site"), lambda r: dash(r.site_code), 160),
        ]
        self.defaults: SetUpList[DefaultSite] = SetUpList(
            workspace, "defaultSitesTable", columns, self._defaults, self.areas, self
        )
        self.defaults.body.setContentsMargins(0, 0, 0, 0)
        self.defaults.button_row.insertWidget(0, section_label(self.tr("Each user's default site")))
        self.defaults.add_button(self.tr("Set default site…"), "setDefaultSite", self.set_default_site, primary=True)
        self.defaults.table.doubleClicked.connect(self.set_default_site)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(14)
        column.addWidget(card)
        column.addWidget(self.defaults, 1)

    def _defaults(self, session: Session) -> list[DefaultSite]:
        chosen = {r.username: r.site_code for r in program_settings.default_sites(session, self.workspace.actor)}
        return [DefaultSite(p.id, p.code, p.name, chosen.get(p.code)) for p in trainer_choices(session)]

    def reload(self) -> None:
        with self.workspace.db.session() as session:
            current = {row.key: row.value for row in program_settings.show_settings(session, self.workspace.actor)}
        self.values["program_name"].setText(current["program_name"])
        self.values["code_scheme"].setText(scheme_text(current["code_scheme"]))
        self.values["fiscal_year_start_month"].setText(month_name(int(current["fiscal_year_start_month"])))
        self.values["small_cell_threshold"].setText(
            self.tr("%1 (smaller counts show as “<%1” in published tables)").replace(
                "%1", current["small_cell_threshold"]
            )
        )
        self.values["kits_without_reason"].setText(
            self.tr("%1 at a time; more need a reason").replace("%1", current["kits_without_reason"])
        )
        self.defaults.reload()

    def change(self) -> bool:
        dialog = ProgramSettingsDialog(self.workspace, self)
        return self.defaults.open_form(dialog, lambda _: self.tr("Settings saved."))

    def set_default_site(self) -> bool:
        row = self.defaults.selected()
        dialog = DefaultSiteDialog(self.workspace, self, row.username if row else None)
        return self.defaults.open_form(
            dialog, lambda user: self.tr("Default site of %1 saved.").replace("%1", user.username)
        )


class AdministrationPage(Page):
    areas = frozenset({Area.SITES, Area.STOCK, Area.TRAININGS, Area.SETTINGS, Area.USERS, Area.LINKAGE})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.sites = SitesList(workspace, self)
        self.partners = PartnersList(workspace, self)
        self.providers = ProvidersList(workspace, self)
        self.products = ProductsList(workspace, self)
        self.topics = TopicsList(workspace, self)
        self.settings = ProgramSettingsTab(workspace, self)
        self.tabs = named(QTabWidget(), "administrationTabs")
        self.tabs.setDocumentMode(True)
        for tab, title in (
            (self.sites, self.tr("Sites")),
            (self.partners, self.tr("Partners")),
            (self.providers, self.tr("Providers")),
            (self.products, self.tr("Products")),
            (self.topics, self.tr("Curriculum topics")),
            (self.settings, self.tr("Program settings")),
        ):
            self.tabs.addTab(tab, title)
        self.body.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Administration")

    def subtitle(self) -> str:
        return self.tr("Your program's sites, partners, providers, products, training topics and settings")

    def refresh(self, areas: frozenset[Area]) -> None:
        for tab in (self.sites, self.partners, self.providers, self.products, self.topics, self.settings):
            if areas & tab.areas:
                tab.reload()

    def create_new(self) -> bool:
        """Ctrl+N adds to the list in view."""
        current: Any = self.tabs.currentWidget()
        adder = getattr(current, "add", None)
        if adder is None:
            return False
        adder()
        return True
