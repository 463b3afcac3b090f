"""The sign-in dialog on a real encrypted program: a wrong password, the lockout, a second instance."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from oend.model.codes import Role
from oend.security.lockout import LockoutPolicy
from oend.services import accounts
from oend.ui.session.sign_in import SignInDialog
from tests.ui.program import ADMIN, OUTREACH, PASSWORD, sign_in

FAST = LockoutPolicy(free_attempts=1, first_delay=dt.timedelta(seconds=1), max_delay=dt.timedelta(seconds=2))


def make(qtbot: QtBot, program: Path, **options: object) -> SignInDialog:
    dialog = SignInDialog(str(program), **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    dialog.sign_in_button.click()


def test_wrong_password_then_lockout_with_the_wait_then_sign_in(qtbot: QtBot, program: Path) -> None:
    dialog = make(qtbot, program, policy=FAST)
    attempt(qtbot, dialog, OUTREACH, "not my password at all")
    assert dialog.signed_in is None and dialog.isVisible()
    assert dialog.message.text() == "That user name and password do not match. Check them and try again."
    assert dialog.password.text() == "" and dialog.username.text() == OUTREACH

    attempt(qtbot, dialog, OUTREACH, "wrong again, twice")
    assert "wait 1 seconds" in dialog.message.text() or "wait 2 seconds" in dialog.message.text()
    assert not dialog.sign_in_button.isEnabled(), "no tries while the account is locked"

    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=5000)
    assert dialog.message.text() == "You can try again now."
    attempt(qtbot, dialog, OUTREACH, PASSWORD)
    assert dialog.signed_in is not None, dialog.message.text()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.signed_in is not None
    assert dialog.signed_in.actor.username == OUTREACH and dialog.signed_in.actor.role == Role.OUTREACH_WORKER
    accounts.sign_out(dialog.signed_in)


def test_a_second_instance_is_told_which_window_has_the_database(qtbot: QtBot, program: Path) -> None:
    first = sign_in(program, ADMIN)
    try:
        dialog = make(qtbot, program)
        attempt(qtbot, dialog, ADMIN, PASSWORD)
        assert dialog.signed_in is None
        text = dialog.message.text()
        assert text.startswith("This database is already open in another OEND window.")
        assert f"process {os.getpid()}" in text
    finally:
        accounts.sign_out(first)
