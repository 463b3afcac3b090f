"""A participant's page through the real widgets: opened from the search (audited), history, edit, merge."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import AuditEvent, Participant
from oend.services import dispensing, participants, reversals
from oend.ui.dialogs.participant_edit import ParticipantEditDialog
from oend.ui.pages.participant_detail import ParticipantDetail
from oend.ui.pages.participants import ParticipantsPage
from oend.ui.workspace import Workspace
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    made = build_world(db, actor)
    made.run(
        dispensing.dispense,
        site_id=made.van.id,
        dispensed_on=TODAY,
        supply_type="new",
        product_id=made.nasal.id,
        participant_id=made.alice.id,
    )
    made.run(reversals.record_reversal, overdose_date=TODAY, site_id=made.van.id, reporter_id=made.alice.id, doses=2)
    return made


def test_enter_in_the_search_list_opens_the_whole_history_and_the_view_is_audited(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = shown(qtbot, ParticipantsPage(workspace))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))

    def look(detail: ParticipantDetail) -> None:
        assert world.alice.code in detail.title.text() and "Alice Moreno" in detail.title.text()
        assert detail.kits.rowCount() == 1 and detail.kits.index(0, 5).data() == "New kit"
        assert detail.reports.rowCount() == 1 and detail.reports.index(0, 2).data() == "2"
        assert detail.trainings.rowCount() == 0
        qtbot.keyClick(detail, Qt.Key.Key_Escape)

    when_shown(ParticipantDetail, look)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    with world.db.session() as session:
        views = session.scalars(select(AuditEvent).where(AuditEvent.action == "view")).all()
    assert [v.entity_id for v in views] == [world.alice.id]


def test_edit_refuses_a_bad_zip_beside_the_field_then_saves(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))

    def edit(dialog: ParticipantEditDialog) -> None:
        assert dialog.first_name.text() == "Alice"
        dialog.expected_release_date.setDate(TODAY + dt.timedelta(days=10))
        qtbot.keyClicks(dialog.zip_code, "!!")
        click_save(qtbot, dialog)
        assert "ZIP" in message_beside(dialog, "zip_code")
        assert dialog.isVisible() and dialog.zip_code.text() == "!!"
        dialog.zip_code.setText("02139")
        click_save(qtbot, dialog)

    when_shown(ParticipantEditDialog, edit)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    with world.db.session() as session:
        alice = session.get(Participant, world.alice.id)
        assert alice is not None and alice.zip_code == "02139"
        assert alice.expected_release_date == TODAY + dt.timedelta(days=10)
    assert (TODAY + dt.timedelta(days=10)).isoformat() in [
        w.text() for w in detail.findChildren(type(detail.title)) if w.objectName().startswith("fact")
    ]


def test_a_code_typed_wrong_is_corrected_and_a_taken_one_refused_beside_the_field(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    other = world.run(participants.enrol_participant, category="at_risk", first_name="Bea", home_site_id=world.van.id)
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    old_code = world.alice.code

    def edit(dialog: ParticipantEditDialog) -> None:
        assert dialog.code.text() == old_code
        dialog.code.setText(other.code)
        click_save(qtbot, dialog)
        assert message_beside(dialog, "code") and dialog.isVisible()
        dialog.code.setText("ALXX1990F")
        click_save(qtbot, dialog)

    when_shown(ParticipantEditDialog, edit)
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    with world.db.session() as session:
        alice = session.get(Participant, world.alice.id)
        assert alice is not None and alice.code == "ALXX1990F"
        assert session.query(Participant).filter_by(code=old_code).count() == 0


def test_merge_names_both_codes_and_moves_the_history(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    twin = world.run(participants.enrol_participant, category="at_risk", first_name="Alicia", home_site_id=world.van.id)
    world.run(
        dispensing.dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        supply_type="refill",
        refill_reason="lost",
        product_id=world.nasal.id,
        participant_id=twin.id,
    )
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_shown(QMessageBox, cancel)
    assert not detail.merge(twin.code)
    assert twin.code in asked[0] and world.alice.code in asked[0]

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if twin.code in b.text()).click()

    when_shown(QMessageBox, confirm)
    assert detail.merge(twin.code)
    with world.db.session() as session:
        retired = session.get(Participant, twin.id)
        assert retired is not None and retired.merged_into_id == world.alice.id
    assert detail.kits.rowCount() == 2


def test_history_models_pass_the_consistency_checks(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    detail = shown(qtbot, ParticipantDetail(workspace, world.alice.id))
    for model in (detail.trainings, detail.kits, detail.reports):
        qtmodeltester.check(model)
