"""Correcting trainings from the Trainings page: a session's details edited in its own form, a session recorded
twice voided (kits linked to it are said in the way), and someone entered by mistake taken off a session's list."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, Topic, TrainingSession
from oend.services import participants, topics, trainings
from oend.services.dispensing import dispense
from oend.services.dispensing_corrections import edit_dispensing
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.pages.trainings import TrainingsPage
from oend.ui.workspace import Workspace
from tests.support.world import LAST_MONTH, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import click_save, message_beside, shown


def record(world: World, *people: uuid.UUID) -> TrainingSession:
    return world.run(  # type: ignore[no-any-return]
        trainings.record_training,
        session_date=LAST_MONTH,
        site_id=world.van.id,
        format="group",
        topics=["recognising", "naloxone_use"],
        attendees=[trainings.Attendee(person) for person in (world.alice.id, *people)],
    )


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


def test_a_session_recorded_twice_is_voided_once_its_kit_is_linked_to_the_one_kept(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    kept, twice = record(world), record(world)
    kit = world.run(
        dispense,
        site_id=world.van.id,
        dispensed_on=LAST_MONTH,
        participant_id=world.alice.id,
        product_id=world.nasal.id,
        lot_id=world.lot.id,
        training_session_id=twice.id,
    )
    page = TrainingsPage(workspace)
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == twice.id)
    page.table.selectRow(row)
    said: list[str] = []

    def refused(dialog: VoidDialog) -> None:
        dialog.reason.setText("recorded twice")
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
        general = dialog.findChild(QLabel, "form_error")
        assert general is not None and general.isVisible()
        said.append(general.text())
        dialog.reject()

    when_shown(VoidDialog, refused)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert said and "1 kit hand-over(s) are linked" in said[0]
    assert page.model.rowCount() == 2

    world.run(edit_dispensing, kit.id, training_session_id=kept.id)

    def voided(dialog: VoidDialog) -> None:
        dialog.reason.setText("recorded twice")
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)

    when_shown(VoidDialog, voided)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in page.model.rows()] == [kept.id]
    with world.db.session() as session:
        assert session.get(TrainingSession, twice.id).deleted  # type: ignore[union-attr]
        assert session.scalars(select(Dispensing.training_session_id)).one() == kept.id


def test_someone_entered_by_mistake_is_taken_off_the_list_with_a_reason(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    bob = world.run(participants.enrol_participant, category="family_friend", home_site_id=world.van.id)
    record(world, bob.id)
    page = TrainingsPage(workspace)
    shown(qtbot, page)
    panel = page.attendees
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.selectRow(next(i for i, r in enumerate(panel.model.rows()) if r.participant_id == bob.id))

    def remove(dialog: VoidDialog) -> None:
        dialog.reason.setText("was not there")
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)

    when_shown(VoidDialog, remove)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [r.participant_id for r in panel.model.rows()] == [world.alice.id]
    assert page.model.index(0, 3).data() == "1"


def test_a_sessions_date_and_topics_are_corrected_in_the_form_it_was_recorded_with(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    held = record(world)
    page = TrainingsPage(workspace)
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    corrected = LAST_MONTH - dt.timedelta(days=2)

    def correct(dialog: TrainingDialog) -> None:
        assert dialog.windowTitle() == "Edit a training session"
        assert dialog.session_date.value() == LAST_MONTH and dialog.site.currentData() == world.van.id
        assert [code for code, box in dialog.topics.items() if box.isChecked()] == ["recognising", "naloxone_use"]
        dialog.session_date.setDate(corrected)
        dialog.topics["naloxone_use"].setChecked(False)
        dialog.topics["law"].setChecked(True)
        click_save(qtbot, dialog)

    when_shown(TrainingDialog, correct)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.model.index(0, 0).data() == corrected.isoformat()
    assert page.model.index(0, 3).data() == "1", "the people on its list stay"
    with world.db.session() as session:
        row = session.get(TrainingSession, held.id)
        assert row is not None and row.session_date == corrected and sorted(row.topics) == ["law", "recognising"]
        assert row.trainer_id == world.actor.user_id and row.version == held.version + 1


def test_a_topic_no_longer_taught_keeps_its_box_when_a_session_that_covered_it_is_corrected(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    held = record(world)
    with world.db.session() as session:
        retired = session.scalars(select(Topic).where(Topic.code == "naloxone_use")).one()
    world.run(topics.retire_topic, retired.id)
    dialog = shown(qtbot, TrainingDialog(workspace, training_id=held.id))
    box = dialog.topics["naloxone_use"]
    assert box.isChecked() and box.text() == retired.label
    assert "naloxone_use" not in TrainingDialog(workspace).topics, "not offered on a new session"
    dialog.topics["law"].setChecked(True)
    click_save(qtbot, dialog)
    assert "retired" in message_beside(dialog, "topics"), "changed topics may not name one no longer taught"
    dialog.topics["law"].setChecked(False)
    dialog.notes.setText("in the library basement")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.session() as session:
        row = session.get(TrainingSession, held.id)
        assert row is not None and row.topics == ["recognising", "naloxone_use"]
        assert row.notes == "in the library basement"
