"""The main window: a sidebar of pages, their shortcuts, and a status bar. It knows pages only by their protocol."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oend.services.context import Changed
from oend.ui.pages.base import Page
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.reports import ReportsPage
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.pages.settings import SettingsPage
from oend.ui.pages.sync import SyncPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace

P = TypeVar("P", bound=Page)
PAGES: tuple[type[Page], ...] = (
    TodayPage,
    ParticipantsPage,
    TrainingsPage,
    KitsPage,
    ReversalsPage,
    ReportsPage,
    SyncPage,
    SettingsPage,
)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("OEND tracker"))
        self.setMinimumSize(QSize(960, 600))
        self.resize(QSize(1280, 760))

        self.pages: list[Page] = [page_class(workspace) for page_class in PAGES]
        self.stack = QStackedWidget()
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, page in enumerate(self.pages, start=1):
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page.title()).replace("%2", str(number)))
            self.sidebar.addItem(item)
            page.changed.connect(self.apply_changes)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar_panel())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._shortcuts()
        self.show_page(1 if len(self.pages) > 1 else 0)

    def _sidebar_panel(self) -> QWidget:
        panel = QWidget(objectName="sidebarPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setFixedWidth(230)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(QLabel(self.tr("OEND tracker"), objectName="appName"))
        tagline = QLabel(self.tr("Naloxone education and distribution"), objectName="appTagline")
        tagline.setWordWrap(True)
        column.addWidget(tagline)
        column.addWidget(self.sidebar, 1)
        return panel

    def _status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self.workspace.database_label))
        actor = self.workspace.actor
        self.user_label = QLabel(self.tr("Signed in as %1").replace("%1", actor.username))
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)

    def _shortcuts(self) -> None:
        for number in range(1, len(self.pages) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n - 1))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.create_new)

    # --- actions --------------------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def page(self, page_class: type[P]) -> P:
        return next(p for p in self.pages if isinstance(p, page_class))

    def focus_search(self) -> None:
        """Ctrl+F: the search of the current page, or of Participants when the page has none."""
        if not self.current_page.focus_search():
            self.show_page(self.pages.index(self.page(ParticipantsPage)))
            self.current_page.focus_search()

    def create_new(self) -> None:
        """Ctrl+N: the current page's "new" action."""
        self.current_page.create_new()

    def apply_changes(self, changed: Changed[object]) -> None:
        """A page wrote something: every page showing one of the changed areas refreshes."""
        for page in self.pages:
            page.notify(changed.areas)
        self.statusBar().showMessage(self.tr("Saved"), 4000)
