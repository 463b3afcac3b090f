"""Correcting reversal reports from the Reversals page: an edit through the report form, a void with a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from oend.core.actor import Actor
from oend.db import Database
from oend.model import Reversal
from oend.services.reversals import record_reversal
from oend.ui.dialogs.reversal import ReversalDialog
from oend.ui.dialogs.void_dialog import VoidDialog
from oend.ui.pages.reversals import ReversalsPage
from oend.ui.workspace import Workspace
from tests.support.world import LAST_MONTH, World, build_world
from tests.ui.driving import when_shown
from tests.ui.form_driving import click_save, message_beside, shown


@pytest.fixture
def world(db: Database, actor: Actor) -> World:
    world = build_world(db, actor)
    world.run(
        record_reversal,
        overdose_date=LAST_MONTH,
        overdose_time=dt.time(22, 15),
        site_id=world.van.id,
        reporter_id=world.alice.id,
        doses=1,
        called_911=True,
        outcome="survived",
    )
    return world


@pytest.fixture
def page(qtbot: QtBot, styled: QApplication, world: World, workspace: Workspace) -> ReversalsPage:
    made = ReversalsPage(workspace)
    shown(qtbot, made)
    qtbot.waitUntil(lambda: made.model.rowCount() == 1)
    made.table.selectRow(0)
    assert made.edit_button.isEnabled() and made.void_button.isEnabled()
    return made


def doses_shown(page: ReversalsPage) -> list[str]:
    return [page.model.index(row, 4).data() for row in range(page.model.rowCount())]


def test_editing_a_report_through_its_form_keeps_what_was_not_changed(
    qtbot: QtBot, page: ReversalsPage, world: World
) -> None:
    def edit(dialog: ReversalDialog) -> None:
        assert dialog.reporter.text() == world.alice.code and dialog.overdose_time.text() == "22:15"
        assert dialog.doses.value() == 1 and dialog.yes_no["called_911"].currentData() is True
        dialog.doses.setValue(3)
        click_save(qtbot, dialog)

    when_shown(ReversalDialog, edit)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: doses_shown(page) == ["3"])
    with world.db.session() as session:
        report = session.scalars(select(Reversal)).one()
    assert (report.doses, report.called_911, report.overdose_time, report.outcome.value) == (
        3,
        True,
        dt.time(22, 15),
        "survived",
    )


def test_a_void_without_a_reason_is_refused_beside_the_field_then_the_report_leaves_the_list(
    qtbot: QtBot, page: ReversalsPage, world: World
) -> None:
    def void(dialog: VoidDialog) -> None:
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
        assert "required" in message_beside(dialog, "reason") and dialog.isVisible()
        dialog.reason.setText("reported twice")
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)

    when_shown(VoidDialog, void)
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: doses_shown(page) == [])
    with world.db.session() as session:
        report = session.scalars(select(Reversal)).one()
    assert report.deleted and report.void_reason == "reported twice"
