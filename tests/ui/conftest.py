"""Fixtures for the desktop app: a workspace over the test's own database, and the main window on it.

``program`` is a real encrypted database made by ``setup_program`` (copied from a template built once),
and ``admin_window`` is the main window of an administrator who signed in to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.db import Database
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import MainWindow
from oend.ui.style import apply_style
from oend.ui.workspace import Workspace
from tests.ui.program import ADMIN, build_template, copy_program, sign_in


@pytest.fixture
def workspace(db: Database, actor: Actor) -> Workspace:
    return Workspace(db, actor)


@pytest.fixture
def styled(qapp: QApplication) -> QApplication:
    """The app with its real style sheet, so layout tests see what users see."""
    apply_style(qapp)
    return qapp


def show(qtbot: QtBot, main: MainWindow) -> MainWindow:
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=15_000)  # a loaded 2-core machine may take over 5 s
    return main


@pytest.fixture
def window(qtbot: QtBot, styled: QApplication, workspace: Workspace) -> MainWindow:
    return show(qtbot, MainWindow(workspace))


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish installed for one test, removed afterwards."""
    translators = install_translators(qapp, "es")
    yield
    remove_translators(qapp, translators)


@pytest.fixture(scope="session")
def program_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def program(program_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the encrypted program."""
    return copy_program(program_template, tmp_path / "program")


@pytest.fixture
def open_window(qtbot: QtBot, styled: QApplication, program: Path) -> Iterator[Callable[[str], MainWindow]]:
    """Sign in to the program as a user and show their main window; closed (and signed out) at the end."""
    opened: list[MainWindow] = []

    def open_as(username: str = ADMIN) -> MainWindow:
        main = show(qtbot, MainWindow(Workspace.of(sign_in(program, username))))
        opened.append(main)
        return main

    yield open_as
    for main in opened:
        main.session.end()


@pytest.fixture
def admin_window(open_window: Callable[[str], MainWindow]) -> MainWindow:
    return open_window(ADMIN)
