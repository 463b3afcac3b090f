"""Trainings through the real widgets: record a session, add attendees three ways, scores, kits from the same screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Attendance, Dispensing, Participant, TrainingSession
from oend.services import participants
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.outputs import certificates as certificates_action
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace
from tests.support.world import World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    made = build_world(db, actor)
    for first in ("Bea", "Carl"):
        made.run(participants.enrol_participant, category="leaving_custody", first_name=first, home_site_id=made.van.id)
    return made


@pytest.fixture
def page(qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace) -> TrainingsPage:
    return shown(qtbot, TrainingsPage(workspace))  # type: ignore[return-value]


def codes(world: World) -> dict[str, str]:
    with world.db.session() as session:
        return {p.first_name: p.code for p in session.scalars(select(Participant))}


def record_session(qtbot: QtBot, page: TrainingsPage, world: World) -> None:
    def fill(dialog: TrainingDialog) -> None:
        choose(dialog.site, world.van.id)
        choose(dialog.format, "group")
        click_save(qtbot, dialog)
        assert "at least one topic" in message_beside(dialog, "topics")  # refused beside the check boxes
        assert dialog.format.currentData() == "group"  # nothing lost
        qtbot.keyClick(dialog.topics["naloxone_use"], Qt.Key.Key_Space)
        dialog.topics["recognising"].setChecked(True)
        click_save(qtbot, dialog)

    when_shown(TrainingDialog, fill)
    with qtbot.waitSignal(page.changed):
        page.create_new()


def test_record_a_session_add_people_and_give_kits(qtbot: QtBot, page: TrainingsPage, world: World) -> None:
    record_session(qtbot, page, world)
    with world.db.session() as session:
        training = session.scalars(select(TrainingSession)).one()
        assert sorted(training.topics) == ["naloxone_use", "recognising"] and training.format.value == "group"
    assert page.model.rowCount() == 1 and page.attendees.training_id == training.id
    panel = page.attendees

    # an existing participant by code, with knowledge-check scores; Enter adds
    panel.pre.setValue(40)
    panel.post.setValue(90)
    qtbot.keyClicks(panel.code, world.alice.code)
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1 and panel.model.index(0, 3).data() == "90"

    # an unknown code is refused and stays in the box
    qtbot.keyClicks(panel.code, "ZZZZ0000X")
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert "ZZZZ0000X" in panel.message.text() and panel.code.text() == "ZZZZ0000X"
    panel.code.clear()

    # a pasted roster with a mistake comes back with the reason and the text as pasted; corrected, it is added
    known = codes(world)
    pasted = f"{known['Bea']}\nZZZZ0000X"
    corrected = known["Bea"].lower()

    def paste(dialog: QInputDialog) -> None:
        dialog.setTextValue(pasted)
        dialog.accept()
        when_shown(QInputDialog, check_and_correct)

    def check_and_correct(dialog: QInputDialog) -> None:
        assert dialog.textValue() == pasted and "ZZZZ0000X" in dialog.labelText()
        assert panel.model.rowCount() == 1  # nothing of a refused roster is added
        dialog.setTextValue(corrected)
        dialog.accept()

    when_shown(QInputDialog, paste)
    qtbot.mouseClick(panel.roster_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 2

    # Enter adds the one person whose name starts with what was typed
    qtbot.keyClicks(panel.code, "car")
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 3 and panel.code.text() == ""

    # someone new, enrolled inline with the participant form
    def enrol(dialog: ParticipantDialog) -> None:
        dialog.first_name.setText("Dora")
        dialog.category.setCurrentIndex(dialog.category.findData("leaving_custody"))
        dialog.save()

    when_shown(ParticipantDialog, enrol)
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4

    # one kit to the selected person, then to everyone else
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.kit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.kit_all_button, Qt.MouseButton.LeftButton)
    with world.db.session() as session:
        people = session.scalars(select(Attendance).where(Attendance.session_id == training.id)).all()
        assert len(people) == 4
        alice = next(a for a in people if a.participant_id == world.alice.id)
        assert (alice.pre_score, alice.post_score) == (40, 90)
        assert panel.message.text() == ""
        kits = session.scalars(select(Dispensing)).all()
        assert len(kits) == 4 and {k.training_session_id for k in kits} == {training.id}
    assert [panel.model.index(r, 4).data() for r in range(4)] == ["1 given"] * 4
    assert page.model.index(0, 3).data() == "4"
    qtbot.mouseClick(panel.kit_all_button, Qt.MouseButton.LeftButton)
    assert "Everyone here has a kit" in panel.message.text()


def test_models_pass_the_consistency_checks(qtmodeltester, qtbot: QtBot, page: TrainingsPage, world: World) -> None:  # type: ignore[no-untyped-def]
    record_session(qtbot, page, world)
    page.attendees.add_codes([world.alice.code])
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.attendees.model)


def test_certificates_for_the_class_from_the_session_screen(
    qtbot: QtBot, page: TrainingsPage, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_session(qtbot, page, world)
    panel = page.attendees
    qtbot.keyClicks(panel.code, world.alice.code)
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    out = tmp_path / "class.pdf"
    monkeypatch.setattr(certificates_action, "ask_save_path", lambda *args: (out, "pdf"))  # the file dialog
    qtbot.mouseClick(panel.certificates_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "savedMessage") is not None, timeout=10000)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Certificate of Completion" in text and "Alice Moreno" in text
