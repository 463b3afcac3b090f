"""Starting the desktop app: the QApplication, its look and language, the database, the main window.

Each step imports what it shows when it gets there (the sign-in or set-up dialog, which loads the database
code once it is up; then the main window its pages), so the first window appears without loading the code
and the screens that come after it.
"""

from __future__ import annotations

import gc
import sys
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from oend import __version__
from oend.config import APP_AUTHOR, APP_NAME, database_target
from oend.errors import OendError
from oend.ui.crash import crash_reporting
from oend.ui.language import chosen_language, use_language
from oend.ui.style import apply_style
from oend.ui.workspace import Workspace

if TYPE_CHECKING:
    from oend.ui.main_window import MainWindow


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
    QGuiApplication.setWindowIcon(QIcon(str(resources.files("oend.assets") / "oend.png")))
    apply_style(app)
    use_language(app, chosen_language())
    return app


def open_workspace(target: str, notice: str = "") -> Workspace | None:
    """Set the program up on a first start, then sign in; None when the person cancelled.

    The workspace's actor is the signed-in user, so every write from the window is theirs.
    """
    from oend.services.setup_state import is_set_up
    from oend.ui.session.sign_in import SignInDialog

    if not is_set_up(target):
        from oend.ui.session.setup import SetupDialog  # a set-up program, the usual start, never loads the wizard

        setup = SetupDialog(target)
        setup.exec()
        if setup.result_setup is None and setup.result_joined is None:
            return None
        if setup.result_signed_in is not None:  # the administrator signed in during the set-up
            return Workspace.of(setup.result_signed_in)
        notice = notice or setup.ready_notice()
    dialog = SignInDialog(target, notice=notice)
    if dialog.exec() and dialog.signed_in is not None:
        return Workspace.of(dialog.signed_in)
    return None


class Session(QObject):
    """Runs the cycle sign in -> main window -> sign out -> sign in, until the window is closed."""

    def __init__(self, app: QApplication, target: str) -> None:
        super().__init__(app)
        self.app = app
        self.target = target
        self.window: MainWindow | None = None
        self.exit_code = 0
        self._restart_notice: str | None = None  # set when the window closes for a new sign-in

    def begin(self, notice: str = "") -> bool:
        """Sign in and show the window; False when the person cancelled or the database cannot be opened."""
        try:
            workspace = open_workspace(self.target, notice)
        except OendError as error:
            from oend.ui.text.validation_text import error_text

            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), error_text(error))
            self.exit_code = 2
            return False
        if workspace is None:
            return False
        from oend.ui.main_window import MainWindow

        window = MainWindow(workspace)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.signed_out.connect(lambda: self._again(""))
        window.restored.connect(self._again)
        window.destroyed.connect(self._window_gone)
        self.window = window
        self._restart_notice = None
        window.show()
        QTimer.singleShot(0, gc.enable)  # off while the app loaded (oend.cli.open_app); on once the window is up
        return True

    def _again(self, notice: str) -> None:
        self._restart_notice = notice

    def _window_gone(self) -> None:
        notice, self._restart_notice = self._restart_notice, None
        self.window = None
        if notice is None:
            self.app.quit()
        else:
            QTimer.singleShot(0, lambda: self.begin(notice) or self.app.quit())


def run_app(database_option: str | None, *, check_start: bool = False) -> int:
    """Open the desktop app on the chosen database; returns the process exit code.

    ``check_start`` quits once the first window is drawn (``oend --check-start``).
    """
    app = create_application(sys.argv)
    if check_start:
        from oend.ui.start_check import quit_when_drawn

        quit_when_drawn(app)
    app.setQuitOnLastWindowClosed(False)  # between sign-out and sign-in no window is open
    with crash_reporting(app):
        session = Session(app, database_target(database_option))
        if not session.begin():
            return session.exit_code
        return app.exec()
