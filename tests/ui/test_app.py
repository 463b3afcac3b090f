"""Starting the app: the first start sets the program up, shows the recovery key once, adds the first site,
and opens the window as the new administrator.

The whole cycle runs through ``run_app`` with the real dialogs: set up, write down the key, add the first site,
the window names the user and role, sign out returns to the sign-in, and cancelling it quits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from oend.model import AuditEvent
from oend.model.codes import AuditAction
from oend.services import accounts
from oend.services.backup import list_backups
from oend.ui.app import run_app
from oend.ui.main_window import MainWindow
from oend.ui.session.setup import SetupDialog
from oend.ui.session.sign_in import SignInDialog
from tests.ui.driving import when_shown

PASSWORD = "a long enough passphrase"


def test_first_start_sets_up_signs_in_and_signs_out(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "first.db"
    seen: dict[str, object] = {}

    def set_up(dialog: SetupDialog) -> None:
        dialog.program_name.setText("Riverside OEND")
        dialog.username.setText("maria")
        dialog.display_name.setText("Maria Lopez")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText("not the same")
        dialog.create_button.click()
        seen["mismatch_text"] = dialog.findChild(QLabel, "password_again_error").text()
        assert not target.exists(), "nothing is written while the form is refused"
        dialog.password_again.setText(PASSWORD)
        dialog.create_button.click()
        assert dialog.steps.currentIndex() == 1
        seen["key"] = dialog.recovery_key.text()
        assert not dialog.continue_button.isEnabled(), "the key must be acknowledged first"
        dialog.reject()  # Esc does not skip the key
        assert dialog.isVisible()
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()
        assert dialog.steps.currentIndex() == 2, "the first site comes next"
        dialog.first_site.code.setText("VAN1")
        dialog.first_site.name.setText("Outreach van")
        dialog.first_site.kind.setCurrentIndex(dialog.first_site.kind.findData("outreach"))
        dialog.first_site.save_button.click()
        when_shown(MainWindow, in_window)

    def in_window(window: MainWindow) -> None:
        seen["status"] = window.user_label.text()
        seen["actor"] = window.workspace.actor.username
        window.sign_out_action.trigger()
        when_shown(SignInDialog, cancel)

    def cancel(dialog: SignInDialog) -> None:
        seen["signed_out_to_sign_in"] = True
        dialog.reject()

    when_shown(SetupDialog, set_up)
    assert run_app(str(target)) == 0

    assert "does not match" in str(seen["mismatch_text"])
    assert seen["status"] == "Signed in as Maria Lopez · Administrator"
    assert seen["actor"] == "maria"
    assert seen["signed_out_to_sign_in"] is True
    assert len(list_backups(target)) == 1, "signing out takes a backup"
    recovered = accounts.open_with_recovery_key(str(target), str(seen["key"]))  # the key shown is the real one
    try:
        with recovered.db.session() as session:
            actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.at)))
        assert actions.count(AuditAction.SIGN_IN) >= 1 and AuditAction.SIGN_OUT in actions
        assert AuditAction.BACKUP in actions
    finally:
        recovered.db.close()


def test_cancelling_the_first_start_writes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "never.db"
    when_shown(SetupDialog, lambda dialog: dialog.reject())
    assert run_app(str(target)) == 0
    assert not target.exists()
