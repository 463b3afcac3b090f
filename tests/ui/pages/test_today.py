"""The Today dashboard over real records: figures from the aggregate layer, alerts, charts, site and period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from oend.core.actor import Actor
from oend.db import Database
from oend.model import SyncPeer
from oend.model.codes import Role
from oend.services import dispensing, reversals, stock, trainings
from oend.services.program_settings import set_default_site
from oend.ui.dialogs.figure_list import FigureList
from oend.ui.pages.today import TodayPage
from oend.ui.workspace import Workspace
from tests.support.staff import staff
from tests.support.world import TODAY, World, build_world
from tests.ui.form_driving import choose, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    made = build_world(db, actor)
    made.run(
        trainings.record_training,
        session_date=TODAY,
        site_id=made.van.id,
        format="individual",
        topics=["law"],
        attendees=[trainings.Attendee(made.alice.id)],
    )
    for kind, reason in (("new", None), ("refill", "lost"), ("refill", "stolen")):
        made.run(
            dispensing.dispense,
            site_id=made.van.id,
            dispensed_on=TODAY - dt.timedelta(days=5),
            supply_type=kind,
            refill_reason=reason,
            product_id=made.nasal.id,
            participant_id=made.alice.id,
        )
    made.run(reversals.record_reversal, overdose_date=TODAY, site_id=made.van.id, reporter_id=made.alice.id)
    made.run(
        stock.receive_stock,
        site_id=made.prison.id,
        product_id=made.im_kit.id,
        lot_number="SOON",
        expiry_date=TODAY + dt.timedelta(days=20),
        quantity=4,
        received_on=TODAY,
    )
    return made


def test_dashboard_shows_the_period_and_the_alerts(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = shown(qtbot, TodayPage(workspace))
    assert page.trained.value.text() == "1"
    assert page.kits.value.text() == "3" and "1 new · 2 refills" in page.kits.detail.text()
    assert page.reversals.value.text() == "1"
    assert page.refill.value.text() == "1" and "1 used it, no refill yet" in page.refill.detail.text()
    assert "HOC · IM vial kit: 4 left" in page.low_list.text()
    assert "lot SOON: 4 kits" in page.expiring_list.text()
    assert [values for _, values in page.kits_chart.rows] == [(1, 2)]
    assert sorted(name for name, _ in page.reasons_chart.rows) == ["Lost", "Stolen"]
    assert not page.kits_chart.grab().isNull()

    choose(page.site, world.prison.id)
    assert page.kits.value.text() == "0" and page.trained.value.text() == "0"
    assert "lot SOON" in page.expiring_list.text()
    assert page.kits_chart.rows == []


def cells(dialog: FigureList) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_each_figure_opens_its_list_and_the_list_exports(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace, tmp_path: Path
) -> None:
    page = shown(qtbot, TodayPage(workspace))
    qtbot.waitUntil(lambda: page.figures is not None)
    opened: dict[str, FigureList] = {}
    qtbot.mouseClick(page.trained, Qt.MouseButton.LeftButton)
    page.kits.setFocus()
    qtbot.keyClick(page.kits, Qt.Key.Key_Return)
    qtbot.mouseClick(page.reversals, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.refill, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.low_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.expiring_button, Qt.MouseButton.LeftButton)
    for dialog in page.findChildren(FigureList):
        opened[dialog.objectName().removeprefix("figureList_today_")] = dialog
    assert set(opened) == {"trained", "kits", "reversals", "due", "low", "expiring"}
    code = world.alice.code
    assert cells(opened["trained"]) == [[code, "Alice Moreno", TODAY.isoformat(), "VAN1"]]
    assert len(cells(opened["kits"])) == 3 and {row[7] for row in cells(opened["kits"])} == {"—", "Lost", "Stolen"}
    assert cells(opened["reversals"])[0][2] == code
    assert cells(opened["due"]) == [[code, "Used their kit, no refill yet", TODAY.isoformat()]]
    assert ["HOC", "IM vial kit", "4"] in cells(opened["low"])
    assert ["HOC", "IM vial kit", "SOON", "4", (TODAY + dt.timedelta(days=20)).isoformat()] in cells(opened["expiring"])

    out = tmp_path / "kits.xlsx"
    assert opened["kits"].export_to(out, "xlsx") == 3
    sheet = load_workbook(out, read_only=True).active
    written = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert written[0][:3] == ["Date", "Site", "Participant"] and written[1:] == cells(opened["kits"])
    csv_out = tmp_path / "due.csv"
    assert opened["due"].export_to(csv_out, "csv") == 1
    assert code in csv_out.read_text(encoding="utf-8-sig")
    for dialog in opened.values():
        dialog.close()


def test_the_dashboard_opens_on_the_users_default_site_with_all_sites_one_click_away(
    qtbot: QtBot, styled: QApplication, world: World
) -> None:
    lena = staff(world, "lena", Role.SITE_LEAD, world.van, world.prison)
    world.run(set_default_site, lena.user_id, world.prison.id)
    page = shown(qtbot, TodayPage(Workspace(world.db, lena)))
    assert page.site.currentData() == world.prison.id and page.site.itemData(0) is None
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.kits.value.text() == "0" and page.trained.value.text() == "0"
    assert page.all_sites.isEnabled()

    qtbot.mouseClick(page.all_sites, Qt.MouseButton.LeftButton)
    assert page.site.currentData() is None and not page.all_sites.isEnabled()
    qtbot.waitUntil(lambda: page.kits.value.text() == "3")
    assert page.trained.value.text() == "1"


def test_without_a_default_site_the_dashboard_opens_on_all_sites(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = shown(qtbot, TodayPage(workspace))
    assert page.site.currentData() is None and not page.all_sites.isEnabled()


def test_a_laptop_not_synced_for_longer_than_the_program_allows_is_warned(
    qtbot: QtBot, styled: QApplication, world: World, db: Database, actor: Actor
) -> None:
    page = shown(qtbot, TodayPage(Workspace(db, dataclasses.replace(actor, device_id=db.device_id))))
    qtbot.waitUntil(lambda: not page.loading)
    assert page.sync_warning.isHidden()
    with db.transaction() as session:
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=9, hours=1)
        session.execute(insert(SyncPeer).values(peer_id="coordinator", device_id=db.device_id, seq=1, at=long_ago))
    page.refresh(page.areas)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.sync_warning.isVisible() and "not synced for 9 days" in page.sync_warning.text()
