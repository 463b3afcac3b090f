"""Kits and inventory through the real widgets: stock, hand out, refused refill, receive, transfer, write off."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing, StockMovement
from oend.model.codes import MovementKind
from oend.queries.stock import lot_on_hand
from oend.ui.dialogs.stock import DispenseDialog, ReceiveDialog, TransferDialog, WriteOffDialog
from oend.ui.models.lazy_table import ROW_ROLE
from oend.ui.pages.kits import KitsPage
from oend.ui.workspace import Workspace
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import choose, click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    return build_world(db, actor)


@pytest.fixture
def page(qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace) -> KitsPage:
    made = KitsPage(workspace)
    shown(qtbot, made)
    return made


def table_text(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_stock_on_hand_is_shown_per_site_and_lot(page: KitsPage, world: World) -> None:
    assert table_text(page.stock_model, 0) == ["VAN1"]
    assert table_text(page.stock_model, 2) == ["A100"]
    assert table_text(page.stock_model, 4) == ["40"]
    assert page.stock_table.verticalHeader().sectionResizeMode(0).name == "Fixed"


def test_handing_out_a_kit_with_ctrl_n_lowers_the_stock_on_screen(qtbot: QtBot, page: KitsPage, world: World) -> None:
    def fill(dialog: DispenseDialog) -> None:
        qtbot.keyClicks(dialog.participant, world.alice.code.lower())
        choose(dialog.site, world.van.id)
        assert dialog.lot.currentData() == world.lot.id  # the only usable lot, proposed
        qtbot.keyClick(dialog.participant, Qt.Key.Key_Return)  # Enter saves

    when_shown(DispenseDialog, fill)
    with qtbot.waitSignal(page.changed):
        page.create_new()
    with world.db.session() as session:
        given = session.scalars(select(Dispensing)).one()
        assert (given.participant_id, given.quantity, given.supply_type.value) == (world.alice.id, 1, "new")
        assert lot_on_hand(session, world.van.id, world.lot.id) == 39
    assert table_text(page.stock_model, 4) == ["39"]
    assert table_text(page.dispensing_model, 2) == [world.alice.code]


def test_a_refill_without_a_reason_is_refused_beside_the_field_and_keeps_the_input(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    qtbot.keyClicks(dialog.participant, world.alice.code)
    choose(dialog.supply_type, "refill")
    dialog.quantity.setValue(2)
    click_save(qtbot, dialog)
    assert "required for a refill" in message_beside(dialog, "refill_reason")
    assert dialog.isVisible() and dialog.participant.text() == world.alice.code and dialog.quantity.value() == 2
    choose(dialog.refill_reason, "stolen")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with world.db.session() as session:
        assert session.scalars(select(Dispensing.refill_reason)).one().value == "stolen"


def test_an_unknown_participant_code_is_refused_beside_the_field(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    qtbot.keyClicks(dialog.participant, "NOSUCH1")
    click_save(qtbot, dialog)
    assert "NOSUCH1" in message_beside(dialog, "participant")


def test_anonymous_kit_counts_by_category(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    click_save(qtbot, dialog)
    assert "required" in message_beside(dialog, "recipient_category")
    choose(dialog.recipient_category, "family_friend")
    click_save(qtbot, dialog)
    with world.db.session() as session:
        given = session.scalars(select(Dispensing)).one()
    assert given.participant_id is None and given.recipient_category.value == "family_friend"


def test_receive_transfer_and_write_off(qtbot: QtBot, page: KitsPage, world: World, workspace: Workspace) -> None:
    receive = shown(qtbot, ReceiveDialog(workspace))
    choose(receive.site, world.van.id)
    choose(receive.product, world.im_kit.id)
    click_save(qtbot, receive)
    assert "required" in message_beside(receive, "lot_number")
    qtbot.keyClicks(receive.lot_number, "IM-7")
    receive.expiry_date.setDate(TODAY + dt.timedelta(days=30))
    receive.quantity.setValue(12)
    click_save(qtbot, receive)
    assert receive.result() == receive.DialogCode.Accepted

    transfer = shown(qtbot, TransferDialog(workspace))
    choose(transfer.from_site, world.van.id)
    choose(transfer.lot, world.lot.id)
    choose(transfer.to_site, world.prison.id)
    transfer.quantity.setValue(500)
    click_save(qtbot, transfer)
    assert "only 40 kit(s)" in message_beside(transfer, "quantity")
    transfer.quantity.setValue(5)
    click_save(qtbot, transfer)
    assert transfer.result() == transfer.DialogCode.Accepted

    write_off = shown(qtbot, WriteOffDialog(workspace))
    choose(write_off.site, world.van.id)
    write_off.lot.setCurrentIndex(0)  # soonest expiry first: the IM lot expiring in 30 days
    choose(write_off.reason, "damaged")
    write_off.quantity.setValue(2)
    click_save(qtbot, write_off)
    assert write_off.result() == write_off.DialogCode.Accepted

    with world.db.session() as session:
        kinds = sorted(m.kind.value for m in session.scalars(select(StockMovement)))
        assert kinds == sorted(["receive", "receive", "transfer_out", "transfer_in", "write_off"])
        written = session.scalars(select(StockMovement).where(StockMovement.kind == MovementKind.WRITE_OFF)).one()
        assert written.quantity == -2 and written.write_off_reason.value == "damaged"
    page.refresh(page.areas)
    rows = {(r.site_code, r.lot_number): r.on_hand for r in page.stock_model.rows()}
    assert rows == {("HOC", "A100"): 5, ("VAN1", "IM-7"): 10, ("VAN1", "A100"): 35}
    im_row = next(i for i in range(page.stock_model.rowCount()) if page.stock_model.index(i, 2).data() == "IM-7")
    assert page.stock_model.index(im_row, 3).data(Qt.ItemDataRole.BackgroundRole) is not None  # expiring soon
    assert page.stock_model.index(im_row, 0).data(ROW_ROLE).lot_number == "IM-7"


def test_models_pass_the_consistency_checks(qtmodeltester, page: KitsPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.stock_model)
    qtmodeltester.check(page.dispensing_model)
