"""Help: the log folder opens in the desktop's file manager, and About names the version and the folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oend import __version__
from oend.config import data_dir, log_dir
from oend.ui.main_window import MainWindow


class _Opened(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_menu_opens_the_log_folder(window: MainWindow) -> None:
    assert window.help_button.menu() is window.help_menu
    assert window.help_button.text() == "Help" and window.help_button.isVisible()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        window.help_menu.log_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [log_dir()]
    assert window.help_menu.log_action.text() == "Open the log folder"


def test_about_names_the_version_and_the_folders(qtbot: QtBot, window: MainWindow) -> None:
    window.help_menu.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert f"OEND tracker {__version__}" in box.text()
    assert str(data_dir()) in box.text() and str(log_dir()) in box.text()
    window.help_menu.about_action.trigger()  # a second click raises the open box, never a second one
    assert len(window.findChildren(QMessageBox, "aboutBox")) == 1
    box.done(0)
    qtbot.waitUntil(lambda: window.help_menu.about_box is None)
