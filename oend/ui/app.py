"""Starting the desktop app: the QApplication, its look and language, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from oend import __version__
from oend.config import APP_AUTHOR, APP_NAME, database_target
from oend.db import open_database
from oend.errors import OendError
from oend.services.context import Actor
from oend.services.device import device_id
from oend.ui.language import chosen_language, install_translators
from oend.ui.main_window import MainWindow
from oend.ui.style import apply_style
from oend.ui.workspace import Workspace


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with our name, style and the user's language (or the one already running)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Exact scale factors (1.25, 1.5) on high-DPI screens instead of rounding to whole numbers.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv)
    QGuiApplication.setApplicationDisplayName("OEND tracker")
    apply_style(app)
    app.setProperty("translators", install_translators(app, chosen_language()))
    return app


def open_workspace(target: str) -> Workspace:
    """Open the database and decide who is working. The sign-in dialog replaces the second line."""
    db = open_database(target)
    return Workspace(db, Actor.system(device_id(db), "desktop"))


def run_app(database_option: str | None) -> int:
    """Open the desktop app on the chosen database; returns the process exit code."""
    app = create_application(sys.argv)
    target = database_target(database_option)
    try:
        workspace = open_workspace(target)
    except OendError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), str(error))
        return 2
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.db.close()
