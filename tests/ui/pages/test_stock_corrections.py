"""Correcting stock movements from the Kits page: a receipt, a transfer and a write-off, each edited in the form it
was entered with and voided with a reason; an edit opened before someone else's save is refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.db import Database
from oend.model import StockMovement
from oend.model.codes import MovementKind, Role
from oend.queries.stock import lot_on_hand
from oend.services.stock import transfer_stock, write_off_stock
from oend.services.stock_corrections import edit_write_off
from oend.ui.dialogs.form_dialog import FormDialog
from oend.ui.dialogs.stock import ReceiveDialog, TransferDialog, WriteOffDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.pages.kits import KitsPage
from oend.ui.workspace import Workspace
from tests.support.staff import staff
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    """40 kits received at the van last month, 5 moved to the prison and 2 written off today."""
    world = build_world(db, actor)
    world.run(
        transfer_stock,
        from_site_id=world.van.id,
        to_site_id=world.prison.id,
        lot_id=world.lot.id,
        quantity=5,
        moved_on=TODAY,
    )
    world.run(
        write_off_stock, site_id=world.van.id, lot_id=world.lot.id, quantity=2, reason="damaged", written_off_on=TODAY
    )
    return world


def movements_tab(qtbot: QtBot, workspace: Workspace) -> KitsPage:
    page = KitsPage(workspace)
    shown(qtbot, page)
    page.lists.setCurrentWidget(page.movements)
    qtbot.waitUntil(lambda: page.movements.model.rowCount() == 3)
    assert not page.movements.edit_button.isEnabled()  # nothing chosen yet
    return page


def choose_row(page: KitsPage, kind: MovementKind) -> uuid.UUID:
    rows = page.movements.model.rows()
    number = next(i for i, r in enumerate(rows) if r.kind == kind)
    page.movements.table.selectRow(number)
    assert page.movements.edit_button.isEnabled() and page.movements.void_button.isEnabled()
    return rows[number].id


def shown_rows(page: KitsPage) -> list[tuple[str, ...]]:
    model = page.movements.model
    return [tuple(model.index(r, c).data() for c in (1, 2, 5, 6)) for r in range(model.rowCount())]


def on_hand(world: World, site_id: uuid.UUID) -> int:
    with world.db.session() as session:
        return lot_on_hand(session, site_id, world.lot.id)


def movement(world: World, movement_id: uuid.UUID) -> StockMovement:
    with world.db.session() as session:
        row = session.get(StockMovement, movement_id)
        assert row is not None
        return row


def edit_with(qtbot: QtBot, page: KitsPage, kind: type[FormDialog], step: Callable[[FormDialog], None]) -> None:
    """Click Edit, let ``step`` check and change the form, save; the page hears of the change."""

    def edit(dialog: FormDialog) -> None:
        step(dialog)
        click_save(qtbot, dialog)

    when_shown(kind, edit)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.movements.edit_button, Qt.MouseButton.LeftButton)


def void_with(qtbot: QtBot, page: KitsPage, reason: str) -> list[str]:
    """Click Void and give ``reason``; returns what a refusal said (the dialog then closed), else nothing."""
    said: list[str] = []

    def void(dialog: VoidDialog) -> None:
        dialog.reason.setText(reason)
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            general = dialog.findChild(QLabel, "form_error")
            assert general is not None
            said.append(general.text())
            dialog.reject()

    when_shown(VoidDialog, void)
    qtbot.mouseClick(page.movements.void_button, Qt.MouseButton.LeftButton)
    return said


def test_the_list_shows_each_movement_once_newest_first(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = movements_tab(qtbot, workspace)
    assert shown_rows(page) == [
        ("Written off", "VAN1", "2", "Damaged"),
        ("Transferred out", "VAN1 → HOC", "5", ""),
        ("Received", "VAN1", "40", ""),
    ]
    choose(page.site, world.prison.id)
    qtbot.waitUntil(lambda: page.movements.model.rowCount() == 1)
    assert shown_rows(page) == [("Transferred out", "VAN1 → HOC", "5", "")]


def test_a_receipt_is_corrected_in_the_receipt_form_and_its_void_refused_while_its_kits_are_out(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = movements_tab(qtbot, workspace)
    received = choose_row(page, MovementKind.RECEIVE)

    def correct(dialog: FormDialog) -> None:
        assert isinstance(dialog, ReceiveDialog) and dialog.windowTitle() == "Edit a receipt"
        assert (dialog.lot_number.text(), dialog.quantity.value()) == ("A100", 40)
        assert dialog.product.currentData() == world.nasal.id and dialog.site.currentData() == world.van.id
        dialog.quantity.setValue(45)
        dialog.reference.setText("INV-7")

    edit_with(qtbot, page, ReceiveDialog, correct)
    assert ("Received", "VAN1", "45", "INV-7") in shown_rows(page)
    assert on_hand(world, world.van.id) == 38
    assert movement(world, received).reference == "INV-7"

    choose_row(page, MovementKind.RECEIVE)
    said = void_with(qtbot, page, "never came")
    assert said and "would fall below zero" in said[0]
    assert not movement(world, received).deleted


def test_a_transfer_is_corrected_at_both_ends_then_voided(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = movements_tab(qtbot, workspace)
    moved = choose_row(page, MovementKind.TRANSFER_OUT)

    def correct(dialog: FormDialog) -> None:
        assert isinstance(dialog, TransferDialog) and dialog.windowTitle() == "Edit a transfer"
        assert (dialog.from_site.currentData(), dialog.to_site.currentData()) == (world.van.id, world.prison.id)
        assert dialog.lot.currentData() == world.lot.id and dialog.quantity.value() == 5
        dialog.quantity.setValue(8)

    edit_with(qtbot, page, TransferDialog, correct)
    assert ("Transferred out", "VAN1 → HOC", "8", "") in shown_rows(page)
    assert (on_hand(world, world.van.id), on_hand(world, world.prison.id)) == (30, 8)

    choose_row(page, MovementKind.TRANSFER_OUT)
    with qtbot.waitSignal(page.changed):
        assert void_with(qtbot, page, "the van kept them") == []
    assert [r.kind for r in page.movements.model.rows()] == ["write_off", "receive"]
    assert (on_hand(world, world.van.id), on_hand(world, world.prison.id)) == (38, 0)
    assert movement(world, moved).void_reason == "the van kept them"


def test_a_write_off_is_corrected_in_reason_and_quantity_then_voided(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = movements_tab(qtbot, workspace)
    lost = choose_row(page, MovementKind.WRITE_OFF)

    def correct(dialog: FormDialog) -> None:
        assert isinstance(dialog, WriteOffDialog) and dialog.windowTitle() == "Edit a write-off"
        assert (dialog.reason.currentData(), dialog.quantity.value()) == ("damaged", 2)
        choose(dialog.reason, "expired")
        dialog.quantity.setValue(3)

    edit_with(qtbot, page, WriteOffDialog, correct)
    assert shown_rows(page)[0] == ("Written off", "VAN1", "3", "Expired")
    assert on_hand(world, world.van.id) == 32

    choose_row(page, MovementKind.WRITE_OFF)
    with qtbot.waitSignal(page.changed):
        assert void_with(qtbot, page, "found the box") == []
    assert [r.kind for r in page.movements.model.rows()] == ["transfer_out", "receive"]
    assert on_hand(world, world.van.id) == 35 and movement(world, lost).deleted


def test_a_write_off_saved_meanwhile_is_refused_and_the_form_fills_again_from_it(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = movements_tab(qtbot, workspace)
    lost = choose_row(page, MovementKind.WRITE_OFF)
    dialog = shown(qtbot, WriteOffDialog(workspace, page, movement_id=lost))
    world.run(edit_write_off, lost, quantity=3, notes="three, counted again")  # saved on another laptop meanwhile
    dialog.quantity.setValue(4)
    asked: list[str] = []

    def reload(box: QMessageBox) -> None:
        asked.append(box.objectName())
        box.buttons()[0].click()  # Reload

    when_shown(QMessageBox, reload)
    click_save(qtbot, dialog)
    assert asked == ["reloadQuestion"]
    assert dialog.isVisible() and dialog.quantity.value() == 3 and dialog.notes.toPlainText() == "three, counted again"
    assert movement(world, lost).quantity == -3, "the stale save wrote nothing"
    dialog.quantity.setValue(4)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert movement(world, lost).quantity == -4


def test_an_outreach_worker_is_told_in_the_form_why_they_may_not_correct_a_receipt(
    qtbot: QtBot, styled: QApplication, world: World
) -> None:
    owen = staff(world, "owen", Role.OUTREACH_WORKER, world.van)
    page = movements_tab(qtbot, Workspace(world.db, owen))
    received = choose_row(page, MovementKind.RECEIVE)
    said: list[str] = []

    def refused(dialog: ReceiveDialog) -> None:
        dialog.quantity.setValue(41)
        click_save(qtbot, dialog)
        general = dialog.findChild(QLabel, "form_error")
        assert general is not None and general.isVisible()
        said.append(general.text())
        dialog.reject()

    when_shown(ReceiveDialog, refused)
    qtbot.mouseClick(page.movements.edit_button, Qt.MouseButton.LeftButton)
    assert said and "only their own entries" in said[0]
    assert movement(world, received).quantity == 40
