"""A save refused for a reason that names no field (no permission, the database unavailable) is said on the form,
which stays open with everything typed: no exception escapes to Qt, nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import User
from oend.model.codes import Role
from oend.ui.dialogs.user import UserDialog
from oend.ui.workspace import Workspace
from tests.ui.form_driving import click_save, shown


def test_a_refusal_without_a_field_is_said_on_the_form_and_keeps_what_was_typed(
    qtbot: QtBot, styled: QApplication, db: Database
) -> None:
    coordinator = Actor(user_id=None, username="cora", role=Role.COORDINATOR, device_id="test-device")
    dialog = shown(qtbot, UserDialog(Workspace(db, coordinator)))
    qtbot.keyClicks(dialog.username, "newbie")
    qtbot.keyClicks(dialog.display_name, "New Person")
    for box in (dialog.password, dialog.password_again):
        qtbot.keyClicks(box, "a long enough passphrase")
    general = dialog.form.findChild(QLabel, "form_error")
    assert general is not None
    with qtbot.captureExceptions() as escaped:
        click_save(qtbot, dialog)  # the save runs on a worker (a password is hashed): the form waits
        qtbot.waitUntil(general.isVisible)
    assert escaped == []
    assert general.text() == "cora (Coordinator) may not do this"
    assert dialog.isVisible() and dialog.username.text() == "newbie"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
