"""The main window: every page present, keyboard shortcuts, status bar, refresh after a write."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.services.participants import enrol_participant
from oend.ui.main_window import PAGES, MainWindow
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.base import Page
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.pages.today import TodayPage
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace

EXPECTED_TITLES = [
    "Today",
    "Participants",
    "Trainings",
    "Kits and inventory",
    "Reversals",
    "Prison release",
    "Reports",
    "Sync",
    "Administration",
    "Settings",
    "Users",
    "Audit trail",
]


def test_window_shows_every_page_in_the_sidebar(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == EXPECTED_TITLES
    assert window.stack.count() == len(PAGES) == 12
    assert isinstance(window.current_page, ParticipantsPage)
    built = [page for page in (window.page_at(i) for i in range(len(PAGES))) if page is not None]
    assert [p.title() for p in built] == EXPECTED_TITLES, "each page's own title is the one in the sidebar"
    assert [window.stack.widget(i) for i in range(len(PAGES))] == built


def test_only_the_first_page_is_built_at_start(window: MainWindow) -> None:
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    assert [type(p) for p in pages if isinstance(p, Page)] == [ParticipantsPage]
    window.show_page(2)
    assert isinstance(window.stack.currentWidget(), TrainingsPage)
    assert window.stack.currentWidget().isVisible()


def test_ctrl_digits_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    for number in (3, 8, 1, 5, 2, 9, 10):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number - 1
        assert window.sidebar.currentRow() == number - 1
        assert window.current_page.title() == EXPECTED_TITLES[number - 1]


def test_clicking_the_sidebar_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    item = window.sidebar.item(3)
    qtbot.mouseClick(
        window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center()
    )
    assert window.current_page.title() == "Kits and inventory"


def test_ctrl_f_goes_to_the_participant_search_from_any_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.page(ParticipantsPage)
    assert window.current_page is page
    assert QApplication.focusWidget() is page.search


def test_status_bar_names_the_database_and_the_user(window: MainWindow, workspace: Workspace) -> None:
    assert str(workspace.db.path) in window.database_label.text()
    assert window.user_label.text() == "Signed in as tester · Administrator"


def test_a_write_refreshes_pages_showing_that_area_when_they_are_next_shown(
    window: MainWindow, workspace: Workspace
) -> None:
    page = window.page(ParticipantsPage)
    window.open_page(TodayPage)
    assert page.model.rowCount() == 0
    with workspace.db.transaction() as session:
        changed = enrol_participant(session, workspace.actor, category="at_risk", first_name="Rosa")
    window.apply_changes(changed)
    assert page.model.rowCount() == 0, "a hidden page waits until it is shown"
    window.open_page(ParticipantsPage)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).first_name == "Rosa"


def test_a_page_first_shown_after_a_write_reads_it(window: MainWindow, workspace: Workspace) -> None:
    with workspace.db.transaction() as session:
        changed = enrol_participant(session, workspace.actor, category="at_risk", first_name="Rosa")
    window.apply_changes(changed)
    page = window.open_page(AuditPage)
    assert page.isVisible()
    assert page.model.total == 1
