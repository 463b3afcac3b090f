"""The Users page for administrators, and which pages each role sees."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from oend.security import slot_seal
from oend.security.rekey import opens_with
from oend.services import accounts
from oend.ui.dialogs.reset_password import ResetPasswordDialog
from oend.ui.dialogs.user import UserDialog
from oend.ui.main_window import MainWindow
from oend.ui.models.users import UsersModel
from oend.ui.pages.audit import AuditPage
from oend.ui.pages.users import UsersPage
from tests.ui.driving import when_shown
from tests.ui.program import COORDINATOR, OUTREACH


def titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_each_role_sees_its_own_pages(open_window: Callable[[str], MainWindow]) -> None:
    outreach = open_window(OUTREACH)
    assert "Users" not in titles(outreach) and "Audit trail" not in titles(outreach)
    assert not outreach.findChildren(UsersPage) and not outreach.findChildren(AuditPage)
    assert outreach.user_label.text() == "Signed in as Owen Outreach · Outreach worker"
    outreach.session.end()
    coordinator = open_window(COORDINATOR)
    assert "Audit trail" in titles(coordinator) and "Users" not in titles(coordinator)


def test_add_disable_and_reset_a_user(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    page = window.open_page(UsersPage)
    names = [page.model.row_at(r).username for r in range(page.model.rowCount())]
    assert names == ["ada", "cora", "owen"]
    assert page.model.index(2, UsersModel.SITES).data() == "DTN"

    def refused_then_saved(dialog: UserDialog) -> None:
        dialog.username.setText("Not Valid!")
        dialog.display_name.setText("Nia Night")
        dialog.role.setCurrentIndex(dialog.role.findData("outreach_worker"))
        dialog.password.setText("short")
        dialog.password_again.setText("short")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # checked on a worker
        labels = [dialog.form.findChild(QLabel, f"{n}_error") for n in ("username", "password", "sites")]
        qtbot.waitUntil(lambda: all(label.text() for label in labels))
        assert dialog.isVisible()
        dialog.username.setText("nia")
        dialog.password.setText("night shift at the van")
        dialog.password_again.setText("night shift at the van")
        dialog.choose_sites({"EAST"})
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_shown(UserDialog, refused_then_saved)
    window.create_new()  # Ctrl+N on the Users page
    assert page.selected() is not None and page.selected().username == "nia"  # type: ignore[union-attr]
    assert page.model.index(page.table.currentIndex().row(), UsersModel.SITES).data() == "EAST"

    with qtbot.waitSignal(page.disabling.finished, timeout=20_000):
        page.disable_selected(confirm=False)
    assert page.model.index(page.table.currentIndex().row(), UsersModel.STATE).data() == "Disabled"
    assert not page.disable_button.isEnabled()

    temporary: list[str] = []

    def reset(dialog: ResetPasswordDialog) -> None:
        temporary.append(dialog.password.text())
        dialog.buttons.accepted.emit()

    when_shown(ResetPasswordDialog, reset)
    page.reset_selected()
    assert page.model.index(page.table.currentIndex().row(), UsersModel.STATE).data() == "Active"
    signed = accounts.sign_in(str(window.workspace.db.path), "nia", temporary[0])  # the shown password works
    assert signed.actor.username == "nia"
    accounts.sign_out(signed)


def test_disabling_runs_as_a_long_job_that_changes_the_database_key(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    page = window.open_page(UsersPage)
    keyring = window.workspace.keyring
    assert keyring is not None and window.workspace.db.path is not None
    path, old_key = window.workspace.db.path, keyring.key
    page.select_user(COORDINATOR)
    steps: list[tuple[int, int]] = []
    page.disabling.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(page.disabling.finished, timeout=20_000):
        page.disable_selected(confirm=False)
    assert steps and steps[-1] == (1000, 1000)
    assert "encrypted with a new key" in page.note.text()
    new = window.workspace.keyring
    assert new is not None and new.key != old_key
    assert opens_with(path, new.key) and not opens_with(path, old_key)
    assert page.model.index(page.table.currentIndex().row(), UsersModel.STATE).data() == "Disabled"


def test_a_recovery_slot_of_an_earlier_format_is_replaced_by_a_new_recovery_key_shown_once(
    qtbot: QtBot, admin_window: MainWindow
) -> None:
    window = admin_window
    keyring, seed = window.workspace.keyring, window.workspace.actor.authority
    assert keyring is not None and seed is not None
    doc = json.loads(keyring.file.path.read_text())
    old_recovery = slot_seal.new_recovery_key()
    secret = slot_seal.normalise_recovery_key(old_recovery)
    doc[slot_seal.RECOVERY] = {"v": 2, **slot_seal.wrap(keyring.key + seed, secret, slot_seal._recovery_aad(2))}
    keyring.file.path.write_text(json.dumps(doc))  # as a key file of version 2 holds it
    page = window.open_page(UsersPage)
    page.select_user(COORDINATOR)
    shown: list[str] = []

    def write_it_down(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_shown(QMessageBox, write_it_down)
    with qtbot.waitSignal(page.disabling.finished, timeout=20_000):
        page.disable_selected(confirm=False)
    found = re.search(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", shown[0])
    assert found is not None and found.group(0) != old_recovery
    new = window.workspace.keyring
    assert new is not None
    assert keyring.file.unlock_recovery(found.group(0)) == slot_seal.Unwrapped(new.key, seed)
    assert keyring.file.unlock_recovery(old_recovery) is None
