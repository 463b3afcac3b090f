"""The administrator's dialog that enrols a laptop, driven for real: the file it writes is joined from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from oend.services import accounts
from oend.services.enrolment import ENCRYPTED_ONLY, join_program
from oend.ui.dialogs.enrol_laptop import EnrolLaptopDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.sync import SyncPage
from oend.ui.workspace import Workspace
from tests.sync.enrolment_support import ADMIN_PASSWORD, WORKER_PASSWORD, Laptop, coordinator_laptop
from tests.ui.form_driving import shown


def tick(dialog: EnrolLaptopDialog, username: str) -> None:
    items = [dialog.accounts.item(n) for n in range(dialog.accounts.count())]
    [item] = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == username]
    item.setCheckState(Qt.CheckState.Checked)


def test_the_dialog_writes_a_file_the_new_laptop_joins_with(
    qtbot: QtBot, styled: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator = coordinator_laptop(tmp_path / "coordinator", monkeypatch)
    admin = coordinator.sign_in("admin", ADMIN_PASSWORD)
    try:
        dialog = shown(qtbot, EnrolLaptopDialog(Workspace.of(admin)))
        dialog.path.setText(str(tmp_path / "for-wren"))
        dialog.write_button.click()  # nobody ticked: said in the dialog, nothing written
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        assert "at least one account" in dialog.message.text() and not list(tmp_path.glob("for-wren*"))
        tick(dialog, "worker")
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1)
        passphrase = dialog.passphrase.text()
        assert dialog.written is not None and dialog.written.usernames == ("worker",)
        assert passphrase == dialog.written.passphrase and str(dialog.written.path) in dialog.where.text()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == passphrase
        dialog.close_button.click()
        assert not dialog.isVisible() and not dialog.passphrase.text()
    finally:
        accounts.sign_out(admin)
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used():
        joined = join_program(laptop.target, tmp_path / "for-wren.oendjoin", passphrase)
    assert joined.program_name == "Riverside" and joined.usernames == ("worker",)
    accounts.sign_out(laptop.sign_in("worker", WORKER_PASSWORD))


def test_a_laptop_without_key_slots_is_refused_in_plain_words(
    qtbot: QtBot, styled: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator = coordinator_laptop(tmp_path / "coordinator", monkeypatch)
    admin = coordinator.sign_in("admin", ADMIN_PASSWORD)
    try:
        dialog = shown(qtbot, EnrolLaptopDialog(Workspace(admin.db, admin.actor)))  # no keyring: as unencrypted
        tick(dialog, "worker")
        dialog.path.setText(str(tmp_path / "x.oendjoin"))
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        assert dialog.message.text() == ENCRYPTED_ONLY and not (tmp_path / "x.oendjoin").exists()
        assert dialog.steps.currentIndex() == 0
    finally:
        dialog.close()
        accounts.sign_out(admin)


@pytest.mark.parametrize(("username", "offered"), [("ada", True), ("cora", False)])
def test_only_administrators_are_offered_to_enrol_a_laptop(
    open_window: Callable[[str], MainWindow], username: str, offered: bool
) -> None:
    page = open_window(username).open_page(SyncPage)
    assert page.enrol_button.isVisible() is offered


def test_the_first_step_has_its_heading_and_shows_a_long_path_from_its_start(
    qtbot: QtBot, admin_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a folder with a long name on a shared drive" / "enrolment files for new laptops"
    monkeypatch.setattr("oend.ui.dialogs.enrol_laptop.documents_dir", lambda: folder)
    dialog = shown(qtbot, EnrolLaptopDialog(admin_window.workspace))
    try:
        heading = dialog.findChild(QLabel, "pageTitle")
        assert heading is not None and heading.isVisible() and heading.text() == "Enrol a laptop"
        whole = str(folder / "enrolment.oendjoin")
        assert dialog.path.text() == whole and dialog.path.cursorPosition() == 0 and dialog.path.toolTip() == whole
    finally:
        dialog.close()
