"""Filling the forms through the real widgets: dates typed, no reversal in the future, pickers that offer what
is there (in stock, in date), the last product chosen, and the user's default site."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Site, User
from oend.services import accounts, stock
from oend.services.program_settings import set_default_site
from oend.ui.dialogs.participant import ParticipantDialog
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.stock import DispenseDialog, WriteOffDialog
from oend.ui.dialogs.training import TrainingDialog
from oend.ui.main_window import MainWindow
from oend.ui.workspace import Workspace
from tests.support.world import TODAY, World, build_world
from tests.ui.form_driving import choose, click_save, message_beside, shown
from tests.ui.program import ADMIN, COORDINATOR, sign_in


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    made = build_world(db, actor)
    for site, product, number, expiry in (
        (made.van, made.im_kit, "OLD", TODAY - dt.timedelta(days=1)),  # the van's only IM kits have expired
        (made.van, made.nasal, "B200", TODAY + dt.timedelta(days=400)),
        (made.prison, made.im_kit, "IM9", TODAY + dt.timedelta(days=300)),
    ):
        made.run(
            stock.receive_stock,
            site_id=site.id,
            product_id=product.id,
            lot_number=number,
            expiry_date=expiry,
            quantity=5,
            received_on=TODAY,
        )
    return made


def offered(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_a_reversal_date_is_typed_and_one_in_the_future_is_refused(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, ReversalDialog(workspace, site_id=world.van.id))
    date = dialog.overdose_date
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is date and date.text() == TODAY.isoformat()  # the form opens on the date
    date.selectAll()
    tomorrow = TODAY + dt.timedelta(days=1)
    qtbot.keyClicks(date, tomorrow.strftime("%d/%m/%Y") if date.day_first else tomorrow.strftime("%m/%d/%Y"))
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.overdose_time and date.text() == tomorrow.isoformat()
    click_save(qtbot, dialog)
    assert "future" in message_beside(dialog, "overdose_date") and dialog.isVisible()

    yesterday = TODAY - dt.timedelta(days=1)
    date.setText(yesterday.isoformat())
    dialog.overdose_time.setText("21:30")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_product_picker_offers_what_is_in_stock_at_the_site_and_keeps_the_last_choice(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    assert offered(dialog.product) == ["Any product in stock", "NAS4 — Naloxone nasal 4 mg"]  # the IM kits expired
    lots = offered(dialog.lot)
    assert len(lots) == 2 and not any("OLD" in text for text in lots)
    assert lots[0].startswith("Naloxone nasal 4 mg · lot B200 · expires ")  # soonest expiry first
    assert f"expires {TODAY.replace(year=TODAY.year + 2).isoformat()}" in lots[1]

    choose(dialog.site, world.prison.id)
    assert offered(dialog.product) == ["Any product in stock", "IMK — IM vial kit"]
    assert [text.split(" · ")[1] for text in offered(dialog.lot)] == ["lot IM9"]

    choose(dialog.site, world.van.id)
    dialog.product.setCurrentIndex(1)
    dialog.product.activated.emit(1)  # what a user's pick signals
    again = shown(qtbot, DispenseDialog(workspace, site_id=world.van.id))
    assert again.product.currentData() == world.nasal.id
    assert offered(again.lot) == [text for text in lots if "Naloxone" in text]


def test_writing_off_offers_the_expired_lots_said_to_be_expired(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    dialog = shown(qtbot, WriteOffDialog(workspace))
    choose(dialog.site, world.van.id)
    assert [text for text in offered(dialog.lot) if "expired" in text] == [
        f"IM vial kit · lot OLD · expires {(TODAY - dt.timedelta(days=1)).isoformat()} · 5 on hand · expired"
    ]


def test_forms_start_on_the_users_default_site(
    program: object, open_window: Callable[[str], MainWindow], qtbot: QtBot
) -> None:
    admin = sign_in(program, ADMIN)  # type: ignore[arg-type]
    try:
        with admin.db.transaction() as session:
            east = session.scalars(select(Site).where(Site.code == "EAST")).one()
            cora = session.scalars(select(User).where(User.username == COORDINATOR)).one()
            set_default_site(session, admin.actor, cora.id, east.id)
            east_id = east.id
    finally:
        accounts.sign_out(admin)
    window = open_window(COORDINATOR)
    for made in (DispenseDialog(window.workspace), TrainingDialog(window.workspace), ReversalDialog(window.workspace)):
        dialog = shown(qtbot, made)
        assert dialog.site.currentData() == east_id, type(dialog).__name__
        assert dialog.site.itemData(0) != east_id  # not merely the first site offered
        dialog.reject()
    enrol = shown(qtbot, ParticipantDialog(window.workspace))
    assert enrol.home_site.currentData() == east_id
