"""The Today dashboard over real records: figures from the aggregate layer, alerts, charts, site and period."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oend.core.actor import Actor
from oend.db import Database
from oend.services import dispensing, reversals, stock, trainings
from oend.ui.pages.today import TodayPage
from oend.ui.workspace import Workspace
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
