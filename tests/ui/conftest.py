"""Fixtures for the desktop app: a workspace over the test's own database, and the main window on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.db import Database
from oend.services.context import Actor
from oend.ui.language import install_translators, remove_translators
from oend.ui.main_window import MainWindow
from oend.ui.style import apply_style
from oend.ui.workspace import Workspace


@pytest.fixture
def workspace(db: Database, actor: Actor) -> Workspace:
    return Workspace(db, actor)


@pytest.fixture
def styled(qapp: QApplication) -> QApplication:
    """The app with its real style sheet, so layout tests see what users see."""
    apply_style(qapp)
    return qapp


@pytest.fixture
def window(qtbot: QtBot, styled: QApplication, workspace: Workspace) -> MainWindow:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish installed for one test, removed afterwards."""
    translators = install_translators(qapp, "es")
    yield
    remove_translators(qapp, translators)
