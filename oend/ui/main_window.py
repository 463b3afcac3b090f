"""The main window: a sidebar of pages, their shortcuts, and a status bar. It knows pages only by their protocol.

Each page is imported and built the first time it is shown: the window opens on its first page alone.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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

from oend.core.changes import Changed
from oend.errors import DatabaseError
from oend.model.codes import Role
from oend.ui.help_menu import HelpMenu
from oend.ui.language import language_in_use
from oend.ui.outputs.jobs import LongJob
from oend.ui.pages.base import Page
from oend.ui.roles import AUDIT_READERS, PROGRAM_SETTERS, USER_MANAGERS
from oend.ui.session.controls import SessionControls
from oend.ui.text.labels import code_label
from oend.ui.widgets.named import named
from oend.ui.workspace import Workspace

P = TypeVar("P", bound=Page)
JOB_STOP_WAIT_MS = 10_000  # a cancelled job stops at its next step; a report step takes well under this
#: The size the window opens at when the screen has room; smaller screens get their whole available area.
START_SIZE = QSize(1280, 760)
#: Small enough for a 1366x768 laptop at 125% scaling (1093x614 logical pixels, less task bar and frame).
MINIMUM_SIZE = QSize(800, 520)


#: Room left around the window for its title bar and borders, which the window's own size leaves out.
FRAME = QMargins(8, 32, 8, 8)


def start_geometry(available: QRect) -> QRect:
    """Where the window opens: centred in the screen's available area, frame included, never larger than it."""
    room = available.marginsRemoved(FRAME)
    placed = QRect(QPoint(0, 0), START_SIZE.boundedTo(room.size()).expandedTo(MINIMUM_SIZE))
    placed.moveCenter(room.center())
    return placed


