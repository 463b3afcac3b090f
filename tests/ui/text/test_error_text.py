"""Every error a screen shows is in the user's language, not only the field messages: a refused sign-in, a
refused change on the Users page, a key file gone while the app is locked, a refused restore. The command
line and the logs keep the English text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.core.database_files import key_file_for
from oend.db import Database
from oend.errors import DatabaseError, PermissionDenied
from oend.model.codes import Role
from oend.services import accounts, backup, users
from oend.ui.main_window import MainWindow
from oend.ui.pages.users import UsersPage
from oend.ui.session.sign_in import SignInDialog
from oend.ui.text.validation_text import error_text
from tests.ui.program import ADMIN, OUTREACH, PASSWORD


@pytest.mark.usefixtures("spanish")
def test_a_disabled_account_is_refused_in_spanish(qtbot: QtBot, program: Path) -> None:
    admin = accounts.sign_in(str(program), ADMIN, PASSWORD)
    try:
        with admin.db.transaction() as session:
            # Without the keyring the key slot stays, as when the change comes from another computer.
            users.disable_user(session, admin.actor, None, OUTREACH)
    finally:
        accounts.sign_out(admin)
    dialog = SignInDialog(str(program))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText(OUTREACH)
    said = []
    for password in ("not the password", PASSWORD):
        qtbot.keyClicks(dialog.password, password)
        dialog.sign_in_button.click()
        assert dialog.signed_in is None
        said.append(dialog.message.text())
    assert said[0].startswith("El nombre de usuario y la contraseña no coinciden"), said[0]
    assert said[1] == said[0], "a disabled account is refused in the words of a wrong password"


@pytest.mark.usefixtures("spanish")
def test_disabling_your_own_account_is_refused_in_spanish(qtbot: QtBot, admin_window: MainWindow) -> None:
    page = admin_window.open_page(UsersPage)
    page.select_user(ADMIN)
    with qtbot.waitSignal(page.disabling.ended, timeout=10_000):
        page.disable_selected(confirm=False)
    assert page.note.text() == "no puede desactivar su propia cuenta"
    assert page.selected() is not None and page.selected().active  # type: ignore[union-attr]


@pytest.mark.usefixtures("spanish")
def test_a_key_file_gone_while_locked_is_said_in_spanish(
    qtbot: QtBot, admin_window: MainWindow, program: Path, tmp_path: Path
) -> None:
    qtbot.keyClick(admin_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    locker = admin_window.session.locker
    assert locker is not None and locker.screen is not None
    key_file = key_file_for(program)
    kept = shutil.move(key_file, tmp_path / key_file.name)
    qtbot.keyClicks(locker.screen.password, PASSWORD)
    locker.screen.unlock_button.click()
    assert locker.locked
    assert locker.screen.message.text() == (
        f"falta el archivo de claves {key_file}: restáurelo desde una copia de seguridad"
    )
    shutil.move(kept, key_file)
    qtbot.keyClicks(locker.screen.password, PASSWORD)
    locker.screen.unlock_button.click()
    assert not locker.locked


@pytest.mark.usefixtures("spanish")
def test_an_error_names_its_values_and_nested_errors_in_spanish(qapp: QApplication, db: Database) -> None:
    assert db.path is not None
    missing = db.path.with_name("gone.db")
    with pytest.raises(DatabaseError) as refused:
        backup.restore(db.path, missing, key=None, actor=Actor.system("test-device", "tester"))
    assert str(refused.value) == f"the backup was not restored: {missing} does not exist"
    assert error_text(refused.value) == f"la copia de seguridad no se restauró: {missing} no existe"

    outreach = Actor(None, OUTREACH, Role.OUTREACH_WORKER, "test-device")
    with pytest.raises(PermissionDenied) as denied:
        outreach.require_role(Role.ADMINISTRATOR)
    assert str(denied.value) == "owen (outreach_worker) may not do this"  # the command line keeps the code
    assert error_text(denied.value) == "owen (Trabajador de alcance) no puede hacer esto"
    assert error_text(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"
