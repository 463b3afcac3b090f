"""The main window: a sidebar of pages, their shortcuts, and a status bar. It knows pages only by their protocol."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from oend.services.context import Changed
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.base import Page
from oend.ui.pages.kits import KitsPage
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.release import ReleasePage
from oend.ui.pages.reports import ReportsPage
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.pages.settings import SettingsPage
from oend.ui.pages.sync import SyncPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.pages.users import UsersPage
from oend.ui.report_jobs import LongJob
from oend.ui.roles import role_label
from oend.ui.session_controls import SessionControls
from oend.ui.workspace import Workspace

P = TypeVar("P", bound=Page)
JOB_STOP_WAIT_MS = 10_000  # a cancelled job stops at its next step; a report step takes well under this
PAGES: tuple[type[Page], ...] = (
    TodayPage,
    ParticipantsPage,
    TrainingsPage,
    KitsPage,
    ReversalsPage,
    ReleasePage,
    ReportsPage,
    SyncPage,
    SettingsPage,
    UsersPage,
    AuditPage,
)
LOCK_SHORTCUT = "Ctrl+L"
SIGN_OUT_SHORTCUT = "Ctrl+Shift+Q"


def pages_for(workspace: Workspace) -> list[type[Page]]:
    """The pages this user's role may open, in sidebar order."""
    role = workspace.actor.role
    return [page for page in PAGES if page.roles is None or role in page.roles]


class MainWindow(QMainWindow):
    #: The user signed out: the app shows the sign-in again.
    signed_out = Signal()
    #: A backup replaced the damaged database (the notice says which): the app shows the sign-in again.
    restored = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session = SessionControls(workspace, self)
        self.session.signed_out.connect(self.signed_out)
        self.session.restored.connect(self.restored)
        self.setWindowTitle(self.tr("OEND tracker"))
        self.setMinimumSize(QSize(960, 600))
        self.resize(QSize(1280, 760))

        self.pages: list[Page] = self._build_pages()
        self.stack = QStackedWidget()
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, page in enumerate(self.pages, start=1):
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title())
            key = str(number % 10)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page.title()).replace("%2", key))
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
        QTimer.singleShot(0, self.session.start)  # after the window is up: it never waits for the check

    def _build_pages(self) -> list[Page]:
        """The pages this user may see; none when the file is too damaged for them to load.

        The start-up check then finds the damage and covers the empty window with the restore screen.
        """
        try:
            return [page_class(self.workspace) for page_class in pages_for(self.workspace)]
        except SQLAlchemyError:
            return []

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
        column.addWidget(self._account_button())
        return panel

    def _account_button(self) -> QToolButton:
        """The signed-in person at the foot of the sidebar, with Lock and Sign out in its menu."""
        button = QToolButton(objectName="accountButton")
        button.setText(self.session.display_name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = QMenu(button)
        self.lock_action = QAction(self.tr("Lock now"), self, shortcut=QKeySequence(LOCK_SHORTCUT))
        self.lock_action.triggered.connect(self.session.lock)
        self.lock_action.setEnabled(self.session.can_lock)
        self.sign_out_action = QAction(self.tr("Sign out"), self, shortcut=QKeySequence(SIGN_OUT_SHORTCUT))
        self.sign_out_action.triggered.connect(self.session.sign_out)
        self.sign_out_action.setEnabled(self.workspace.signed_in is not None)
        for action in (self.lock_action, self.sign_out_action):
            menu.addAction(action)
            self.addAction(action)  # the shortcuts work wherever the focus is in the window
        button.setMenu(menu)
        return button

    def _status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", self.workspace.database_label))
        actor = self.workspace.actor
        self.user_label = QLabel(
            self.tr("Signed in as %1 · %2")
            .replace("%1", self.session.display_name)
            .replace("%2", role_label(actor.role))
        )
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)

    def _shortcuts(self) -> None:
        for number in range(1, min(len(self.pages), 10) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing ends the session: running reports and exports stop, a backup, the sign-out, the database closed."""
        for job in self.findChildren(LongJob):
            job.cancel()
            job.wait(JOB_STOP_WAIT_MS)
        for page in self.pages:
            page.loader.stop()
        self.session.end()
        super().closeEvent(event)