@dataclass(frozen=True)
class PageEntry:
    """A page as the sidebar lists it before it is built: its class by name, its title, who may open it.

    The window imports and builds a page the first time it is shown, so start-up pays for the first page
    only. The title is translated in the page class's own context, the one its ``title()`` uses.
    """

    module: str
    class_name: str
    title: str
    #: The roles that see this page at all; None means everyone.
    roles: frozenset[Role] | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def page_class(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class

    def is_for(self, page_class: type[Page]) -> bool:
        return (page_class.__module__, page_class.__qualname__) == (self.module, self.class_name)


def _entry(module: str, class_name: str, title: object, roles: frozenset[Role] | None = None) -> PageEntry:
    # ``title`` comes from QT_TRANSLATE_NOOP, which returns its message but is typed as returning object.
    return PageEntry(f"oend.ui.pages.{module}", class_name, str(title), roles)


PARTICIPANTS = _entry("participants", "ParticipantsPage", QT_TRANSLATE_NOOP("ParticipantsPage", "Participants"))
PAGES: tuple[PageEntry, ...] = (
    _entry("today", "TodayPage", QT_TRANSLATE_NOOP("TodayPage", "Today")),
    PARTICIPANTS,
    _entry("trainings", "TrainingsPage", QT_TRANSLATE_NOOP("TrainingsPage", "Trainings")),
    _entry("kits", "KitsPage", QT_TRANSLATE_NOOP("KitsPage", "Kits and inventory")),
    _entry("reversals", "ReversalsPage", QT_TRANSLATE_NOOP("ReversalsPage", "Reversals")),
    _entry("release", "ReleasePage", QT_TRANSLATE_NOOP("ReleasePage", "Prison release")),
    _entry("reports", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports")),
    _entry("sync", "SyncPage", QT_TRANSLATE_NOOP("SyncPage", "Sync")),
    _entry(
        "administration",
        "AdministrationPage",
        QT_TRANSLATE_NOOP("AdministrationPage", "Administration"),
        PROGRAM_SETTERS,
    ),
    _entry("settings", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
    _entry("users", "UsersPage", QT_TRANSLATE_NOOP("UsersPage", "Users"), USER_MANAGERS),
    _entry("audit", "AuditPage", QT_TRANSLATE_NOOP("AuditPage", "Audit trail"), AUDIT_READERS),
)
LOCK_SHORTCUT = "Ctrl+L"
SIGN_OUT_SHORTCUT = "Ctrl+Shift+Q"


def stop_jobs(owner: QObject) -> None:
    """Cancel the running reports and exports under ``owner`` and wait for them to stop."""
    for job in owner.findChildren(LongJob):
        job.cancel()
        job.wait(JOB_STOP_WAIT_MS)


def pages_for(workspace: Workspace) -> list[PageEntry]:
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
        self.setMinimumSize(MINIMUM_SIZE)
        screen = self.screen()
        self.setGeometry(start_geometry(screen.availableGeometry()) if screen else QRect(QPoint(0, 0), START_SIZE))

        self.entries = pages_for(workspace)
        self._built: dict[int, Page] = {}
        self.stack = QStackedWidget()
        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for _entry in self.entries:
            self.stack.addWidget(QWidget())  # stands in for the page until it is first shown
            self.sidebar.addItem(QListWidgetItem())
        self.sidebar.currentRowChanged.connect(self._open_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar_panel())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._shortcuts()
        self._language = language_in_use(self._app())
        self._retranslate()
        self.show_page(self.entries.index(PARTICIPANTS))  # everyone's first page
        QTimer.singleShot(0, self.session.start)  # after the window is up: it never waits for the check

    def _sidebar_panel(self) -> QWidget:
        panel = named(QWidget(), "sidebarPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setFixedWidth(230)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.app_name = named(QLabel(), "appName")
        column.addWidget(self.app_name)
        self.tagline = named(QLabel(), "appTagline")
        self.tagline.setWordWrap(True)
        column.addWidget(self.tagline)
        column.addWidget(self.sidebar, 1)
        column.addWidget(self._help_button())
        column.addWidget(self._account_button())
        return panel

    def _help_button(self) -> QToolButton:
        """Help at the foot of the sidebar (a menu bar would take a row from every page on a small screen)."""
        self.help_menu = HelpMenu(self)
        self.help_button = named(QToolButton(), "helpButton")
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.help_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.help_button.setMenu(self.help_menu)
        return self.help_button

    def _account_button(self) -> QToolButton:
        """The signed-in person at the foot of the sidebar, with Lock and Sign out in its menu."""
        button = named(QToolButton(), "accountButton")
        button.setText(self.session.display_name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = QMenu(button)
        self.lock_action = QAction(self, shortcut=QKeySequence(LOCK_SHORTCUT))
        self.lock_action.triggered.connect(self.session.lock)
        self.lock_action.setEnabled(self.session.can_lock)
        self.sign_out_action = QAction(self, shortcut=QKeySequence(SIGN_OUT_SHORTCUT))
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
        self.database_label = QLabel()
        self.user_label = QLabel()
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.user_label)

    def _shortcuts(self) -> None:
        for number in range(1, min(len(self.entries), 10) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n - 1))
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.create_new)

    # --- the interface language -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Set every text the window itself shows (not its pages') in the language now installed."""
        self.setWindowTitle(self.tr("OEND tracker"))
        self.app_name.setText(self.tr("OEND tracker"))
        self.tagline.setText(self.tr("Naloxone education and distribution"))
        for number, entry in enumerate(self.entries, start=1):
            item = self.sidebar.item(number - 1)
            title = entry.translated_title()
            item.setText(title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(number % 10)))
        self.help_menu.retranslate()
        self.help_button.setText(self.tr("Help"))
        self.lock_action.setText(self.tr("Lock now"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.database_label.setText(self.tr("Database: %1").replace("%1", self.workspace.database_label))
        self.user_label.setText(
            self.tr("Signed in as %1 · %2")
            .replace("%1", self.session.display_name)
            .replace("%2", code_label(self.workspace.actor.role))
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new language was put in place (Settings): retranslate once the translators have all changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._language_changed)

    def _language_changed(self) -> None:
        language = language_in_use(self._app())
        if language == self._language:  # the same language installed again: nothing reads differently
            return
        self._language = language
        self._retranslate()
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        """Pages set their texts when built: discard the built ones; each is built again on its next show."""
        current = self.stack.currentIndex()
        # The shown page goes last, so no other old page is shown (and read) while the stand-ins go in.
        for index, page in sorted(self._built.items(), key=lambda built: built[0] == current):
            stop_jobs(page)  # a report or export running on it stops, as when the window closes
            page.loader.stop()
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self._open_row(current)

    @staticmethod
    def _app() -> QCoreApplication:
        app = QCoreApplication.instance()
        assert app is not None  # a window exists only inside a running app
        return app

    # --- pages, built on first use ------------------------------------------------------------------

    def page_at(self, index: int) -> Page | None:
        """The page at ``index`` in the sidebar, built now if it was not yet.

        None when the database cannot be read to build it (a damaged file): the page's stand-in stays,
        and the start-up check covers the window with the restore screen.
        """
        if index in self._built:
            return self._built[index]
        try:
            page = self.entries[index].page_class()(self.workspace)
        except (SQLAlchemyError, DatabaseError):
            return None
        stand_in = self.stack.widget(index)
        assert stand_in is not None  # every page has its stand-in until it is built
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        page.changed.connect(lambda changed, initiator=page: self.apply_changes(changed, initiator))
        self._built[index] = page
        return page

    def index_of(self, page_class: type[Page]) -> int:
        """Where ``page_class`` stands in this user's sidebar."""
        for index, entry in enumerate(self.entries):
            if entry.is_for(page_class):
                return index
        raise LookupError(f"{page_class.__name__} is not among this user's pages")

    def page(self, page_class: type[P]) -> P:
        """The page of ``page_class``, built if it was not yet (shown or not)."""
        page = self.page_at(self.index_of(page_class))
        if not isinstance(page, page_class):
            raise LookupError(f"{page_class.__name__} cannot be built: the database cannot be read")
        return page

    def open_page(self, page_class: type[P]) -> P:
        """Show the page of ``page_class`` and return it."""
        self.show_page(self.index_of(page_class))
        return self.page(page_class)

    @property
    def current_page(self) -> Page | None:
        return self._built.get(self.stack.currentIndex())

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _open_row(self, index: int) -> None:
        self.page_at(index)
        self.stack.setCurrentIndex(index)

    # --- actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search of the current page, or of Participants when the page has none."""
        page = self.current_page
        if page is not None and page.focus_search():
            return
        self.show_page(self.entries.index(PARTICIPANTS))
        participants = self.current_page
        if participants is not None:
            participants.focus_search()

    def create_new(self) -> None:
        """Ctrl+N: the current page's "new" action."""
        page = self.current_page
        if page is not None:
            page.create_new()

    def apply_changes(self, changed: Changed[object], initiator: Page | None = None) -> None:
        """An action wrote something: every built page showing one of the changed areas refreshes, once.

        ``initiator`` is the page the action came from; it does not refresh itself as well. A page not built
        yet reads everything fresh when it is first shown.
        """
        for page in self._built.values():
            page.notify(changed.areas, initiator)
        self.statusBar().showMessage(self.tr("Saved"), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing ends the session: running reports and exports stop, a backup, the sign-out, the database closed."""
        stop_jobs(self)
        for page in self._built.values():
            page.loader.stop()
        self.session.end()
        super().closeEvent(event)
