"""The main window's Help menu: the log folder a coordinator sends when something goes wrong, and About.

About names the version (the one ``oend --version`` prints) and where this computer keeps the data and
the log, so whoever supports the program can ask for both in plain words.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from oend import __version__
from oend.config import data_dir, log_dir


def open_log_folder() -> bool:
    """Show the log folder in the desktop's file manager; False when the desktop could not."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


class HelpMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpMenu")
        self.log_action = QAction(self)
        self.log_action.setObjectName("openLogFolder")
        self.log_action.triggered.connect(open_log_folder)
        self.about_action = QAction(self)
        self.about_action.setObjectName("about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.log_action)
        self.addSeparator()
        self.addAction(self.about_action)
        self.about_box: QMessageBox | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.log_action.setText(self.tr("Open the log folder"))
        self.about_action.setText(self.tr("About OEND tracker"))

    def about_text(self) -> str:
        python = ".".join(str(n) for n in sys.version_info[:3])
        return (
            self.tr(
                "OEND tracker %1\n\nData folder: %2\nLog folder: %3\n\n"
                "Python %4, Qt for Python %5. Licence: GPL 3.0 or later."
            )
            .replace("%1", __version__)
            .replace("%2", str(data_dir()))
            .replace("%3", str(log_dir()))
            .replace("%4", python)
            .replace("%5", pyside_version)
        )

    def show_about(self) -> None:
        """The About box, window-modal but not blocking (one at a time)."""
        if self.about_box is not None:
            self.about_box.raise_()
            return
        box = QMessageBox(self.parentWidget())
        box.setObjectName("aboutBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("About OEND tracker"))
        box.setText(self.about_text())
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(self._about_closed)
        self.about_box = box
        box.open()

    def _about_closed(self) -> None:
        if self.about_box is not None:
            self.about_box.deleteLater()
        self.about_box = None
