"""Prison release through the real widgets: the facility's people, trained or not, kit or not, a release-day list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Dispensing
from oend.services import participants, stock, trainings
from oend.ui.dialogs.stock import DispenseDialog
from oend.ui.pages.release import ReleasePage
from oend.ui.workspace import Workspace
from tests.support.world import TODAY, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import click_save, shown

FRIDAY = TODAY + dt.timedelta(days=3)


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    made = build_world(db, actor)
    made.run(
        stock.transfer_stock,
        from_site_id=made.van.id,
        to_site_id=made.prison.id,
        lot_id=made.lot.id,
        quantity=10,
        moved_on=TODAY,
    )
    people = {}
    for name, release in (("Ben", FRIDAY), ("Cy", FRIDAY), ("Dee", FRIDAY + dt.timedelta(days=30))):
        people[name] = made.run(
            participants.enrol_participant,
            category="leaving_custody",
            first_name=name,
            home_site_id=made.prison.id,
            expected_release_date=release,
        )
    made.run(
        trainings.record_training,
        session_date=TODAY,
        site_id=made.prison.id,
        format="pre_release_class",
        topics=["naloxone_use"],
        attendees=[trainings.Attendee(people["Ben"].id)],
    )
    return made


def column(page: ReleasePage, number: int) -> list[str]:
    return [page.model.index(r, number).data() for r in range(page.model.rowCount())]


def test_facility_view_release_day_and_a_kit_into_property(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    page = shown(qtbot, ReleasePage(workspace))
    assert column(page, 1) == ["Ben", "Cy", "Dee"]  # soonest release first
    assert column(page, 4) == ["Yes", "Not yet", "Not yet"]
    assert column(page, 5) == ["No", "No", "No"]
    assert "3 people · 1 trained · 0 with a kit" in page.summary.text()

    page.day.setDate(FRIDAY)
    page.day_only.setChecked(True)
    assert column(page, 1) == ["Ben", "Cy"]

    page.table.selectRow(1)

    def give(dialog: DispenseDialog) -> None:
        assert dialog.site.currentData() == world.prison.id and dialog.participant.text().startswith("CY")
        click_save(qtbot, dialog)

    when_shown(DispenseDialog, give)
    with qtbot.waitSignal(page.changed):
        page.create_new()
    with world.db.session() as session:
        kit = session.scalars(select(Dispensing)).one()
        assert kit.site_id == world.prison.id and kit.supply_source.value == "prison_release"
    assert column(page, 5) == ["No", "Yes"]


def test_model_passes_the_consistency_checks(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    qtmodeltester.check(shown(qtbot, ReleasePage(workspace)).model)


def test_upcoming_releases_come_first_then_past_ones_then_no_date(
    qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace
) -> None:
    for name, release in (("Eve", TODAY - dt.timedelta(days=40)), ("Fay", TODAY - dt.timedelta(days=2)), ("Gus", None)):
        world.run(
            participants.enrol_participant,
            category="leaving_custody",
            first_name=name,
            home_site_id=world.prison.id,
            expected_release_date=release,
        )
    world.run(
        participants.enrol_participant,
        category="leaving_custody",
        first_name="Hal",
        home_site_id=world.prison.id,
        expected_release_date=TODAY,
    )
    page = shown(qtbot, ReleasePage(workspace))
    assert column(page, 1) == ["Hal", "Ben", "Cy", "Dee", "Fay", "Eve", "Gus"]
