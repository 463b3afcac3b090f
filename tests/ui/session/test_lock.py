"""The idle lock: a form in progress survives the lock and saves after the unlock; sign out from the lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.model import Participant
from oend.services import accounts
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.session.lock import Cover, LockScreen
from oend.ui.workspace import Workspace
from tests.ui.driving import when_shown
from tests.ui.program import PASSWORD


def test_idle_lock_keeps_the_form_and_it_saves_after_unlock(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    idle = window.session.idle
    assert idle is not None and idle.running
    idle.set_interval(400)
    seen: dict[str, object] = {}

    def fill_then_wait(dialog: ParticipantDialog) -> None:
        qtbot.keyClicks(dialog.first_name, "Zephyrina")
        dialog.category.setCurrentIndex(dialog.category.findData("family_friend"))
        qtbot.waitUntil(lambda: window.session.locker is not None and window.session.locker.locked, timeout=5000)
        screen = window.session.locker.screen  # type: ignore[union-attr]
        assert isinstance(screen, LockScreen) and screen.isVisible()
        assert not dialog.isEnabled(), "the form takes no keys while locked"
        assert {c.parent() for c in window.findChildren(Cover)} == {dialog, window}, "each window is covered"
        assert QApplication.activeModalWidget() is screen

        qtbot.keyClicks(screen.password, "not the password")
        screen.unlock_button.click()
        seen["wrong"] = screen.message.text()
        assert window.session.locker.locked  # type: ignore[union-attr]

        qtbot.keyClicks(screen.password, PASSWORD)
        screen.unlock_button.click()
        assert not window.session.locker.locked  # type: ignore[union-attr]
        assert dialog.isEnabled() and not [c for c in dialog.findChildren(Cover) if c.isVisible()]
        seen["kept"] = dialog.first_name.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    when_shown(ParticipantDialog, fill_then_wait)
    window.page(ParticipantsPage).create_new()  # runs the dialog until it is saved

    assert seen["wrong"] == "That is not the password of ada. Try again."
    assert seen["kept"] == "Zephyrina"
    with window.workspace.db.session() as session:
        person = session.scalars(select(Participant).where(Participant.first_name == "Zephyrina")).one()
        assert person.created_by == window.workspace.actor.user_id, "saved as the signed-in user"
    assert idle.running, "the idle count starts again after the unlock"


def test_ctrl_l_locks_and_signing_out_from_the_lock_ends_the_session(qtbot: QtBot, admin_window: MainWindow) -> None:
    window = admin_window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    locker = window.session.locker
    assert locker is not None and locker.locked and locker.screen is not None
    with qtbot.waitSignal(window.signed_out, timeout=5000):
        locker.screen.sign_out_button.click()
    assert window.session.ended
    signed = window.workspace.signed_in
    assert signed is not None and signed.instance_lock is not None and not signed.instance_lock.held


def test_a_session_opened_with_the_recovery_key_locks_when_idle_and_asks_for_the_key(
    qtbot: QtBot, styled: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "oend.db"
    recovery = accounts.setup_program(str(path), "Riverside OEND", "ada", "Ada Administrator", PASSWORD).recovery_key
    assert recovery is not None
    window = MainWindow(Workspace.of(accounts.open_with_recovery_key(str(path), recovery, exclusive=True)))
    qtbot.addWidget(window)
    window.show()
    try:
        idle, locker = window.session.idle, window.session.locker
        assert idle is not None and locker is not None
        qtbot.waitUntil(lambda: idle.running)
        idle.set_interval(300)
        qtbot.waitUntil(lambda: locker.locked, timeout=5000)
        screen = locker.screen
        assert screen is not None and screen.isVisible()

        qtbot.keyClicks(screen.password, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        screen.unlock_button.click()
        assert locker.locked and screen.message.text() == "That is not this database's recovery key. Try again."

        qtbot.keyClicks(screen.password, recovery)
        screen.unlock_button.click()
        assert not locker.locked and idle.running
    finally:
        window.session.end()
