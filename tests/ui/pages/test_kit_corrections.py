"""Correcting kits handed out from the Kits page: an edit through the hand-out form, a void with a reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing
from oend.model.codes import Role
from oend.queries.stock import lot_on_hand
from oend.services.dispensing import dispense
from oend.services.dispensing_corrections import edit_dispensing
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.pages.kits import KitsPage
from oend.ui.workspace import Workspace
from tests.support.staff import staff
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    world = build_world(db, actor)
    world.run(
        dispense,
        site_id=world.van.id,
        dispensed_on=TODAY,
        participant_id=world.alice.id,
        product_id=world.nasal.id,
        lot_id=world.lot.id,
        quantity=2,
    )
    return world


def kits_page(qtbot: QtBot, workspace: Workspace) -> KitsPage:
    page = KitsPage(workspace)
    shown(qtbot, page)
    qtbot.waitUntil(lambda: page.dispensing_model.rowCount() == 1)
    assert not page.void_button.isEnabled()  # nothing chosen yet
    page.dispensing_table.selectRow(0)
    assert page.edit_button.isEnabled() and page.void_button.isEnabled()
    return page


def column(page: KitsPage, model_name: str, number: int) -> list[str]:
    model = getattr(page, model_name)
    return [model.index(row, number).data() for row in range(model.rowCount())]


def stock_shown(qtbot: QtBot, page: KitsPage, on_hand: str) -> None:
    qtbot.waitUntil(lambda: column(page, "stock_model", 4) == [on_hand])


def void_with(qtbot: QtBot, reason: str, then: Callable[[VoidDialog], None]) -> Callable[[VoidDialog], None]:
    def step(dialog: VoidDialog) -> None:
        dialog.reason.setText(reason)
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
        then(dialog)

    return step


def test_editing_a_hand_outs_quantity_changes_the_list_and_the_stock(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = kits_page(qtbot, workspace)
    stock_shown(qtbot, page, "38")

    def edit(dialog: DispenseDialog) -> None:
        assert dialog.participant.text() == world.alice.code and dialog.quantity.value() == 2
        assert dialog.lot.currentData() == world.lot.id
        dialog.quantity.setValue(1)
        click_save(qtbot, dialog)

    when_shown(DispenseDialog, edit)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert column(page, "dispensing_model", 4) == ["1"]
    stock_shown(qtbot, page, "39")
    with world.db.session() as session:
        assert session.scalars(select(Dispensing.quantity)).one() == 1
        assert lot_on_hand(session, world.van.id, world.lot.id) == 39


def test_a_void_needs_a_reason_then_the_hand_out_leaves_the_list_and_its_kits_return(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = kits_page(qtbot, workspace)

    def refused_then_voided(dialog: VoidDialog) -> None:
        assert "required" in message_beside(dialog, "reason")
        assert dialog.isVisible()
        void_with(qtbot, "entered twice", lambda _dialog: None)(dialog)

    when_shown(VoidDialog, void_with(qtbot, "  ", refused_then_voided))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert column(page, "dispensing_model", 4) == []
    assert not page.void_button.isEnabled()
    stock_shown(qtbot, page, "40")
    with world.db.session() as session:
        voided = session.scalars(select(Dispensing)).one()
        assert voided.deleted and voided.void_reason == "entered twice"


def test_an_outreach_worker_is_told_why_they_may_not_void_someone_elses_entry(
    qtbot: QtBot, styled: QApplication, world: World
) -> None:
    owen = staff(world, "owen", Role.OUTREACH_WORKER, world.van)
    page = kits_page(qtbot, Workspace(world.db, owen))
    said: list[str] = []

    def refused(dialog: VoidDialog) -> None:
        general = dialog.findChild(QLabel, "form_error")
        assert general is not None and general.isVisible()
        said.append(general.text())
        dialog.reject()

    when_shown(VoidDialog, void_with(qtbot, "not mine", refused))
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert said and "only their own entries" in said[0]
    with world.db.session() as session:
        assert not session.scalars(select(Dispensing.deleted)).one()


def test_a_hand_out_saved_meanwhile_is_refused_and_the_form_fills_again_from_it(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    with world.db.session() as session:
        given = session.scalars(select(Dispensing)).one()
    dialog = shown(qtbot, DispenseDialog(workspace, dispensing_id=given.id))
    world.run(edit_dispensing, given.id, quantity=1)  # saved on another laptop meanwhile
    dialog.reason_note.setText("for her family")

    def reload(box: QMessageBox) -> None:
        assert box.objectName() == "reloadQuestion"
        box.buttons()[0].click()  # Reload

    when_shown(QMessageBox, reload)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.quantity.value() == 1 and dialog.reason_note.text() == ""
    dialog.quantity.setValue(2)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.session() as session:
        assert session.scalars(select(Dispensing.quantity)).one() == 2
