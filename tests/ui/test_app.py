"""Starting the app: the database is opened at the chosen place and the main window shown on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from oend.services.device import device_id
from oend.ui.app import open_workspace, run_app
from oend.ui.main_window import MainWindow


def test_open_workspace_opens_the_database_as_this_device(tmp_path: Path) -> None:
    workspace = open_workspace(str(tmp_path / "new.db"))
    try:
        assert (tmp_path / "new.db").exists()
        assert workspace.actor.device_id == device_id(workspace.db)
        assert workspace.actor.username == "desktop"
    finally:
        workspace.db.close()


def test_run_app_shows_the_main_window_on_the_chosen_database(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "chosen.db"
    seen: list[str] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.workspace.database_label for w in windows)
        for w in windows:
            w.close()
            w.deleteLater()

    QTimer.singleShot(200, look_and_quit)
    assert run_app(str(target)) == 0
    assert seen == [str(target)]
