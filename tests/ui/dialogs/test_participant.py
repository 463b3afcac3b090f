"""Enrolling a participant through the real form: save, a refused save, code generation, Ctrl+N."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Participant
from oend.model.codes import Role
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.main_window import MainWindow
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.workspace import Workspace
from tests.support.world import build_world
from tests.ui.form_driving import message_beside


def count(workspace: Workspace) -> int:
    with workspace.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def make_dialog(qtbot: QtBot, workspace: Workspace) -> ParticipantDialog:
    dialog = ParticipantDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(combo, code: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(code))


def save(qtbot: QtBot, dialog: ParticipantDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_saving_enrols_the_participant(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = make_dialog(qtbot, workspace)
    dialog.first_name.setText("Nguyễn")  # QTest can only type Latin-1 keys
    qtbot.keyClicks(dialog.last_name, "Thi Mai")
    dialog.date_of_birth.setDate(dt.date(1988, 4, 2))
    choose(dialog.category, "leaving_custody")
    choose(dialog.gender, "woman")
    qtbot.keyClicks(dialog.zip_code, "02139")
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with workspace.db.session() as session:
        person = session.scalars(select(Participant)).one()
    assert (person.first_name, person.last_name, person.zip_code) == ("Nguyễn", "Thi Mai", "02139")
    assert person.date_of_birth.isoformat() == "1988-04-02"
    assert person.category.value == "leaving_custody"
    assert person.code == "NGTH1988F"  # generated in the default scheme
    assert dialog.result_changed is not None and dialog.result_changed.record.code == person.code


def test_a_refused_save_shows_messages_by_the_fields_and_keeps_the_input(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = make_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.code, "not a code!")
    qtbot.keyClicks(dialog.first_name, "Rosa")
    qtbot.keyClicks(dialog.zip_code, "#$%")
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_changed is None
    assert count(workspace) == 0
    errors = {
        name: dialog.form.findChild(QLabel, f"{name}_error") for name in ("code", "category", "zip_code", "first_name")
    }
    assert errors["category"].isVisible() and "required" in errors["category"].text()
    assert errors["code"].isVisible() and "scheme" in errors["code"].text()
    assert errors["zip_code"].isVisible() and "ZIP" in errors["zip_code"].text()
    assert not errors["first_name"].isVisible()
    assert (dialog.code.text(), dialog.first_name.text(), dialog.zip_code.text()) == ("not a code!", "Rosa", "#$%")
    # Fix the fields and save again: the messages go, the person is enrolled.
    dialog.code.clear()
    dialog.zip_code.clear()
    choose(dialog.category, "at_risk")
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert count(workspace) == 1
    assert not errors["category"].isVisible()


def test_generate_makes_a_code_from_the_details(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = make_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.first_name, "Maria")
    qtbot.keyClicks(dialog.last_name, "Lopez")
    dialog.date_of_birth.setDate(dt.date(1985, 3, 15))
    choose(dialog.gender, "woman")
    qtbot.mouseClick(dialog.form.findChild(QPushButton, "generate"), Qt.MouseButton.LeftButton)
    assert dialog.code.text() == "MALO1985F"


def test_ctrl_n_enrols_from_the_participants_page(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    page = window.open_page(ParticipantsPage)

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ParticipantDialog)
        qtbot.keyClicks(dialog.last_name, "Okafor")
        choose(dialog.category, "service_provider")
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)  # Enter saves

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert count(workspace) == 1
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.last_name == "Okafor"
    assert page.search.text() == row.code
    assert window.statusBar().currentMessage() == "Saved"


def test_escape_cancels_without_writing(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = make_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.first_name, "Tom")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert count(workspace) == 0


def test_a_worker_of_several_sites_with_no_default_names_the_home_site(
    qtbot: QtBot, db: Database, actor: Actor
) -> None:
    world = build_world(db, actor)
    worker = Actor(
        user_id=None,
        username="sam",
        role=Role.OUTREACH_WORKER,
        device_id="d2",
        site_ids=frozenset({world.van.id, world.prison.id}),
    )
    dialog = make_dialog(qtbot, Workspace(db, worker))
    offered = [dialog.home_site.itemData(i) for i in range(dialog.home_site.count())]
    assert offered == [None, world.prison.id, world.van.id]  # a choice to make, then the worker's sites by code
    choose(dialog.category, "at_risk")
    save(qtbot, dialog)
    assert dialog.isVisible() and "required" in message_beside(dialog, "home_site_id")
    dialog.home_site.setCurrentIndex(offered.index(world.prison.id))
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as session:
        enrolled = session.scalars(select(Participant).where(Participant.id != world.alice.id)).one()
    assert enrolled.home_site_id == world.prison.id


def test_a_worker_of_one_site_starts_on_it(qtbot: QtBot, db: Database, actor: Actor) -> None:
    world = build_world(db, actor)
    worker = Actor(
        user_id=None, username="sam", role=Role.OUTREACH_WORKER, device_id="d2", site_ids=frozenset({world.van.id})
    )
    dialog = make_dialog(qtbot, Workspace(db, worker))
    assert dialog.home_site.currentData() == world.van.id
