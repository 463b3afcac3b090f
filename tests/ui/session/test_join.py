"""The wizard's join path: a new laptop joins from the coordinator's enrolment file, then its worker signs in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.db import open_database
from oend.security.enrolment_file import WRONG_PASSPHRASE
from oend.services import accounts
from oend.ui.session.setup import DETAILS, RECOVERY, SetupDialog
from tests.sync.enrolment_support import WORKER_PASSWORD, Laptop, coordinator_laptop, enrol, publish
from tests.ui.form_driving import shown


def test_a_worker_joins_from_the_wizard_and_signs_in_with_their_password(
    qtbot: QtBot, styled: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = enrol(coordinator_laptop(tmp_path / "coordinator", monkeypatch), tmp_path / "w.oendjoin", "worker")
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used():
        dialog = shown(qtbot, SetupDialog(laptop.target))
        dialog.join_choice.click()
        step = dialog.join_step
        assert step is not None and dialog.steps.currentWidget() is step
        step.buttons.rejected.emit()
        assert dialog.steps.currentIndex() == DETAILS
        dialog.join_choice.click()
        step.file.setText(str(written.path))
        step.passphrase.setText("WRONG-WRONG")
        step.join_button.click()
        assert step.error.text() == WRONG_PASSPHRASE and not Path(laptop.target).exists()
        step.passphrase.setText(written.passphrase)
        step.join_button.click()
        assert dialog.steps.currentIndex() == RECOVERY and dialog.recovery_key.text()
        assert not step.error.text() and not step.passphrase.text()
        dialog.reject()  # not yet: the key must be acknowledged first
        assert dialog.isVisible()
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()
        assert dialog.result() == SetupDialog.DialogCode.Accepted and dialog.result_joined is not None
        assert dialog.result_signed_in is None  # the worker signs in next, with their own account
        assert dialog.ready_notice() == "This laptop has joined Riverside: sign in with your account."
    worker = laptop.sign_in("worker", WORKER_PASSWORD)
    accounts.sign_out(worker)


@pytest.mark.postgres
def test_a_worker_joins_from_the_programs_server_in_the_wizard(
    qtbot: QtBot, styled: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    server_db = open_database(pg_url, home=tmp_path / "server-home")
    try:
        published = publish(coordinator_laptop(tmp_path / "coordinator", monkeypatch), server_db, "worker")
    finally:
        server_db.close()
    laptop = Laptop(tmp_path / "new", monkeypatch)
    with laptop.used():
        dialog = shown(qtbot, SetupDialog(laptop.target))
        dialog.join_choice.click()
        step = dialog.join_step
        assert step is not None and not step.server.isVisible()
        step.from_server.click()
        assert step.server.isVisible() and not step.file.isVisible()
        step.server.setText("https://example.org")
        step.passphrase.setText(published.passphrase)
        step.join_button.click()
        assert step.error.text().startswith("Server address: must be a server address")
        step.server.setText(pg_url)
        step.passphrase.setText("WRONG-WRONG")
        step.join_button.click()
        assert step.error.text() == WRONG_PASSPHRASE and not Path(laptop.target).exists()
        step.passphrase.setText(published.passphrase)
        step.join_button.click()
        assert dialog.steps.currentIndex() == RECOVERY and dialog.result_joined is not None
        assert dialog.result_joined.changes > 0  # the program came by a pull from the server
        dialog.confirm.setChecked(True)
        dialog.continue_button.click()
    accounts.sign_out(laptop.sign_in("worker", WORKER_PASSWORD))
